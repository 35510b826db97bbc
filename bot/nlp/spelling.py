"""Typos in the words the rules turn on: "sinse brekfast", "5 yeers ago", "havnt fanted".

The lexicon matches long words with one typo, but the time reader, the history and
negation cues are exact, and short words are where phone typos land. A word that English
does not know (wordfreq's frequency lists, inside its wheel) and that is one edit away
from a word of our own vocabulary (the lexicon's phrases and the time reader's words) is
read as that word. Words English knows are left alone ("diner", "obs"), and so are words
too short to correct safely.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from bot.nlp import time_reader
from bot.triage import lexicon

# A word rarer than this (Zipf scale: 3 is once per million words) is a typo candidate...
UNKNOWN_ZIPF = 2.5
# ...and is replaced only by a vocabulary word at least this common.
KNOWN_ZIPF = 3.0
MIN_LENGTH = 4  # "pt", "kms", "obs": too short to guess
_LETTERS = "abcdefghijklmnopqrstuvwxyz'"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_WORD_ANY_CASE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# Negated verbs typed without the apostrophe: spaCy splits them like the real thing.
_CONTRACTIONS = ("havent", "hasnt", "hadnt", "didnt", "doesnt", "dont", "wasnt", "werent",
                 "isnt", "arent", "cant", "couldnt", "wouldnt", "wont", "shouldnt")


def _phrases() -> list[str]:
    phrases = [p for s in lexicon.SYMPTOMS for p in s.phrases]
    phrases += [p for r in lexicon.RISK_FACTORS for p in r.phrases]
    phrases += [p for group in lexicon.ONSET_PHRASES.values() for p in group]
    phrases += [p for group in lexicon.WHO_PHRASES.values() for p in group]
    phrases += [*lexicon.NEGATION_CUES, *lexicon.TREATED_PHRASES, *_CONTRACTIONS]
    return phrases + time_reader.pattern_sources()


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every word the lexicon and the time reader read, four letters or more."""
    words = {w for p in _phrases() for w in _WORD.findall(p.lower().replace("*", ""))}
    return frozenset(w for w in words if len(w) >= MIN_LENGTH)


@lru_cache(maxsize=1)
def stems() -> tuple[str, ...]:
    """The lexicon's ``word*`` stems: "faint*" stands for "fainted" and "fainting"."""
    found = {w[:-1] for p in _phrases() for w in p.lower().split() if w.endswith("*")}
    return tuple(sorted(w for w in found if len(w) >= MIN_LENGTH))


def known_to_lexicon(word: str) -> bool:
    """A word the lexicon or the time reader reads ("numbness", "faint*" as "fainting")."""
    return word in vocabulary() or word.startswith(stems())


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS})


