"""Everyday idioms that borrow the words of a crisis, said plainly for the learned detector.

May import: nothing from bot (the standard library only).

"I'm dying to know my results", "the waiting's killing me", "I want to know if it's my diet",
"I can't go on driving forty miles for a jab": the detector learnt "dying", "killing me",
"want to" and "can't go on" from crisis messages, and read these as one (training_t19, a
rules-only writer of such wording: 16 of its 239 calm messages gave the emergency reply).
Only the detector reads the plain form; the lexicon still reads the words as written, so
"I want to die" or "can't go on living" are never touched here.
"""

from __future__ import annotations

import re

# A wanting whose object is ordinary: to know, to ask, to be tested, to feel well again
_WANT_ORDINARY = re.compile(
    r"\b(?:i|we|i'?d|we'?d)?\s*(?:want|wanna|wish|would like|'d like|like|need|needed|wanted|"
    r"wished)\s+to\s+(?=(?:know|find out|understand|ask|check|see if|get (?:tested|checked|"
    r"a test|my bloods)|be tested|have a test|feel (?:normal|better|well|like (?:myself|"
    r"me|mesel|meself)|human|right)|get (?:better|well|back to normal)|learn|hear)\b)",
    re.IGNORECASE)
# Not wanting an ordinary state: "dont want to be sleepy in the water" (a side effect)
_WANT_NOT_ORDINARY = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t|doesnt|does not)\s+(?:want|wanna)\s+(?:to\s+)?"
    r"(?:be|look|seem|sound)\s+(?=(?:sleepy|drowsy|groggy|tired|woozy|late|hungry|seasick|cold|"
    # ...or a look before others: "i dont wanna look thick"
    r"wet|rude|thick|stupid|silly|daft|dumb|nosy|pushy|fussy|paranoid|an idiot|a fool|"
    r"ignorant|a hypochondriac)\b)",
    re.IGNORECASE)
# "dying to know", "killing me" said of a wait, a test, a job or weather
_DYING_TO = re.compile(r"\b(?:dying|dyin'?)\s+(?:to|for)\s+(?=(?:know|find out|hear|see|get|"
                       r"try|ask|a|an|the|some|my|me)\b)", re.IGNORECASE)
_KILLING_ME = re.compile(
    r"\b((?:wait(?:ing|in'?)?|the wait|exams?|studying|revision|this heat|the heat|the cold|"
    r"work|shifts?|the commute|my back|my knees?|my feet|the drive|the kids|traffic)"
    # ("the wait for the bloods is killing me")
    r"(?:\s+(?:for|on|of|at|in)\s+(?:\w+\s+){0,2}\w+)?(?:'s|s| is| are| was)?)\s+"
    r"(?:killing|killin'?)\s+me\b", re.IGNORECASE)
# "can't go on paying / driving / waiting": a cost or a chore, not a life
_CANT_GO_ON_DOING = re.compile(
    r"\b(?:can'?t|cant|cannot|can not|couldn'?t)\s+go\s+on\s+(?=(?:paying|driving|travelling|"
    r"traveling|waiting|working|taking|spending|like this with the|with (?:the|this|these) "
    r"(?:forms?|waits?|appointments?|trips?|costs?|bills?))\b)", re.IGNORECASE)
# "better off with the shots or the pills": a choice of form
_BETTER_OFF_WITH = re.compile(
    r"\bbetter off\s+(?=(?:with|on|taking|having|getting|using)\s+(?:the\s+|them\s+|a\s+|my\s+)?"
    r"(?:\w+\s+)?(?:shots?|jabs?|injections?|tablets?|pills?|spray|supplements?|b12|"
    r"vitamins?|diet)\b)", re.IGNORECASE)
# "end of shift", "end of the day" as a time
# "going to end up low on b12 like her": ending up somewhere is becoming, no ending
_END_UP = re.compile(r"\bend(?:s|ed|ing)? up\s+(?=(?:low|short|deficient|with|like|on|in|"
                     r"needing|having|getting|being|as)\b)", re.IGNORECASE)
_END_OF = re.compile(r"\bend of (?:the |my |our )?(?=(?:shift|day|week|month|term|season|"
                     r"the line)\b)", re.IGNORECASE)

