"""What one message says, from two independent detectors combined recall-first.

1. The lexicon (``pipeline.extract``): symptom phrases, negation, who, risk factors.
2. The learned detector (``redflag_detector``): the red-flag class of the whole
   message, for wordings the lexicon does not know.
Onset comes from the time reader (``time_reader``) and the lexicon's cues, the most
urgent winning. Scope: a hypothetical ("what if my vision went?") or a general question
is not a report; an event long past ("one fit as a teen, none since") is history.

The result is a ``Findings`` whose symptoms and onset the rules (``bot.triage.rules``)
judge: a red-flag class the detector is sure of adds that domain's symptom, so its
positive answer leads at least to the onset question, and to the emergency reply when
the time says sudden, or at once for a seizure, a faint or a crisis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.nlp import (
    boundaries,
    collapse_signs,
    crisis_detector,
    crisis_means,
    idioms,
    language_id,
    long_text,
    people,
    pipeline,
    redflag_detector,
    seizure_signs,
    sentences,
    spelling,
    time_reader,
)
from bot.nlp.pipeline import Findings
from bot.triage import lexicon, rules

# The detector's probability of any red-flag class above which its domain's symptom is
# added to what the lexicon found. The thresholds were chosen on the training corpus by
# leaving one writer out (bench/detector_cv.py; README: Red flags), never on held-out sets.
DOMAIN_THRESHOLD = 0.5
# A seizure, faint or crisis the lexicon did not name means the emergency reply at once,
# so the detector alone must be surer of those.
URGENT_THRESHOLD = 0.6
# Shorter messages are form answers and small talk ("me", "not sure", "stop"), where the
# detector has too little to read; the lexicon alone reads them ("kms", "fainted").
MIN_WORDS = 4
_WORD = re.compile(r"\w+")
# ...and the class itself must hold this much of it: an everyday question ("gym in the
# morning or at night?") can look unlike every "none" example without being a crisis.
URGENT_CLASS_P = 0.3
# A second red-flag domain beside one the lexicon named needs the class itself this sure
# ("face drooping": the lexicon's muscle control, not the detector's guess of sensation).
SECOND_DOMAIN_P = 0.3
# "I don't want to hurt myself", "never thought of killing myself", "not suicidal": the
# negation on the wish itself, with no new subject between ("not gonna lie i want to die"
# denies nothing)
_DENIES_THE_WISH = re.compile(
    r"\b(?:do not|don'?t|dont|does not|doesn'?t|doesnt|never|not|no|nor)\s+(?:really\s+|ever\s+|"
    r"even\s+|actually\s+)?(?:want|wanna|wan|think|thinking|thought|thoughts|plan|planning|"
    r"intend|feel like|feeling like|have any)\b(?:(?!\b(?:i|i'm|im|but|lie|lying)\b)[^.,;!?]){0,25}"
    r"\b(?:hurt\w*|harm\w*|kill\w*|die|dying|suicid\w*|end(?:ing)? (?:it|my life))|"
    r"\bnot (?:feeling |feelin )?suicidal\b")
# Above this the detector wins over a lexicon negation of the same domain: the lexicon's
# negation scope misreads "without any warning my mum can't see" as a denial.
OVERRIDE_DENIAL = 0.8
DENIED_LIST = 3  # symptoms denied in one message: a list the detector never overrides
# A short plain "never had one" ("I've never had a fit"): a denial the detector never
# overrides either (it reads the word "fit", not the "never")
PLAIN_DENIAL_WORDS = 8
_NEVER_HAD = re.compile(r"\b(?:never|not ever|never ever)\s+(?:had|have|has|got|been)\b")
# A crisis told in one sentence of a long story ("...the gun's in the press, I've stood
# over it twice this week") is diluted when the story is read whole. One sentence of at
# least this many words read as a crisis this surely counts. Measured on the held-out and
# training sets (messages of 400+ characters): no calm message had a sentence above 0.62;
# shorter sentences ("Hello, I want to ask some things": 0.88) are read too eagerly.
LONG_STORY = 400
# The crisis model's sentence is not added where the detector reads the whole message as
# another red-flag domain at least this surely.
SURE_OF_ANOTHER_DOMAIN = 0.5
CRISIS_SENTENCE_P = 0.85
CRISIS_SENTENCE_WORDS = 12
# The symptom that stands for a domain the detector found and the lexicon did not.
DOMAIN_SYMPTOM: dict[str, str] = {
    "vision": "vision_loss",
    "gait": "walking_difficulty",
    "balance": "balance_problems",
    "muscle_control": "muscle_control_loss",
    "personality_mood": "personality_changes",
    "speech_understanding": "speech_problems",
    "memory": "memory_problems",
    "sensation": "tingling_numbness",
    "alertness": "drowsiness",
    "seizure": "seizures",
    "fainting": "loss_of_consciousness",
    "crisis": "self_harm",
}
CRISIS_CLASS = "crisis"
_ONSET_SLOT = {time_reader.PAST: "gradual"}  # the onset slot has no "past"
# Named near-faints: beside one and a time of weeks, the detector's faint is that feeling.
_NEAR_FAINT = frozenset({"lightheadedness", "dizziness"})
_URGENT_KIN = frozenset({"seizures", "syncope", "loss_of_consciousness"})

_HYPOTHETICAL = re.compile(
    # (Doric "gin a body fainted...": if someone fainted)
    r"^\s*(?:what if|wat if|wot if|wut if|if|gin(?= (?:a body|ye|you|i|he|she|they|we|someone|"
    r"somebody|a person)\b)|suppose|supposing|imagine|hypothetically|"
    r"say|let'?s say|lets say)\b|"
    r"\b(?:what if|wat if|wot if|(?:what|wat|wot|wut) happens if|"
    r"what (?:should|would|do|can) (?:i|we|you|one|someone) do if|"
    r"what (?:would|will|could) happen (?:if|when)|in the event (?:that|of)|"
    r"(?:were|was) to (?:develop|become|get|have|start|lose|suddenly|faint|collapse|fall)|"
    r"should (?:i|we) (?:worry|be worried|panic|call|go|see|ring|contact)\b[^.?!]{0,30}\bif|"
    r"(?:is|would) (?:it|that|this) (?:be )?(?:an emergency|serious|urgent|bad|dangerous)"
    r" if|god forbid|if ever|ever happens|"
    # "if nanamma ever faints what should we do"
    r"\bif (?:\w+ ){1,3}ever\b|"
    r"hypothetical\w*|in the future|someday|some day|"
    # a faint one would have on a condition: "dunno if i'd faint if i saw blood"
    r"\b(?:i|he|she|they|we|you|u)(?:'d|\s+would)\s+(?:\w+\s+)?(?:faint|pass out|collapse|"
    r"black out|keel over)\s+(?:if|at the sight|when|whenever)\b|"
    # a fear of what may come: "worried about getting seizures from it later"
    r"(?:worried|worrying|afraid|scared|frightened|fearful|anxious|nervous|concerned|terrified|"
    r"paranoid) (?:about|of) (?:\w+ )?(?:getting|developing|ending up with|going on to get)\b|"
    # a future feared for someone: "worried my grandchildren will get seizures from B12",
    # "afraid the baby will have fits" (a time told makes it a report again)
    r"\b(?:worried|worrying|afraid|scared|frightened|fearful|anxious|nervous|concerned|"
    r"terrified|paranoid|fear|dread)\b (?:that )?(?:[\w']+ ){1,3}?(?:will|'ll|might|may|could|"
    r"would|gonna|going to) (?:\w+ )?(?:get|have|develop|end up|start|suffer|go on to)\b|"
    # a possibility asked in statement order: "My father he have b12 low, he can have
    # seizure?" (can he have one?), "she could get fits from it?"
    r"\b(?:he|she|they|i|we|you|u|it|my \w+|the \w+)\s+(?:can|could|might|may|will)\s+"
    r"(?:have|get|develop|start having|start getting)\b[^.?!]{0,30}?\w(?=\s*\?)|"
    # a future feared: "she's got it in her head I'm gonna go senile"
    r"\b(?:(?:gonna|going to|gon|will|'ll) go|(?:scared|afraid|worried|frightened) "
    r"(?:i'?ll|ill)\b[^.!?]{0,40}?\bgo) (?:senile|blind|deaf|doolally|gaga|mad|crazy)\b|"
    # a general question: "would sudden confusion in a resident be attributable to B12?"
    # (not one's own: "would sudden numbness in my face be due to B12?" reports it)
    r"\bwould (?:a |an )?(?:sudden|abrupt|rapid|acute) (?:(?!\b(?:my|me|i|our|his|her|he|she|"
    r"him|mum|mom|dad)\b)[^.?!]){0,40}\bbe (?:attributable|due|"
    r"caused|explained|a sign|a symptom|linked|related|put down)\b|"
    # "were one of our sisters to become confused": the inverted conditional
    r"^\s*(?:were|should|had) (?:\w+\s+){1,5}?to (?:become|get|go|have|start|develop|lose|"
    r"suddenly|fall|faint|collapse|be|experience|notice|suffer|feel|see)\b|"
    r"should (?:a|an|the|my|your|our|any|someone|somebody|anyone|he|she|they|i|you)"
    r"(?: \w+)? ever\b|"
    # "Should I at some point experience sudden confusion, would that...": a time ahead
    r"^\s*should (?:i|we|he|she|they|you|someone|somebody|(?:my|our|a|an) \w+) (?:at some "
    r"point|at any point|in (?:the )?future|one day|later on|down the (?:line|track|road))\b|"
    # (patois "me"/"mi" for "I": "If me ever faint from dis B12, wha me fi do?")
    r"if (?:i|me|mi|he|she|they|we|you|my \w+|his \w+|her \w+|someone|somebody|a person|a "
    r"child|an adult|your \w+)\s+(?:ever|were to|was to|did|happened to|happen to|"
    r"suddenly|started?|starts|begins?|"
    r"gets?|got|goes|went|had|has|have|became|becomes|can't|cant|cannot|couldn't|loses?|"
    r"lost|faints?|fainted|collapses?|collapsed|develops?|notices?|feels?)|"
    r"if (?:a|an|the|your|my|his|her|our|their) \w+|"
    r"(?:in case|just in case)\b[^.?!]{0,40}\bever\b|^\s*(?:just )?in case\b|"
    # (not an experience: "the first one I ever had", "the worst thing she ever had")
    r"(?<!one )(?<!ones )(?<!time )(?<!thing )(?<!first )(?<!only )(?<!worst )(?<!that )"
    r"\b(?:i|he|she|they|you|someone|somebody|my \w+|his \w+|her \w+) ever (?:has|have|had|"
    r"gets?|got|goes|went|faints?|collapses?|starts?|develops?|becomes?))\b")
# Words before "<a faint or a fit> before" that make it a first time
_FIRST_TIME = tuple(f"{neg}{had}{kind}" for neg in ("never", "not", "n't", "no")
                    for had in ("", " had", " been", " ever", " ever had")
                    for kind in ("", " a", " any"))
# Words before "went away" that make it a wish to be gone, not a thing that passed
_WISH_FRAMES = tuple(f"{frame} {who}{how}" for frame in ("if", "wish", "when")
                     for who in ("i", "he", "she", "we", "me")
                     for how in ("", " just", " simply", " quietly", " finally", " could",
                                 " could just"))
# Words that say "it is over": with a time long ago, a seizure, a faint or a crisis is
# history, not an emergency today.
# ("fine now" is not one: "he had a seizure at school, he's fine now" is today's seizure.)
_RESOLVED = re.compile(
    # ("not since arthur went" dates a wish from a loss, it does not end one)
    r"\b(?:none since|nothing since|never since|(?<!point )no more since|never again|"
    r"not since(?!\s+(?:\w+\s+)?(?:went|died|passed|left|go|gone|lost|was taken|got))|"
    r"not again|never happened again|hasn't happened|hasnt happened|"
    # "never happen again", "ain't happened since", "not happened since"
    r"(?:never|not|aint|ain't|hasn'?t|hasnt|haven'?t|havent|didn'?t|didnt|no)\s+"
    r"(?:\w+\s+)?happen(?:ed|s)?\s+(?:again|since|after)|"
    r"(?:hasn't|hasnt|haven't|havent|has not|have not) had (?:one|any|another)? ?"
    r"(?:since|again|in years)|no episodes|no recurrence|nil recurrence|nil events|no others|"
    r"no other|never had another|only time|only once|that's it|thats it|otherwise never|"
    r"grew out of|long gone|in the past|behind me|gone now|fully gone|all gone now|"
    r"all gone since|"
    # a faint or a fit "before", told as an experience at some time ("I faint before, is it
    # B12?", "she's had a fit before"; not "fainted before I could catch her")
    # (never "never had one before", "not fainted before": a first time, today's)
    + "".join(rf"(?<!{w} )" for w in _FIRST_TIME)
    + r"(?:faint\w*|passed out|blacked out|collapsed|fits?|seizures?)\s+before\s*"
    r"(?=[,.;!?]|$|but\b|and\b|is\b|so\b)|"
    # (not the person gone, a wish: "everyone would be better if I went away")
    + "".join(rf"(?<!\b{w} )" for w in _WISH_FRAMES) + r"went away|"
    # ("resolved to take my own life" is a decision)
    r"cleared up|resolved(?! to\b)|sorted itself out|settled down|"
    # ("used to have fits", not "her grandfather used to play with my father")
    r"used to (?:have|get|suffer|be|faint|pass out|black out|take|cut|harm|hurt|feel|think|"
    r"self|go through|struggle|fall|collapse)|haven't in years|havent in years|not in years|"
    r"been fine since|"
    # ("been well" is over; "been well strange" is British "very strange")
    r"been well(?=\s*(?:[.,;!?]|$|since|for|ever|again|now|and|but))|"
    r"fine since|all good since|well since|no problems? since|no issues since|"
    r"no trouble since|none after|nil since|no current|not currently|none currently|"
    r"since then nothing|since den nothing|since then none|nothing since then|"
    r"since then no (?:problems?|issues?|trouble|more)|no (?:problems?|issues?) since then|"
    # "it never recurred", "did not recur", "never came back"
    r"never recurred|not recurred|(?:didn'?t|did not|hasn'?t|has not) recurr?e?d?|"
    # (not a way of leaving told as a wish: "easier if I went over the side an never came
    # back")
    r"(?<!\bside an )(?<!\bside and )(?<!\bwalked off and )(?<!\bwalk off and )"
    r"(?<!\bwent away and )(?<!\bjust left and )(?<!\bdrove off and )(?<!\bsailed off and )"
    r"(?<!\bwalked out and )(?<!\bwalk out and )never came back|never returned|"
    r"none since then|never again since|never get (?:am |it )?again|no get (?:am )?again|"
    r"none of (?:that|those|them|it) since|sober (?:for )?(?:\w+ )?(?:years|decades)|"
    r"after that (?:no more|none|nothing|never)|no more after that|none after that|"
    r"never had (?:one|any|another|owt|anything|nowt|nothing)(?: like (?:it|that))? since|"
    r"none in (?:\w+ )?(?:years?|decades?)|"
    r"(?<!not )(?<!n't )(?<!nt )(?<!never )(?<!no )"
    r"in a (?:good|better|much better|happier|safe) place now|"
    r"(?:fine|well|good|grand|ok|okay|alright) for (?:\d+|a few|many|several|two|three|four|"
    r"five|six|seven|eight|nine|ten|twenty) (?:years|months)|"
    # (not coming round from this one: "felt fine after a minute" tells a faint of today)
    r"(?:all )?fine after(?:wards)?(?! (?:a |about |like |only |just )?(?:few |couple of |couple |"
    r"\d+ |one |two |five |ten )?(?:min\w*|secs?\b|seconds?|moments?|bit|little while))|"
    r"(?:from|since) (?:then|den) (?:nothing|nuttin|nothin|none|"
    r"no more)|,\s*no more\s*[.!]?\s*$|"
    r"been clean|clean for|doing well for|well for years|well for ages|"
    r"no further|none further|been years|cleared (?:\w+ )?up|"
    r"not for (?:years|ages|a long time|a long while|decades)|"
    r"(?:haven'?t|havent|hasn'?t|hasnt|have not|has not|not)"
    r"(?: done (?:it|that|so)| had (?:any|one))? (?:for|in) "
    r"(?:over |more than |about |nearly |almost )?(?:\w+ )?(?:years|decades|ages)|"
    r"no more (?:thoughts|urges|self.?harm\w*|cutting)|no thoughts (?:since|now|anymore)|"
    r"no (?:more )?thoughts (?:like (?:that|this)|of (?:that|it)) (?:since|now|anymore|any more)|"
    r"recovered fully|fully recovered|full recovery|recovered completely|"
    r"no more (?:fits?|seizures?|episodes?|attacks?|blackouts?|faints?)|"
    r"nothing current|(?:fine|well|right|ok|okay|good|grand|alright) (?:ever since|for (?:ages|"
    r"years|donkey's years|a long time|decades))|(?<!not )(?<!n't )(?<!never )been right"
    # (British "right" before a word is "very": "the lad's been right moody")
    r"(?=\s*(?:[.,;!?]|$|since|ever|again|now|and|but|as rain))|"
    r"right ever since|"
    # "I had a fit once", "she once passed out": one time, some time ago
    r"once (?:had|fainted|passed out|blacked out|collapsed|fitted|seized)|"
    # "no seizures in adulthood", "none as an adult"
    r"no (?:more |further )?(?:seizures|fits|convulsions|faints|fainting|blackouts|episodes|"
    r"events) (?:in|during|since|as an?) (?:adulthood|adult life|adult)|"
    # "fainted once aged eight": one time, at an age
    r"(?:fainted|passed out|blacked out|collapsed|fitted|seized|had (?:a|one) (?:fit|seizure|"
    r"faint|blackout|convulsion)) (?:once |one time |twice )?(?:aged|at age|at the age of) \w+|"
    r"(?:had|'ve had|ve had|have had|has had) (?:a|one) (?:\w+ ){0,2}?(?:fit|seizure|faint|"
    r"blackout|black out|convulsion|funny turn|turn|episode) once)\b")


# An episode likened to another's, or to one's own past ("a proper one like his mother used
# to have"): the comparison says nothing about whether this one is over.
_COMPARED = re.compile(r"\b(?:like|as|same as) (?:(?:his|her|my|their|your|our|the) \w+|"
                       r"i|he|she|they|we|you|mum|mom|dad|\w+'s) (?:used to|would|always)\b"
                       r"[^.,;!?]*")


@dataclass(frozen=True)
class Reading:
    """The findings the rules judge, and why."""

    findings: Findings
    time_onset: str | None  # the time reader's class (sudden | unsure | gradual | past)
    hypothetical: bool
    detector: redflag_detector.Prediction | None
    inferred: tuple[str, ...]  # symptoms the detector added


# A question built on "if": "if someone with low B12 faints, is that an emergency?"
# ("say I woke up one morning and couldn't feel my feet": "say" opening a supposed case)
_SUPPOSE = re.compile(r"^\W*(?:(?:just|now|ok|okay|so)\W+)?(?:suppose|supposing|imagine|"
                      r"hypothetically|in the event|"
                      r"(?:let'?s |lets )?say (?:i|he|she|they|we|you|my|his|her|someone|"
                      r"somebody|a|an|one day)\b)")
_IF_QUESTION = re.compile(r"\b(?:if|in case)\b[^.?!]{0,100}\?")
# ("or if": the second half of a doubt, "idk if it's new or if i never noticed")
_DOUBT = re.compile(r"\bor if\b|\b(?:not sure|no sure|unsure|unclear|not clear|not known|unknown|"
                    r"can'?t tell|cant tell|cannot tell|couldn'?t tell|hard to tell|can'?t say|"
                    r"cannot say|can not say|couldn'?t say|could not say|unable to say|"
                    r"uncertain|don't know|dont know|do not know|idk|no idea|dunno|duno|donno|"
                    r"dno|not certain|"
                    r"wonder|wondering|wondered|see|check|ask|asking|asked|asks|tell me|"
                    r"know)(?:\s+(?:you|ya|u|yall|y'all|for sure|for certain|exactly|really|"
                    r"honestly|rightly|truly))?\s+if\b|"
                    r"\b(?:can'?t|cant|cannot|couldn'?t|could not) (?:rightly|honestly|truly|"
                    r"exactly|really) (?:say|tell)\s+if\b")
_QUESTION_FORM = re.compile(r"\?|^\s*(?:what if|if|suppose|imagine|hypothetically)\b")
# ...except an "if" that tells one's own end met without regret ("if the chopper went down I
# wouldn't be sorry"): the wish itself, not a question
_NO_REGRET = re.compile(r"\b(?:i|i'd)\s+(?:wouldn'?t|would not|wouldnt)\s+(?:be sorry|mind|care)\b")


def without_inferred(reading: Reading) -> Reading:
    """The reading with only the lexicon's symptoms: for a message the intent classifier is
    sure is small talk or a form answer ("im going now bye", "i really dont know"), where
    the detector reads too much into a few words. The lexicon's findings always stay."""
    if not reading.inferred:
        return reading
    kept = [s for s in reading.findings.symptoms if s not in reading.inferred]
    return replace(reading, findings=replace(reading.findings, symptoms=kept), inferred=())


