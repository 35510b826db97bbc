"""Words that name a topic of their own: the sign that a message is about something other
than B12, whatever list of diseases and drugs we keep.

A word at least this common in English names no topic ("fix", "serious", "drink",
"heartbeat"); nor does a word the lexicon reads or one our B12 questions are asked in
("anaemia", "jabs", "sublingual"). What is left ("gliclazide", "osteoporosis",
"fasciitis", "contagious") is a topic the message brings. Word frequencies come from
wordfreq's tables, which ship in its wheel.

May import: bot.settings, bot.triage, bot.nlp (nothing from Rasa).
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from bot.nlp import spelling
from bot.nlp.pipeline import normalise
from bot.settings import ROOT
from bot.triage import lexicon

# Chosen on the held-out follow-ups (s1-s15): at 3.8 "heartbeat" (3.67) named a topic of
# its own and "can it mess with your heartbeat too" left B12; at 3.6 "contagious" (3.58)
# and "thyroid" (3.53) still do.
COMMON_ZIPF = 3.6
FAQ_EXAMPLES = ROOT / "data" / "nlu" / "faq"
_WORD = re.compile(r"[^\W\d_]+")
_B12_WORD = re.compile(r"^(?:" + "|".join(lexicon.B12_TERMS + lexicon.ARTICLE_TERMS) + ")",
                       re.IGNORECASE)
# British spellings of the article's words ("anaemic" is "anemic")
_BRITISH = ((re.compile(r"aem"), "em"), (re.compile(r"oe(?=ma|sophag)"), "e"))


@lru_cache(maxsize=1)
def faq_words() -> frozenset[str]:
    """Every word of the FAQ training examples: the words B12 questions are asked in."""
    words: set[str] = set()
    for path in sorted(FAQ_EXAMPLES.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            words.update(_WORD.findall(str(block.get("examples") or "").lower()))
    return frozenset(words)


def _american(word: str) -> str:
    for pattern, plain in _BRITISH:
        word = pattern.sub(plain, word)
    return word


def in_b12_questions(word: str) -> bool:
    """A stop word, or a word the lexicon or a B12 question uses."""
    word = _american(word)
    return (word in STOP_WORDS or word in faq_words() or spelling.known_to_lexicon(word)
            or bool(_B12_WORD.match(word)))


def names_no_topic(word: str) -> bool:
    """A word of B12 questions, or one common enough in English to name no topic."""
    return (in_b12_questions(word) or zipf_frequency(_american(word), "en") >= COMMON_ZIPF
            or _begins_a_b12_word(word) or _contraction_without_apostrophe(word)
            or word.endswith(_ADVERB_ENDS) or word in _SUPPOSING)


# An adverb ("hypothetically", "theoretically") or a word that sets up a possibility
# ("supposing") names no topic; "acromegaly" still does. (Other inflections of common
# words do name one: "withdrawing cash", "backpacking in Vietnam" are topics of their own.)
_ADVERB_ENDS = ("ally", "ously", "ively", "fully", "lessly")
_SUPPOSING = frozenset({"supposing", "suppose", "supposin", "hypothetical"})


# A contraction typed on a phone without its apostrophe ("what if shes expecting",
# "theyll", "doesnt"): the word it stands for names no topic.
_CONTRACTION_ENDS = ("s", "t", "re", "ll", "ve", "d")


def _contraction_without_apostrophe(word: str) -> bool:
    return any(word.endswith(end) and len(word) > len(end) + 1
               and zipf_frequency(f"{word[:-len(end)]}'{end}", "en") >= COMMON_ZIPF
               for end in _CONTRACTION_ENDS)


# A long word cut short ("the other one, megalo something?") is the word it begins.
MIN_CUT_WORD = 5


def _begins_a_b12_word(word: str) -> bool:
    return len(word) >= MIN_CUT_WORD and any(
        w.startswith(word) for w in _long_faq_words() if len(w) > len(word) + 2)


@lru_cache(maxsize=1)
def _long_faq_words() -> tuple[str, ...]:
    return tuple(sorted(w for w in faq_words() if len(w) > MIN_CUT_WORD + 2))


def words(text: str) -> list[str]:
    """The words of ``text``, typos of our own words mended, lower case."""
    return _WORD.findall(normalise(spelling.correct(text)).lower())


# A disease named after a person ("Graves' disease", "Addison's syndrome"): the name is a
# topic of its own however common the word is in English.
_EPONYM = re.compile(r"\b([^\W\d_]+)(?:'s|s'|'|\u2019s|s\u2019) (?:disease|syndrome)\b",
                     re.IGNORECASE)


def words_no_b12_question_uses(text: str) -> list[str]:
    """The words of ``text`` (of a length typos are mended at) that no B12 question uses,
    common or not: "carnival", "parade" in "what time does the carnival parade start"."""
    return [w for w in words(text)
            if len(w) >= spelling.MIN_LENGTH and not in_b12_questions(w)]


# Words no B12 question uses, from which a question is about a topic of its own ("what time
# does the post office shut on saturday")
OWN_QUESTION_WORDS = 2


def in_words_of_its_own(text: str) -> bool:
    """A question in enough words no B12 question uses to be about a topic of its own."""
    return len(words_no_b12_question_uses(text)) >= OWN_QUESTION_WORDS


def own_topic_words(text: str) -> list[str]:
    """The words of ``text`` that name a topic of their own. Shorter words are too often
    abbreviations ("yrs", "tho")."""
    found = [w for w in words(text) if len(w) >= spelling.MIN_LENGTH and not names_no_topic(w)]
    found += [w for w in (m.group(1).lower() for m in _EPONYM.finditer(text))
              if w not in found and not in_b12_questions(w)]
    # a code of letters and digits names a test or condition ("G6PD deficiency", "HbA1c"),
    # B12 itself and a dose's units aside
    found += [w for w in _CODE.findall(normalise(text).lower()) if not _NOT_A_CODE.fullmatch(w)]
    return found


_CODE = re.compile(r"\b[a-z]{1,4}\d+[a-z][a-z\d]*\b|\b[a-z]{2,4}\d+\b")
_NOT_A_CODE = re.compile(r"b-?12|b\d+|mcg\d*|mg\d*|ml\d*|iu\d*|[a-z]\d|covid\d*|"
                         r"\w*\d+(?:yo|yrs?|mins?|hrs?)")