# A thing taken out in a procedure: "had a tooth out yesterday", "my stitches came out",
# "getting her tonsils out" (the detector learnt "out" and "had a ... yesterday" from
# faints and fits: "had a tooth out yesterday" read as a seizure)
_TAKEN_OUT = re.compile(
    r"\b((?:wisdom\s+)?(?:tooth|teeth|stitches|sutures|staples|tonsils|adenoids|appendix|"
    r"gall ?bladder|cyst|mole|splinter|coil|iud|implant|catheter|drain|cast|plaster|filling|"
    r"crown|braces?|wart|toenail|nail|cataracts?|lump|polyps?))\s+(?:pulled\s+|taken\s+|"
    r"came\s+|come\s+|coming\s+)?out\b", re.IGNORECASE)

# "out in the cold", "out in the rain": a place and its weather (the detector learnt "out"
# and "cold" from "out cold": "my fingers go white when im out in the cold" read as a faint)
_OUT_IN_WEATHER = re.compile(r"\bout\s+(?=in\s+(?:the\s+)?(?:cold|rain|snow|frost|wind|"
                             r"heat|sun|sunshine|weather|wet|dark)\b)", re.IGNORECASE)

# "no bother at all", "no problems": all is well (not "no bother to anyone if I'm gone")
# "no bother at all", Scots "nae bother": all was well (the time reader reads it as "fine"
# before a change too)
NO_BOTHER = r"(?:no|nae|nay|nowt of a)\s+(?:bother|problems?|trouble|worries)(?:\s+at\s+all)?"
_NO_BOTHER = re.compile(rf"\b{NO_BOTHER}\b(?!\s+(?:to|for)\s+(?:anyone|anybody|nobody|no one|"
                        r"them|you|him|her|us|the family)\b)", re.IGNORECASE)


# A limb that "goes to sleep" is numb ("my foot goes to sleep after sitting for an hour"):
# the detector learnt "go to sleep" from wishes not to wake
_LIMB_ASLEEP = re.compile(
    r"\b((?:foot|feet|leg|legs|arm|arms|hand|hands|fingers?|toes?|bum|backside)\s+(?:\w+\s+)?)"
    r"(?:go|goes|going|gone|went|fall|falls|falling|fell)\s+(?:to\s+sleep|asleep)\b",
    re.IGNORECASE)
# A dose forgotten: "dad forgot his metformin yesterday", "forgot to take my tablets this
# morning" (the detector read the forgetting as a change of memory; a dose missed it reads
# calm: training_t25)
_FORGOT_A_DOSE = re.compile(
    r"\b(?:forgot|forgotten|forgetting|forgets|forget)\s+(?:to\s+(?:take|give|have|use)\s+)?"
    r"(?=(?:(?:his|her|my|their|the|a|your|all|both|some|one of)\s+)?(?:\w+\s+)?(?:tablets?|pills?|"
    r"meds|medicines?|medication|doses?|injections?|jabs?|shots?|inhalers?|metformin|insulin|"
    r"b12|vitamins?|supplements?|prescription)\b)", re.IGNORECASE)

# Words of a faint, a fit or a seizure said of a thing or a price ("customs made a seizure of
# whisky", "nearly fainted at the price of a pint", "the bowls club has collapsed", "the
# freezer blacked out overnight"): figures of speech, for the lexicon (bot.nlp.understanding)
# and the detectors alike. A thing counts as the subject, first in its clause: not "went to
# the bank collapsed outside", dictated.
_THINGS = (r"club|market|association|business|company|firm|bank|pound|rupee|naira|cedi|dollar|"
           r"euro|economy|currency|roof|ceiling|wall|building|bridge|shelf|shelves|racking|tent|"
           r"scaffold\w*|deal|talks|marriage|agency|union|government|stocks?|shares|tunnel|"
           r"innings|batting|mill|factory|auditorium|stadium|freezer|fridge|scanner|system|"
           r"screen|power|lights?|grid|printer|conveyor|belt|machine|engine|website|server|"
           r"wifi|internet|payments?|account|kitchen|windies|league|scheme|plan|project")