# Scots and Doric words ("couldnae mind", "dinna ken when it stertit", "nane since",
# "fae the last twa hours"), and patois "nuh": read as the English the lexicon and the
# time reader know.
_SCOTS = {"nae": "no", "nane": "none", "naebody": "nobody", "naethin": "nothing",
          "naething": "nothing", "fae": "from", "frae": "from", "twa": "two", "wis": "was",
          "cam": "came", "stertit": "started", "startit": "started", "efter": "after",
          "afore": "before", "hame": "home", "ower": "over", "wid": "would", "aboot": "about",
          "mither": "mother", "faither": "father", "winna": "won't", "disna": "doesn't",
          "didna": "didn't", "widna": "wouldn't", "wasna": "wasn't", "isna": "isn't",
          "hasna": "hasn't", "havena": "haven't", "ken": "know", "kent": "knew",
          "heid": "head", "richt": "right", "aw": "all", "fawin": "falling", "fa'in": "falling",
          "faain": "falling", "faa'in": "falling",
          "oot": "out", "doon": "down", "jist": "just", "noo": "now", "yin": "one",
          "tae": "to", "wi": "with", "cannae": "can't", "canna": "can't",
          "naewhere": "nowhere", "aff": "off", "onything": "anything", "hoose": "house",
          "telt": "told", "tak": "take", "takkin": "taking", "mak": "make", "gie": "give",
          "doan": "don't",
          # a "jag" is a jab in Scotland: "how long till the jags start working"
          "jag": "jab", "jags": "jabs",
          # Shetland and Orkney: "at wance" (at once), "her een" (her eyes), "a meenit"
          "wance": "once", "een": "eyes", "meenit": "minute", "shakkin": "shaking",
          "mair": "more", "aince": "once", "syne": "ago", "aifterneen": "afternoon",
          "efterneen": "afternoon", "efternoon": "afternoon", "speirin": "asking",
          # Doric "cowpin ower" (tipping over), "stan" (stand), "sidieweys" (sideways)
          "cowpin": "tipping", "coupin": "tipping", "cowpit": "tipped", "coupit": "tipped",
          "stan": "stand", "sidieweys": "sideways", "sideyweys": "sideways",
          # Jamaican "nutten" (nothing), "outta" (out of), "everyting"
          "nutten": "nothing", "nuttin": "nothing", "outta": "out of",
          "everyting": "everything", "memba": "remember",
          # Shetland "shö gaed dizzy ... da neist thing I kent", Scots "huv" (have)
          "gaed": "went", "neist": "next", "flör": "floor", "shö": "she", "huv": "have",
          # Swahili time words in Sheng, mixed with English ("tangu lunch", "since jana
          # jioni"): read so the English words beside them are dated
          "tangu": "since", "leo": "today", "jana": "yesterday", "asubuhi": "morning",
          "jioni": "evening", "mchana": "afternoon",
          # ...and how fast: "ghafla my arm went numb kabisa" (suddenly, completely)
          "ghafla": "suddenly", "kabisa": "completely",
          "dunna": "don't", "hae": "have", "masel": "myself", "mysel": "myself",
          # Geordie and Yorkshire "mesel", "meself", "mesen"
          "mesel": "myself", "meself": "myself", "mesen": "myself",
          "hersel": "herself", "himsel": "himself", "theirsel": "themselves",
          # Doric "he's nae hissel" (not himself)
          "hissel": "himself", "hersell": "herself",
          # Scots "giein awa her things", "no be aroon fer Christmas"
          "giein": "giving", "gien": "given", "awa": "away", "aroon": "around", "fer": "for",
          # "she hisna hid ony fits" (hasn't had any)
          "hisna": "hasn't", "hivna": "haven't", "hinna": "haven't",
          # Shetland "he's no makkin ony sense" (making)
          "makkin": "making",
          # Trinidadian "cyah" (can't), "doh" (don't)
          "cyah": "can't", "doh": "don't",
          # Jamaican "cyaan" (can't), "neva" (never)
          "cyaan": "can't", "caan": "can't", "cyan": "can't", "neva": "never", "nevah": "never",
          "yuh": "you",
          # texting's "shud" / "wud" (should, would)
          "shud": "should", "shld": "should", "wud": "would",
          # texting's "wot" / "wat" / "wut"
          # (and Jamaican "wah": "wah di mood symptoms fi low b12")
          "wot": "what", "wut": "what", "wat": "what", "wah": "what", "jus": "just",
          "juss": "just", "ony": "any", "lang": "long",
          # Shetland "no shair" (not sure), "nivver hed anidder" (never had another)
          "shair": "sure", "nivver": "never", "hed": "had", "anidder": "another",
          # Caribbean "tink" / "tinkin" / "tought" (think, thinking, thought), "dat" (that)
          "tink": "think", "tinkin": "thinking", "tinking": "thinking", "tought": "thought",
          "dat": "that",
          # Jamaican "nuh" (mi nuh sure, mi nuh know)
          "nuh": "not", "simmer": "summer", "betta": "better",
          "couldnae": "couldn't", "couldna": "couldn't", "didnae": "didn't",
          "dinnae": "don't", "dinna": "don't",
          "doesnae": "doesn't", "wouldnae": "wouldn't", "widnae": "wouldn't",
          "shouldnae": "shouldn't", "isnae": "isn't", "wasnae": "wasn't",
          "hasnae": "hasn't", "havenae": "haven't", "havnae": "haven't", "hivnae": "haven't",
          "huvnae": "haven't", "willnae": "won't", "winnae": "won't",
          # Shetland "hit gied aa at eence" (it went all at once), "me brither's spaek", "a
          # wird", "whan", "gaun tae" (going to), "da craigs" (the cliffs); not Jamaican "dem",
          # a plural ("mi foot dem")
          "eence": "once", "gied": "went", "brither": "brother", "spaek": "speech",
          "wird": "word", "wirds": "words", "whan": "when", "gaun": "going",
          "craig": "cliff", "craigs": "cliffs", "whit": "what", "airm": "arm", "airms": "arms",
          # Jamaican "tek a fit" (took a fit), "dis evening"
          "tek": "took", "tuk": "took", "doin": "doing",
          # Caribbean "fah" / "fuh" (for): "what dis tablet fah?", "and fuh my grandson"
          "fah": "for", "fuh": "for",
          # Shetland "walk intae da sea", "I'm weel noo"
          "intae": "into", "intil": "into", "weel": "well", "naebdy": "nobody"}