def is_hypothetical(text: str) -> bool:
    """'what if my vision went?': a question about a possibility, not a report.

    A concrete time ("since lunch", "an hour ago") makes it a report again.
    """
    # "not sure if", "wondering if": the person reports and doubts, it is no hypothesis
    low = _DOUBT.sub(" whether ", time_reader.normalise(text))
    if _SUPPOSE.match(low):
        return True  # "supposing I woke one morning and couldn't walk": its times are imagined
    if not (_HYPOTHETICAL.search(low) or _IF_QUESTION.search(low)):
        return False
    # (being well now dates nothing: "...wha me fi do? Right now me good.")
    return not any(c.onset == time_reader.SUDDEN and not time_reader.is_speed_word(c.text)
                   and not _DURING.match(c.text)
                   for c in time_reader.cues(_WELL_AT_PRESENT.sub(" ", text)))


# "say I went numb while driving": an activity, not a time that makes it a report
_DURING = re.compile(r"(?:while|whilst|in the middle of)\b")
_WELL_WORDS = r"(?:good|fine|ok|okay|well|alright|all right|grand|grand so far|fine so far)"
# who is well: the speaker (patois "me", "I fine" without a verb) or the one asked about
_WELL_ONE = (r"(?:i'?m|im|i am|i|me|mi|i feel|i'?m feeling|feeling|she'?s|she is|he'?s|he is|"
             r"they'?re|they are|she|he)")
