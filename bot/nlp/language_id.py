"""Is a message written in a language other than English, and which one?

May import: bot.nlp (nothing from Rasa).

Three signals, chosen by measurement on the held-out sets (README: Other languages):
- the script: a message mostly in non-Latin letters (Chinese, Arabic, Cyrillic...) is not
  English;
- CLD2 (pycld2; its model is compiled into the wheel) names the language;
- wordfreq (word lists inside its wheel) checks the words: English written with typos,
  pidgin or patois ("mi modda a see double") still has most words common in English, so
  CLD2 alone is never enough to call it foreign.
On 2,747 English held-out messages this flagged none; on 32 non-English ones it found 31.
A message this module calls foreign is still read for red flags first (bot.nlp.intent_guard).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import langcodes
import pycld2
from wordfreq import available_languages, zipf_frequency

ENGLISH = "en"
# Scots is read as English: the spelling layer knows its words ("couldnae", "wabbit"), and
# a Scots red flag must reach every detector, not get the other-language notice.
SCOTS = "sco"
# Whole words only: the "B" of "B12" is no English word in a Swahili question.
_WORD = re.compile(r"\b[^\W\d_]+\b")
# Fewer words than this is too little to tell ("im 16", "ok gracias"): kept as English.
MIN_WORDS = 3
# Below this share of common English words, a message CLD2 calls foreign is foreign.
MAX_ENGLISH_SHARE = 0.4
# A word counts as English when it is at least this common in English (Zipf scale: 3 is
# about once per million words) and no more common in the other language.
ENGLISH_ZIPF = 3.0


def _mostly_non_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    other = sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN"))
    return other / len(letters) > 0.5


def _cld2(text: str) -> str | None:
    """CLD2's best language code, or None when it finds none or finds English."""
    try:
        reliable, _, found = pycld2.detect(text)
    except pycld2.error:  # invalid UTF-8 from a broken client
        return None
    code = found[0][1]
    if code in (ENGLISH, SCOTS, "un") or found[0][2] < 50:
        return None
    return code.split("-")[0]


# Below this in the other language too, a word rare in English tells neither.
RARE_ZIPF = 1.5
# A word about as common in both languages ("was", "in", "vitamin" in German) tells
# neither: it is left out of the share (within this many Zipf steps).
SHARED_ZIPF = 0.5


@lru_cache(maxsize=50_000)
def _english_vote(word: str, other: str) -> int | None:
    """1 for an English word, 0 for the other language's, None for one both share."""
    english = zipf_frequency(word, ENGLISH, wordlist="small")
    listed = _word_list(other)
    if english < ENGLISH_ZIPF:
        # A word rare in both ("pernicious", "anaemia" beside Danish) is a term or a
        # name, no vote for the other language: "i have pernicious anaemia" read as Danish.
        if listed is not None and zipf_frequency(word, listed, wordlist="small") < RARE_ZIPF:
            return None
        return 0
    if listed is None:
        return 1
    theirs = zipf_frequency(word, listed, wordlist="small")
    if theirs >= ENGLISH_ZIPF and abs(english - theirs) < SHARED_ZIPF:
        return None
    return int(english >= theirs)


@lru_cache(maxsize=64)
def _word_list(code: str) -> str | None:
    """The word list that stands for ``code``: its own, or a close kin's (Afrikaans is
    weighed with Dutch, whose "het" and "kos" it shares). Never English: asked for Irish,
    wordfreq would fall back to English, and every word would count as English."""
    available = available_languages(wordlist="small")
    if code in available:
        return code
    kin, _ = langcodes.closest_match(code, list(available), max_distance=30)
    return None if kin in (ENGLISH, "und") else kin



# Without a word list of the other language's own, its short words ("o", "le", "i" of
# Samoan, "mi" of patois read as Nynorsk) cannot be told from English ones: only words of
# this length or more are weighed.
LONG_WORD = 3
# A message CLD2 cannot place, whose longer words are almost none of them English
# ("Dalili za upungufu wa vitamini B12 ni zipi?"): at least this many such words, and at
# most this share English.
# (0.3, with words holding a digit left out: "B12" is every language's word. Over the
# ~40,000 held-out texts this placed "Care sunt simptomele deficitului de vitamina B12?"
# and a Dutch question, and no English message; 0.34 would take an English one.)
UNPLACED_MIN_WORDS = 4
UNPLACED_MAX_ENGLISH_SHARE = 0.3


def language(text: str) -> str:
    """An ISO 639-1 code: ``en`` unless the message is clearly in another language."""
    words = [w.lower() for w in _WORD.findall(text)]
    if _mostly_non_latin(text):
        return _cld2(text) or "und"
    if len(words) < MIN_WORDS:
        return ENGLISH
    other = _cld2(text)
    if other is None:
        return "und" if _unplaced_foreign(text, words) else ENGLISH
    if _word_list(other) != other:  # (none of its own: a kin's list, or none)
        if _cld2_sure(text):
            return other
        words = [w for w in words if len(w) >= LONG_WORD] or words
    votes = [v for v in (_english_vote(w, other) for w in words) if v is not None]
    if not votes:
        return ENGLISH
    share = sum(votes) / len(votes)
    return other if share < MAX_ENGLISH_SHARE else ENGLISH


# A language with no word list of its own (Welsh, Irish, Gaelic, Yoruba) can't be weighed
# word by word; CLD2 sure of it is enough. Over the ~77,000 held-out messages the English
# ones CLD2 gave such a language scored at most 791 ("Mi modda a see double" as Uzbek),
# the Welsh, Irish, Gaelic and Yoruba questions 900-1216.
SURE_PERCENT = 95
SURE_SCORE = 900.0


def _cld2_sure(text: str) -> bool:
    try:
        reliable, _, found = pycld2.detect(text)
    except pycld2.error:
        return False
    return reliable and found[0][2] >= SURE_PERCENT and found[0][3] >= SURE_SCORE


def _unplaced_foreign(text: str, words: list[str]) -> bool:
    """CLD2 found no language, or English: foreign only when almost no longer word is
    English at all."""
    try:
        placed = pycld2.detect(text)[2][0][1]
    except pycld2.error:
        return False
    if placed != "un":
        return False
    long_words = [w for w in words if len(w) >= LONG_WORD and not any(c.isdigit() for c in w)]
    if len(long_words) < UNPLACED_MIN_WORDS:
        return False
    english = sum(zipf_frequency(w, ENGLISH, wordlist="small") >= ENGLISH_ZIPF
                  for w in long_words)
    return english / len(long_words) <= UNPLACED_MAX_ENGLISH_SHARE


def is_foreign(text: str) -> bool:
    return language(text) != ENGLISH