@lru_cache(maxsize=20_000)
def _fix(word: str) -> str:
    if word in _SCOTS:
        return _SCOTS[word]
    if len(word) < MIN_LENGTH or known_to_lexicon(word):
        return word
    # A dropped g ("jerkin all over", "tippin over"): the -ing word we read, when it is
    # at least as common as the word typed ("jerkin" is also a jacket, far rarer).
    if word.endswith("in") and known_to_lexicon(word + "g") and (
            zipf_frequency(word + "g", "en") >= zipf_frequency(word, "en")):
        return word + "g"
    own = zipf_frequency(word, "en")
    if own >= UNKNOWN_ZIPF:
        return word
    if word.endswith("s") and zipf_frequency(word[:-1], "en") >= KNOWN_ZIPF:
        return word  # "babys", "mums": a plural or possessive without its apostrophe
    best, best_zipf = word, max(KNOWN_ZIPF, own + 1)
    # In a fixed order: a set's order changes with each process's string hashing, and two
    # candidates as common as each other ("tupping": "tipping", "topping") were then mended
    # one way in one process and the other way in the next.
    for candidate in sorted(_edits(word)):
        if not known_to_lexicon(candidate):
            continue
        zipf = zipf_frequency(candidate, "en")
        if zipf >= best_zipf:
            best, best_zipf = candidate, zipf
    return best


@lru_cache(maxsize=50_000)
def mend_to(word: str, vocabulary: frozenset[str]) -> str:
    """``word`` (lower case) as the vocabulary word it is a typo of ("defficiency" ->
    "deficiency", "simptoms" -> "symptoms"), or as typed: a word English knows, a plural of
    one, a short word, or one with no vocabulary word one edit away."""
    if (len(word) <= MIN_LENGTH or word in vocabulary or not word.isalpha()
            or zipf_frequency(word, "en") >= UNKNOWN_ZIPF):
        return word
    if word.endswith("s") and (word[:-1] in vocabulary
                               or zipf_frequency(word[:-1], "en") >= KNOWN_ZIPF):
        return word
    candidates = sorted(c for c in _edits(word) if c in vocabulary)
    if not candidates:
        return word
    return max(candidates, key=lambda c: zipf_frequency(c, "en"))


_NAMES = frozenset({"ken", "cam", "stan", "leo", "jana"})  # names when capitalised


_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")


def _mend(match: re.Match[str]) -> str:
    word = match.group(0)
    if word[0].isupper() and word.lower() in _NAMES:
        return word
    if _ACRONYM_PLURAL.match(word):  # "my ARVs", "SSRIs": an acronym, not a typo of "arms"
        return word
    fixed = _fix(word.lower())
    return word if fixed == word.lower() else fixed


# The words after which "da" is a father ("ma da", "yer da"), or already read ("the da")
_OWNERS_OF_A_DA = ("me", "my", "ma", "mah", "mi", "ur", "yer", "your", "her", "his", "our", "the")


