"""The time reader: when did it start, in the words people use ("since lunch", "was fine
yesterday and now...", "from morning", "2 hrs back", "for months", "years ago").

The emergency rule turns on *how long ago* a change began, and people say that with
a time, not with the word "sudden". Every expression here is read as an age of the
change, then put in one of four classes:

- ``sudden``: minutes or hours ago, a named part of today or yesterday, overnight,
  since waking or a meal, "was fine ... and now" (within about 48 hours);
- ``unsure``: a few days, or the person says they don't know (the rule treats an
  unsure red-flag change as sudden);
- ``gradual``: weeks, months, years, on and off, slowly;
- ``past``: an event long ago and over ("one fit as a teen, none since"): not an
  emergency today.

When a message holds several, the most urgent wins: a seizure "years ago and again
this morning" is sudden. Measured against dateparser and ctparse in
bench/time_readers.py (README: Red flags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.nlp import idioms
from bot.triage import lexicon

SUDDEN, UNSURE, GRADUAL, PAST = "sudden", "unsure", "gradual", "past"
_RANK = {PAST: 0, GRADUAL: 1, UNSURE: 2, SUDDEN: 3}

# (a range is a number too: "for last 6-7 weeks", "over 6 to 8 weeks", "since 3-4 days")
_NUM = (r"(?:\d+\s*(?:-|\u2013|to|or)\s*\d+|\d+(?:\.\d+)?|half|a|an|one|two|three|four|five|"
        r"six|seven|eight|nine|ten|twelve|"
        r"fifteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?|"
        r"a few|few|a couple(?: of)?|couple(?: of)?|"
        r"several|half an?|some|many|a couple)")
_MINUTES = r"(?:min(?:ute)?s?|mins?|secs?|seconds?|moments?)"
_HOURS = r"(?:hours?|hrs?|hr|hourz)"
_DAYS = r"(?:days?)"
_LONG = r"(?:weeks?|wks?|months?|mths?|mnths?|mos|years?|yrs?|yr|decades?|twelvemonths?)"
_MEALS = (r"(?:breakfast|brekkie|brekky|brekfast|breakfst|lunch|lunchtime|luch|dinner|diner|"
          r"dinnertime|dinna|tea|teatime|tea time|supper|noon|midday|mid-day|brunch|elevenses|"
          r"merienda|iftar|luncheon|"
          # the daily prayers name times of day too ("since zuhr", "after asr")
          r"fajr|zuhr|zohr|zuhur|dhuhr|duhr|asr|maghrib|magrib|isha|jummah|jumma)")
# Not "night" or "evening" alone: "numb at night" is a habit, not a time of onset.
_DAYPARTS = (r"(?:morning|mornin|afternoon|arvo|forenoon|tonight|today|bedtime|this am|this pm|"
             # the sun's times: "walkin fine at sunup", "hauling pots at dawn"
             r"sunup|sun-up|sunrise|dawn|daybreak|first light|sundown|sunset|dusk|"
             r"mid-morning|mid morning|midmorning|late morning|mid-afternoon|mid afternoon|"
             r"late afternoon|early afternoon|early evening)")
_SUBJ = (r"(?:i|he|she|they|we|u|you|mum|mom|dad|nan|nana|gran|grandma|grandpa|"
         r"(?:my|our|the|his|her) \w+)")
# Past waking only: "when I get up" is a habit, "when I got up" an onset.
# ("since I came to" wakes; "since I came to uni" arrives)
_WAKE = (r"(?:woke|woken|awoke|waking up|got up|came round|came to(?=\s*(?:$|[.,;!?]|(?:and|but|"
         r"i|he|she|they|we|on|in|at|about|after|around|it|properly|fully)\b)))")
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|weekend)"
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|"
           r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|oct|nov|dec)")
# A "fine" word that tells the symptom itself: "was talking funny", "walking into walls"
_ODDLY = (r"\s+(?:funny|funnily|weird\w*|strange\w*|odd\w*|gibberish|nonsense|rubbish|"
          r"slurred|slurry|slow\w*|differently|wrong|wonky|drunk|like a|into|in circles)\b")
_FINE = (r"(?:fine|ok|okay|alright|all right|normal|good(?! while)|great|perfect|herself|himself|"
         # "out with the heifers first thing, no trouble at all"
         rf"{idioms.NO_BOTHER}|"
         r"myself|themselves|totally fine|completely fine|perfectly fine|completely normal|"
         r"perfectly normal|absolutely fine|right as rain|chatting|chatty|talking|walking|"
         r"laughing|herself again|his usual self|her usual self|my usual self|ok-ish|"
         r"alert|perfectly alert|bright|sharp|steady|chirpy|lively|his normal self|"
         r"her normal self|my normal self|grand|right as ninepence|"
         # "went to bed his sweet self"
         r"(?:his|her|my|their) (?:\w+ )?self)")


# Hours slept ("i sleep like 10 hours", "slept for 12 hrs"): how long a sleep lasts, not
# when something began
_NOT_SLEPT = "".join(f"(?<!{verb} {filler})" for verb in ("sleep", "sleeps", "slept", "sleeping",
                                                         "nap", "napped", "kip", "kipped")
                     for filler in ("", "like ", "for ", "for like ", "for about "))
_WORD_HOURS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# An hour of the clock said plainly ("4", "half ten", "5:30", "eleven")
_HOUR = (rf"(?:half (?:past )?|quarter (?:past |to ))?(?:(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?|"
         rf"{_WORD_HOURS})")


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# Right after a person, "aged 4" is their age now and "at the gym" where they are: neither
# dates anything ("my nephew aged 4 was...", "the lad at the gym reckons...")
_NOT_AFTER_A_PERSON = "".join(
    f"(?<!{re.escape(noun)} )"
    for noun in (*lexicon.PEOPLE_NOUNS, "boy", "girl", "man", "woman", "lady", "lad", "lass",
                 "guy", "bloke", "mate", "someone", "somebody", "people", "folk", "lads"))

_SUDDEN = _rx(
    # minutes or hours ago / back / before / now
    # (not "for an hour back in 2012": how long it lasted, then when)
    rf"\b{_NUM}\s*-?\s*(?:{_MINUTES}|{_HOURS})\s*(?:ago|back(?!\s+in\b)|before|now|earlier|"
    rf"since|gone(?= now| by| past|\s*[,.;]))\b",
    # "it's been a few hours", "it has been twenty minutes"
    rf"\b(?:it'?s|its|it has|it'?s only|it has only) been (?:about |around |like |nearly |almost )?"
    rf"{_NUM}\s*-?\s*(?:{_MINUTES}|{_HOURS})\b",
    rf"\b(?:an?|one|the|half an?)\s+(?:{_HOURS}|{_MINUTES})\s+ago\b",
    # "fine at opening. now an hour later he can't see"
    rf"\b(?:an?|one|two|three|few|a few|couple of|a couple of|half an?|\d+)\s+(?:{_HOURS}|"
    rf"{_MINUTES})\s+(?:later|after that|afterwards|after(?=\s*[,.;]))",
    # "Was fine all morning": the before of a change told after it
    rf"\b(?:was|were)\s+(?:\w+\s+)?{_FINE}\s+all (?:morning|day|afternoon|evening)\b",
    r"\b\d+\s*(?:m|h)\s+ago\b",
    # in / within / for / over the last hour(s) or minutes, or a day or two
    # (not "in sec 3", Singapore's third year of secondary school)
    rf"\b(?:in|within|over|during|since)\s+(?:like\s+|about\s+|around\s+|just\s+)?"
    rf"(?:the\s+)?(?:last|past|previous)?\s*(?:{_NUM}\s+)?(?:{_MINUTES}|{_HOURS})\b(?!\s*\d)",
    r"\b(?:in|within|over|during)\s+(?:the\s+)?(?:last|past)\s+(?:day|24 ?hours|"
    r"(?:a |one |two |2 |couple of |couple )?days?)\b",
    rf"\bsince\s+(?:about\s+|around\s+)?{_NUM}\s+(?:{_HOURS}|{_MINUTES})\b",
    rf"\bfrom\s+(?:the\s+)?(?:last\s+)?{_NUM}\s+(?:{_HOURS}|{_MINUTES})\b",
    # "since we left Scrabster at 6": an event of today dated by the clock
    rf"\bsince\s+{_SUBJ}\s+(?:left|got|came|cam|come|went|set off|sailed|arrived|started)\b"
    r"[^.!?]{0,30}"
    rf"\bat\s+(?:about\s+|around\s+)?(?:\d{{1,2}}(?:[:.]\d\d)?|{_WORD_HOURS})\s*(?:am|pm|o'?clock)?"
    r"\b(?!\s*(?:years?|yrs?|months?|weeks?))",
    # Jamaican "from after mi eat mi lunch", "since she ate her tea"
    rf"\b(?:since|from|after)\s+(?:after\s+)?(?:i|he|she|mi|me|we|they|dem|him|her|e)\s+"
    rf"(?:(?:done|finish\w*)\s+)?(?:eat|ate|had|have|finish\w*|done)\s+(?:\w+\s+)?{_MEALS}\b",
    # "since we had our tea", "since she finished her lunch"
    rf"\bsince\s+{_SUBJ}\s+(?:had|ate|finished|got back from|came back from)\s+"
    rf"(?:her\s+|his\s+|my\s+|their\s+|our\s+|the\s+)?{_MEALS}\b",
    # since / from / after / at / during a part of today, a meal, a nap, waking
    # (seeing poorly at dusk is a habit of low light, not an onset: "can't see well at dusk")
    rf"\b(?:since|from|after|following|(?<!see )(?<!see well )(?<!see clearly )(?<!see properly )"
    rf"(?<!see very well )at|at(?!\s+(?:dusk|sundown|sunset|dawn|sunrise|daybreak|first light)"
    rf"\b)|during|over|around|about|before|by|till|until|"
    rf"til)\s+(?:this\s+|today\s+|today's\s+|tonight's\s+|earlier\s+|the\s+|my\s+|his\s+|her\s+|"
    # (northern English "us dinner", Geordie "wor tea": our)
    rf"their\s+|our\s+|yesterday\s+|last\s+|early\s+|late\s+|ma\s+|me\s+|mi\s+|us\s+|wor\s+|"
    # Caribbean "de"/"di", and a weekday's meal: "from after we eat de Sunday lunch"
    rf"de\s+|di\s+|da\s+|we (?:eat|ate|had|have)\s+(?:de\s+|di\s+|the\s+|our\s+)?)?"
    rf"(?:(?:sunday|saturday|friday|monday|tuesday|wednesday|thursday)\s+)?"
    rf"(?:{_MEALS}|{_DAYPARTS}|nap|naptime|siesta|lie down|lie-in|sleep)\b",
    # an hour that comes next in a story of the day: "nowt wrong. Then about half eleven I
    # went to..." (not a habit's hour: "awake till 3")
    rf"\b(?:then|and then|next)\s*,?\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+)?{_HOUR}\b"
    r"(?!\s*(?:-|to|or|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times|of|"
    r"tablets?|pills?|tabs|doses?|shots?|jabs?|injections?|mg|mcg|kg|stone|more|a day|a week)\b)",
    # Indian English "post lunch", "post-dinner": after a meal of today
    rf"\bpost[- ]?(?:{_MEALS}|nap|siesta)\b",
    # "since about half past": a clock time of today, its hour left out
    r"\b(?:since|from|at|by|around) half past\b(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?))",
    # a part of the day put first, Welsh and northern English: "Teatime it was, ...",
    # "Dinner time it was all fine"
    rf"(?:(?<=^)|(?<=[.!?;]\s)|(?<=[.!?;]))(?:{_MEALS}|{_DAYPARTS})(?:\s*time)?\s+"
    rf"(?:it|this|that) (?:was|were|happened)\b",
    r"(?<!apart )(?<!aside )\b(?:since|from)\s+(?:yesterday|last night|today|tonight|morning|"
    r"evening|afternoon|yday|yest|ystrday|the night|overnight|midnight|waking|wakeup|wake up)\b"
    r"(?!\s+(?:blindness|sweats?|terrors?|shifts|sickness))",
    rf"\b(?:this|today|tonight|earlier|yesterday|yday)\s*,?\s*(?:{_DAYPARTS}|morn)\b",
    # "this dinner time she's gone all strange"
    rf"\b(?:this|today'?s?|tonight'?s?)\s+(?:{_MEALS})(?:\s*time)?\b",
    # "right as rain first thing, then come dinner time i cant hardly see": "come" is "when
    # it came to", a meal of the same day
    rf"\bthen\s+come\s+(?:{_MEALS}|{_DAYPARTS})(?:\s*time)?\b",
    r"\b(?:today|tonight|tonite|tonigt|todays|today's|yesterday|yday|yesterdays|overnight|"
    r"over night|last night|lastnight|last nite|this arvo|this am|this pm|earlier on|"
    r"earlier today|earlier tonight|just now|right now|rn|since yesterday|now now|"
    r"this morning|this mornin|dis morning|this afternoon|this evening)\b",
    r"\b(?:at|around|about|since|from|after|by|till|until|before)\s+(?:about\s+)?"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|oclock)\b",
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b",
    rf"\b(?:had|ate|finished|after)\s+(?:her|his|my|their|our|the)?\s*{_MEALS}\b[^.!?]{{0,25}}"
    r"\b(?:after that|afterwards|after|since then|since|and then|then|and now|now)\b",
    # ...with a doing between: "had my breakfast and went out to the shed and since then"
    rf"\b(?:had|ate|finished)\s+(?:her|his|my|their|our|the|me)?\s*{_MEALS}\b[^.!?]{{0,60}}"
    r"\b(?:since then|ever since|and now)\b",
    # a clinical 24-hour time: "GCS 15 at 0600, now 12 at 1000"
    r"\b(?:at|since|from|by|until)\s+(?:[01]\d|2[0-3])[0-5]\d(?:\s*h(?:rs|ours)?)?\b",
    r"\b(?:since|from|at|after|till|until|then)\s+(?:about|around|roughly|approx\.?)\s+"
    rf"(?:[1-9]|1[0-2]|{_WORD_HOURS})(?:ish)?\b(?!\s*(?:of|or|and)\b)"
    r"(?!\s*(?:years?|yrs?|months?|weeks?|days?|y/?o|mg|mcg|%|kg|"
    r"lbs?|stone|times|tablets|pills|[.,/]\d))",
    # waking / getting up
    rf"\b{_SUBJ}\s+(?:just\s+)?{_WAKE}\b",
    rf"\b(?:since|after|when|once|as soon as|upon|on)\s+(?:{_SUBJ}\s+)?{_WAKE}\b",
    # "from she wake up", "since he wake up": the onset is the waking, whatever the tense
    r"\b(?:since|from|after)\s+(?:she|he|i|mi|dem|they|we)\s+(?:wake|wakes|woke)\b",
    r"\b(?:this|dis|dis ya)\s+(?:mawnin|mornin|marnin|morning)\b",
    # (a clock between: "woke 0600 with loss of vision")
    rf"\b{_WAKE}\s+(?:up\s+)?(?:(?:at\s+)?(?:[01]\d|2[0-3])[0-5]\d\s*h?\s+|(?:at\s+)?\d{{1,2}}"
    rf"(?:[:.][0-5]\d)?\s*(?:am|pm)\s+)?"
    rf"(?:from\s+(?:a|an|her|his|my|their|the)\s+(?:nap|sleep|snooze|kip|"
    r"doze|rest|lie-?\s?down|siesta)\s+)?(?:with|w/?|and|n|an|to|unable|not able|like this|"
    r"this way|feeling|confused|couldn|could not|cant|can't|can not)\b",
    # was fine ... and now; went from normal to ...; until / till a recent time
    # ("was not herself ... now" is the opposite: no negation between)
    # (not a symptom told with a "fine" word: "was talking funny", "was walking into walls";
    # not the age now: "been fine since (im 17 now)")
    rf"\b(?:was|were|been|seemed|looked|felt)\s+(?:(?!not\b|never\b|no\b)\w+\s+){{0,3}}?"
    rf"{_FINE}\b(?!{_ODDLY})(?![^.!?]{{0,20}}\b(?:for (?:ages|years|months|weeks|a long time|"
    rf"donkey's)|ever since|since then))[^.!?]{{0,80}}\b(?:yesterday|this morning|"
    rf"at (?:{_MEALS})|earlier|"
    rf"last night|an hour|two hours|a few hours|hours ago|before (?:{_MEALS}|bed|her nap|"
    rf"his nap|my nap|the nap)|till|until|til|when|before|then|and now|but now|(?<!\d )now)\b",
    # (not a reflexive object: "thoughts of hurting herself when she was a teenager")
    rf"\b(?:was|were|seemed|looked|been|felt|being|acting|feeling|looking|seeming|"
    rf"\w+ing(?!\s+(?:\w+\s+)?(?:herself|himself|myself|themselves)\b))"
    # ("throwing the ropes fine on the first crossing", "was grand on the way over")
    # (not a state growing less: "becoming less sharp over two years")
    rf"\s+(?:(?!less\b|more\b|not\b|no\b|never\b|increasingly\b|progressively\b)\w+\s+){{0,2}}?"
    rf"{_FINE}\s+(?:at|this|yesterday|until|"
    rf"till|til|up until|up till|before|when|last|an hour|two hours|a couple of hours|earlier|"
    rf"first thing|over|through|(?:on (?:the|my|his|her|our) way|on the (?:first|earlier|"
    rf"morning|early|outward|previous) \w+)(?![^.!?]{{0,40}}\b(?:every|each|daily|always|"
    rf"usually|for (?:weeks|months|years|ages))\b))\b",
    # clock times said as such: "since approx 15:00", "about six o'clock", "at 3pm"
    r"\b\d{1,2}[:.][0-5]\d\b(?!\s*(?:mg|mcg|kg|%))",
    rf"\b{_WORD_HOURS}\s*o'?\s*clock\b",
    r"\b\d{1,2}\s*o'?\s*clock\b",
    rf"\b(?:in|over|for|during|within)\s+(?:the\s+)?(?:last|past)\s+(?:few\s+|couple of\s+|"
    rf"\d+\s+|two\s+|several\s+)?(?:{_HOURS}|{_MINUTES})\b",
    # "he was fine in warmups", "she was fine at church": fine at an event of today (not
    # "fine after": "he was ok after juice" is a recovery; "fine after X then..." is above)
    rf"\b(?:was|were|seemed|looked)\s+{_FINE}\s+(?:in|at|during|before|for)\s+(?:the\s+|his\s+|"
    r"her\s+|my\s+)?(?!(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|\d|the past|years?|months?|weeks?|ages|"
    r"a while|a long|school|uni|college|childhood)\b)[a-z]+",
    # "in morning normal", "this morning he was fine": fine earlier today, told first
    # (not "in the morning she is fine": a daily pattern)
    rf"\b(?:(?:in|this)\s+(?:the\s+)?morning|first thing(?: this morning)?),?\s+"
    rf"(?:(?:he|she|they|i|it)\s+)?(?:(?:was|were|"
    rf"seemed|looked)\s+)?(?:totally\s+|completely\s+|perfectly\s+|quite\s+)?{_FINE}\b",
    # "went to bed normal and woke up a different person": fine at bedtime, changed on waking
    rf"\bwent (?:to bed|to sleep|down)\s+(?:\w+\s+)?{_FINE}\b[^.!?]{{0,20}}\b(?:woke|waking|"
    r"got up)\b",
    # ...told after the waking: "Woke with ... Went to bed fine."
    rf"\bwent to bed\s+(?:\w+\s+)?{_FINE}\s*(?:[.;!]|$|,|and|last night)",
    # the subject left out: "Fine when I start de shift, now I cyan feel my foot"
    rf"(?:^|[.!?;]\s*)\W*(?:(?:totally|completely|perfectly|quite)\s+)?{_FINE}\s+(?:when|at|this|"
    r"till|until|before)\b[^.!?]{0,80}\b(?:now|and now|but now)\b(?!\s+and\s+(?:then|again))",
    # "came back from the shop fine, now she's...": fine then, changed now
    rf"\b(?:came|come|went|left|woke|walked|was|were)\b[^.!?]{{0,40}}\b{_FINE}\s*(?:,|and|but|"
    r", and|, but)\s*(?:now|since then|then)\s+(?:she|he|they|i|it|we|her|his|my|\w+'s)\b",
    r"\bwent from\s+(?:\w+\s+){0,3}?(?:normal|fine|ok|okay|good|perfect|chatty|"
    r"talking|walking|herself|himself)\b",
    rf"\b(?:until|till|til|up until|up till|up to)\s+(?:about\s+)?(?:this|today|tonight|"
    rf"yesterday|last night|lunch|breakfast|dinner|tea|an hour|a few hours|\d+\s*(?:am|pm)|"
    rf"{_MEALS})\b",
    # a day or two
    r"\b(?:a|one|1|two|2)\s+days?\s+(?:ago|back(?! in\b)|before)\b",
    r"\bsince\s+(?:a|one|1|two|2)\s+days?\b",
    r"\b(?:day before yesterday|the day before yesterday)\b",
    # explicit speed
    r"\b(?:sudden\w*|sudenly|suddently|suddnly|sudently|abrupt\w*|all of a sudden|"
    # "without the least warning", "without a moment's warning", "with not a bit of warning"
    + "|".join(re.escape(w).replace("'", "'?") for w in lexicon.WITHOUT_WARNING) + "|"
    # happening while the message is typed: "hang on, while typing this half me face went"
    r"(?:while|whilst|as) (?:i'?m |i am |im |i |i was )?(?:typ\w*|writ\w*) (?:this|these|to you|"
    r"you)|as we speak|"
    r"out of nowhere|out of no where|outta nowhere|out of the blue|all at once|"
    r"(?:just )?happen(?:ed|s)? like that|(?:e|it) just happen|"
    # (not a thing said at once: "let me say at once that...")
    r"(?<!say )(?<!state )(?<!admit )(?<!tell you )(?<!confess )at once|instantly|"
    r"in an instant|in seconds|within seconds|"
    r"overnight|just like that|in a flash|in one flash|"
    r"in one moment|"
    # "turned on a sixpence", patois "inna flash" (read "in flash"), "right quick",
    # "give out pon mi same time"
    r"on a sixpence|on a dime|in flash|(?:right|real|dead|proper) quick|"
    r"(?:pon|pan|on) (?:mi|me) same time|"
    r"in one go|in a moment|from nowhere|came on fast|came on quick\w*|very fast|"
    # "in a split second", "like somebody flipped a switch", Nigerian "sharp sharp"
    # ("immediately" of the change, not of going to hospital: "should we go immediately?")
    r"^\W*immediately|immediately (?:after|when|as|i|he|she|they|my|his|her|the)|"
    r"(?:in )?a split second|in a heartbeat|in a blink|"
    # "in the space of a breath", "in the space of a minute or two"
    r"in the (?:space|course) of (?:a|one) (?:breath|heartbeat|second|moment|minute|blink)|"
    # Jamaican "mi balance gone one time" (at once), told at the end of a clause; not
    # "I fell one time last winter" (once)
    r"(?:(?<=\bgone )|(?<=\bwent )|(?<=\bdropped )|(?<=\bchanged )|(?<=\bstopped )|"
    r"(?<=\bdead )|(?<=\bnumb )|(?<=\bweak )|(?<=\bblank ))one time(?=\s*(?:$|[,.!;]))|"
    # clinical notes: "acute onset weakness", "witnessed onset during meal"
    r"acute onset|acutely|new onset|new-onset|witnessed onset|onset witnessed|"
    # a care note's "acute loss of balance", "acute change in speech" (not "can B12 cause
    # acute confusion?", a term in a question)
    r"acute (?:loss|change|decline|deterioration|drop|worsening) (?:of|in)|"
    r"in (?:a|the) matter of (?:seconds|a few seconds|moments|minutes)|blink of an eye|"
    # Shetland "in da blink o an ee"
    r"blink o'? an? (?:eye|ee)|"
    r"instant|instantaneous\w*|precipitous\w*|precipitately|"
    # "my memory went like that, snap"
    # ("snap" as a sound of speed, set off by a comma; not "snap at the kids")
    r"(?:went|gone|go|goes) like that|(?<=, )snap(?!\s+(?:at|back))|in a snap|"
    r"(?:flipped|flicked|hit|turned off) a switch|like a light|"
    # ("like switch off", second-language English without the article)
    r"like (?:a |the |somebody |someone )?(?:switch|light switch)(?:ed)?\b|"
    # "came on like a bolt", "hit her like a ton of bricks", "went like a shot"
    r"like a (?:flash|bolt|thunderbolt|lightning bolt|bolt of lightning|shot|thunderclap|"
    r"ton of bricks|bomb)|like lightning|"
    # Pidgin "e just change like that", "e just dull like that": at once
    r"just (?:change|changed|dull|dulled|fall|fell|drop|dropped|collapse\w*|faint\w*|"
    r"stop|stopped|turn|turned|become|became|slump\w*|scatter\w*|freeze|froze|lose|lost|"
    r"blank\w*|off|go|went|quiet|still|stiff|weak|numb|confuse\w*) (?:\w+ )?like that|"
    # a speed set off at the end: "no dey respond, quick", "words went, fast"
    r"(?<=, )(?:quick|quickly|fast|real quick|very quick|very fast)(?=\s*(?:$|[.!?,;]))|"
    # Nigerian "one time like that": at once
    r"one time like that|^\W*one time (?:\w+ ){0,3}just|"
    # (not a heartbeat's or a tiring's speed: "heart beat fast fast", "i dey tire quick quick")
    r"(?<!beat )(?<!beats )(?<!beating )(?<!pounding )(?<!racing )(?<!breathing )(?<!tire )"
    r"(?<!tired )(?<!tires )(?<!walk )(?<!talk )(?<!run )(?:quick quick|sharp sharp|fast fast)|"
    r"(?:came|come|went|gone|go) on (?:\w+ ){0,2}(?:fast|quick(?:ly)?)|"
    # (not time passing: "the days go so fast", "time goes by fast")
    # (nor a heartbeat: "my heart go fast when I carry the pots")
    r"(?<!time )(?<!days )(?<!day )(?<!weeks )(?<!years )(?<!heart )(?<!pulse )(?<!heartbeat )"
    r"(?<!breathing )(?<!breath )(?:went|gone|go|goes|turned) "
    r"(?:(?!so |too |by )\w+ ){0,3}(?:quick|fast)(?! (?:as|enough|to|for))|"
    r"so fast|so quickly|happened fast|happened quickly|rapid\w*|"
    # "it happen very quick"; a speed before the change: "my husband very quick become
    # sleepy", "my wife fast become like sleeping"
    # (not a question: "does that happen fast?")
    r"(?:\bhappened|(?<!does )(?<!do )(?<!did )(?<!will )(?<!would )(?<!can )(?<!could )"
    r"\b(?:it|this|dis|e|all|everything|everyting) happens?) (?:very |so |real |really |too |"
    r"super )?(?:quick|quickly|fast)\b|"
    r"(?<!tire )(?<!tires )(?<!tired )(?<!walk )(?<!walks )(?<!eat )(?<!eats )(?<!the )"
    r"\b(?:quick|quickly|fast) (?:become|became|becomes|turned|turn|went|go|gone|got|get|"
    r"started|start|lost|lose|fell|fall|dropped|drop)\b|"
    # "face gone numb real quick"; Australian "arm gone weak. quick as." (very quick)
    r"(?<!time )(?<!days )(?<!years )(?<!weeks )(?:went|gone|go|goes|going|got|turned|came|come|"
    r"lost|losing) (?!by\b|past\b|weight\b|\d)(?:[\w']+ ){0,5}(?:real|really|super|proper|dead|"
    r"mad|pretty|very) (?:quick|fast)(?:ly)?(?! (?:as|enough|to|for))|"
    # "lost feeling in my legs fast": a loss, then its speed ending the clause
    r"\blost (?!weight\b|\d|pounds\b|kilos\b|a lot of weight)(?:[\w']+ ){1,5}(?:fast|quick|"
    r"quickly|rapidly)(?=\s*(?:$|[.!?,;]|and\b))|"
    r"(?<!as )quick as(?! (?:possible|i|you|he|she|we|they|u|can|poss)\b)|"
    # "went foggy quick as you like": as quick as could be
    r"(?<!as )(?:quick|fast) as (?:you like|anything|owt|a flash|lightning)|"
    r"straight away|right away|out (?:of )?the (?:clear |bright )?blue|outta the blue)\b",
    # (not "apart from night blindness", "from night shifts": a name, not a time)
    r"(?<!apart )(?<!aside )\b(?:since|from)\s+(?:the\s+|this\s+|yesterday\s+)?(?:evening|night)\b"
    r"(?!\s+(?:blindness|sweats?|terrors?|shifts|vision|owls?|nurses?|duty|school|classes))",
    # clinical shorthand: "GCS dropped over past 2h"
    r"\b(?:last|past)\s+\d+\s*h\b",
    rf"\b(?:last|past)\s+(?:few\s+|couple of\s+|couple\s+|several\s+|\d+\s*|two\s+|"
    rf"three\s+)?(?:{_HOURS}|{_MINUTES})\b",
    # a bare number of hours or minutes, as a reply to "when did it start?": "~2 hrs"
    rf"(?<!for )(?<!every ){_NOT_SLEPT}\b(?:~|about |around |approx\.? )?\d+\s*"
    rf"(?:{_HOURS}|{_MINUTES})\b"
    rf"(?!\s*(?:a|per|each|every)\s+(?:night|day|week)\b)(?!\s*(?:of sleep|sleep))"
    # (not a span named by what fills it: "numb on a 9 hour shift", "a 3 hour drive")
    rf"(?![- ]?(?:shifts?|drives?|flights?|journey|trips?|days?|weeks?|waits?|fasts?|runs?|"
    rf"walks?|hikes?|lectures?|class(?:es)?|course|sessions?|stints?|rides?|commutes?|"
    rf"meetings?|exams?|sits?|stretch|stretches|round trip|workouts?)\b)",
    # 24-hour clock times: "at 1800", "by 2200", "since 15:00"
    r"\b(?:at|by|since|from|until|till|before|after|around|about|approx\.?|as of)\s+"
    r"(?!(?:19|20)\d\d\b)(?:[01]\d|2[0-3])[0-5]\d\b(?!\s*(?:mg|mcg|kg|ml|hrs|hours))",
    # a note's clock beside now: "calm at visiting 1400, now (1700) agitated"
    r"\b(?!(?:19|20)\d\d\b)(?:[01]\d|2[0-3])[0-5]\d\b[^.!?]{0,12}\bnow\b|"
    r"\bnow\s*\(?\s*(?!(?:19|20)\d\d\b)(?:[01]\d|2[0-3])[0-5]\d\b",
    # a clock then and a clock now: "dancing at like 8 and now its 10 and she can barely walk"
    rf"\b(?:at|around|about|till|until) (?:like |about |around )?{_HOUR}\b(?! ?(?:days?|weeks?|"
    rf"months?|years?|yrs?)\b)[^.!?]{{0,80}}\bnow (?:it'?s|its|it is) (?:like |about |only |just |"
    rf"gone )?{_HOUR}\b(?! ?(?:days?|weeks?|months?|years?|yrs?)\b)",
    r"'s\s+just\s+(?:gone|went|fallen|collapsed|fainted|keeled|dropped|stiffened|seized|"
    r"lost|stopped|started|begun|woken|come round|come to)\b",
    r"\bjust\s+(?:now|started|start|begun|began|begin|happened|happen|went|go|lost|lose|"
    r"gone|got|became|turned|stopped|stop|had|collapsed|collapse|fainted|faint|fell|fall|"
    r"passed|dropped|drop|forgot|woke|came|come|came on|noticed|now started|went weird|"
    r"went funny)\b",
    r"\b(?:started|began|happened|came on|kicked in|hit|struck)\s+(?:all\s+)?(?:just\s+)?"
    r"(?:today|tonight|this|earlier|an hour|a few hours|at|after|around|out of|"
    r"while|during|when|right|now|like (?:this|that)|last night|yesterday)\b",
    # "one minute she's threading the needle, next minute she can't see it"
    r"\bone (?:minute|second|moment|sec|min)\b[^.!?]{0,80}\b(?:next|the next)"
    r"(?: minute| moment| second| sec| min)?\b",
    # an hour of today told plainly: "since we got back about three", "since about 4",
    # "came home at six" (not an age or a span: "since 3 years", "at three years old")
    # (an approximate hour only after "since": "vegetarian since 12" is an age; someone's
    # coming back, not a result's: "my ferritin came back at 9")
    rf"\b(?:since\s+(?:about|around|roughly|approx\w*|just after|just before|like)|(?:we|i|he|"
    rf"she|they|you)\s+(?:got|came|come|get) (?:back|home|in)(?: from \w+)?(?:\s+(?:about|around|"
    rf"roughly|approx\w*|at|just after|just before))?)\s*{_HOUR}\b(?!\s*(?:-|to|or|and|years?|"
    rf"yrs?|yo|y/o|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|mg|mcg|kg|%|times|stone|"
    rf"miles?|of|kids|children|people|more|\w+ (?:old|ago)|{_WORD_HOURS}|\d+|few|couple)\b)",
    # two clock times hours apart: "on the rig at 4 fine, by 5 i was falling over"
    rf"\b(?:at|around|about|since|from)\s+{_HOUR}\b[^.!?]{{0,60}}?\b(?:by|till|until)\s+"
    rf"{_HOUR}\b(?!\s*(?:years?|yrs?|months?|weeks?|days?|mg|mcg|kg|%|times|stone|miles?))",
    # ...or further apart in a long story, told well at the first: "rang her at eleven, she
    # was chatting away grand, ... rang her back at one and the words were all wrong"
    rf"\b(?:at|around|about|since|from)\s+{_HOUR}\b[^.!?]{{0,200}}?\b{_FINE}\b[^.!?]{{0,250}}?"
    rf"\b(?:at|around|about|by|till|until)\s+{_HOUR}\b(?!\s*(?:years?|yrs?|months?|weeks?|"
    r"days?|mg|mcg|kg|%|times|stone|miles?|o'?clock (?:every|each)))",
    r"\b(?:while|whilst|in the middle of)\s+(?:\w+\s+){0,3}?(?:eating|having|talking|"
    r"watching|walking|reading|driving|cooking|sitting|playing|working|on the phone|"
    r"at dinner|at lunch|at breakfast|at tea|in church|in class|at school|at work)\b",
    # a change inside one sentence or talk: "stopped mid-sentence", "right in the middle my
    # mouth just quits on me", "halfway through a word"
    r"\bmid[- ]?(?:sentence|sentance|word|conversation|convo|chat|story|speech)\b",
    r"\b(?:in the middle of|(?:half|part)[- ]?way (?:through|thru)|middle of)\s+"
    r"(?:a|my|his|her|the|our|their|me|ma|mi)\s+(?:\w+\s+)?(?:sentence|sentance|word|"
    r"conversation|convo|chat|story|speech)\b",
    # a care note's 24-hour clock: "speech clear on admission 0700", "at 1430", "0300 hrs"
    # (not a year: 19xx and 20xx need "hrs")
    r"\b(?:at|since|from|@|by|on admission|admission|until|till)\s+(?:0\d|1[0-8])[0-5]\d\b"
    r"(?!\s*(?:years?|yrs?|mg|mcg))",
    r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hr|h)\b",
    # Jamaican "one time" (at once): "mi whole side jus go numb pon mi one time"
    r"\bpon (?:mi|me|him|her|dem|wi|im|she|he)\s+one time\b|"
    r"\bjus(?:t)? (?:go|went|gone|tun|turn|turned|drop|dropped)\b[^.,;!?]{0,30}\bone time\b",
    # changed by the end of the day: "sweet like sugar when we left church, by evening he
    # vex and cussing everybody"
    r"\bby (?:the |this |that )?(?:evening|night|nightfall|nighttime|night-time|supper ?time)\b",
    # a speed that opens the sentence, before what happened: "Very quickly my brother he lose
    # balance"
    r"(?:^|[.!?;]\s*)\W*(?:very |so |really |real |super |pretty )?(?:quickly|quick|fast|rapidly|"
    r"swiftly)(?: so| like| like that)?\s*,?\s+(?:my|his|her|he|she|i|the|our|their|they|me|mi|"
    r"him|we|dad|mum|mom|everything|everyting|things|it|all)\b",
    r"\b(?:right|smack|slap bang|bang|just|slap)\s+in the middle\s*,?\s+(?:i|my|me|he|his|"
    r"she|her|they|their|we|our|the words|words|it|everything|all of a)\b",
)

# The two ways a change comes on, as words offered for either
_FAST_WAY = (r"(?:fast|quick|quickly|sudden|suddenly|swift|swiftly|rapid|rapidly|abrupt|abruptly|"
             r"acute|acutely|all at once|overnight|new|recent|recently|today|the day|da day|"
             r"this morning|last night)")
_SLOW_WAY = (r"(?:slow|slowly|gradual|gradually|crept|creeping|crep|chronic|long time|over time|"
             r"bit by bit|little by little|a while|ages|building up|built up|been coming on|"
             r"progressive|progressively|progressing)")
_GUESS_VERB = r"(?:is|it'?s|it is|it was|was|been|it been|it's been|started|come|came)"
_NEW_GUESS = r"(?:new|recent|recently|just now|today|quick|fast)"
_OLD_GUESS = r"(?:old|long|(?:a )?long time|longer|(?:a )?while|ages|slow|months|years)"
_UNSURE = _rx(
    r"\b(?:not sure|unsure|ain'?t sure|aint sure|ain'?t certain|dont know|don't know|do not know|"
    r"not know|not known|unknown|dunno|not knowing|no one knowing|nobody knowing|"
    # another's not knowing, and patois "ain't know", "nuh know"
    r"doesn'?t know|doesnt know|does not know|didn'?t know|didnt know|did not know|"
    r"ain'?t know|aint know|nuh know|doh know|"
    r"idk|no idea|can't tell|unable to say|unable to tell|unable to state|cannae say|"
    r"canna say|cannae tell|dinnae know|dinna ken|dinnae ken|dinna know|"
    # Geordie "divvent knaa"; the formal "cannot say", "uncertain"
    r"divvent knaa|divvent know|divvent kna|dinnet knaa|dinnet kna|cannot say|can not say|"
    r"cannot tell you|uncertain|cannot determine|can't determine|unable to determine|"
    r"cannot ascertain|unable to ascertain|"
    # "the family cannot agree whether it started recently"
    r"cannot agree|can'?t agree|cant agree|don'?t agree|disagree|"
    r"cant tell|cannot tell|hard to say|hard to tell|not certain|can't remember|"
    # "couldn't tell you whether", Scots "couldnae tell"
    r"couldn'?t tell|could not tell|couldnae tell|couldna tell|canna tell|"
    r"cant remember|cannot remember|cant say|can't say|couldn't say|could not say|"
    r"can't mind|cant mind|cannot mind|couldn't mind|couldnt mind|"
    r"didn't notice|didnt notice|did not notice|didn't see|didnt see|not clear|unclear|"
    r"don't really know|dont really know|i'm not sure|im not sure|no clue|who knows|"
    # "don't rightly know if", "can't rightly say if", "haven't a clue if"
    r"(?:don'?t|dont|do not) (?:rightly|honestly|truly|exactly) know|"
    r"(?:can'?t|cant|cannot|couldn'?t|could not) (?:rightly|honestly|truly|exactly|really) "
    r"(?:say|tell)|"
    r"(?:haven'?t|havent|have not|haven'?t got|hasn'?t) (?:got )?(?:a|the (?:foggiest|faintest))"
    r"(?: \w+)? (?:clue|idea)|not a clue|"
    r"not really sure|not too sure|no sure|don't remember|dont remember|wasn't there|"
    r"wasnt there|was not there|i wasn't home|wasn't watching)\b[^.!?]{0,50}\b(?:when|"
    # Doric "dinna ken fan" (when)
    r"fan|"
    r"sudden|how fast|how long|how quick|whether|start|began|begin|came on|acute|new onset|"
    # "staff don't know onset", "not sure since", "unclear if hours or days"
    r"onset|timing|since(?=\s*(?:[.!?,;]|$|when))|"
    r"if (?:it(?:'s|s| is| was)? )?(?:(?:a few|some) )?(?:minutes|hours|days)|"
    r"if (?:new|recent|acute)|"
    r"if it(?:'s|s| is| was)? (?:new|been|recent|sudden|quick|fast|slow|gradual)|"
    # Scots "cannae say if it's the day or been goin a while" (the day: today)
    r"if it(?:'s|s| is| was)? (?:(?:just|only|come on|came on|started|begun|been) )?"
    r"(?:the day|today|this morning|tonight|yesterday|last night)|"
    r"if it (?:was|came|come|started|starts|start|began|begin|happened|happen|got|went|just)|"
    r"happen|overnight|gradual|slow|quick|fast|if this|if that|is new|was new)",
    # (a doubt with a clause of its own is about that: "blurry when i read, dunno if its
    # me phone" doubts the cause; the first pattern reads "dunno if it was sudden")
    r"\b(?:when|how fast|how long|whether)\b[^.!?]{0,40}\b(?:not sure|unsure|dont know|"
    r"don't know|dunno|idk|no idea|can't tell|cant tell|not certain|unclear)\b"
    r"(?!\s+(?:if|whether|what|why|who)\b)",
    r"\b(?:can'?t|cant|cannot|couldn'?t|could not)\s+(?:rightly|really|honestly|properly|"
    r"truly)\s+(?:say|tell)\b[^.!?]{0,30}\b(?:when|how|if|whether)\b",
    # ("might of", "could of": "have" as it sounds)
    r"\b(?:maybe|might have|could have|could've|couldve|might've|mightve|may have|might of|"
    r"could of|may of|mighta|coulda|"
    r"possibly|perhaps|or maybe|might be)\s+(?:been\s+|come on\s+|came on\s+|started\s+|"
    r"happened\s+|begun\s+|gone\s+)?"
    r"(?:today|yesterday|this morning|last night|overnight|sudden\w*|quick\w*|fast|"
    r"slow\w*|gradual\w*)\b",
    # two guesses, one of them recent: "could've been coming on for weeks, could've started
    # the day"
    r"\b(?:could|might|may)(?:'?ve| have| of)?\s+(?:been|be|started|come|came|begun|crept)\b"
    r"(?=[^.!?]{0,120}\b(?:today|the day|yesterday|this morning|last night|overnight|quick\w*|"
    r"fast|sudden\w*|hours?|minutes?)\b)[^.!?]{0,60}[,;]\s*(?:or\s+)?(?:could|might|may)"
    r"(?:'?ve| have| of)?\s+(?:been|be|started|come|came|begun|just)\b",
    # "maybe new, maybe old": both told, neither known
    r"\bmaybe (?:new|recent),? (?:maybe|or) (?:old|not|long)\b",
    # ...with a verb or a "long time" in either guess: "maybe is long time, maybe is new"
    rf"\bmaybe (?:{_GUESS_VERB} )?{_NEW_GUESS}\b[^.!?]{{0,12}}\b(?:or )?maybe "
    rf"(?:{_GUESS_VERB} )?{_OLD_GUESS}\b",
    rf"\bmaybe (?:{_GUESS_VERB} )?{_OLD_GUESS}\b[^.!?]{{0,12}}\b(?:or )?maybe "
    rf"(?:{_GUESS_VERB} )?{_NEW_GUESS}\b",
    r"\bonset (?:unclear|unknown|not known|uncertain|unsure)\b",
    # "unclear onset - may have been present earlier in day": the start not seen
    r"\b(?:unclear|unknown|uncertain|unsure|unwitnessed|vague) (?:onset|start|timing)\b",
    r"\b(?:may|might|could) have (?:been|started|begun) (?:there |present |going on |on )?"
    r"(?:earlier|before|since|for a while|for some time|a while)\b",
    # a care note's "unable to establish onset", "pt vague re timing", "could be hours or weeks"
    r"\b(?:unable to|cannot|can'?t|could not|couldn'?t) (?:establish|confirm|pin down|work out)"
    r" (?:the )?(?:onset|timing|when)\b",
    r"\bvague (?:re|about|regarding|on|as to) (?:the )?(?:onset|timing|when)\b",
    r"\b(?:could|might|may) be (?:minutes|hours) or (?:days|weeks|months|longer)\b",
    # "might of come on fast, might not": both told, neither known
    r"\b(?:might|may|could)\b[^.!?]{0,40}\b(?:might|may|could) not\b",
    r"\b(?:unsure|uncertain|unclear|not sure|not known) (?:of|about|re|regarding|as to) (?:the )?"
    r"(?:onset|timing|time of onset|when)\b",
    r"\b(?:can't|cant|cannot|not) be sure\b",
    r"\b(?:is|was) (?:this|it|that) new\b",
    r"\bnot sure (?:if|whether) (?:this|it|that)(?:'s| is| was) new\b",
    # "never been like this in 30 year": new to them
    r"\bnever (?:been|felt|seen (?:him|her|them)|had (?:it|this)) like (?:this|that)\b",
    # "not sure if he's been like this a while"
    r"\b(?:not sure|unsure|no sure|dunno|don'?t know|dont know) (?:if|whether) (?:he|she|they|i|"
    r"it|mum|mom|dad)(?:'s| is| was| has|'ve| have)? been like (?:this|that)\b",
    r"\b(?:not|never) (?:seen|noticed|had|felt|feel) (?:it|this|that|anything like "
    r"(?:it|this|that)) "
    r"before\b",
    r"\b(?:today|yesterday|this morning|last night|the day)\s+or\s+(?:maybe\s+)?"
    r"(?:yesterday|before|earlier|last week|the day before|(?:it'?s\s+|it\s+has\s+|has\s+)?"
    r"been\s+(?:a while|a wee while|ages|longer|for a while|comin\w*|going on|buildin\w*)|"
    r"(?:a while|ages|longer)\b)",
    # "i dont now if it come fast or slow": typed "know"s, and the contrast itself
    r"\b(?:don'?t|dont|do not|didn'?t|didnt|no)\s+(?:now|kno|knw|no|knoe)\s+(?:if|whether|"
    r"when|how)\b",
    # a fast and a slow way offered as two guesses, either way round: "whether this began
    # swiftly or crept upon me", "onset acute or gradual", "slow or all at once"
    # (not "or so", an approximation: "coming on slow over the last year or so not all at once")
    rf"\b{_FAST_WAY}\b[^.!?;,]{{0,25}}\bor\b(?! so\b)[^.!?;,]{{0,25}}\b{_SLOW_WAY}\b",
    rf"\b{_SLOW_WAY}\b[^.!?;,]{{0,25}}\bor\b(?! so\b)[^.!?;,]{{0,25}}\b{_FAST_WAY}\b",
    # found like this: nobody saw it start
    r"\b(?:found|find|met|meet|saw|see)\s+(?:her|him|them|mum|mom|dad|my \w+)\s+(?:like "
    r"(?:this|that|dis|dat)|this way|in this state|in that state)\b",
    r"\bwhen (?:did (?:it|this|that|she|he|they) )?(?:start|begin|began|started)\b\W{0,3}\s*"
    r"(?:unsure|not sure|dunno|idk|no idea|don'?t know|dont know|no one knows|nobody knows)",
    # "no one knows how long", Pidgin "me no sabi wen e start"
    r"\b(?:no one|nobody|no-one) (?:knows|knew|can say|saw)\b",
    r"\b(?:no sabi|no know|nor sabi|don't sabi|dont sabi)\b[^.!?]{0,30}\b(?:wen|when|how|start)",
    # found in that state: nobody saw it start
    # (not a result: "my B12 was found to be low")
    # (nor a finding: "B12 deficiency was found", "low levels were found")
    r"(?<!deficiency )(?<!b12 )(?<!anaemia )(?<!anemia )(?<!level )(?<!levels )(?<!it )"
    r"\b(?:was|were|been|got) found\b(?!\s+(?:to\b|low|deficient|on (?:a |the |my |his |her )?"
    r"(?:blood )?test))|\bfound (?:her|him|them|mum|mom|dad|my \w+) (?:confused|"
    r"drowsy|slumped|wandering|mumbling|staring|unable|sitting|lying|on the|in the|not)\b",
)

_SINCE_YOUNG = (r"\b(?:ever )?since (?:i|he|she|they|we|u|you) (?:was|were) (?:a |an |in |at |"
                r"about |around |only |just |like )?(?:kid|child|teen|teenager|little|young|"
                r"younger|baby|toddler|boy|girl|school|uni|college|university|small|\d{1,2})\b")
_GRADUAL = _rx(
    rf"\b(?:for|since|over|in|during|through|throughout)\s+(?:about\s+|around\s+|nearly\s+|"
    rf"almost\s+|over\s+|like\s+|maybe\s+)?(?:the\s+)?(?:last\s+|past\s+|previous\s+)?"
    rf"(?:{_NUM}\s+|\d+\s*)?{_LONG}\b",
    rf"\b(?:{_NUM}|\d+)\s*{_LONG}\s+(?:now|already|or so|or more|running)\b",
    rf"\b(?:{_LONG})\s+(?:now|and (?:months|years|weeks))\b",
    # "it's been months", "been going on years"
    rf"\b(?:it'?s|its|it has|has|have|'ve|ve) been (?:going on |like this |like that )?"
    rf"(?:{_NUM}\s+|\d+\s*)?{_LONG}\b",
    rf"\bbeen going on (?:for )?(?:{_NUM}\s+|\d+\s*)?{_LONG}\b",
    # (not a slowness that is the symptom: "slow to respond", "slow to wake")
    r"\b(?:gradual\w*|graduall\w*|slowly|slow(?! to (?:respond|answer|react|reply|wake|rouse|"
    r"speak|talk|move|understand|follow|get up))|over time|bit by bit|little by little|"
    r"step by step|creep\w*|crept|on and off|off and on|comes and goes|come and go|"
    r"a bit at a time|a little at a time|worse and worse|more and more|"
    r"(?:bit|little) by (?:bit|little)|(?:this|the) last while|"
    r"coming and going|on-off|for ages|ages now|for a while|a while now|a long time|"
    r"long time|lately|of late|recently|in recent|these days|nowadays|for some time|"
    r"some time now|getting worse over|slowly getting worse|progressively|over the years|"
    r"over the months|over the weeks|for donkey's years|ongoing|chronic|"
    r"every day|everyday|every morning|every night|most days|"
    r"every week|every month|every year|each week|each month|each year|"
    r"worse (?:each|every) (?:day|week|month|year)|"
    r"most mornings|"
    r"month by month|week by week|year by year|day by day|since forever|for ever so long|"
    r"downhill|steady decline|steadily|slowly but surely|this past year|this year|"
    r"the past year|past year|last year or so|since (?:christmas|easter|the spring|"
    r"spring|summer|the summer|autumn|the autumn|fall|the fall|winter|the winter|"
    r"new year|the new year|covid|lockdown|the pandemic|retirement|he retired|she retired|"
    r"i retired|the baby(?!'?s? (?:\d|feed|nap|bath|bottle|woke|cried|\w+ feed))|birth|"
    r"last summer|last winter|last spring|last autumn|last fall))\b",
    rf"\bsince\s+(?:last\s+)?(?:{_MONTHS}|year|month)\b",
    r"\bsince (?:the )?(?:beginning|start) of (?:the|this) (?:year|month)\b",
    # an event dated by its month ("since the clipping in July"), autumn in the north of
    # Britain ("since the back end of the year"), a whole season ("tired all winter")
    rf"\bsince\s+(?:the|my|our|his|her|their|last|that)\s+\w+(?:\s+\w+)?\s+(?:in|back in|"
    rf"last|of)\s+{_MONTHS}\b",
    r"\bsince (?:the )?back end\b",
    r"\b(?:a good|a long|a fair|quite a|a wee|a good long) while\b",
    # "since 3 or 4 months", "since two years": a duration (French, Spanish, German English)
    rf"\bsince\s+(?:about\s+|around\s+)?(?:{_NUM}|\d+)(?:\s*(?:or|-|to)\s*(?:{_NUM}|\d+))?\s+"
    rf"{_LONG}\b",
    r"\ball (?:winter|summer|autumn|spring|year|the winter|the summer|the year)\b",
    # a farming or weather season: "tingle since the harvest season", "since the rains"
    r"\b(?:since|all through|through|during|over) (?:the )?(?:last |this )?(?:harvest|planting|"
    r"sowing|lambing|calving|shearing|monsoon|rains|rainy season|dry season|wet season|"
    r"cold season|hot season|\w+ing season|(?:\w+ )?season)\b",
    # a school term: "quiet an low dis whole term at school"
    r"\b(?:all|the whole|this whole|whole|all this|all last) (?:term|semester|school year)\b",
    r"\b(?:sometimes|some times|at times|now and then|now and again|every now and then|"
    r"occasionally|from time to time|once in a while)\b",
    r"\bsince\s+(?:19|20)\d\d\b",
    # no change: "same as always", "no different today"
    r"\b(?:same as (?:always|usual|ever|before|normal)|as (?:always|usual)|no different|"
    # (not a state said to be as good as ever: "steady as ever", "sharp as ever")
    r"like (?:always|usual|normal|ever)|(?<!steady )(?<!fine )(?<!sharp )(?<!bright )"
    r"(?<!right )(?<!well )(?<!strong )(?<!fit )as ever|"
    r"nothing new|no change|unchanged)\b",
    r"\b(?:last|past|previous|recent)\s+(?:(?:two|three|four|five|\d+)\s+(?:or|to|-)\s+)?"
    r"(?:few|couple of|couple|several|many|two|three|four|five|six|\d+)\s+(?:weeks|months|"
    r"years)\b",
    rf"\b(?:{_NUM}|\d+)\s+(?:weeks?|months?)\s+(?:ago|back)\b",
    # "been like that since i was about 14": since childhood, and still so
    _SINCE_YOUNG,
)


# A young one in Scots, in "as a lass" and "when I was a wee laddie"
_SCOTS_YOUNG = r"lass|lassie|lad|laddie"
_PAST = _rx(
    # "in childhood", "remote history of": a clinical note's long ago
    r"\bin (?:early |late )?childhood\b|\bremote history\b|\bas an? (?:infant|toddler)\b",
    # Pidgin "when e small", "when i dey pikin": a childhood
    r"\bwhen (?:i|he|she|e|im|him|her|mi) (?:was |dey |be |bin )?"
    r"(?:small|pikin|picken|young|little)\b",
    # "in '03", "back in '98": a year long gone; Scots "twenty year syne" (ago)
    r"\b(?:in|back in) '\d\d\b",
    r"\b(?:\d+|a few|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten|"
    r"fifteen|twenty|thirty|forty|fifty)\s*(?:years?|yrs?|decades?)\s+syne\b",
    r"\b(?:\d+|a few|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten|"
    r"fifteen|twenty|thirty|forty|fifty|a couple of|couple of)\s*(?:years?|yrs?|decades?)\s+"
    r"(?:ago|back|before)\b",
    r"\b(?:years|decades|ages|long|a long time|long time)\s+(?:ago|back|before)\b",
    # (not "my daughter, aged 9, has just..." or "my nephew aged 4 was...": the age now)
    r"\b(?:at (?:the )?age (?:of )?|(?<!, )(?<!\()(?<!\( )" + _NOT_AFTER_A_PERSON
    + r"aged )\d{1,2}\b",
    # (the article may be dropped: "had fits as baby")
    r"\bas (?:an? )?(?:kid|child|teen|teenager|baby|toddler|boy|girl|student|youngster|infant|"
    rf"{_SCOTS_YOUNG}|schoolgirl|schoolboy)\b",
    # a school year: "in 10th standard", "in year 9", "in second grade", "back in form 4"
    r"\bin (?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth) (?:standard|std|grade|class|form)\b",
    r"\bin (?:year|form|standard|std|grade|class|primary|p) ?\d{1,2}\b(?!\s*(?:mins?|minutes?|"
    r"hours?|days?|weeks?|months?|%))",
    # a small child's age at an event told beside the age now: "had a febrile convulsion at
    # 18 months, she's 6 now and fine"
    r"\bat (?:about |around )?\d{1,2} (?:months|weeks)(?: old)?\b(?=[^.!?]*\b(?:now|since)\b)",
    # (patois "when me was twelve": an age in words too)
    r"\b(?:when|wen) (?:i|he|she|they|we|me|mi|him|her|dem) (?:was|were|is|be) "
    r"(?:a |an |in |at |still |just |about )?"
    r"(?:kid|child|teen|teenager|little|young|younger|baby|toddler|boy|girl|student|"
    r"school|uni|college|university|pregnant|small|nipper|bairn|wean|kiddie|youngster|"
    rf"(?:wee |little |young )?(?:{_SCOTS_YOUNG})|schoolgirl|schoolboy|"
    r"young (?:girl|boy|man|woman)|\d+|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)\b",
    # Pidgin and patois: "when i be small pikin", "when mi a pickney"
    r"\b(?:when|wen) (?:i|mi|me|he|she|e|im) (?:was |be |dey |de |a |did )?"
    r"(?:small |likkle |little )?(?:pikin|pickin|pickney|picknie|pikney)\b",
    r"\bin (?:19|20)\d\d\b",
    # a year said in words: "in nineteen seventy-two", "in the seventies"
    r"\bin nineteen (?:hundred (?:and )?)?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b",
    r"\bin the (?:forties|fifties|sixties|seventies|eighties|nineties)\b",
    # "back in two thousand and five", "in twenty ten"
    r"\b(?:back )?in (?:two thousand(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|"
    r"twenty (?:oh |o )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]\w+)?))\b",
    r"\bback in (?:the )?(?:(?:19|20)\d\d|'?[5-9]\d|'?[01]\d(?!\s*(?:hours?|hrs?|mins?|"
    r"minutes?|days?|weeks?|secs?))|\d0s|day|\w+ days|school|uni|college|high school|"
    r"primary school|secondary school|grade school|middle school|junior high|first year|"
    r"university|"
    r"fifties|sixties|seventies|eighties|nineties|noughties|"
    r"(?:my|his|her|our|their) (?:day|days|youth|teens|twenties|thirties|school|uni|"
    r"college|childhood|time|younger)|spring|summer|autumn|fall|winter|new year|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b",
    r"\bin (?:my|his|her|their|our) (?:teens|twenties|20s|thirties|30s|youth|childhood|"
    r"school days|younger days|student days)\b",
    r"\b(?:19[4-9]\d|20[0-2]\d)\b",
    # a decade gone by, said bare ("fainted once, 1970s"; not this one, the 2020s)
    r"\b(?:19[4-9]0|20[01]0)'?s\b",
    r"\bin the (?:19)?[4-9]0'?s\b",
    r"\bin the 20[0-2]0'?s\b",
    r"\b(?:once|one time|only once|a single time)\b[^.!?]{0,40}\b(?:ago|years|as a|when "
    r"(?:i|he|she) was|back in|in (?:19|20)\d\d|last year)\b",
    r"\blast year\b",
    r"(?<!since )\blast (?:winter|summer|spring|autumn|fall|christmas|easter)\b",
    r"\b(?:long|years) before\b",
)

_CLOCK = (r"(?:half (?:past )?|quarter (?:past |to )?)?(?!(?:19|20)\d\d\b)(?:[01]?\d|2[0-3]|"
          rf"{_WORD_HOURS})"
          r"(?:[:.]?[0-5]\d)?(?!\s*(?:years?|yrs?|y/?o|months?|weeks?|days?|kg|kgs|mg|mcg|"
          r"lbs?|%|percent|times|stone|st|cm|miles?|km|minutes? walk)\b)(?!\d)\b")
# "since the bus ride home", "after the footy", "since she got in": a recent event with no
# clock. Weak: it counts as unsure (so sudden for a red flag) only when no gradual or past
# time is said as well ("since I went vegan three years ago" is not recent).
_RECENT_EVENT = _rx(
    # "started in period 3", "came on at practice"
    r"\b(?:started|began|came on|happened|kicked in)\s+(?:in|at|during)\s+(?:period \d|"
    r"class|church|mass|work|school|practice|training|the match|the game|assembly)\b",
    # "has just stiffened": any verb just done; weak, since "has just retired" beside a
    # year of poor memory dates the retirement
    r"\b(?:has|have|had|'ve|ve)\s+just\s+(?!been\b)(?:\w+ed|\w+en|went|lost|fell|felt|"
    r"bit|hit|split)\b",
    # a meal just had: "after eating at the dhaba my hand not working"
    r"\b(?:since|after|from)\s+(?:eating|having (?:my |his |her |our |their )?(?:food|meal|"
    r"lunch|dinner|breakfast|tea))\b",
    # back from somewhere, and since then: "he come home from college and since then..."
    r"\b(?:came|come|got|get|went|arrived|walked)\s+(?:home|back|in|off)\b[^.!?]{0,40}"
    r"\b(?:since then|ever since|and now)\b",
    # a part of today's school day: "went dead in registration"
    r"\b(?:in|at|during)\s+(?:registration|form time|tutor time|break time|breaktime|"
    r"first period|second period|third period|the first period|morning break|lunch break|"
    r"double maths|double science|period \d|(?:\w+ )?\d(?:st|nd|rd|th) period)\b",
    r"\b(?:since|after|ever since)\s+(?!(?:my|his|her|our)\s+(?:teens|twenties|thirties|"
    r"forties|fifties|sixties|childhood|youth|pregnancy|surgery|operation|diagnosis|divorce|"
    r"retirement)\b)(?!the (?:\w+ )?(?:harvest|planting|sowing|lambing|calving|shearing|"
    r"monsoon|rains|season|age)\b)"
    # (not a course of treatment: "after the B12 pills it went away")
    r"(?!(?:the|my|his|her|our|their)\s+(?:b-?12|vitamin|pills?|tablets?|jabs?|injections?|"
    r"shots?|supplements?|treatment|medicine|meds|course)\b)"
    r"(?:i|he|she|they|we|u|you|my \w+|our \w+|the \w+|"
    # (plurals tell habits; "bus" and "news" are one)
    r"his \w+|her \w+|mum|mom|dad|nan)\b(?:(?<=\bbus)|(?<=\bnews)|(?<![a-rt-z]s))"
    # ("after my shifts", "after my night shifts": a habit, not an event)
    r"(?!\s+(?:\w+\s+)?(?:shifts|days|nights|mornings|evenings|meals|workouts|runs|walks|"
    r"lessons|classes|sessions)\b)"
    r"(?!\s+(?:was|were)\s+(?:a |an |about |around |only |just |like )?(?:kid|child|teen\w*|"
    r"little|young\w*|baby|toddler|boy|girl|small|\d{1,2})\b)"
    r"(?!\s+(?:started|began|went vegan|became|retired|"
    r"moved|had (?:the|a) baby|was born|got married|got pregnant|was diagnosed))",
    rf"\bfor\s+(?:about\s+|around\s+|like\s+|nearly\s+|almost\s+)?{_NUM}\s+"
    rf"(?:{_HOURS}|{_MINUTES})\b",
    # (not "the lad at the gym reckons", "my friend from church": where a person is from;
    # nor "stay home from school", "off from work": an absence, not a time)
    _NOT_AFTER_A_PERSON
    + r"(?<!stay home )(?<!stays home )(?<!stayed home )(?<!staying home )(?<!kept home )"
    r"(?<!keep home )(?<!be home )(?<!off )(?<!away )(?<!absent )(?<!excluded )(?<!suspended )"
    r"(?<!time )"
    r"\b(?:at|after|since|from|during|before|(?:half|part|mid)[- ]?way (?:through|thru|into)|"
    r"(?:in )?the middle of)\s+(?:the\s+|my\s+|his\s+|her\s+|ma\s+|me\s+|mi\s+)?(?:school|"
    r"church|mass|work|class|the shops|shopping|walk|bath|shower|market|prayers?|"
    r"period \d|(?:last |the )?rest stop|"
    r"evening prayer|training|practice|the game|the match|footy|football|soccer|gym|"
    r"half ?time|warm ?ups?|kick ?off|the interval|"
    r"(?:\w+ )?service|(?:\w+ )?meeting|choir|bible study|sermon|worship)\b",
    r"\b(?:came home|got home|got in|came in)\b",
    # a span of today lost from memory: "mate's lost the whole arvo, cant remember the tour"
    r"\b(?:lost|losing|lose|missing|no memory of|can'?t remember|cannot remember)\s+(?:the\s+)?"
    r"(?:whole\s+|entire\s+)?(?:arvo|afternoon|morning|evening|day|last hour|last few hours)\b",
    # a service dated by its clock: "during the eleven o'clock service"
    r"\b(?:at|during|after|since|before|in)\s+the\s+(?:\w+\s+)?(?:o'?clock|am|pm)\s+(?:service|"
    r"mass|meeting|class|shift|prayers?)\b",
    # arriving at a part of today's day: "came to evening prayers limping"
    r"\b(?:came|come|went|got|walked|arrived|turned up)\s+(?:to|in to|into|for)\s+(?:the\s+)?"
    r"(?:morning|evening|afternoon|midday|noon|night)\s+(?:prayers?|mass|service|class|"
    r"meeting|practice|training|shift|surgery|clinic)\b",
    # events of a working or school day: "since break", "after clocking off", "since 2nd
    # period", "since shift ended"
    # (and part of the way in: "halfway thru shift", "right at start of shift"; Scots and
    # patois "ma"/"me"/"mi" for "my")
    r"\b(?:at|after|since|from|during|before|end of|(?:at )?(?:the )?start of|"
    r"(?:the )?beginning of|(?:half|part|mid)[- ]?way (?:through|thru|into)|"
    r"(?:in )?the middle of|middle of)\s+(?:the\s+|my\s+|his\s+|her\s+|ma\s+|me\s+|mi\s+)?"
    r"(?:break|tea ?break|lunch ?break|recess|assembly|pe|gym class|closing|closing time|"
    r"opening time|lock ?up|last orders|(?:1st|2nd|3rd|4th|5th|"
    r"6th|first|second|third|fourth|fifth|last) (?:period|lesson|class)|shift|night shift|"
    r"day shift|handover|the school run|school run|tea|supper|brekkie|smoko|devotion)\b",
    r"\b(?:clock(?:ing|ed)? (?:off|on|in|out)|knock(?:ing|ed)? off|shift (?:ended|finished|"
    r"started|ends|began))\b",
    # any other "since <something>" that is not a date, a season or a stage of life: an
    # event, most likely of today ("since e reach house", "since the meeting")
    r"\bsince\s+(?!(?:\d|last|the last|past|the past|a |an |about|around|like|over|childhood|"
    r"birth|forever|ages|years?|months?|weeks?|long|early|mid|late|spring|summer|autumn|fall|"
    r"winter|the (?:spring|summer|autumn|fall|winter|new year|pandemic|baby|kids?|birth|"
    r"harvest|planting|sowing|lambing|calving|shearing|monsoon|rains|(?:\w+ )?season|"
    r"divorce|funeral|move|war|start)|christmas|xmas|easter|ramadan|diwali|eid|covid|"
    r"lockdown|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*|"
    r"(?:i|he|she|they|we|u|you|my \w+|our \w+|the \w+|his \w+|her \w+)\b|then|when|"
    r"before|as|time|primary|secondary|school|uni|college|my (?:teens|twenties|thirties)|"
    r"pregnan\w*|retirement|then)\b)[a-z]+",
    r"\b(?:before|earlier)\s*,?\s*(?:she|he|i|they|it|we)\s+(?:was|were|could|walk|talk|"
    r"talked|walked|spoke|seemed)\b",
    # clock times, "at 10", "by 2", "at half 3", shift notes "0515 res found...": often a
    # habit too ("awake till 3"), so weak
    rf"\b(?:at|by|around|since|till|until|til|from|before|after|about)\s+(?:about\s+|"
    rf"around\s+|approx\.?\s+|approximately\s+|roughly\s+|~\s*)?{_CLOCK}",
    r"^\s*(?:[01]\d|2[0-3])[0-5]\d\b",
    # three to seven days, a weekday: also weak (a gradual time said too wins)
    rf"\b(?:{_NUM}|3|4|5|6|7)\s+days?\s+(?:ago|back|now|before)\b",
    rf"\b(?:for|since|over|in)\s+(?:the\s+)?(?:last|past)?\s*(?:{_NUM}|3|4|5|6|7)\s+days?\b",
    rf"\bsince\s+(?:last\s+)?{_WEEKDAYS}\b",
    rf"\b(?:on|last)\s+{_WEEKDAYS}\b",
    r"\b(?:this week|earlier this week|since the weekend|at the weekend|over the weekend|"
    r"couple of days|couple days|few days|past days|last few days|this past week|"
    r"since last week|last week)\b",
)
_CLASSES = ((SUDDEN, _SUDDEN), (UNSURE, _UNSURE), (GRADUAL, _GRADUAL), (PAST, _PAST))
# "no worse today", "nothing new overnight", "it wasn't sudden": a time that is denied.
_DENIED = re.compile(r"\b(?:no|no worse|nothing new|nothing|no new|no change|no changes|unchanged|"
                     # "Nothing happen suddenly": no sudden event at all
                     r"nothing (?:has |have |had |did )?(?:happen\w*|came on|come on|start\w*|"
                     r"change\w*)|"
                     # a note's "Not new today": the change is older than the day
                     r"not new|isn'?t new|wasn'?t new|is not new|was not new|"
                     # "No concerns tonight": a note that nothing is wrong now
                     r"(?:no|nil|not any) (?:concerns?|issues?|problems?|complaints?|events?|"
                     r"episodes?|recurrence)|"
                     # "not had any sudden changes", "never noticed a sudden drop"
                     r"(?:not|never|haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|no|ain'?t|aint) "
                     r"(?:had|seen|noticed|felt|got|been|having|seeing) (?:any|a|an)|"
                     r"nil|nil acute \w+|nil new \w+|"
                     r"no different|same as|no acute \w+|no \w+ concerns|not|never|"
                     r"wasn't|wasnt|isn't|isnt|didn't|didnt|did not|was not|is not|"
                     # "it ain't been overnight"
                     r"ain'?t been|aint been|hasn'?t been|has not been|ain'?t|aint|"
                     r"not really|not that|wasn't that|not so|"
                     # "no change noted tonight": the time dates that nothing changed
                     r"(?:no|nil|not any|without) (?:acute |new |further |real )?changes?(?: \w+)?|"
                     # "no new neuro signs today", "nil new symptoms this shift"
                     r"(?:no|nil|not any) new (?:\w+ ){0,2}(?:signs?|symptoms?|concerns?|issues?|"
                     r"problems?|complaints?|findings?|deficits?|changes?)|"
                     # "it is not worsening rapidly": a denied speed of the change
                     r"(?:not|isn't|isnt|wasn't|wasnt|hasn't been|hasnt been|not been) (?:getting "
                     r"worse|worsening|progressing|deteriorating|changing|coming on|developing|"
                     r"declining|going down(?:hill)?))"
                     # "not a sudden thing"
                     r"(?:\s+(?:a|an|at all|that|very|really|too))?\s*$")
# "it wasn't gradual", "e no start slowly", "didn't come on slow": a denied slowness
# says the change was fast (only of the speed words, not of a span: "not for months")
_SLOWNESS = re.compile(r"^(?:gradual\w*|graduall\w*|slowly|slow|bit by bit|little by little|"
                       r"step by step|progressively|steadily|over time)$")
_DENIED_SLOW = re.compile(r"\b(?:no|not|never|didn'?t|did not|wasn'?t|was not|isn'?t|is not|"
                          r"weren'?t|nothing)(?: (?:start|come|came|begin|began|happen|"
                          r"develop|build|built|creep|crept|get|got|go|went|occur)\w*"
                          r"(?: on| up| in)?)?(?: a| at all| very| that| too| so| really)?\s*$")
# "at six no problem since breakfast I cant walk" (dictated, no stops): the "no problem" is
# how it was at a time before, not a denial of the change
_FINE_AT_A_TIME = re.compile(rf"\b(?:at|by|till|until|around|about) (?:{_HOUR}|{_DAYPARTS}|"
                             rf"{_MEALS}|first thing)(?: \w+)? no (?:problems?|bother|trouble|"
                             rf"issues?)\s*$")
# "can't remember nothing since dinner": a double negative says "anything", no denial
_DOUBLE_NEGATIVE = re.compile(r"(?:n'?t|not|cannot|never) \w+ (?:nothing|nothin|nuthin|nuttin|"
                              r"nothink|nought)\s*$")
# "she's fine right now": a state now, not a change that began now
# (without its verb too: Caribbean "me fine right now")
_FINE_NOW = re.compile(rf"(?:\b(?:is|are|am|im|was|seems|looks|feels|feeling|me|mi|i|he|she|we|"
                       rf"dem|they)|'s|'m)\s+"
                       rf"(?:\w+\s+)?{_FINE}\s*$")
_NOW = re.compile(r"(?:right now|just now|rn|now|at the moment)$")
_THE_WAY_THEY_ARE = re.compile(
    r"(?:\b(?:is|are|be|been)|\b(?:he|she|they) (?:was|were)|(?:he|she|they)'s|'re)\s+"
    r"(?:(?:my|your|his|her|our|their|the)\s+\w+\s+)?(?:always\s+)?$")
# Asking, writing or booking just before a time: that time dates the asking.
_ASKING_NOW = re.compile(r"\b(?:ask|asking|asked|write|writing|message|messaging|type|typing|"
                         r"post|posting|email|emailing|text|texting|ring|ringing|call|calling|"
                         r"book|booking|booked|decided to \w+|got round to \w+|"
                         r"get round to \w+|got around to \w+)\s+(?:you\s+|this\s+|here\s+)?$")
# A time told for when a symptom passes, not when it began ("better by lunch").
_EASED = re.compile(r"\b(?:eases?|eased|easing|settles?|settled|wears? off|wore off|goes away|"
                    # "right as rain by teatime", "it come back by night"
                    r"right as rain|right again|come back|came back|returned|"
                    r"went away|went off|goes off|gone|better|clears?|cleared|improves?|improved|"
                    r"passes|passed|fades?|faded|back to normal|(?:ok|okay|fine|normal) again)"
                    r"(?: off| up| down)?(?: \w+){0,2} ?$")
# Settling right before a day ("settled today", "much calmer this morning"); not "gone",
# which a loss says too ("his sight's gone today").
_SETTLED = re.compile(r"\b(?:settled|settles|calmer|improved|improving|eased|easing|cleared|"
                      r"resolved|back to (?:normal|baseline|herself|himself|themselves)|"

                      r"(?:ok|okay|fine|normal|herself|himself) again)(?: down| up| off)?"
                      r"(?: a lot| loads| much| a bit)?\s*,?\s*$")
# A calm state noted for the day ("at baseline tonight", "alert on visit today", "ain't
# worse today than last week"): the day dates the calm, not a change (a day word only:
# "stable until 1400, now drowsy" dates the change)
# The words that deny a change ("not any worse", "isn't different"), for the calm state of
# a note and a comparison with yesterday
_NOT_CHANGED = r"(?:ain'?t|aint|isn'?t|isnt|is not|not|no|never|wasn'?t|was not)"
_CALM_STATE = re.compile(
    r"(?<!not )(?<!n't )(?<!nt )(?<!un)\b(?:(?:at |to )?baseline|stable|comfortable|otherwise well|"
    r"(?<!not )(?<!n't )(?<!nt )(?<!less )alert(?: and orient\w+)?"
    r"(?: on (?:visit|review|assessment|arrival|exam\w*|rounds))?|"
    rf"{_NOT_CHANGED} (?:any )?(?:worse|different))\s*,?\s*$")
_NO_WORSE_THAN = re.compile(rf"\b{_NOT_CHANGED} (?:any |much |really )?(?:worse|different|changed)"
                            r"\b[^.!?]{0,20}\bthan\s*$")
# A care note's own time: "Visit 10:45.", "Seen 14:20 -", "Call at 0900:"
_NOTE_TIME = re.compile(r"(?:^|[.;\n]\s*)(?:home |routine |gp |nurse |dn |district nurse )?"
                        r"(?:visit|visited|seen|review|reviewed|note|notes|entry|call|called|"
                        r"appt|appointment|attended|contact|phoned|rang)\s*(?:at\s*)?$")
_DAY = re.compile(r"^(?:today|tonight|this (?:morning|afternoon|evening|shift)|"
                  r"on (?:this )?shift)$")
_EASED_AT = re.compile(r"(?:by|till|until|til|around|after)\b")
# "it passes in a second": how fast it goes, not when it came
_PASSES_IN = re.compile(r"\b(?:passes|passed|goes away|went away|went off|goes off|wears off|"
                        r"wore off|settles|settled|eases|eased|clears|cleared|"
                        # a lost sense that came back: "it returned within the hour"
                        r"(?:it|sight|vision|feeling|sensation|speech|strength|hearing|power|"
                        r"movement) (?:returned|came back|come back)|back to normal|"
                        r"sorted (?:itself )?out|righted itself)"
                        r"(?: off| away| down)?\s*$")
_UP_TO = re.compile(r"\b(?:until|till|til|up to|up till|up until)\s*$")
_UP_TO_NOW = re.compile(r"(?:until|till|til|up to|up till|up until)\s+(?:today|now|date)\b")
# (word starts: "breakfast" is no speed)
_SPEED_WORDS = re.compile(r"\b(?:sudden|abrupt|quick|fast|out of|all at once|overnight|within|"
                          r"acute|immediately|snap|split second|switch|sharp sharp|one minute|"
                          r"heartbeat|blink|bolt|lightning|like a shot|ton of bricks|"
                          r"warning|like that|instant|seconds|at once|rapid|straight away|the blue|"
                          r"right away|nowhere|in a flash|in one flash|in a moment|"
                          r"over (?:a |an |the )?"
                          r"(?:few|couple|\d+|one|two|three|several) (?:hours?|minutes?|mins?))")
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class TimeCue:
    onset: str  # sudden | unsure | gradual | past
    text: str
    start: int
    end: int


# "slowly gotten worse ... just noticed it more on the ice", "for months now, started
# around harvest": beside a gradual time these date the noticing, not a change of hours.
_DATE_DOUBT_REACH = 40  # characters from a slow change to a doubt about its date
_NOT_NOTICED = re.compile(r"(?:didn'?t|didnt|did not) notice\b")
# ("as I type this" says it is there now: with a gradual time, that is the state, not the start)
_WEAK_SUDDEN = re.compile(r"^(?:just noticed|just now noticed|started around|began around|"
                          r"(?:while|whilst|as) .*(?:typ|writ).*|as we speak)$")
# "he's just got pins and needles in his toes for a month": "just got" before a span of
# weeks in its own sentence is "only has" ("just got worse", "just had a seizure" are news).
_JUST_GOT = re.compile(r"^just got$")
_ONLY_HAS_FOR_WEEKS = re.compile(r"^(?!\s+(?:a lot |much |way |really |even |so )?(?:worse|bad)\b)"
                                 rf"[^.!?]{{0,60}}\bfor\s+(?:\w+\s+){{0,3}}?{_LONG}\b")
_EVERY = re.compile(r"^(?:every|each)\s*(?:day|night|morning|evening|week)$|^everyday$")
_HABIT_BEFORE = re.compile(r"\b(?:eat\w*|ate|drink\w*|drank|have|having|fish|meat|chicken|eggs?|"
                           r"milk|cheese|beef|pork|lamb|veg\w*|salad|rice|bread|cereal|tea|"
                           r"coffee|pints?|beer|wine|takeaway|tablets?|pills?|walk\w*|run\w*|"
                           r"swim\w*|gym|work\w*|train\w*)\b[^.!?,;]{0,15}$")
_NEVER_IN = re.compile(r"\b(?:never|not once|first time|nothing|none|not one|no more)\b[^.!?,;]*$")
# Beside a gradual time, a bare count of hours is how long something else lasts ("blur
# since last 6 months, I am working on screen 9 hours")...
_BARE_HOURS = re.compile(r"^(?:~|about |around |approx\.? )?\d+\s*(?:hours?|hrs?|hr|h)$")
_DOING_BEFORE = re.compile(r"\b(?:work\w*|screens?|computers?|laptops?|phones?|sitting|sat|"
                           r"sleep\w*|slept|driv\w*|standing|stood|study\w*|gaming|reading|typing|"
                           r"on my feet|on (?:his|her) feet)\b[^.!?,]{0,15}$")
_AFTER_DOING = re.compile(r"\b(?:after|from|while|whilst)\s+(?:\w+\s+)?(?:sitting|sat|kneeling|"
                          r"knelt|standing|stood|typing|driving|cycling|knitting|weaving|"
                          r"gardening|crouching|squatting|lying|gaming|sewing|scrolling|"
                          r"reading|sleeping)\b(?:(?!\b(?:and|but|is|was|has|have|had|been)\b)"
                          r"[^.!?,;]){0,35}$")
_AWAY_FOR = re.compile(r"(?:\bnot|n'?t|\bnever|\bno)\s+(?:\w+\s+)?(?:see|seen|saw|visit\w*|spoken|"
                       r"speak|talked|talk|heard from|been (?:round|over|home|up|down))\s+"
                       r"(?:to\s+)?(?:him|her|them|mum|mom|dad|nan|gran|grandad|my \w+|\w+)?\s*$")
_HABIT_ASKED = re.compile(r"\b(?:do|does) (?:i|you|u|we|my \w+|his \w+|her \w+|your \w+) "
                          r"(?:get|go|feel|keep)\b|\bwhenever\b|\b(?:every|each) time\b|"
                          r"\bhow come (?:i|you|u|my \w+|his \w+|her \w+|your \w+) (?:get|go|"
                          r"feel|keep|fall)\b|"
                          r"\b(?:i|you|he|she) (?:always |usually |often |sometimes )?gets?\b")
# ...and a day told calm is no change in it ("increasing confusion over 3 months. Stable
# today").
_CALM_BEFORE = re.compile(r"\b(?:stable|unchanged|same|settled|no change|no worse|no different|"
                          r"better|comfortable|calm|settled)\s*$")
_BARE_CLOCK = re.compile(r"^(?:at|by|around|about|from|till|until|before|after)?\s*"
                         r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)$"
                         # "by mid-afternoon I'm ready for a nap": a daily pattern
                         r"|^by\s")
# A note's own clock, with no word before it that makes it a start ("Visit 14:00.
# Drowsiness increasing over several weeks"; not "from 15:50", "at 3:30")
_NOTE_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")
_CLOCK_START = re.compile(r"\b(?:at|by|around|about|from|since|till|until|before|after|"
                          r"approx\.?|~)\s*$")


def pattern_sources() -> list[str]:
    """The source of every pattern, for the words the spelling reader mends towards."""
    return [p.pattern for _, p in _CLASSES] + [_RECENT_EVENT.pattern]


# Caribbean and West African English determiners ("dis evening", "fi di past months",
# "inna di mornings"): read as the English ones, so every time pattern knows them.
_DIALECT = ((re.compile(r"\bdis\b"), "this"), (re.compile(r"\bdat\b"), "that"),
            # text shorthand: "wasnt like this yday"
            (re.compile(r"\b(?:yday|ystrdy|yest|yesterdy|yesturday)\b"), "yesterday"),
            (re.compile(r"\bdi\b"), "the"), (re.compile(r"\binna\b"), "in"),
            (re.compile(r"\bda\b"), "the"), (re.compile(r"\bde\b"), "the"))


# "since about midnight", "at roughly lunch", "since just after tea": how exact a time is
# says nothing about when it was; read the time itself (not before a number: "since
# about 11" is a time, "since 11" may be an age).
_APPROXIMATE = re.compile(
    r"\b(since|from|at|after|by|till|until|before|around)\s+(?:(?:about|around|roughly|"
    r"approximately|approx\.?|like|maybe|sometime|some time|shortly|not long|right|just|"
    r"the back o[f']?|back o[f']?)\s+)*(?:after\s+|before\s+)?(?![\d~])")


def normalise(text: str) -> str:
    """Lower case, straight quotes, one space, dialect determiners in English, no
    approximators before a time: offsets differ from the raw text."""
    low = _SPACES.sub(" ", text.translate(_QUOTES).lower())
    for pattern, word in _DIALECT:
        low = pattern.sub(word, low)
    return _APPROXIMATE.sub(r"\1 ", low)


# A routine told inside a before-and-after ("at half ten, same as every morning, and by
# eleven..."): it says what was usual, not how the change came on.
_USUAL = (r"(?:same as |like i do |like he does |like she does )?(?:every|each) "
          r"(?:morning|day|night|evening|afternoon|week|sunday|time)|as usual|"
          r"like always|as always|same as always|same as ever")
_HABIT = re.compile(rf"(?:{_USUAL})")


_BEFORE_STATE = re.compile(
    rf"(?:^|[.!?;]\s*)\W*(?:(?:this|that|in the|at|before|after|till|until|up to) )?"
    rf"(?:(?!today|tonight){_DAYPARTS}|{_MEALS}|earlier|yesterday|last night)\b[^.!?;]*\b"
    rf"(?:was|were)\b[^.!?;]*$")


# ...and the usual said of a state too ("sweet as ever", "like normal")
_NO_CHANGE = re.compile(rf"(?:{_USUAL}|like usual|like normal|as ever)")
# a past story before the usual ("drove down to church like always"): its sentence has a
# past verb
_PAST_STORY = re.compile(r"(?:^|[.!?;])[^.!?;]*\b(?:was|were|did|had|went|came|got|drove|"
                         r"walked|sat|ate|fed|took|made|spoke|said|ran|\w+ed)\b[^.!?;]*$")
# ...that then turns: "and then", "after the lunch", "but by noon", "till", "now"
_THEN_TURNS = re.compile(r"\b(?:then|after|afterwards|but|till|until|til|now|suddenly|when|"
                         r"by)\b")


_DAILY = re.compile(r"\b(?:(?:in the |of an? )?(?:mornings|afternoons|evenings|nights|arvos)|"
                    r"of an? (?:morning|afternoon|evening)|usually|tends? to|"
                    r"most (?:days|nights|evenings|afternoons|mornings)|"
                    r"(?:every|each) (?:day|night|evening|afternoon|morning)|daily)\b")
# Beside a gradual time, a present-tense doing before a meal is what someone does at it
# ("forgetful bit by bit over years, repeats herself at supper")
_DOES_AS_A_RULE = re.compile(r"\b(?:repeats|forgets|gets|goes|asks|says|tells|nods|drops|loses|"
                             r"mixes|muddles|struggles|seems|keeps|falls|dozes|wanders|rambles|"
                             r"slurs|fumbles)\b[^.!?,;]{0,25}$")
_AT_A_MEAL = re.compile(rf"^(?:after|at|before|around|by|with|over) (?:my |his |her |the |"
                        rf"their |our )?{_MEALS}$")


_B12 = r"(?:\bb[\s-]?12|\bb[\s-]?twelve|\bcobalamin|\blevels?|\bbloods?)"
_LOW_LEVEL_FOR = re.compile(
    rf"(?:{_B12}(?:'s|s)?\s+(?:\w+\s+){{0,2}}(?:low|deficient|down|borderline)"
    rf"|\b(?:low|deficient)\s+(?:in\s+)?{_B12}|\bdeficient"
    # the condition had ("I am having B12 deficiency since 2 years", "he has had pernicious
    # anaemia for ages"): how long it has been known, not how a symptom came on
    rf"|\b(?:having|have|has|had|got|with|diagnosed with)\s+(?:had\s+)?(?:a\s+|the\s+)?"
    rf"(?:{_B12}\s+|low\s+{_B12}\s+|vitamin\s+{_B12}\s+|pernicious\s+|megaloblastic\s+)?"
    rf"(?:deficiency|an(?:a)?emia)\s+(?:problems?\s+)?(?:from|since|for)?)\s*$")
# A time of day after the person was well, in the same breath: "hauling creels at 9 fine
# and by noon both hands are dead" (a before and an after, not a day's pattern)
_FINE_THEN = re.compile(r"\b(?:fine|ok|okay|normal|grand|alright|all right|well|no bother|"
                        r"no problems?)\b[^.!?]{0,20}\b(?:and|but|then|now)\s+$")


_MAY_HAVE_BEEN = re.compile(r"(?:may|might|could) have\b")
# How far after "since <someone>" a long-ago date still dates that event
_EVENT_DATE_REACH = 40


def cues(text: str) -> list[TimeCue]:
    """Every time expression found, in text order."""
    return list(_cues(text))


@lru_cache(maxsize=512)
def _cues(text: str) -> tuple[TimeCue, ...]:
    # Cached: one message is read by onset, the scope cues and the intent guard in turn.
    low = normalise(text)
    found: list[TimeCue] = []
    compared: list[TimeCue] = []
    for value, pattern in _CLASSES:
        for m in pattern.finditer(low):
            if value == SUDDEN and (_UP_TO.search(low[max(0, m.start() - 12):m.start()])
                                    or _UP_TO_NOW.match(m.group(0))):
                continue  # "she is normal until today": up to now, not since today
            if (value == SUDDEN and re.match(r"(?:in|within)\b", m.group(0))
                    and _PASSES_IN.search(low[max(0, m.start() - 30):m.start()])):
                continue
            if (value == SUDDEN and _EASED_AT.match(m.group(0))
                    and _EASED.search(low[max(0, m.start() - 30):m.start()])):
                continue  # "numb in the mornings, eases off by midday": when it passes
            before = low[max(0, m.start() - 30):m.start()]
            if value == SUDDEN and _NOW.match(m.group(0)) and _FINE_NOW.search(before):
                continue
            if value == SUDDEN and _SETTLED.search(before) and not _SPEED_WORDS.search(
                    m.group(0)):
                continue  # "settled today, nil new concerns": the day dates the easing
            if value == SUDDEN and _DAY.match(m.group(0)) and _CALM_STATE.search(before):
                continue
            if value == SUDDEN and _NO_WORSE_THAN.search(before):
                # "not any worse today than yesterday": the day compared, no change (kept
                # aside: it counts unless a gradual time is told, since "no different than
                # yesterday, still can't speak" may date a change of yesterday)
                compared.append(TimeCue(value, m.group(0), m.start(), m.end()))
                continue
            if value == SUDDEN and _NOTE_TIME.search(before):
                continue  # "Visit 10:45.": when the note was written, not when it began
            if (value == SUDDEN and m.group(0) == "just like that"
                    and _THE_WAY_THEY_ARE.search(before)):
                continue  # "or is my flatmate just like that": her nature, not a speed
            if (value == SUDDEN and _DENIED.search(before)
                    and not _DOUBLE_NEGATIVE.search(before) and not _FINE_AT_A_TIME.search(before)):
                if _SPEED_WORDS.search(m.group(0)):  # "it wasn't sudden" says gradual
                    found.append(TimeCue(GRADUAL, m.group(0), m.start(), m.end()))
                continue
            if (value == GRADUAL and _SLOWNESS.match(m.group(0))
                    and _DENIED_SLOW.search(before)):
                found.append(TimeCue(SUDDEN, m.group(0), m.start(), m.end()))
                continue
            found.append(TimeCue(value, m.group(0), m.start(), m.end()))
    # (a gradual time of its own, not the comparison's "no different")
    if not any(c.onset == GRADUAL and not any(0 <= k.start - c.end <= 30 for k in compared)
               for c in found):
        found = sorted([*found, *compared], key=lambda c: c.start)
    # "Fish every day": how often something is eaten or done, not how a symptom came on
    found = [c for c in found if not (c.onset == GRADUAL and _EVERY.match(c.text)
                                      and _HABIT_BEFORE.search(low[max(0, c.start - 30):c.start]))]
    # "He never cuss in forty years": a span that says how new it is, not a slow onset
    found = [c for c in found if not (c.onset == GRADUAL and c.text.startswith("in ")
                                      and _NEVER_IN.search(low[max(0, c.start - 60):c.start]))]
    # "Morning he was doing bargaining like always": the usual of a part of today told in
    # the past, the "before" of a change (not "tired like always": no time of day opens it)
    # So is "sweet as ever at the service, and after the lunch him turn rude": the usual
    # told in a past story that then turns.
    found = [c for c in found if not (
        c.onset == GRADUAL and _NO_CHANGE.fullmatch(c.text)
        and (_BEFORE_STATE.search(low[:c.start])
             or (_PAST_STORY.search(low[:c.start]) and _THEN_TURNS.search(low[c.end:]))))]
    # "I not see him for two weeks so I don't know when this start": how long someone was
    # away, not how the change came on
    found = [c for c in found if not (c.onset == GRADUAL and c.text.startswith("for ")
                                      and _AWAY_FOR.search(low[max(0, c.start - 45):c.start]))]
    # "B12's been low for a year", "had low b12 for 2 years": how long the level has been
    # low, not how a symptom came on
    found = [c for c in found if not (c.onset == GRADUAL and _LOW_LEVEL_FOR.search(
        low[max(0, c.start - 40):c.start]))]
    # A gradual time outweighs these weak cues; a past one ("gastric bypass 2019") dates
    # something else as often as not, so it does not.
    # "not sure if it was sudden": the speed word belongs to the doubt.
    doubts = [c for c in found if c.onset == UNSURE]
    found = [c for c in found if c.onset != SUDDEN
             or not any(d.start <= c.start and c.end <= d.end for d in doubts)]
    gradual = [c for c in found if c.onset == GRADUAL]
    if gradual:
        # "can't get through on the phone at 8am ... tired for six months": beside a
        # gradual time, a bare clock time dates something done, not the symptom.
        # "been walking unsteady for the past year, now I hold the rail": a "was ... now"
        # contrast with a gradual time inside it is that gradual change.
        # "creeping up for weeks, finally got round to asking today": the day dates the
        # asking, not the symptom.
        # "nodding off in the afternoons, in the chair after my dinner, for a twelvemonth":
        # a meal beside a habit and a gradual time is a daily pattern.
        habitual = bool(_DAILY.search(low))
        found = [c for c in found if not (c.onset == SUDDEN and (habitual or not _FINE_THEN.search(
            low[max(0, c.start - 40):c.start])) and (
            _BARE_CLOCK.match(c.text) or _WEAK_SUDDEN.match(c.text)
            or (_JUST_GOT.match(c.text) and _ONLY_HAS_FOR_WEEKS.match(low[c.end:]))
            or (_NOTE_CLOCK.match(c.text)
                and not _CLOCK_START.search(low[max(0, c.start - 10):c.start]))
            # "nodding off by two o'clock, out in the shop till supper": a day's pattern
            or low[max(0, c.start - 3):c.start] == "by "
            or re.match(r"(?:till|until|til)\b", c.text)
            or (_BARE_HOURS.match(c.text)
                and _DOING_BEFORE.search(low[max(0, c.start - 30):c.start]))
            or _CALM_BEFORE.search(low[max(0, c.start - 25):c.start])
            or ((habitual or _DOES_AS_A_RULE.search(low[max(0, c.start - 30):c.start]))
                and _AT_A_MEAL.match(c.text))
            or _ASKING_NOW.search(low[max(0, c.start - 30):c.start])
            or any(c.start <= g.start and g.end <= c.end and c != g
                   and not _HABIT.fullmatch(g.text) for g in gradual)))]
        # "increased gradually over five months, I did not notice a day when it changed":
        # not noticing the day of a gradual change is no doubt about its speed
        found = [c for c in found if not (c.onset == UNSURE and _NOT_NOTICED.match(c.text))]
        # "numb for months, may have started before christmas": beside a gradual time, a
        # guess at an earlier start dates the slow change
        found = [c for c in found if not (c.onset == UNSURE and _MAY_HAVE_BEEN.match(c.text))]
        # "crept up on me so slow I couldn't tell you when it started": right after a slow
        # change, a doubt about when it began is about its date, not its speed
        found = [c for c in found if not (
            c.onset == UNSURE and re.search(r"\bwhen (?:it|this|that|they|these|those)\b",
                                            c.text) and any(
                g.end <= c.start and c.start - g.end <= _DATE_DOUBT_REACH
                and not re.search(r"[.!?;]|\bbut\b", low[g.end:c.start]) for g in gradual))]
    else:
        # "since I went veggie last year": an event dated long ago is a span of a year
        past = [c for c in found if c.onset == PAST]
        for m in _RECENT_EVENT.finditer(low):
            # (a date is dated by nothing: "a seizure last week my son found me I had
            # epilepsy as a kid", dictated, dates the epilepsy, not last week)
            dated = None if _A_DATE.search(m.group(0)) else next(
                (c for c in past if 0 <= c.start - m.end() <= _EVENT_DATE_REACH
                          and not re.search(r"[.!?;]|\bbut\b", low[m.end():c.start])), None)
            found.append(TimeCue(GRADUAL, low[m.start():dated.end], m.start(), dated.end)
                         if dated else TimeCue(UNSURE, m.group(0), m.start(), m.end()))
    # "why do I get pins and needles after sitting cross-legged for an hour": in a habit
    # asked about, how long the sitting lasts, not how a symptom came on ("after sitting in
    # church for an hour he couldn't speak" is today's change, and keeps its hour)
    if _HABIT_ASKED.search(low):
        found = [c for c in found if not (c.text.startswith("for ") and _AFTER_DOING.search(
            low[max(0, c.start - 45):c.start]))]
    # "I get tingling in my fingers from the scanner gun at work": where a habit happens,
    # not when a change began (unless a change is told too: "I get in at work and my arm
    # went dead")
    if _HABIT_TOLD.search(low) and not _CHANGE_TOLD.search(low):
        found = [c for c in found if not _OCCASION.match(c.text)]
    return tuple(sorted(found, key=lambda c: (c.start, -c.end)))


_HABIT_TOLD = re.compile(r"\b(?:i|you|he|she|they|we) (?:always |usually |often |sometimes |"
                         r"keep |tend to )?(?:gets?|getting)\b(?!\s+(?:up|home|in|back|to|there|"
                         r"here|out|off|on|worse|better)\b)")
_CHANGE_TOLD = re.compile(r"\b(?:went|gone|started|began|begun|came on|lost|fell|collapsed|"
                          r"couldn'?t|stopped|suddenly|woke|since|this morning|today|tonight|"
                          r"yesterday|last night|just now)\b")
_OCCASION = re.compile(r"^(?:at|during|after|from) (?:the |my |his |her )?(?:work|school|class|"
                       r"gym|training|practice|church|the shops|shopping|the match|the game)$")


def onset(text: str) -> str | None:
    """The most urgent onset class the message states, or None when it gives no time.

    A past, resolved event only counts when nothing more recent is said.
    """
    return most_urgent(c.onset for c in cues(text))


def most_urgent(onsets: object) -> str | None:
    best: str | None = None
    for value in onsets:  # type: ignore[attr-defined]
        if best is None or _RANK[value] > _RANK[best]:
            best = value
    return best


# ("since 1998" dates a condition still there, not an episode over and done)
_WEAK_PAST = re.compile(r"^(?:last year|long before|years before|since (?:19|20)\d\d)$")


# A date of the last few days ("last week", "on Tuesday", "3 days ago", "Sunday last"):
# a faint or a fit dated there is recent, however well the person has been since
_A_DATE = re.compile(rf"\b(?:days?\s+(?:ago|back)|(?:last|this|past)\s+week|"
                     rf"(?:on|last|this|since)\s+{_WEEKDAYS}|"
                     rf"{_WEEKDAYS}\s+(?:last|gone|just gone|morning|afternoon|evening|night))\b")


def is_recent_date(cue: TimeCue) -> bool:
    """A date of the last few days: a faint, a fit or a crisis told there is recent."""
    return cue.onset == UNSURE and bool(_A_DATE.search(cue.text))


def is_long_ago(cue_text: str) -> bool:
    """A past time that dates an episode ("when he was 5", "in 2016", "decades ago"),
    not the loose "last year" that may date something else in the message."""
    return not _WEAK_PAST.match(cue_text)


def is_speed_word(cue_text: str) -> bool:
    """'suddenly', 'out of nowhere', 'just went': how fast, not when (a hypothetical can
    say it too: "what if my vision just went one day?")."""
    return bool(_SPEED_WORDS.search(cue_text)) or cue_text.startswith("just ")
