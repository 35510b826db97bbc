"""The spaCy pipeline: built from ``bot.triage.lexicon``, saved to disk, read back.

The saved pipeline is blank English plus one EntityRuler whose token patterns
come from the lexicon (with typo tolerance: bot/nlp/lexicon_typos.py).  What
the ruler cannot express - negation scope, merging onset cues, ages - is done
in ``extract`` on top of the ruler's entities.

    python -m bot.nlp.pipeline build build/spacy_b12     # what `make` runs
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from wordfreq import zipf_frequency

from bot.nlp import lexicon_typos
from bot.settings import ROOT
from bot.triage import lexicon

DEFAULT_PATH = ROOT / "build" / "spacy_b12"

SYMPTOM, RISK, ONSET, WHO, TREATED, NEG = "SYMPTOM", "RISK", "ONSET", "WHO", "TREATED", "NEG"
ONSET_KEY = "onset"  # doc.spans key of the onset cues

# Curly quotes from phone keyboards become straight ones (same length, so
# character offsets stay valid).
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
# An age, not a duration: "metformin for 10 years", "bypass 4 years ago" date things.
_SPAN_BEFORE = re.compile(r"\b(?:been|vegan|vegetarian|veggie|married|retired|sober|on it|"
                         r"on them|on metformin|taking it)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AGE = re.compile(r"(?<!for )(?<!since )(?<!past )(?<!last )(?<!over )(?<!in )(?<!within )"
                  r"(?<!for about )(?<!for around )(?<!for nearly )(?<!for over )"
                  r"\b(\d{1,3})\s*-?\s*(?:years?|yrs?|y/?o)\b"
                  r"(?!\s*(?:ago|back|now|before|later|since|of|on|prior|running))",
                  re.IGNORECASE)
_NEG_WINDOW = 4  # tokens a negation cue reaches forward
_LIST_WINDOW = 8  # ...and along a list a cue announces ("Denies numbness, visual change,
# falls or seizures": the items between need not be symptoms the lexicon knows)
_ONSET_PATTERNS = {
    value: [re.compile(p) for p in patterns]
    for value, patterns in lexicon.ONSET_PATTERNS.items()
}


Lemma = Callable[[str], str]


def _token_patterns(word: str, tokenizer: Tokenizer,
                    lemma: Lemma | None = None) -> list[dict[str, Any]]:
    if word.endswith("*"):
        return [{"LOWER": {"REGEX": "^" + re.escape(word[:-1].lower())}}]
    out: list[dict[str, Any]] = []
    for tok in tokenizer(word.lower()):
        text = tok.text
        if lemma is not None and text.isalpha() and len(text) < 7:
            # Forms, not strings: "take my own life" also reads "taking my own life".
            out.append({"LEMMA": lemma(text)})
        elif not text.isalpha() or len(text) < 7 or text in lexicon.BARE_NOUNS:
            out.append({"LOWER": text})
        else:
            # With a typo: the token's NORM (bot/nlp/lexicon_typos.py)
            out.append(lexicon_typos.pattern(text))
    return out


def _phrase_pattern(phrase: str, tokenizer: Tokenizer,
                    lemma: Lemma | None = None) -> list[dict[str, Any]]:
    # A phrase matches its forms; a single word only as typed ("shakes" is not "shake off").
    if len(tokenizer(phrase)) < 2:
        lemma = None
    return [p for word in phrase.split() for p in _token_patterns(word, tokenizer, lemma)]


Group = tuple[str, str, tuple[str, ...]]


def _patterns(groups: list[Group], tokenizer: Tokenizer,
              lemma: Lemma | None = None) -> list[dict[str, Any]]:
    return [
        {"label": label, "id": key, "pattern": _phrase_pattern(phrase, tokenizer, lemma)}
        for label, key, phrases in groups
        for phrase in phrases
    ]


def _adverb(word: str) -> str:
    if word.endswith("y"):
        return word[:-1] + "ily"
    if word.endswith("le"):
        return word[:-1] + "y"
    if word.endswith("ic"):
        return word + "ally"
    return word + "ly"


def adverb_forms(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The manner adverbs of a symptom's one-word phrases that English uses:
    "unsteady" -> "unsteadily", "vacant" -> "vacantly" (wordfreq decides what is a word)."""
    found = []
    for phrase in phrases:
        if " " in phrase or "*" in phrase or not phrase.isalpha():
            continue
        adverb = _adverb(phrase.lower())
        if (adverb not in lexicon.FIGURATIVE_ADVERBS and adverb not in phrases
                and zipf_frequency(adverb, "en") >= lexicon.ADVERB_MIN_ZIPF):
            found.append(adverb)
    return tuple(found)