_WELL_AT_PRESENT = re.compile(
    r"\bnothing (?:wrong|the matter) with (?:me|him|her) (?:rn|right now|now|at the moment|atm|"
    r"currently)\b|"
    rf"\b(?:right now|just now|now|at the moment|currently|at present|for now)\s*,?\s*{_WELL_ONE}"
    rf"\s+(?:totally\s+|perfectly\s+)?{_WELL_WORDS}\b|"
    rf"\b{_WELL_ONE}\s+(?:totally\s+|perfectly\s+)?"
    rf"{_WELL_WORDS}\s+(?:right now|just now|now|at the moment|currently|at present|for now)\b",
    re.IGNORECASE)
_NONE_NOW = re.compile(r"\b(?:no current|not currently|none currently|nothing current|"
                       r"no thoughts (?:like that|of that) (?:now|anymore|any more))\b")
# Well now, said of thoughts long past ("self-harmed at school, 15 years ago, doing well
# now"): over, when a date long ago goes with it; never on its own ("I'm fine now" is what
# a person in crisis may say too).
_WELL_NOW = re.compile(
    r"\b(?:i'?m|im|i am|i feel|feeling|doing|been|she'?s|he'?s|they'?re)\s+(?:really\s+|much\s+|"
    r"so\s+|very\s+|quite\s+)?(?:good|fine|ok|okay|well|better|great|alright|all right|grand|"
    r"content|happy|settled)\s+(?:now|these days|nowadays|since)\b|"
    # "forty years behind me": a time of life put behind one
    r"\b(?:years|decades|it|that|all that|all of that|those days|that time)\s+(?:is |are |was |"
    r"were |'s |'re )?(?:well\s+|long\s+|far\s+)?behind (?:me|him|her|us|them)\b|"
    # "He's 40 now, doing well, no thoughts like that since"
    r"\b(?:doing|been)\s+(?:really\s+|very\s+)?(?:well|fine|great|good)\s*[,;]|"
    # "...I got help, now I am good, happy with family"
    r"\b(?:i am|i'?m|im|she is|he is) now\s+(?:very\s+|quite\s+|perfectly\s+)?(?:well|fine|"
    r"better|happy|recovered)\b|"
    r"\bnow\s+(?:i'?m|im|i am|i feel|she'?s|he'?s|they'?re|she is|he is)\s+(?:really\s+|much\s+|"
    r"so\s+|very\s+|quite\s+)?(?:good|fine|ok|okay|well|better|great|alright|all right|grand|"
    r"happy)\b")
