"""Typo tolerance for the lexicon's long words: one lookup per token.

The lexicon's words of seven letters or more match with a typo ("numbnes", "confussed"): one
edit, two from ten letters, the first letter as typed, and never another common English word
("slitting" must not match "sitting"). spaCy's FUZZY operators did this inside the Matcher,
where every fuzzy word is a Python predicate tried on every token of every message: nine
tenths of a message's parse time. Here each token is looked up once (cached by its text) and
its NORM set to the lexicon word it spells; the ruler patterns match that NORM, which the
Matcher compares in C.

A typo within reach of two lexicon words goes to the nearer, then the first in alphabetical
order (a Matcher predicate matched both; 10 of 17,589 distinct held-out tokens are such). A typo
of a word another word's patterns accept as typed is marked as a typo (``typo_of``), so that it
reaches only its own word: "feelin" is one edit from "feeling" but two from "feelings".
"""

# (no `from __future__ import annotations`: spaCy's factory registry reads the real types)
import importlib
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from bot.nlp import spelling

# spacy.matcher re-exports a function under the module's own name
_levenshtein = importlib.import_module("spacy.matcher.levenshtein").levenshtein

FACTORY = "lexicon_typos"
TWO_EDITS_FROM = 10  # letters: from here a word tolerates two edits
CACHE = 200_000  # distinct token texts remembered


def edits_allowed(word: str) -> int:
    return 2 if len(word) >= TWO_EDITS_FROM else 1


class LexiconTypos:
    """Sets each token's NORM to the lexicon word it is (or misspells), else its lower case."""

    def __init__(self) -> None:
        self._load({})

    def set_words(self, words: Iterable[str]) -> None:
        """The lexicon words that tolerate a typo (at build time)."""
        self._load({w: spelling.english_neighbours(w) for w in sorted(set(words))})

    def _load(self, words: dict[str, list[str]]) -> None:
        self.words = words
        by_letter: dict[str, list[tuple[str, int, frozenset[str]]]] = defaultdict(list)
        for word, neighbours in sorted(words.items()):
            by_letter[word[0]].append((word, edits_allowed(word), frozenset(neighbours)))
        self._by_letter = dict(by_letter)
        self._shortest = min((len(w) - edits_allowed(w) for w in words), default=0)
        # A lexicon word within another's tolerance ("struggles" of "struggle"): the other's
        # patterns accept it as typed, as the Matcher's FUZZY did.
        self.accepts: dict[str, set[str]] = {w: {w} for w in words}
        for other in words:
            for _, word in self._matches(other):
                self.accepts[word].add(other)
        self._aliased = {w for w, acc in self.accepts.items() if len(acc) > 1} | {
            o for acc in self.accepts.values() if len(acc) > 1 for o in acc}
        self.norm_of = lru_cache(maxsize=CACHE)(self._norm_of)

    def _matches(self, text: str) -> list[tuple[int, str]]:
        """(edits, word) for each lexicon word ``text`` may stand for."""
        out = []
        for word, allowed, neighbours in self._by_letter.get(text[0], ()):
            if abs(len(word) - len(text)) > allowed or text in neighbours:
                continue
            distance = _levenshtein(text, word, allowed)
            if distance <= allowed:
                out.append((distance, word))
        return out

    def _norm_of(self, text: str) -> str:
        if text in self.words or len(text) < self._shortest:
            return text
        _, word = min(self._matches(text), default=(0, text))
        # A typo of an aliased word is marked as one: "feelin" is one edit from "feeling"
        # but two from "feelings", so it must not pass for the word "feeling" as typed.
        return typo_of(word) if word in self._aliased else word

    def with_aliases(self, patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The patterns, an aliased word's NORM accepting the words within its tolerance as
        typed, and its own typos."""
        return [{**p, "pattern": [self._aliases(t) for t in p["pattern"]]} for p in patterns]

    def _aliases(self, token: dict[str, Any]) -> dict[str, Any]:
        word = token.get("NORM")
        if not isinstance(word, str) or word not in self._aliased:
            return token
        return {"NORM": {"IN": sorted(self.accepts[word] | {typo_of(word)})}}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.norm_ = self.norm_of(token.lower_)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "words.json", self.words)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "LexiconTypos":
        self._load(srsly.read_json(Path(path) / "words.json"))
        return self


def typo_of(word: str) -> str:
    return word + "~"


def words_in(patterns: list[dict[str, Any]]) -> set[str]:
    """The typo-tolerant words of ruler patterns."""
    return {t["NORM"] for p in patterns for t in p["pattern"] if isinstance(t.get("NORM"), str)}


@Language.factory(FACTORY)
def make_lexicon_typos(nlp: Language, name: str) -> LexiconTypos:  # noqa: ARG001
    return LexiconTypos()


def pattern(word: str) -> dict[str, Any]:
    """The ruler's token pattern for a lexicon word that tolerates typos."""
    return {"NORM": word}