def _noun(word: str) -> str:
    return word[:-1] + "iness" if word.endswith("y") else word + "ness"


def noun_forms(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The -ness nouns of a symptom's one-word adjectives that English uses: "unsteady" ->
    "unsteadiness" ("c/o unsteadiness on feet"), "clumsy" -> "clumsiness"."""
    found = []
    for phrase in phrases:
        if " " in phrase or "*" in phrase or not phrase.isalpha() or phrase.endswith("ness"):
            continue
        noun = _noun(phrase.lower())
        if (noun not in phrases and noun not in lexicon.FIGURATIVE_NOUNS
                and zipf_frequency(noun, "en") >= lexicon.ADVERB_MIN_ZIPF):
            found.append(noun)
    return tuple(found)


def ruler_patterns(tokenizer: Tokenizer, lemma: Lemma | None = None) -> list[dict[str, Any]]:
    """Lexicon phrases for the EntityRuler (non-overlapping entities, longest wins).
    Symptoms and risk factors match by lemma when ``lemma`` is given; who, treatment and
    negation words stay exact ("me" is not "I")."""
    groups: list[Group] = []
    groups += [(SYMPTOM, s.key, s.phrases + adverb_forms(s.phrases) + noun_forms(s.phrases))
               for s in lexicon.SYMPTOMS]
    groups += [(RISK, r.key, r.phrases) for r in lexicon.RISK_FACTORS]
    patterns = _patterns(groups, tokenizer, lemma)
    exact: list[Group] = [(WHO, k, v) for k, v in lexicon.WHO_PHRASES.items()]
    exact += [(TREATED, "yes", lexicon.TREATED_PHRASES)]
    exact += [(NEG, "neg", lexicon.NEGATION_CUES)]
    return patterns + _patterns(exact, tokenizer)


def onset_patterns(tokenizer: Tokenizer) -> list[dict[str, Any]]:
    """Onset cues go to a SpanRuler: they may overlap a symptom ("just lost control")."""
    return _patterns([(ONSET, k, v) for k, v in lexicon.ONSET_PHRASES.items()], tokenizer)


def build(path: Path = DEFAULT_PATH) -> Language:
    nlp = spacy.blank("en")
    # spaCy's lookup lemmatizer: its table (spacy-lookups-data) is read here, at build
    # time, and saved with the pipeline; nothing is looked up on the internet.
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")

    def lemma(word: str) -> str:
        return str(table.get(word, word))

    entities = ruler_patterns(nlp.tokenizer, lemma)
    onsets = onset_patterns(nlp.tokenizer)
    typos = nlp.add_pipe(lexicon_typos.FACTORY)
    typos.set_words(lexicon_typos.words_in(entities + onsets))  # type: ignore[attr-defined]
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns(typos.with_aliases(entities))  # type: ignore[attr-defined]
    spans = nlp.add_pipe("span_ruler", config={"spans_key": ONSET_KEY, "validate": True})
    spans.add_patterns(typos.with_aliases(onsets))  # type: ignore[attr-defined]
    path.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
    return nlp


def load(path: str | Path = DEFAULT_PATH) -> Language:
    # one pipeline per place, however the place is spelled (a str from a Rasa config, a Path
    # here): the follow-up check's lexicon reading shares the NLU component's
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=4)
def _load(path: str) -> Language:
    if not Path(path, "config.cfg").exists():
        raise FileNotFoundError(
            f"spaCy pipeline not found at {path}: run `make build`"
        )
    return spacy.load(path)


@dataclass(frozen=True)
class Mention:
    label: str
    key: str
    text: str
    start: int  # character offsets in the message
    end: int
    negated: bool


@dataclass
class Findings:
    """What one message says, normalised to lexicon keys."""

    symptoms: list[str] = field(default_factory=list)
    negated_symptoms: list[str] = field(default_factory=list)
    risk_factors: list[str] = field(default_factory=list)
    onset: str | None = None  # sudden | gradual | unsure
    who: str | None = None  # self | adult | child | infant
    treated: bool = False
    mentions: list[Mention] = field(default_factory=list)
    text_length: int = 0

    def entities(self, extractor: str = "B12Extractor") -> list[dict[str, Any]]:
        """Rasa-style entity dicts, in text order (negated mentions left out)."""
        out: list[dict[str, Any]] = []
        # Symptoms come from ``symptoms`` (the understanding layer may add or drop some);
        # each is placed on its first mention, else on the whole message.
        for key in dict.fromkeys(self.symptoms):
            start, end = self._span_of(SYMPTOM, key, exact=True)
            out.append(_entity("symptom", key, start, end, extractor))
        seen: set[str] = set()
        for m in self.mentions:
            if m.label != RISK or m.negated or m.key in seen:
                continue
            seen.add(m.key)
            out.append(_entity("risk_factor", m.key, m.start, m.end, extractor))
        for name, label, value in (
            ("onset", ONSET, self.onset),
            ("who", WHO, self.who),
            ("treated", TREATED, "yes" if self.treated else None),
        ):
            if value is not None:
                start, end = self._span_of(label, value)
                out.append(_entity(name, value, start, end, extractor))
        return sorted(out, key=lambda e: (e["start"], e["end"]))

    def _span_of(self, label: str, value: str, exact: bool = False) -> tuple[int, int]:
        """Where a merged value was said: its own mention, else any of that kind,
        else the whole message (a bare "not sure", an age, a detector's finding)."""
        kind = [m for m in self.mentions if m.label == label and not m.negated]
        fallback = None if exact or not kind else kind[0]
        best = next((m for m in kind if m.key == value), fallback)
        return (best.start, best.end) if best else (0, self.text_length)


def _entity(name: str, value: str, start: int, end: int, extractor: str) -> dict[str, Any]:
    return {
        "entity": name,
        "value": value,
        "start": start,
        "end": end,
        "confidence_entity": 1.0,
        "extractor": extractor,
    }


def normalise(text: str) -> str:
    return text.translate(_QUOTES)


def _is_bare_noun_cleared(doc: Any, ent: Any) -> bool:
    """'my vision is fine' / 'balance isn't a problem': the noun names no symptom."""
    if ent.text.lower() not in lexicon.BARE_NOUNS:
        return False
    for tok in doc[ent.end : ent.end + 5]:
        if tok.lower_ in lexicon.CLAUSE_BREAKS or tok.lower_ in lexicon.PROBLEM_WORDS:
            return False
        if tok.lower_ == "without":
            # "lost his speech without any warning": the cue denies what follows it
            continue
        if tok.lower_ in lexicon.NEGATION_CUES:
            # "speech not clear", "balance not right": a denied normal is a problem
            after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            return after not in lexicon.NORMAL_WORDS | _ALSO_NORMAL
        if tok.lower_ in lexicon.NORMAL_WORDS:
            return True
        if (tok.lower_ in _SAID_WELL and doc[tok.i - 1].lower_ in _NOW_IS
                and (tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct
                     or doc[tok.i + 1].lower_ in ("and", "as", "too"))):
            # "my speech is clear, my eyes are as good as ever" (not "at lunch her memory was
            # intact": the before of a change)
            return True
    return False


# Words that call the noun well only where they end what is said of it ("my speech is clear",
# not "my balance is steady-ish then goes")
_SAID_WELL = frozenset({"clear", "steady", "intact", "unaffected", "unchanged"})
_NOW_IS = frozenset({"is", "are", "'s", "s", "seems", "sounds", "remains", "stays", "looks"})


_ALSO_NORMAL = frozenset({"clear", "right", "well", "working", "steady", "straight"})


# "can't concentrate", "couldn't talk", "won't wake up": inability is a symptom.
_MODALS = frozenset({"ca", "can", "could", "wo", "would"})


_CANNOT = frozenset({"cant", "can't", "cannot", "couldn't", "couldnt", "unable", "cannae",
                     "canna"})


_CANNOT_REACH = 8  # tokens from "can't" to its "without"


def _is_inability(doc: Any, ent: Any) -> bool:
    if ent.start > 0 and doc[ent.start - 1].lower_ in _MODALS:
        return True
    # "not able to balance himself", "not be able to stand": an inability, not a denial
    after = [t.lower_ for t in doc[ent.end:ent.end + 3]]
    if after[:2] == ["able", "to"] or after[:3] == ["be", "able", "to"]:
        return True
    # "can't stand without falling over": the falling happens; "without" denies nothing
    if ent.text.lower() == "without":
        # (within the clause: "can't get the length of the quay without stumbling")
        before = []
        for t in reversed(doc[max(0, ent.start - _CANNOT_REACH):ent.start]):
            if t.is_punct:
                break
            before.insert(0, t.lower_)
        joined = [a + b for a, b in zip(before, before[1:], strict=False)]
        return any(w in _CANNOT for w in before + joined)
    return False


# "not sure if my sight went", Scots "no sure": doubt about what follows, not a denial
_DOUBT = frozenset({"sure", "certain", "shure"})
# "don't (rightly) know when my sight went": not knowing denies nothing; nor does "came back
# not knowing what day it is", where the not knowing is itself the change
_NOT_KNOWING = frozenset({"know", "ken", "remember", "mind", "recall", "knowing", "kenning",
                          "remembering", "recalling", "recognising", "recognizing"})
_HEDGES = frozenset({"rightly", "really", "honestly", "properly", "truly", "exactly"})


def _is_doubt(doc: Any, ent: Any) -> bool:
    if ent.end >= len(doc):
        return False
    word = doc[ent.end].lower_
    if word in _DOUBT or word in _NOT_KNOWING:
        return True
    return (word in _HEDGES and ent.end + 1 < len(doc)
            and doc[ent.end + 1].lower_ in _NOT_KNOWING | _DOUBT)


# Irish and British "and didn't he have a fit at the table", "wasn't she on the floor":
# the inverted negative tells what happened, with emphasis; it denies nothing.
_AUXILIARIES = frozenset({"did", "does", "do", "was", "were", "is", "are", "has", "have",
                          "had"})
_SUBJECTS = frozenset({"he", "she", "they", "i", "you", "we", "it", "my", "me", "his",
                       "her", "our", "your", "their", "the", "herself", "himself"})


def _is_inverted(doc: Any, ent: Any) -> bool:
    if ent.start == 0 or ent.end >= len(doc) or ent.text.lower() not in ("n't", "nt", "not"):
        return False
    aux, after = doc[ent.start - 1], doc[ent.end]
    opens = ent.start == 1 or doc[ent.start - 2].lower_ in (
        *lexicon.CLAUSE_BREAKS, "and", "sure", "so", "well", "then")
    return (aux.lower_ in _AUXILIARIES and opens
            and (after.lower_ in _SUBJECTS or (after.is_title and after.i > 1)))


# Being nervous about the test or about B12 itself is a worry, not anxiety as a symptom
# ("just got told im coeliac, nervous about b12"); "anxious about everything" stays one.
_WORRY_OBJECTS = frozenset({
    "b12", "b-12", "it", "this", "that", "results", "result", "test", "tests", "diagnosis",
    "levels", "level", "jab", "jabs", "injection", "injections", "needles", "appointment",
    "bloods", "deficiency"})


# ...and so is being paranoid about it ("kinda paranoid about b12")
_WORRY_WORDS = frozenset({"paranoid", "nervous", "anxious", "worried", "scared", "stressed"})


def _is_worry_about_b12(doc: Any, ent: Any) -> bool:
    if ((ent.id_ != "anxiety" and ent.text.lower() not in _WORRY_WORDS)
            or ent.end + 1 >= len(doc)
            # (a note's "anxious re B12": regarding)
            or doc[ent.end].lower_ not in ("about", "over", "for", "re", "regarding",
                                           "concerning")):
        return False
    words = [t.lower_ for t in doc[ent.end + 1: ent.end + 3]]
    if words and words[0] in ("the", "my", "his", "her", "these", "those"):
        words = words[1:]
    return bool(words) and words[0] in _WORRY_OBJECTS


# What B12 deficiency is said to cause is a topic, not a report: "videos about b12
# deficiency causing nerve damage and seizures". A present cause is a report ("her
# deficiency is causing fits"), and so may a question be ("could b12 cause seizures? asking
# because my son had one"): only the participle that names a topic counts.
_CAUSE = frozenset({"causing", "triggering"})
_B12_WORDS = frozenset({"b12", "b-12", "deficiency", "deficient", "cobalamin", "vitamin"})
_BE = frozenset({"is", "are", "was", "were", "'s", "been", "be"})


def _is_named_as_an_effect(doc: Any, ent: Any) -> bool:
    for i in range(ent.start - 1, max(-1, ent.start - 8), -1):
        word = doc[i].lower_
        if word in lexicon.CLAUSE_BREAKS and word not in (",", "and", "or"):
            return False
        if word in _CAUSE:
            before = [t.lower_ for t in doc[max(0, i - 4):i]]
            return (bool(before) and before[-1] not in _BE
                    and any(w in _B12_WORDS for w in before))
    return False


_A_LIFETIME = re.compile(r"^\W*(?:\w+\W+){0,6}?(?:in (?:\w+ ){0,2}(?:years?|yrs?|year|life|"
                         r"lifetime|decades?)|before(?! (?:lunch|dinner|tea|bed|breakfast))|"
                         r"till now|until now|till today|until today|up to now)\b")


_LIFETIME_BEFORE = re.compile(r"\b(?:\d+|\w+ty|\w+teen) (?:years?|yrs?|year)\b|\ball (?:my|his|her|"
                              r"their) (?:life|days)\b|\b(?:my|his|her) whole life\b")


def _is_never_before(doc: Any, ent: Any, cue_end: int | None) -> bool:
    """"Never lost my footing in fifty year", "never once been unsteady in her life": a
    denial of the past, the ground a change today stands on; it denies nothing now."""
    if cue_end is None or cue_end < 1 or doc[cue_end - 1].lower_ not in ("never", "ne'er"):
        return False
    symptom = lexicon.SYMPTOMS_BY_KEY.get(ent.id_)
    if symptom is None or symptom.always_urgent or symptom.crisis:
        return False  # "never had a seizure in my life" denies one now too
    return bool(_A_LIFETIME.match(doc[ent.end:ent.end + 10].text)
                or _LIFETIME_BEFORE.search(doc[max(0, cue_end - 9):cue_end - 1].text))


def _is_fit_as_health(doc: Any, ent: Any) -> bool:
    """"She's fit as a fiddle", "fit and well": health, not a seizure."""
    if ent.id_ != "seizures" or doc[ent.end - 1].lower_ != "fit":
        return False
    after = " ".join(t.lower_ for t in doc[ent.end:ent.end + 4])
    return (ent.text.lower() in ("'s fit", "s fit")
            or any(after.startswith(words) for words in lexicon.FIT_AS_HEALTH_AFTER))


def _is_faint_as_degree(doc: Any, ent: Any) -> bool:
    """"A faint tremor", "faint-hearted": how strong something is, not a fainting."""
    if ent.id_ != "syncope" or doc[ent.end - 1].lower_ != "faint" or ent.end >= len(doc):
        return False
    after = doc[ent.end].lower_
    if after == "-" and ent.end + 1 < len(doc):
        after = doc[ent.end + 1].lower_
    return after in lexicon.FAINT_AS_DEGREE_BEFORE


def _is_depress_as_lowering(doc: Any, ent: Any) -> bool:
    """"Medicines can depress B12 levels": a verb that lowers a thing, not a low mood."""
    return (ent.id_ == "depression" and ent.end - ent.start == 1
            and doc[ent.start].lower_ in lexicon.DEPRESS_AS_LOWERING and ent.end < len(doc)
            and doc[ent.end].lower_ in lexicon.LOWERED_THINGS)


_UNDERSTAND = frozenset({"understand", "comprehend", "undastan"})
_CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", "but", "and", "because", "cos", "as"})


_CONDITION_NAMES = re.compile(r"\b(?:" + "|".join(
    re.escape(n) for n in lexicon.CONDITION_NAMES_WITH_SYMPTOM_WORDS) + r")\b", re.IGNORECASE)


def _is_another_conditions_name(doc: Any, ent: Any) -> bool:
    """"irritable" in "irritable bowel syndrome": the name of another condition."""
    return any(m.start() <= ent.start_char < m.end()
               for m in _CONDITION_NAMES.finditer(doc.text))


def _is_puzzlement(doc: Any, ent: Any) -> bool:
    """"Cannae understand it", "I can't understand why": puzzled, not a lost understanding
    ("can't understand what people say" stays one)."""
    if ent.id_ != "speech_problems" or doc[ent.end - 1].lower_ not in _UNDERSTAND:
        return False
    rest = [t.lower_ for t in doc[ent.end:ent.end + 5]]
    if rest and rest[0] in ("why", "how"):
        return True  # "can't understand why she's so tired"
    for words in lexicon.PUZZLED_AFTER:
        n = len(words.split())
        if " ".join(rest[:n]) == words and (len(rest) == n or rest[n] in _CLAUSE_ENDS):
            return True
    return False


_FEAR_STOPS = frozenset({".", "!", "?", ";", ",", "but", "though", "although", "however",
                         "because", "cause", "cos", "coz", "since"})


def _is_feared(doc: Any, ent: Any) -> bool:
    """"Scared I'm going to go blind", "afraid of losing my memory": a change feared, still
    to come. Never a seizure, a faint or a crisis ("scared I'm going to pass out" is
    felt now), nor a hedged present ("worried I might be losing my sight")."""
    symptom = lexicon.SYMPTOMS_BY_KEY.get(ent.id_)
    if symptom is None or symptom.always_urgent or symptom.crisis:
        return False
    future = False
    for i in range(ent.start - 1, max(-1, ent.start - 12), -1):
        word = doc[i].lower_
        if word in _FEAR_STOPS:
            return False
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if word in lexicon.FEAR_WORDS:
            # "afraid of losing my memory" (a doing to come), not "terrified of this
            # numbness" (one already there)
            of_doing = (after == "of" and i + 2 < len(doc)
                        and doc[i + 2].lower_.endswith("ing"))
            return future or of_doing
        if after == "be":
            continue  # "might be losing": a hedge on what is happening now
        if word in lexicon.FUTURE_WORDS or (word == "going" and after == "to") or (
                word == "end" and after == "up"):
            future = True
    return False


# "no change in speech, gait or alertness": a denied change runs along its list too
_CHANGE = frozenset({"change", "changes", "deterioration", "worsening"})


def _announces_a_list(doc: Any, ent: Any) -> bool:
    return (ent.end + 1 < len(doc) and doc[ent.end].lower_ in _CHANGE
            and doc[ent.end + 1].lower_ in ("in", "to", "of"))


_DENIED_KIND = frozenset({"any", "sudden", "new", "recent", "experienced", "noticed", "had",
                          "a", "an", "the"})
_LIST_JOINS = frozenset({",", "or", "nor", "any", "/", "changes", "change", "problems",
                         "issues", "trouble", "in", "to", "with", "my", "his", "her"})
_LIST_ENDS = frozenset({".", "!", "?", ";", "but", "because", "cos", "although", "though"})


def _an_or_ends_the_list(doc: Any, start: int) -> bool:
    for tok in doc[start:]:
        if tok.lower_ in _LIST_ENDS:
            return False
        if tok.lower_ in ("or", "nor"):
            return True
    return False


def _mentions(doc: Any) -> list[Mention]:
    out: list[Mention] = []
    last_was_denied = False
    last_neg_end: int | None = None
    in_list = False  # the last cue announced a list ("denies a, b, c")
    onsets = list(doc.spans[ONSET_KEY]) if ONSET_KEY in doc.spans else []
    for ent in sorted([*doc.ents, *onsets], key=lambda span: (span.start, -span.end)):
        if ent.label_ == NEG:
            # "not sure when" is an onset answer, "can't see" a symptom: neither negates.
            in_onset = any(o.start <= ent.start and ent.end <= o.end for o in onsets)
            if (not in_onset and not _is_inability(doc, ent) and not _is_doubt(doc, ent)
                    and not _is_inverted(doc, ent)):
                last_neg_end = ent.end
                in_list = (ent.text.lower() in lexicon.LIST_NEGATION_CUES
                           or _announces_a_list(doc, ent))
            continue
        negated = False
        if last_neg_end is not None:
            between = doc[last_neg_end : ent.start]
            # An onset is only negated right after the cue ("wasn't sudden"): a
            # negation further back ("don't care about it lately") must never
            # turn "gradual" into "sudden" or the other way round.
            window = 1 if ent.label_ == ONSET else _NEG_WINDOW
            breaks = set(lexicon.CLAUSE_BREAKS)
            if in_list and ent.label_ == SYMPTOM:
                breaks -= lexicon.LIST_CONTINUES
            # (words that only say what kind of change was denied take no room: "have not
            # experienced any sudden change in vision")
            # Never for a crisis, a seizure or a faint: a denial reaches them only as before.
            urgent = ent.label_ == SYMPTOM and lexicon.SYMPTOMS_BY_KEY[ent.id_].always_urgent
            counted = [t for t in between if urgent or t.lower_ not in _DENIED_KIND]
            # (a clinical "denies a, b, c or d" reaches along its list to the sentence's end)
            if in_list and ent.label_ == SYMPTOM:
                window = max(window, _LIST_WINDOW)
            negated = len(counted) <= window and not any(t.lower_ in breaks for t in between)
            if (not negated and ent.label_ == SYMPTOM and last_was_denied
                    and {t.lower_ for t in between} <= _LIST_JOINS
                    and _an_or_ends_the_list(doc, last_neg_end)):
                # "not had any seizures, fainting, or changes in my vision": a denial runs
                # along a list that an "or" closes (not "no fever, numbness in my feet")
                negated = True
        if ent.label_ == SYMPTOM and (_is_worry_about_b12(doc, ent)
                                      or _is_named_as_an_effect(doc, ent)
                                      or _is_fit_as_health(doc, ent)
                                      or _is_faint_as_degree(doc, ent)
                                      or _is_depress_as_lowering(doc, ent)
                                      or _is_puzzlement(doc, ent)
                                      or _is_another_conditions_name(doc, ent)
                                      or _is_feared(doc, ent)):
            continue
        if ent.label_ == SYMPTOM and negated and _is_never_before(doc, ent, last_neg_end):
            continue  # "never lost my footing in fifty year": nothing about today
        if ent.label_ == SYMPTOM and _is_bare_noun_cleared(doc, ent):
            negated = True
        elif ent.label_ == SYMPTOM and negated:
            # "nobody has fainted or had a fit": a denial reaches along a list of symptoms
            last_neg_end = ent.end
        if ent.label_ == SYMPTOM:
            last_was_denied = negated
        out.append(
            Mention(ent.label_, ent.id_, ent.text, ent.start_char, ent.end_char, negated)
        )
    return out


def _duration_mentions(text: str) -> list[Mention]:
    """Onset cues spelled as durations ("for two months", "20 minutes ago")."""
    lowered = text.lower()
    return [
        Mention(ONSET, value, text[m.start() : m.end()], m.start(), m.end(), False)
        for value, patterns in _ONSET_PATTERNS.items()
        for pattern in patterns
        for m in pattern.finditer(lowered)
    ]


def _onset(mentions: list[Mention], text: str) -> str | None:
    seen: set[str] = set()
    for m in mentions:
        if m.label != ONSET:
            continue
        if m.negated:  # "it wasn't sudden" -> gradual; "not gradual" -> sudden
            seen.add({"sudden": "gradual", "gradual": "sudden"}.get(m.key, m.key))
        else:
            seen.add(m.key)
    short = re.sub(r"[^\w' ]", "", text.lower()).strip()
    if short in lexicon.UNSURE_REPLIES:
        seen.add("unsure")
    # Safety first: any hint of a sudden start wins, then "not sure".
    for value in ("sudden", "unsure", "gradual"):
        if value in seen:
            return value
    return None


def _who(mentions: list[Mention], text: str) -> str | None:
    found = {m.key for m in mentions if m.label == WHO and not m.negated}
    for match in _AGE.finditer(text):
        if _SPAN_BEFORE.search(text[:match.start()]):
            continue  # "been vegan 3 yrs": how long, not how old
        found.add("child" if int(match.group(1)) < 18 else "adult")
    if "adult" in found and found & {"child", "infant"}:
        # "my daughter set this up for me ... the wife went down": two people, so the form
        # asks who it is about rather than send an adult's advice to a pediatrician.
        return None
    for value in ("infant", "child", "adult", "self"):
        if value in found:
            # "I'm 45 years old" is about the speaker, not another adult.
            if value == "adult" and "self" in found and not _names_other_adult(mentions):
                return "self"
            return value
    return None


def _names_other_adult(mentions: list[Mention]) -> bool:
    return any(m.label == WHO and m.key == "adult" and not m.negated for m in mentions)


def extract(text: str, nlp: Language | None = None) -> Findings:
    text = normalise(text)
    # Lower case (same offsets): the lookup lemmatizer knows "took", not "Took".
    doc = (nlp or load())(text.lower())
    # The words as typed, not lower-cased
    mentions = [replace(m, text=text[m.start:m.end]) for m in _mentions(doc)]
    mentions += _duration_mentions(text)
    present = [m.key for m in mentions if m.label == SYMPTOM and not m.negated]
    negated = [m.key for m in mentions if m.label == SYMPTOM and m.negated]
    return Findings(
        symptoms=list(dict.fromkeys(present)),
        # Safety: a symptom named both ways ("no numbness but tingling") counts as present.
        negated_symptoms=[k for k in dict.fromkeys(negated) if k not in present],
        risk_factors=list(
            dict.fromkeys(m.key for m in mentions if m.label == RISK and not m.negated)
        ),
        onset=_onset(mentions, text),
        who=_who(mentions, text),
        treated=any(m.label == TREATED and not m.negated for m in mentions),
        mentions=mentions,
        text_length=len(text),
    )


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "build":
        build(Path(argv[1]))
        print(f"spaCy pipeline written to {argv[1]}")
        return 0
    if len(argv) >= 1 and argv[0] == "extract":
        print(extract(" ".join(argv[1:])))
        return 0
    print("usage: python -m bot.nlp.pipeline build PATH | extract TEXT", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