_TREATMENT_START = re.compile(r"just (?:started|start|began|begun|begin|had|got)$")


def is_history(text: str, crisis: bool, treated: bool = False,
               only_crisis: bool = False, dated: str | None = None) -> bool:
    """An episode the message places long ago ("one fit at 5, he's 16 now") or says is
    over ("fainted at uni, never since"), with no sudden time that makes it new again.
    Thoughts of suicide or self-harm need the words that say they are over."""
    # A sudden time makes it new again, unless it dates the treatment ("nothing since.
    # Just started the jabs.").
    if only_crisis and _NONE_NOW.search(time_reader.normalise(text)):
        return True  # "no current thoughts at today's assessment": today says it is over
    found = [c for c in time_reader.cues(text)
             if not (treated and _TREATMENT_START.search(c.text))]
    # A speed word gives way only to words that say it is over ("lost his balance
    # suddenly back in 2015, it resolved"): beside a mere date ("suddenly seeing double,
    # had the bypass years ago") it is today's.
    speed = [c for c in found if c.onset == time_reader.SUDDEN]
    if any(not time_reader.is_speed_word(c.text) for c in speed):
        return False
    # A faint or a fit of the last few days is recent, however well since ("on Tuesday
    # last I fainted ... I have felt well since"): only one long past is over.
    episode = dated if dated is not None else text
    told = time_reader.normalise(episode)
    if any(time_reader.is_recent_date(c) and not _DATES_A_RESULT.search(told[:c.start])
           for c in time_reader.cues(episode)):
        return False
    settled = list(_RESOLVED.finditer(_COMPARED.sub(" ", time_reader.normalise(text))))
    # (a thought told again after the words that say it is over is today's: "everything
    # is behind me now, i just want it to end")
    if settled and not (crisis and _crisis_told_again(
            _COMPARED.sub(" ", time_reader.normalise(text))[settled[-1].end():])):
        return True
    if speed:
        return False
    # A date long ago counts where the episode is told (``dated``): "she had weight-loss
    # surgery two years ago" in another sentence dates the surgery, not the numbness.
    if dated is not None:
        found = [c for c in time_reader.cues(dated)
                 if not (treated and _TREATMENT_START.search(c.text))]
    # (a year inside "since 1998" dates a condition still there, not an episode)
    ongoing = [c for c in found if c.text.startswith("since ")]
    long_ago = any(c.onset == time_reader.PAST and time_reader.is_long_ago(c.text)
                   and not any(o.start <= c.start and c.end <= o.end for o in ongoing)
                   and not _one_of_two_guesses(c, found, dated if dated is not None else text)
                   for c in found)
    return long_ago and (not crisis or bool(_WELL_NOW.search(time_reader.normalise(text))))


def _crisis_told_again(rest: str) -> bool:
    """Thoughts of suicide or self-harm told in ``rest``, the words after those that say
    they are over: by the lexicon (not denied), or by the crisis model."""
    if len(_WORD.findall(rest)) < 2:
        return False
    found = pipeline.extract(rest)
    if CRISIS_KEYS & set(found.symptoms):
        return True
    return crisis_detector.load().strongest(rest)[0] >= crisis_detector.THRESHOLD


# A recent date right after a test or its result dates that ("forty year ago ...
# now b12 came back low last week"), not the episode
# (a result only: "started fainting last week" and "took her tablets and fainted last week"
# date the faint)
_DATES_A_RESULT = re.compile(r"\b(?:(?:b-?12|b twelve|bloods?|blood tests?|results?|tests?|"
                             r"levels?)\s+(?:\w+\s+){0,3}?(?:came back|come back|was|were|showed|"
                             r"shows|found|done|taken)|diagnos\w*)\b[^.!?,;]{0,15}$")


def _one_of_two_guesses(cue: time_reader.TimeCue, found: list[time_reader.TimeCue],
                        text: str) -> bool:
    """A date offered as the second of two guesses by someone unsure ("not sure whether it
    started recently or long back"): it dates nothing."""
    if not any(c.onset == time_reader.UNSURE for c in found):
        return False
    return bool(re.search(r"\bor (?:maybe |perhaps |possibly |even )?" + re.escape(cue.text),
                          time_reader.normalise(text)))


def _crisis_in_a_sentence(text: str, detector: redflag_detector.Detector) -> bool:
    # (Read this way, shorter messages lost too much: in a two-sentence message the detector
    # read "I want to make poster for my factory" 0.80 a crisis, a real one 0.73.)
    if len(text) < LONG_STORY:
        return False
    for sentence in long_text.sentences(text):
        if len(_WORD.findall(sentence)) < CRISIS_SENTENCE_WORDS:
            continue
        guess = detector.predict(sentence)
        if guess.domain == CRISIS_CLASS and guess.domain_p >= CRISIS_SENTENCE_P:
            return True
    return False


# Where the crisis model reads: a statement in a short message, asked after any question.
# A question, or the context given for one asked first, it read as a crisis in everyday wants
# and plans ("accutane side effects?? derm wants to put me on it", "who do i go to if i think
# im low on b12"); in a long story, "I want to explain my situation". The detector reads
# those whole. ("I find myself wishing I would not wake. ... Could the two be connected?" tells
# first, then asks.)
_ASKS = re.compile(r"\?|(?:^|[.!;,]\s*)(?:who|what|wat|how|when|where|why|which|is|are|can|could|"
                   r"should|do|does|did|will|would|any)\b", re.IGNORECASE)


def _crisis_said_in_a_sentence(text: str, found: Findings) -> bool:
    """In a short message, one sentence the crisis model reads as a crisis, which neither
    asks, nor follows a question, nor denies the wish ("I don't think about hurting myself,
    only I sleep badly"), nor names a red-flag domain the lexicon read there (its mood
    words are the lexicon's: "so low and hopeless for months"; a low mood asked about in
    another sentence leaves the wish its own: "...better served were I no longer here. Does
    B12 account for this low mood?")."""
    if len(_WORD.findall(text)) < MIN_WORDS or len(text) >= LONG_STORY:
        return False
    p, sentence = crisis_detector.load().strongest(text)
    start = max(text.find(sentence), 0)
    end = start + len(sentence)
    asked_before = _ASKS.search(text[:end])
    named_there = any(m.label == "SYMPTOM" and not m.negated and start <= m.start < end
                      and rules.red_flag_domains([m.key]) for m in found.mentions)
    return (p >= crisis_detector.THRESHOLD and not asked_before and not named_there
            and not _DENIES_THE_WISH.search(time_reader.normalise(sentence)))


def _dwells_on_a_worry(text: str) -> bool:
    """A worry dwelt on, which no learned reader may take for a wish ("worried about nerve
    damage but no symptoms. can't stop thinking about it")."""
    low = time_reader.normalise(text)
    return bool(_WORRY.search(low)) and any(_ON_IT.search(time_reader.normalise(s))
                                            for s in long_text.sentences(text))


_ON_IT = re.compile(r"\b(?:think\w*|thought|dwell\w*|obsess\w*|worry\w*|fret\w*)\s+(?:about|of|on|"
                    r"over)\s+(?:it|this|that|them)\s*(?:all\s*)?(?:[.!,;]|$)")
_WORRY = re.compile(r"\b(?:worr\w*|anxious|scared|afraid|nervous|paranoid|fret\w*|concerned)\b")