_SUBJECT_START = r"(?:^|[.!?,;:]\s*|\b(?:and|when|after|then|but|as)\s+)"
FIGURE_OF_SPEECH = re.compile(
    r"\bseizures? (?:of|worth)\b|\b(?:made|effected|big|drugs?|cash|goods|whisky|cigarettes?)\s+"
    r"seizures?\b|\bseized (?:a|an|the|some|his|her|their|my|\d+|\w+ of)\b|"
    r"\b(?:nearly|almost|near|practically|about to|could have|could've)\s+(?:\w+\s+)?"
    r"(?:faint\w*|passed out|pass out|collapsed?|died|blacked out)\b[^.!?]{0,40}\b(?:price|"
    r"prices|bill|bills|cost|costs|paycheck|pay ?slip|wages?|rent|fees?|quote|invoice|"
    r"receipt|total|fuel|petrol|diesel|tax|taxes)\b|"
    rf"{_SUBJECT_START}(?:(?:the|our|my|their|a|his|her|this|that)\s+)?(?:[\w-]+\s+){{0,2}}"
    rf"(?:{_THINGS})(?:\s+(?:just|completely|totally|financially|again|has|had|have|all|"
    r"then|eventually|also))*\s+(?:collaps\w*|blacked out|blacks out|black out|had a fit|has "
    r"a fit)\b|"
    rf"\bcollapse of (?:the |our |a |his |her )?(?:\w+ )?(?:{_THINGS})\b|"
    r"\b(?:power|total|media)\s+blackout\b|\bblackout on\b", re.IGNORECASE)
# Fits of laughter, coughing or temper: bouts, no seizure ("gets fits of the giggles"); the
# words before are kept in the span so that the lexicon's "he got fits" falls inside it
FITS_OF = re.compile(
    r"(?:\b[\w']+\s+){0,3}\bfits? of (?:the )?(?:giggles|giggling|laugh\w*|cough\w*|sneez\w*|"
    r"rage|temper|anger|jealous\w*|pique|crying|tears|hiccups|energy|enthusiasm|panic|despair|"
    r"remorse|guilt|madness|pique)\b", re.IGNORECASE)
_FIT_WORD = re.compile(r"\bfits?\b", re.IGNORECASE)


def _bouts(m: re.Match[str]) -> str:
    return _FIT_WORD.sub("bouts", m.group(0))


# A stone passed out of the body ("how long for a kidney stone to pass out by itself"): no
# faint. Only with how it leaves, so "he has kidney stones and passed out" stays a faint.
PASSING_A_STONE = re.compile(
    r"\bstones?\b[^.!?]{0,60}\bpass(?:es|ing)?\s+(?:it\s+|them\s+)?out\s+(?:by\s+(?:it|them)"
    r"sel(?:f|ves)|on\s+(?:its|their)\s+own|naturally|in\s+(?:the\s+|his\s+|her\s+|your\s+|my\s+)?"
    r"(?:urine|pee|wee))", re.IGNORECASE)
_EVENT_WORD = re.compile(r"\b(?:seizures?|seized|faint\w*|passed out|pass out|collaps\w*|died|"
                         r"blacked out|blacks out|black out|blackout|had a fit|has a fit)\b",
                         re.IGNORECASE)


def _said_plainly(m: re.Match[str]) -> str:
    return _EVENT_WORD.sub("stopped", m.group(0))


def plain(text: str) -> str:
    """``text`` with the idioms above said plainly ("dying to know" -> "keen to know")."""
    text = _WANT_ORDINARY.sub("keen to ", text)
    text = _DYING_TO.sub("keen to ", text)
    text = _WANT_NOT_ORDINARY.sub("keen not to be ", text)
    text = _KILLING_ME.sub(r"\1 hard on me", text)
    text = _CANT_GO_ON_DOING.sub("can't keep ", text)
    text = _BETTER_OFF_WITH.sub("better ", text)
    text = _NO_BOTHER.sub("fine", text)
    text = _END_UP.sub("become ", text)
    text = _TAKEN_OUT.sub(r"\1 removed", text)
    text = _OUT_IN_WEATHER.sub("outdoors ", text)
    text = _LIMB_ASLEEP.sub(r"\1goes numb", text)
    text = _FORGOT_A_DOSE.sub("missed ", text)
    text = FIGURE_OF_SPEECH.sub(_said_plainly, text)
    text = PASSING_A_STONE.sub(_said_plainly, text)
    text = FITS_OF.sub(_bouts, text)
    return _END_OF.sub("after ", text)