# Doric "fit" is "what" before a clause ("winna dae fit i tell them", "fit day is it"), and
# Scots "the day" / "the nicht" are today / tonight after a time word.
# (never the noun: "she had a fit like nothing I've seen", "his fit was long" are seizures)
_FIT_AS_A_NOUN = "".join(f"(?<!\\b{w} )" for w in (
    "a", "an", "the", "his", "her", "my", "me", "mi", "ma", "their", "our", "your", "ur",
    "its", "this", "that", "another", "one", "no", "first", "second", "big", "bad", "wee",
    "proper", "full", "real", "di", "de", "da", "dis", "dat", "last", "any", "some"))
# Pidgin "fit" is "can" opening a question: "Abeg, fit B12 deficiency make person faint?"
# (read before the Doric "fit" of "what")
_PIDGIN_CAN = re.compile(r"(?:^|(?<=[,.;!?] )|(?<=abeg ))fit (?=(?:b-?12|low|lack|vitamin|dis|"
                         r"am|person|somebody|e|di|de)\b)", re.IGNORECASE)


def pidgin_can(text: str) -> str:
    """``text`` with Pidgin's question-opening "fit" read as "can"."""
    return _PIDGIN_CAN.sub("can ", text)


# A clause opens here: Scots "av had" with no subject before it is "I've had"
_CLAUSE_START = re.compile(r"(?:^|[.,;:!?]\s*|\b(?:and|an|but|so|cos|coz|because|well|yeah|"
                           r"yes|oh|ok|okay|now|honestly|lately)\s+)$", re.IGNORECASE)


def _have(m: re.Match[str]) -> str:
    """Scots "av had" opening a clause is "I've had"; Caribbean "ave" after its subject
    ("she ave been falling", "mi granny ave had") is "have"."""
    return "I've " if _CLAUSE_START.search(m.string[:m.start()]) else "have "