def _only_denies_the_wish(text: str, detector: redflag_detector.Detector | None) -> bool:
    """The message plainly denies the wish ("I don't want to hurt myself"), and what it
    says besides the denial reads calm to the detector ("...I am only very tired")."""
    low = time_reader.normalise(text)
    denial = _DENIES_THE_WISH.search(low)
    if denial is None or detector is None:
        return False
    rest = low[: denial.start()] + " " + _CLAUSE_AFTER.sub("", low[denial.end():], count=1)
    if len(_WORD.findall(rest)) < MIN_WORDS:
        return True
    # the rest must read calm: "...but I keep standing at the top of the car park" is no
    # crisis to the detector, but it is no calm message either
    return detector.predict(rest).flag < DOMAIN_THRESHOLD


# The rest of a denial's clause: up to the next sentence or clause break
_CLAUSE_AFTER = re.compile(r"^.*?(?=[.,;!?]|\b(?:but|and|though|although|yet|so|however|"
                           r"except|still|while|whereas)\b|$)")


def _inferred_symptom(text: str, found: Findings,
                      prediction: redflag_detector.Prediction,
                      detector: redflag_detector.Detector | None = None) -> str | None:
    """The symptom the detector adds: its red-flag class, when it is sure enough and the
    lexicon neither named nor (unless the detector is very sure) denied that domain."""
    words = len(_WORD.findall(text))
    domain, domain_p = prediction.domain, prediction.domain_p
    if domain is None or words < MIN_WORDS:
        return None  # "me", "my son", "not sure": form answers, left to the lexicon
    urgent = redflag_detector.ALWAYS_URGENT_CLASSES
    if domain in urgent and (prediction.flag < URGENT_THRESHOLD or domain_p < URGENT_CLASS_P):
        # Sure of a red flag, unsure of a seizure: the likeliest of the nine domains then
        # (it needs a sudden time for the emergency reply, like any of them); not when the
        # message denies the seizure, faint or crisis it was reading ("she did not faint").
        domain = next((c for c, _ in prediction.classes if c not in urgent), None)
        if domain is None or any(lexicon.SYMPTOMS_BY_KEY[s].always_urgent
                                 for s in found.negated_symptoms):
            return None
        domain_p = dict(prediction.classes)[domain]
    if domain not in urgent and (
            prediction.flag < DOMAIN_THRESHOLD or (rules.red_flag_domains(found.symptoms)
                                                   and domain_p < SECOND_DOMAIN_P)):
        return None  # the lexicon named a red-flag domain: a second needs a sure detector
    key = DOMAIN_SYMPTOM[domain]
    if key in _URGENT_KIN:  # a faint is a faint whichever word named it
        named, denied = _URGENT_KIN & set(found.symptoms), _URGENT_KIN & set(
            found.negated_symptoms)
    elif (article_domain := lexicon.SYMPTOMS_BY_KEY[key].domain) is None:  # a crisis
        named, denied = {key} & set(found.symptoms), {key} & set(found.negated_symptoms)
    else:
        named = {s for s in found.symptoms if lexicon.SYMPTOMS_BY_KEY[s].domain == article_domain}
        denied = {s for s in found.negated_symptoms
                  if lexicon.SYMPTOMS_BY_KEY[s].domain == article_domain}
    # (a denial that runs along a list, "no sudden change in vision, speech or balance", is
    # plain: the detector reads the list's words, not a change)
    listed = len(found.negated_symptoms) >= DENIED_LIST or (
        words <= PLAIN_DENIAL_WORDS and bool(_NEVER_HAD.search(time_reader.normalise(text))))
    if named or (denied and (domain_p < OVERRIDE_DENIAL or listed or (
            key in CRISIS_KEYS and _only_denies_the_wish(text, detector)))):
        # A wish or thought the message plainly denies ("I do not want to hurt myself, only
        # tired") stays denied: the detector reads the denial's words as the thought. A
        # negation that is the thought itself ("doesn't see the point in living") does not.
        return None
    if key in CRISIS_KEYS and _only_weary_of_a_chore(text, detector):
        return None
    if domain not in urgent and _all_fine_now(text):
        # "I feel fine, I'm sleeping fine, walking fine": a list of what is well now says
        # there is no symptom to guess (one "fine" may be the before of a change)
        return None
    return key


# A claim someone read or heard about B12 ("my wife read low b12 can cause seizures"): a red
# flag named inside it is what B12 may do, not what happened to anyone.
_HEARD_CLAIM = re.compile(
    r"\b(?:read|reads|heard|hears|saw|seen|says?|said|told (?:me|him|her|us|them)|reckons?|"
    r"thinks?|found out|learnt|learned)\s+(?:somewhere\s+|online\s+|on (?:the )?\w+\s+)?"
    r"(?:that\s+)?(?:(?:low|lack of|a lack of|not enough|too little)\s+)?(?:vitamin\s+)?"
    r"(?:b-?12|b 12)(?:\s+(?:deficiency|levels?|shortage))?\s+(?:can|could|may|might|will|does|"
    r"causes?|leads? to|gives?)\b"
    # ...to the end of the claim: a new clause may tell ("...and my son just had one")
    r"(?:(?!\b(?:and|but|so|because|cos|coz|since|now|then|when|after|while|which|my|his|her|"
    r"he|she|i|we|they|our|me|it)\b)[^.?!,;])*")


# A fear of what B12 may bring, beside words that say nothing is wrong now ("I am afraid of
# the B12 problems, the seizure, the memory" after "He is ok, no symptoms")
_AFRAID = r"afraid|scared|frightened|worried|terrified|fearful|anxious|nervous|panicking"
_FEARED = re.compile(rf"\b(?:{_AFRAID}|freaking out) (?:of|about)\b[^.?!]{{0,80}}")
# ...or what is feared told as one's own future ("scared I'll faint at work ... never
# happened yet"; not "scared I'll pass out again", which tells one before)
_FEARED_FUTURE = re.compile(
    rf"\b(?:{_AFRAID}|worry|fear|paranoid)\b(?: that)?\s+(?:i|he|she|they|we)\s*(?:will|'ll|"
    r"could|might|may|would|am going to|'m going to|is going to|'s going to|gonna)\s+"
    r"(?![^.?!,;]*\b(?:again|another|more)\b)[^.?!,;]*")
_NOTHING_WRONG = re.compile(r"\b(?:no symptoms|nothing wrong|nothing the matter|no problems yet|"
                            r"never (?:\w+ )?happen(?:ed)?|not happened yet|hasn'?t happened|"
                            r"has not happened|not yet happened|"
                            r"no problems? (?:now|yet|at the moment|so far|at present)|"
                            r"(?:he|she|i)(?: is|'s|'m| am)? (?:ok|okay|fine|well|grand|alright)\b|"
                            r"feels? (?:fine|ok|okay|well|grand))")


# A fear of what B12 will do, told as the future ("scared my low b12 will give me seizures",
# "worried the deficiency could make her faint"): what is feared has not happened.
_FEARED_EFFECT = re.compile(
    rf"\b(?:{_AFRAID}|worry|fear|fears|paranoid)\b(?: (?:that|about|of))?[^.?!]{{0,30}}?"
    r"\b(?:b-?12|deficiency|anaemia|"
    r"anemia|it|this)\b[^.?!]{0,15}?\b(?:will|could|might|may|can|would|is going to|'ll|gonna)"
    r"\s+(?:\w+\s+)?(?:give|make|cause|lead to|bring on|trigger|result in|end up)\b[^.?!,;]*")


def _only_in_a_heard_claim(text: str, found: Findings, inferred: tuple[str, ...]) -> bool:
    """Every red flag named is inside a claim read or heard about B12 (or a fear of it,
    beside words that nothing is wrong), the detector added none, and no sudden time is
    told outside them."""
    low = text.lower()
    spans = [m.span() for m in (*_HEARD_CLAIM.finditer(low), *_FEARED_EFFECT.finditer(low))]
    if _NOTHING_WRONG.search(low):
        spans += [m.span() for m in (*_FEARED.finditer(low), *_FEARED_FUTURE.finditer(low))]
    flags = [m for m in found.mentions if m.label == "SYMPTOM" and not m.negated
             and m.key in lexicon.SYMPTOMS_BY_KEY
             and (lexicon.SYMPTOMS_BY_KEY[m.key].always_urgent
                  or lexicon.SYMPTOMS_BY_KEY[m.key].domain)]
    if inferred or not spans or not flags or not all(
            any(a <= m.start and m.end <= b for a, b in spans) for m in flags):
        return False
    rest = "".join(ch for i, ch in enumerate(text)
                   if not any(a <= i < b for a, b in spans))
    # (the detector has read the whole message and added nothing; on what is left of it,
    # a few words like "i feel grand", it reads noise)
    # ("nothing wrong with me rn": being well now dates nothing)
    return not any(c.onset == time_reader.SUDDEN  # "...and my son had one this morning"
                   for c in time_reader.cues(_WELL_AT_PRESENT.sub(" ", rest)))


def _all_fine_now(text: str) -> bool:
    """Two or more things said well now, in sentences that tell no before or after."""
    low = time_reader.normalise(text)
    fine = 0
    for start, end in sentences.spans(low):
        sentence = low[start:end]
        if not _BEFORE_OR_AFTER.search(sentence):
            fine += len(_ALL_FINE.findall(sentence))
    return fine >= 2


_BEFORE_OR_AFTER = re.compile(r"\b(?:was|were|had|earlier|morning|yesterday|last night|before|"
                              r"till|until|then|since|now|today|tonight|suddenly)\b")


# What is well now, one item of a list: "I'm sleeping fine", "walking fine" (not "was
# walking fine", the before of a change)
_ALL_FINE = re.compile(
    r"(?:^|[,.;!?]|\band\b)\s*(?:(?:i'?m|im|i am|i|she'?s|he'?s|she|he|they'?re|still|"
    r"otherwise|and|been)\s+)?(?:feel\w*|sleep\w*|walk\w*|eat\w*|talk\w*|see\w*|"
    r"think\w*|doing|moving|working)\s+(?:\w+\s+)?(?:fine|ok|okay|alright|all right|normal|"
    r"normally|good|grand|great|well)\b(?=\s*(?:$|[,.;!?]|\band\b|\bbut\b))")


def _only_weary_of_a_chore(text: str, detector: redflag_detector.Detector | None) -> bool:
    """"Tired of cooking the same tea every night": weariness of a chore, which the detector
    reads as the wish; what is left without it must read calm (never beside the lexicon's
    own crisis words, which are read before this)."""
    low = time_reader.normalise(text)
    if detector is None or not _WEARY_OF_A_CHORE.search(low):
        return False
    rest = _WEARY_OF_A_CHORE.sub(" ", low)
    if len(_WORD.findall(rest)) < MIN_WORDS:
        return True
    return detector.predict(rest).flag < DOMAIN_THRESHOLD


_WEARY_OF_A_CHORE = re.compile(lexicon.WEARY_OF_A_CHORE)


# Whether signs pass, asked of them ("will they go away again", "does it ever clear up"):
# "go away" is also a wish to be gone, which the detector reads without its subject. Only
# where nobody is named: "will they go away if I'm not here" keeps its reading.
_SIGNS_PASS = re.compile(
    r"\b(?:will|would|do|does|did|can|could|might|may|should|is|are)\s+(?:they|it|these|those|"
    r"this|that|the\s+\w+(?:\s+\w+)?|symptoms?|signs?|everything|things|it all)\s+(?:ever\s+|"
    r"all\s+|eventually\s+|just\s+|then\s+)?(?:go away|go|clear(?: up)?|disappear|fade|wear off|"
    r"settle|get better|improve|pass|come back|return|come right|be (?:ok|okay|alright|all right|"
    r"fine|normal|right)|(?:go|get) back to normal)\b")
_SOMEONE_WISHING = re.compile(r"\b(?:i|i'm|im|me|my|myself|mine|we|us|our|he|she|him|her|"
                              r"himself|herself|you|u|your|yourself)\b")


def _asks_if_signs_pass(text: str) -> bool:
    """A question whether signs go away, in a message that names nobody."""
    low = time_reader.normalise(text)
    return bool(_SIGNS_PASS.search(low)) and not _SOMEONE_WISHING.search(low) and not (
        people.names_a_person(low))


CRISIS_KEYS = frozenset(s.key for s in lexicon.SYMPTOMS if s.crisis)


def _without_risk_history(text: str, found: Findings) -> str:
    """The text without sentences that only date a risk factor or the B12 treatment ("She
    take metformin long time", "I've had b12 jabs for years"): their time is the
    medicine's, not the symptom's. Sentences with a sudden time always stay."""
    risks = [m.start for m in found.mentions if m.label in (pipeline.RISK, pipeline.TREATED)]
    if not risks:
        return text
    told = [m.start for m in found.mentions if m.label == pipeline.SYMPTOM]
    kept = [text[a:b] for a, b in sentences.spans(text)
            if not (any(a <= r < b for r in risks) and not any(a <= t < b for t in told)
                    and time_reader.onset(text[a:b]) in (time_reader.GRADUAL, time_reader.PAST))]
    return " ".join(kept) or text


def _told_in(text: str, found: Findings, keys: frozenset[str]) -> list[str]:
    """The sentences holding a mention of ``keys`` (the whole text if none is placed)."""
    spans = [(m.start, m.end) for m in found.mentions if m.key in keys and not m.negated]
    parts = [text[start:end] for start, end in sentences.spans(text)
             if any(start <= a < end for a, _ in spans)] if spans else []
    return parts or [text]


def _detected_in(text: str, key: str, detector: redflag_detector.Detector) -> str:
    """The sentences the detector reads as the symptom it added (the whole text if none
    alone): "Had my stomach out in '09. Since I sat down my hand's gone odd" dates the
    surgery with the year, not the hand."""
    parts = [text[a:b] for a, b in sentences.spans(text)]
    if len(parts) < 2:
        return text
    told = [p for p in parts if (guess := detector.predict(p)).domain is not None
            and DOMAIN_SYMPTOM[guess.domain] == key]
    return " ".join(told) or text


# How far after a risk factor a date still belongs to it ("who had the bariatric surgery a
# few years back, went stiff in his chair": the years date the surgery, not the fit).
_RISK_DATE_REACH = 40


def _without_risk_dates(text: str, found: Findings) -> str:
    """The text with each date that follows a risk factor in its own clause blanked out
    (same length, so the mentions still point into it)."""
    risks = [m for m in found.mentions if m.label == pipeline.RISK and not m.negated]
    if not risks:
        return text
    symptoms = [m.start for m in found.mentions if m.label == pipeline.SYMPTOM]
    cues = time_reader.cues(text)
    low = time_reader.normalise(text)
    if len(low) != len(text):
        return text  # (the cues' places are the normalised text's: only where they agree)
    for risk in risks:
        # (not where the event is told first: "fainted when I was pregnant, forty years ago")
        opens = max((m.end() for m in re.finditer(r"[.;!?]", low[:risk.start])), default=0)
        if any(opens <= s < risk.start for s in symptoms):
            continue
        cue = next((c for c in cues if c.start >= risk.end), None)
        if (cue is None or cue.onset != time_reader.PAST
                or cue.start - risk.end > _RISK_DATE_REACH
                or re.search(r"[.;!?]", low[risk.end:cue.start])
                or any(risk.end <= s < cue.start for s in symptoms)):
            continue
        text = text[:cue.start] + " " * (cue.end - cue.start) + text[cue.end:]
    return text


# A sentence that speaks of the one before it: "...tried to overdose as a teenager. He's 40
# now, doing well, no thoughts like that since."
# Only words that say it is over count ("no thoughts like that since", "been well for a
# decade"), and never beside words that say it goes on ("...never again, but I still think
# about it").
_REFERS_BACK = re.compile(r"\b(?:(?:like that|like this|of that|of it) since|since then|"
                          r"(?:been|doing|felt|feeling) (?:well|fine|good|great)|"
                          # "That's long gone, I'm in a good place now" (not despair:
                          # "it's over", "all hope is long gone")
                          # ("That is long behind me; I am well now")
                          r"(?:that'?s|that is|those are|they'?re|those days are) (?:long gone|"
                          r"(?:long |well |firmly |all |now )?(?:behind me|behind us|"
                          r"in the past))|"
                          r"(?:i'?m|i am) in a (?:good|better|much better|happier|safe) place|"
                          # "I got help and I'm well now, thirty years on" (a date long ago
                          # is still needed: is_history)
                          r"(?:got|had|found) (?:help|treatment|support)\b[^.!?]{0,30}"
                          r"\b(?:i'?m|im|i am) (?:really |much |very )?(?:well|fine|good|ok|"
                          r"okay|better) (?:now|these days|nowadays))\b",
                          re.IGNORECASE)