_PHRASES = ((_PIDGIN_CAN, "can "),
            (re.compile(_FIT_AS_A_NOUN + r"\bfit (?=(?:i|ye|you|he|she|day|time|like|way|wis|"
                        r"was|is|'s|else|are|dae|div|does|aboot|kind|sort|causes|happens)\b)",
                        re.IGNORECASE), "what "),
            (re.compile(_FIT_AS_A_NOUN + r"\bfit's\b", re.IGNORECASE), "what's"),
            # Doric "foo" is "how" ("foo lang", "foo mony", "foo much")
            (re.compile(r"\bfoo (?=(?:lang|long|mony|many|much|aften|often|dae|do|div|is|are|"
                        r"can|should)\b)", re.IGNORECASE), "how "),
            (re.compile(r"\b(?:the nicht|the nite)\b", re.IGNORECASE), "tonight"),
            # Jamaican "give weh mi tings" (give away my things), "ready fi go" (ready to go),
            # "tired a life" (tired of life)
            (re.compile(r"\b(give|gi|giving|gave|gi'in) weh\b", re.IGNORECASE), r"\1 away"),
            (re.compile(r"\bfi (?=(?:go|dead|die|end|leave|kill|tek|take|done)\b)",
                        re.IGNORECASE), "to "),
            (re.compile(r"\btired a (?=(?:life|living|everything|it all)\b)", re.IGNORECASE),
             "tired of "),
            # Caribbean and Cockney "ent" is "ain't" ("meh legs ent numb", "he ent come");
            # never the clinic ("an ENT appointment", "the ent doctor")
            (re.compile(r"(?<=\w )ent\b(?! (?:doctor|doc|specialist|clinic|surgeon|department|"
                        r"dept|appointment|appt|referral|consultant|ward|team|nurse)s?\b)"),
             "ain't"),
            # Scots "fir months" (for months): before a span only, never the tree
            (re.compile(r"\bfir (?=(?:months|weeks|years|days|ages|yonks|a while|a wee while|"
                        r"a good while|a long time|a bit|the last|the past|\d+)\b)",
                        re.IGNORECASE), "for "),
            # British and Irish "me" for "my" before a part of the body ("cant feel much in
            # me hands", "no steady on me feet"); not "hit me hand" can't tell, "my" is meant
            (re.compile(r"\bme (?=(?:left |right |good |bad |poor |two |own )?(?:hands?|feet|"
                        r"foot|legs?|arms?|eyes?|head|face|fingers?|toes?|mouth|tongue|lips?|"
                        r"knees?|neck|body|speech|memory|balance|vision|sight|words)\b)",
                        re.IGNORECASE), "my "),
            # Scots "no" for "not" after a form of "be" ("I'm no steady on my feet", "she's no
            # right"), before the words a change is told in
            (re.compile(r"\b(i'm|im|am|is|he's|hes|she's|shes|it's|its|was|are|were) no "
                        r"(?=(?:steady|right|able|well|himsel|hersel|masel|hisself|herself|"
                        r"himself|myself|making sense|makin sense|seeing|hearing|walking|"
                        r"talking|speaking)\b)", re.IGNORECASE), r"\1 not "),
            # Scots "me ain feet" (my own feet; never AAVE "ain", a denial)
            (re.compile(r"\b(me|my|mi|his|her|their|oor|our) ain\b(?!')", re.IGNORECASE),
             r"\1 own"),
            # Shetland, Caribbean and Pidgin "da" is "the" ("da feelin in me hands"), but
            # "me da" / "my da" is a father
            (re.compile("".join(f"(?<!\\b{w} )" for w in _OWNERS_OF_A_DA)
                        + r"\bda\b(?= \w)(?! day\b)", re.IGNORECASE), "the"),
            # Scots "a" for "I" after a modal ("could a gie the tablets tae ma wee lassie")
            (re.compile(r"\b(can|could|should|would|will|shall|may|might|do|did|cannae|"
                        r"couldnae|shouldnae|wid|wull) a (?=(?:give|gie|take|tak|get|use|"
                        r"have|go|stop|double|start|still|just|keep)\b)", re.IGNORECASE),
             r"\1 i "),
            # Jamaican "mi" before a verb is "I" ("so mi should stop taking it?"); before a
            # noun it stays "my" ("mi man")
            (re.compile(r"\bmi (?=(?:should|shud|can|could|must|will|would|need|haffi|affi|"
                        r"fi|did|do|don't|dont|cyaan|cyan|caan|nuh|neva|never|tek|take|stop|"
                        r"keep|feel|feeling|get|got|go|gwaan|a go|ave|have|has|had)\b)",
                        re.IGNORECASE), "i "),
            # Jamaican "tek" after a modal or "to" is "take" ("can mi tek it", "haffi tek
            # it"), elsewhere "took" ("tek a fit"); "wid" before an owner or a thing is
            # "with" ("wid mi pressure pills"), in Scots before a verb "would"
            (re.compile(r"\b((?:can|could|should|must|will|would|shall|may|might|to|fi|haffi|"
                        r"affi|cyaan|cyan|caan|nuh|dont|don't)(?: (?:i|mi|me|we|you|yuh|him|"
                        r"her|dem|she|he))?) tek\b", re.IGNORECASE), r"\1 take"),
            (re.compile(r"\bwid (?=(?:mi|my|me|ma|di|de|the|his|her|har|your|yuh|ur|dem|them|"
                        r"food|water|milk|tea)\b)", re.IGNORECASE), "with "),
            # patois "how much mi fi give her" (should I), "wha mi fi do"
            (re.compile(r"\b(?:mi|me|i) fi\b", re.IGNORECASE), "should I"),
            # Scots "wit if" (what if), "av no had any" (I've not had any), "av read"
            (re.compile(r"\bwit (?=if\b)", re.IGNORECASE), "what "),
            (re.compile(r"\ba'?v(?:e)? (?=(?:no|nae|not|never|had|been|got|read|seen|heard|"
                        r"done|felt)\b)", re.IGNORECASE), _have),
            (re.compile(r"(?<=\bI've )(?:no|nae)\b(?= (?:had|been|got|seen|felt|done|heard|"
                        r"read|noticed)\b)"), "not"),
            # "she'll" and "he'll" texted without the apostrophe, before a verb ("scared
            # shell get b12 deficiency", "hell be fine")
            (re.compile(r"\b(s?he)ll (?=(?:get|be|go|have|need|end|lose|feel|start|become|"
                        r"stop|never|not|die|fall|faint)\b)", re.IGNORECASE), r"\1'll "),
            # Shetland and Scots "ta" before a word is "to" ("hard ta rouse", "startin ta
            # tink"); "ta" alone, or closing a message, is thanks
            (re.compile(r"(?<=[a-z] )ta (?=[a-z])", re.IGNORECASE), "to "),
            # ...and "ma wee" for "my wee"
            (re.compile(r"\bma (?=wee\b)", re.IGNORECASE), "my "),
            (re.compile(r"\b(hisna|hasna|hasnae|hivna|hinna|havena|hivnae) hid\b",
                        re.IGNORECASE), r"\1 had"),
            # Scots and Shetland "an" before a verb or a new clause is "and" ("he's no
            # makkin ony sense an canna mind wha I am": the denial ends at the "and")
            (re.compile(r"\ban (?=(?:canna|cannae|can't|cant|cannot|canny|he|she|they|we|"
                        r"he's|she's|then|noo|now|disna|doesna|wis|was|is|couldna|couldnae|"
                        r"winna|wouldna|didna|didnae|keeps|kept)\b)", re.IGNORECASE), "and "),
            # Scots "o'" is "of" ("oot o' naewhere")
            (re.compile(r"\bo'(?=\s)", re.IGNORECASE), "of"),
            # Shetland "hit's" is "it's" ("if hit's new da day")
            (re.compile(r"\bhit's\b", re.IGNORECASE), "it's"),
            (re.compile(r"\b(?:(?<=was )|(?<=wis )|(?<=since )|(?<=fae )|(?<=from )|(?<=\d )|"
                        r"(?<=been )|(?<=hae )|(?<=could be )|(?<=might be )|(?<=maybe )|"
                        r"(?<=am )|(?<=pm )|(?<=clock ))the day\b", re.IGNORECASE), "today"),
            # ...and at the end of a clause after a verb ("canna mind what she did the day"),
            # not "during the day", "for the day", "all the day" or "the day before"
            (re.compile(r"(?:(?<=\bdid )|(?<=\bdone )|(?<=\bsaid )|(?<=\bate )|(?<=\bwent )|"
                        r"(?<=\bcame )|(?<=\bcam )|(?<=\bseen )|(?<=\bsaw )|(?<=\bhad )|"
                        r"(?<=\bbeen )|(?<=\bwis ))the day"
                        r"(?=\s*(?:[,.;!?]|$|\band\b|\ban\b|\bbut\b))", re.IGNORECASE),
             "today"),
            (re.compile(r"\bdae\b", re.IGNORECASE), "do"),
            # patois "drop dung" (down), "eat mi dinna" (dinner, not Scots "didn't")
            (re.compile(r"(?:(?<=\bdrop )|(?<=\bdropped )|(?<=\bdrap )|(?<=\bfall )|"
                        r"(?<=\bfell )|(?<=\bgo )|(?<=\bwent )|(?<=\blie )|"
                        r"(?<=\bkeel )|(?<=\bbuss )|(?<=\bflop ))dung\b", re.IGNORECASE), "down"),
            (re.compile(r"(?:(?<=\beat mi )|(?<=\beat me )|(?<=\bate mi )|(?<=\bate me )|"
                        r"(?<=\bhad mi )|(?<=\bhave mi )|(?<=\bafter mi )|(?<=\bfrom mi ))"
                        r"dinna\b", re.IGNORECASE), "dinner"),
            # Scots "gin" is "if" opening a clause ("gin ma sicht gaed"), not the drink
            (re.compile(r"(?:^|(?<=[.,;!?]\s))\W*gin (?=(?:ma|my|i|he|she|ye|you|they|we|"
                        r"the|yer|her|his|oor|wir)\b)", re.IGNORECASE), "if "),
            # Shetland "da day" is today ("noticed it da day"), not "the day after"
            (re.compile(r"\bda day\b(?!\s+(?:after|before|of|that|when|i|he|she|we|they|you|"
                        r"my|his|her|our|their))", re.IGNORECASE), "today"),
            # patois "out a nowhere", "outta nowhere"
            (re.compile(r"\bout (?:a|ah|o|o') nowhere\b", re.IGNORECASE), "out of nowhere"),
            # Scots "since a got up" (I), "wir tea" (our), Caribbean "an now" (and now),
            # northern "bein 'ere" (here)
            (re.compile(r"\b(since|when|after|till|until|before) a (?=(?:got|woke|wis|was|came|"
                        r"come|went|had)\b)", re.IGNORECASE), r"\1 I "),
            # ...and in a question: "have a got low b12", "am a deficient", "do a need"
            (re.compile(r"\b(have|hae|huv|do|dae|did|am|wis|was|could|can|should|would) a "
                        r"(?=(?:got|have|hae|huv|deficient|short|lacking|need|needin|needing)\b)",
                        re.IGNORECASE), r"\1 I "),
            (re.compile(r"\bwir (?=(?:tea|dinner|lunch|breakfast|supper)\b)", re.IGNORECASE),
             "our "),
            (re.compile(r"\ban (?=now\b)", re.IGNORECASE), "and "),
            (re.compile(r"(?<=\s)'ere\b"), "here"),
            (re.compile(r"\bon an' ?aff\b|\bon an aff\b|\bon an off\b", re.IGNORECASE),
             "on and off"),
            # Shetland "aa" is "all" in its phrases ("aa ower", "aa at wance"), never alone:
            # "AA" is also Alcoholics Anonymous
            (re.compile(r"\baa (?=(?:ower|over|at|day|nicht|night|week|winter|simmer|summer|"
                        r"o|of|the|da|his|her|me|my)\b)", re.IGNORECASE), "all "),
            # Scots "dug" is a dog after a determiner: "ma dug's back legs"
            (re.compile(r"(?:(?<=ma )|(?<=my )|(?<=the )|(?<=his )|(?<=her )|(?<=oor )|(?<=our ))"
                        r"dug\b", re.IGNORECASE), "dog"),
            # Black Country "cor" is "can't" before a verb: "cor feel me feet"
            (re.compile(r"\bcor (?=(?:feel|see|walk|talk|remember|move|stand|hear|get|lift|tell|"
                        r"think|breathe|wake|speak)\b)", re.IGNORECASE), "can't "),
            # Pidgin "no dey again" is "be no more" (a wish not to live), before "no dey"
            # is "is not": "my body no dey balance"
            (re.compile(r"\b(?:no|nor) (?:go |for )?dey (?:again|anymore|any more)\b",
                        re.IGNORECASE), "not be alive anymore"),
            (re.compile(r"\bno dey\b", re.IGNORECASE), "not"),
            (re.compile(r"\boot o\b", re.IGNORECASE), "out of"),
            # Jamaican "me nah faint" (I didn't faint): "nah" after a person is "not"
            # ...and Trinidadian "she ent faint"
            (re.compile(r"\b(mi|me|i|him|her|she|he|dem|we|dey|they|yuh|you)\s+(?:nah|ent)\b"
                        r"(?=\s+\w)",
                        re.IGNORECASE), r"\1 not"),
            # B12 said in words, as dictation writes it: "b twelve", "vitamin bee twelve"
            (re.compile(r"\b(?:b|bee)[\s-]*twelve\b", re.IGNORECASE), "b12"),
            # Shetland and Caribbean "da" (the) before the words of a B12 question: "could
            # it be da B12", "at da sam time" (not "da" alone: Italian and Portuguese have it)
            (re.compile(r"\bda (?=(?:b12|b-12|same|sam|doctor|doc|tablets?|pills?|jabs?|"
                        r"injections?|shots?|vitamins?|blood|bloods|test|tests|results?|"
                        r"back end|last|first|whole|medicine|medication)\b)", re.IGNORECASE),
             "the "),
            (re.compile(r"\b(?:the|da) sam time\b", re.IGNORECASE), "the same time"),
            # "me Gaviscon an me B12 tablets": "an" before a possessive is "and"
            (re.compile(r"(?<=\w )an (?=(?:me|ma|mi|my|his|her|the|da)\b)", re.IGNORECASE),
             "and "),
            # "out the blew" (out of the blue); "eye" for "I" before a verb ("since eye come
            # in ... eye cant say what eye mean")
            (re.compile(r"\bout (?:of )?(?:the|da|de|di) (?:blew|blu|bloo)\b", re.IGNORECASE),
             "out of the blue"),
            # (only where "I" can stand: first, after a stop or a joining word; "my cats eye
            # went cloudy", "her eye was dark" keep the eye)
            (re.compile(r"(^\W*|[.,;:!?]\s*|\b(?:and|but|since|so|then|when|if|now|that|what|"
                        r"cos|coz|as|til|till|until|because|after|before|where|how|why)\s+)"
                        r"eye (?=(?:cant|can't|cannot|can|could|couldn't|couldnt|come|came|was|"
                        r"am|have|had|feel|felt|think|mean|woke|got|went|dont|don't|didn't|"
                        r"didnt|just|keep|kept|fell|fainted|blacked|lost)\b)", re.IGNORECASE),
             r"\1I "),
            # "blackout blinds" darken a room: no blackout of a person
            # (the whole phrase: "blinds" alone would read as blindness)
            (re.compile(r"\bblack-?outs? (?:blinds?|curtains?|shades?|lining|fabric|drapes?)\b",
                        re.IGNORECASE), "dark curtains"),
            # texting's "b4" (before): "was fine b4 lunch"
            (re.compile(r"\bb4\b", re.IGNORECASE), "before"),
            # Jamaican "nuh more fit" (no more fits), before "nuh" is read as "not"
            (re.compile(r"\bnuh (?=more\b)", re.IGNORECASE), "no "))