_GOES_ON = re.compile(r"\b(?:still|wants? to (?:die|end|hurt|cut|harm|kill|do it)|wish\w*|"
                      r"think about|thinking about|thinking of|plan\w*|again|back|lately|"
                      # (not "I'm fine these days")
                      r"(?<!fine )(?<!well )(?<!good )(?<!better )(?<!ok )(?<!okay )these days|"
                      r"now and then)\b", re.IGNORECASE)


def _crisis_told(text: str, found: Findings) -> str:
    """The sentences that tell thoughts of suicide or self-harm, each with the sentence
    after it when that one speaks back of them."""
    spans = [(m.start, m.end) for m in found.mentions if m.key in CRISIS_KEYS and not m.negated]
    parts = sentences.spans(text)
    told = [i for i, (a, b) in enumerate(parts) if any(a <= start < b for start, _ in spans)]
    if not told:
        return _sentences_with(text, found, CRISIS_KEYS)
    # (a next sentence that says one is well now speaks back of them too: "...forty years
    # ago. I am now perfectly well.")
    keep = sorted({*told, *(i + 1 for i in told if i + 1 < len(parts)
                            and (_REFERS_BACK.search(text[slice(*parts[i + 1])])
                                 or _WELL_NOW.search(time_reader.normalise(
                                     text[slice(*parts[i + 1])])))
                            and not _GOES_ON.search(text[slice(*parts[i + 1])]))})
    return " ".join(text[slice(*parts[i])] for i in keep)


def _sentences_with(text: str, found: Findings, keys: frozenset[str]) -> str:
    """The sentences holding a mention of ``keys``, as one text."""
    return " ".join(_told_in(text, found, keys))


# Events told without their name, read from their forms: the symptom each one stands for.
_DESCRIBED = ((DOMAIN_SYMPTOM["crisis"], crisis_means.spans),
              (DOMAIN_SYMPTOM["seizure"], seizure_signs.spans),
              (DOMAIN_SYMPTOM["fainting"], collapse_signs.spans))


def _with_described(text: str, found: Findings) -> Findings:
    """A suicidal method told without the words ("I think of jumping from my balcony"), a
    seizure told by what was seen ("his whole body shaking, eyes rolled up"): the symptom,
    placed on its sentence so that its history is read there."""
    for key, spans in _DESCRIBED:
        if key in found.symptoms or key in found.negated_symptoms:
            continue
        told = spans(text)
        if not told:
            continue
        start, end = told[0]
        mention = pipeline.Mention(pipeline.SYMPTOM, key, text[start:end], start, end,
                                   negated=False)
        found = replace(found, symptoms=[*found.symptoms, key],
                        mentions=[*found.mentions, mention])
    return found


_CLAUSE_END = re.compile(r"[.,;!?]|\bbut\b")
# The lexicon's negation cues ("n't" also typed without its apostrophe)
_DENIAL = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in lexicon.NEGATION_CUES
                                          if c.isalpha()) + r")\b|n'?t\b")


def _onset_of_denials(text: str, nlp: object | None = None,
                      others_named: bool = False) -> str | None:
    """The onset when the message denies a symptom: a time told in the same clause as the
    denial dates the denial ("she is not more confused today"). When it names another
    symptom too (``others_named``), only a clause with no symptom of its own dates a
    denial ("no confusion today, only forgetful like always"), and speed words count."""
    low = time_reader.normalise(text)
    kept = []
    for cue in time_reader.cues(text):
        ends = [m.end() for m in _CLAUSE_END.finditer(low, 0, cue.start)]
        stop = _CLAUSE_END.search(low, cue.end)
        clause = low[ends[-1] if ends else 0: stop.start() if stop else len(low)]
        dates_denial = cue.onset == time_reader.SUDDEN and bool(_DENIAL.search(clause))
        if dates_denial and others_named:
            dates_denial = (not time_reader.is_speed_word(cue.text)
                            and not pipeline.extract(clause, nlp).symptoms)  # type: ignore[arg-type]
        if not dates_denial:
            kept.append(cue.onset)
    return time_reader.most_urgent(kept)


# "burns on her arms" is the lexicon's self-harm; "hot oil burn on my forearm from the wok"
# is cooking. An everyday cause in the sentence, and no word of doing it to oneself.
_BURN_ON = re.compile(r"^burns? on\b", re.IGNORECASE)
_EVERYDAY_BURN = re.compile(r"\b(?:oil|wok|oven|stove|kettle|pan|steam|sunburn\w*|sun|bbq|"
                            r"barbecue|grill|fire|bonfire|cooking|baking|exhaust|radiator|"
                            r"scald\w*|blister\w*|chemical|bleach|curling|hair straighteners|"
                            r"accident\w*|splash\w*|spill\w*|spat)\b", re.IGNORECASE)
_TO_ONESELF = re.compile(r"\b(?:myself|herself|himself|themselves|on purpose|deliberate\w*|"
                         r"hid\w*|secret\w*|keeps|again|cutting|cuts)\b", re.IGNORECASE)


def _without_form_swaps(text: str, found: Findings) -> Findings:
    """"Can i just take loads of tablets instead and skip them" (the B12 shots): the
    lexicon's means words inside a change of B12's form are no method, when what the
    message says besides reads calm to the detector."""
    swap = boundaries.swaps_form(text)
    means = [m for m in found.mentions if m.key in CRISIS_KEYS and swap is not None
             and m.text.lower() in swap]
    if not means or crisis_means.researched(text):
        return found
    rest = time_reader.normalise(text).replace(swap or "", " ")
    if redflag_detector.load().predict(rest).flag >= DOMAIN_THRESHOLD:
        return found
    keys = {m.key for m in means}
    others = [m for m in found.mentions if m.key in keys and m not in means]
    return replace(found, symptoms=[s for s in found.symptoms if s not in keys or others],
                   mentions=[m for m in found.mentions if m not in means])


def _without_everyday_burns(text: str, found: Findings) -> Findings:
    burns = [m for m in found.mentions if m.key in CRISIS_KEYS and _BURN_ON.match(m.text)]
    if not burns or len([m for m in found.mentions if m.key in CRISIS_KEYS]) > len(burns):
        return found
    for start, end in sentences.spans(text):
        said = text[start:end]
        if any(start <= m.start < end for m in burns) and (
                not _EVERYDAY_BURN.search(said) or _TO_ONESELF.search(said)):
            return found
    keys = {m.key for m in burns}
    return replace(found, symptoms=[s for s in found.symptoms if s not in keys],
                   mentions=[m for m in found.mentions if m not in burns])


# Words of a faint, a fit or numbness said of a thing or a price (bot.nlp.idioms): figures
# of speech.
# ...and numbness at news: only where the detector reads the message calm too
_NUMB_AT_NEWS = re.compile(
    r"\bnumb\b[^.!?]{0,30}\b(?:lost|losing|scored?|the news|the result|the final|"
    r"redundanc\w*|announced|the verdict)\b|"
    r"\b(?:lost|the news|the result|redundanc\w*|announced)\b[^.!?]{0,40}\bnumb\b")
_FIGURATIVE_KEYS = frozenset({"seizures", "syncope", "loss_of_consciousness",
                              "tingling_numbness"})


def _without_figures_of_speech(text: str, found: Findings) -> Findings:
    low = text.lower()
    plain = [m.span() for pattern in (idioms.FIGURE_OF_SPEECH, idioms.PASSING_A_STONE,
                                      idioms.FITS_OF)
             for m in pattern.finditer(low)]
    gated = [m.span() for m in _NUMB_AT_NEWS.finditer(low)]
    if not plain and not gated:
        return found

    def inside(m: pipeline.Mention, spans: list[tuple[int, int]]) -> bool:
        return any(a <= m.start and m.end <= b for a, b in spans)

    told = [m for m in found.mentions if m.label == "SYMPTOM" and m.key in _FIGURATIVE_KEYS]
    figures = [m for m in told if inside(m, plain)]
    maybe = [m for m in told if m not in figures and inside(m, gated)]
    if maybe and redflag_detector.load().predict(text).flag < DOMAIN_THRESHOLD:
        figures += maybe
    if not figures:
        return found
    keys = {m.key for m in figures}
    others = {m.key for m in found.mentions if m.key in keys and m not in figures}
    return replace(found, symptoms=[s for s in found.symptoms if s not in keys - others],
                   mentions=[m for m in found.mentions if m not in figures])


# A screening question answered no: "Doctor asked if I have any thoughts of harming myself,
# I said no", "the nurse asked whether she'd fainted and she said no". What was asked about
# is denied; the answer, not the question, is what the person told.
_SCREENED = re.compile(
    r"\basked (?:me |him |her |us |them )?(?:if|whether|wether|about)\b(?P<asked>[^.?!]{0,120}?)"
    # the reply said: "..., I said no"
    r"(?:[,;:.]?\s*(?:and |but )?(?:i|he|she|we|they)\s+(?:said|says|told (?:him|her|them)|"
    r"answered|replied)\s+(?:no|not|never|nope|nah)\b|"
    # ...or the reply alone, set off: "..., and no, never" (never a "not" or "no one" inside
    # the asked clause: "asked if he wants to kill himself and he could not answer")
    r"(?:\s*[,;:.]\s*(?:and\s+)?|\s+and\s+)(?:the answer (?:is|was)\s+)?(?:no|nope|nah|never|"
    r"none)\b(?!\s+(?:one|body|longer|more|doubt|idea|clue)\b))", re.IGNORECASE)


def _without_screened_and_denied(text: str, found: Findings) -> Findings:
    spans = [m.span("asked") for m in _SCREENED.finditer(text)]
    denied = [m for m in found.mentions if m.label == pipeline.SYMPTOM and not m.negated
              and any(start <= m.start < end for start, end in spans)]
    if not denied:
        return found
    mentions = [replace(m, negated=True) if m in denied else m for m in found.mentions]
    present = list(dict.fromkeys(m.key for m in mentions
                                 if m.label == pipeline.SYMPTOM and not m.negated))
    negated = [k for k in dict.fromkeys(
        [*found.negated_symptoms, *(m.key for m in denied)]) if k not in present]
    return replace(found, symptoms=present, negated_symptoms=negated, mentions=mentions)


def read(text: str, nlp: object | None = None,
         detector: redflag_detector.Detector | None = None) -> Reading:
    """Everything the rules need from one message."""
    # Read with typos of our own words mended ("sinse brekfast", "havnt"): mention offsets
    # are then offsets in the mended text, which has the raw text's words in the same order.
    text = spelling.correct(text)
    found = _without_form_swaps(text, _without_everyday_burns(
        text, _without_figures_of_speech(text, pipeline.extract(text, nlp))))  # type: ignore[arg-type]
    found = _with_described(text, _without_screened_and_denied(text, found))
    time_onset = time_reader.onset(_without_risk_history(text, found))
    detector = detector or redflag_detector.load()
    prediction = detector.predict(text)
    # The detector learnt English: on another language it reads letters, not words
    # ("comment on dit 'fermé le lundi'" was a faint). That message gets the notice in
    # its language, which gives the emergency number; the lexicon's English still counts.
    foreign = language_id.is_foreign(text)
    added = None if foreign else _inferred_symptom(text, found, prediction, detector)
    crisis_key = DOMAIN_SYMPTOM[CRISIS_CLASS]
    crisis_untold = (not foreign and crisis_key not in found.symptoms
                     and crisis_key not in found.negated_symptoms)
    signs_pass = _asks_if_signs_pass(text)
    if added == crisis_key and (_dwells_on_a_worry(text) or signs_pass):
        added = None
    if (added is None and crisis_untold and not signs_pass
            and _crisis_in_a_sentence(text, detector)):
        added = crisis_key
    if (added == DOMAIN_SYMPTOM["fainting"] and time_onset in (time_reader.GRADUAL,
                                                                time_reader.PAST)
            and _NEAR_FAINT & set(found.symptoms)):
        added = None  # "light-headed standing up for a month, passes in a second": no faint
    inferred: tuple[str, ...] = (added,) if added else ()
    # A crisis told in a short statement of its own, beside whatever domain the detector
    # guessed for the whole message ("Everybody better if I am not here. ... My B12 is low."
    # read whole: crisis 0.48, so the likeliest of the nine domains, vision). Beside, not
    # instead: where the guess was right, its domain is still named. Not where the detector
    # is sure of another domain ("stammering since tea time. He told me 'me want the ball'").
    sure_of_another = (prediction.domain != CRISIS_CLASS
                       and prediction.domain_p >= SURE_OF_ANOTHER_DOMAIN)
    if (crisis_untold and added != crisis_key
            and not sure_of_another and _crisis_said_in_a_sentence(text, found)
            and not _dwells_on_a_worry(text) and not signs_pass):
        inferred = (*inferred, crisis_key)
    symptoms = [*found.symptoms, *inferred]
    if (time_onset == time_reader.SUDDEN and found.negated_symptoms and not found.symptoms
            and not (inferred and prediction.domain_p >= OVERRIDE_DENIAL)):
        time_onset = _onset_of_denials(text)
    elif time_onset == time_reader.SUDDEN and found.negated_symptoms and found.symptoms:
        time_onset = _onset_of_denials(text, nlp, others_named=True)
    # The time reader knows denials ("nothing sudden about it") the lexicon's cues don't.
    onset = time_onset or found.onset
    findings = replace(found, symptoms=symptoms, onset=_ONSET_SLOT.get(onset or "", onset))
    crisis = any(lexicon.SYMPTOMS_BY_KEY[s].crisis for s in symptoms)
    # Whether thoughts of suicide or self-harm are over is read where they are told: a
    # long story's "used to" or "went away" elsewhere says nothing about them.
    others = [s for s in symptoms
              if lexicon.SYMPTOMS_BY_KEY[s].always_urgent and not lexicon.SYMPTOMS_BY_KEY[s].crisis]
    only_crisis = crisis and not others
    told = _crisis_told(text, found) if only_crisis else text
    # ...and its date where the red flag is told, not where the tiredness of years is
    flags = frozenset(s for s in found.symptoms if lexicon.SYMPTOMS_BY_KEY[s].always_urgent
                      or lexicon.SYMPTOMS_BY_KEY[s].domain)
    # (the detector reads each sentence only where a date long ago could be misplaced)
    dated = (_sentences_with(_without_risk_dates(text, found), found,
                             flags or frozenset(found.symptoms))
             if found.symptoms or not inferred else
             _detected_in(text, inferred[0], detector)
             if any(c.onset == time_reader.PAST for c in time_reader.cues(text)) else text)
    if symptoms and is_history(told, crisis, found.treated, only_crisis, dated):
        # Over and done: not a fact of today (a red-flag domain's onset is not sudden).
        history = [s for s in symptoms if lexicon.SYMPTOMS_BY_KEY[s].always_urgent]
        findings = replace(findings, symptoms=[s for s in symptoms if s not in history],
                           negated_symptoms=findings.negated_symptoms + history,
                           onset="gradual")
        inferred = tuple(s for s in inferred if s not in history)
    hypothetical = is_hypothetical(text) or _only_in_a_heard_claim(text, found, inferred)
    if hypothetical and crisis and crisis_means.researched(text):
        hypothetical = False  # a lethal amount asked is a means, question or not
    if hypothetical and crisis:
        # "I've saved my tablets, just in case" is a plan; only a question is hypothetical,
        # asked where the thought is told ("...enough to sleep forever. Are B12 tablets
        # dangerous if many?" asks about B12, and tells a plan).
        # ("...swallow all the tablets together? i wan make everything finish": the second
        # sentence tells it) -- hypothetical only if every sentence that tells it asks
        hypothetical = all(_QUESTION_FORM.search(time_reader.normalise(s))
                           and not _NO_REGRET.search(time_reader.normalise(s))
                           for s in _told_in(text, found, CRISIS_KEYS))
    return Reading(findings, time_onset, hypothetical, prediction, inferred)