# Words of degree that sit inside a phrase the lexicon knows without them ("actin dead
# weird", "talking proper funny"): dropped there, and only there.
_INTENSIFIED = re.compile(r"\b([A-Za-z']+)\s+(?:dead|proper|really|real|very|pure|"
                          r"awful|awfully|super|so|totally|pretty|mad|wicked|bloody|extremely)"
                          r"\s+([A-Za-z']+)\b")


@lru_cache(maxsize=1)
def _bigrams() -> frozenset[str]:
    """Two-word runs inside the lexicon's phrases ("acting weird", "not making")."""
    pairs: set[str] = set()
    for phrase in _phrases():
        words = phrase.lower().replace("*", "").split()
        pairs.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return frozenset(pairs)


def _drop_intensifier(m: re.Match[str]) -> str:
    pair = f"{m.group(1)} {m.group(2)}"
    if pair.lower() in _bigrams():
        return pair
    # ("mam's awful sleepy": the lexicon knows "very sleepy")
    if f"very {m.group(2).lower()}" in _bigrams():
        return f"{m.group(1)} very {m.group(2)}"
    return m.group(0)


@lru_cache(maxsize=512)
def correct(text: str) -> str:
    """The text with typos of our vocabulary's words mended, everything else as typed."""
    for pattern, words in _PHRASES:
        text = pattern.sub(words, text)
    return _INTENSIFIED.sub(_drop_intensifier, _WORD_ANY_CASE.sub(_mend, text))


def english_neighbours(word: str) -> list[str]:
    """Common English words one edit from ``word`` that are not its own inflections: what a
    typo tolerance must not match ("slitting" is one edit from "sitting", "blacked" from
    "backed", "shaking" from "shaving")."""
    return sorted(c for c in _edits(word)
                  if c != word and c.isalpha() and zipf_frequency(c, "en") >= KNOWN_ZIPF
                  and not (c.startswith(word) or word.startswith(c)))

