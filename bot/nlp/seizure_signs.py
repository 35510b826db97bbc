"""A seizure described by what was seen, not named: "him whole body dey shake shake",
"her eyes rolled up and she went stiff then jerked", "froth came out of his mouth".

Two signs near each other, one from each group of a pair in ``lexicon.SEIZURE_SIGNS``,
whatever the words between them: the forms generalise where a phrase list cannot.
Shivering, nerves and laughter (``lexicon.SEIZURE_SIGNS_NOT``) in the same sentence do
not count, except against a sign nothing else explains (``lexicon.SEIZURE_SIGNS_PLAIN``:
foam at the mouth). The words stay in the lexicon; this module only reads the forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlp import sentences
from bot.triage import lexicon


def _group(stems: tuple[str, ...]) -> str:
    return r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*"


SignPairs = tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...]


def compile_pairs(pairs: SignPairs) -> tuple[re.Pattern[str], ...]:
    """One pattern per pair: a sign of each group, either order, at most ``gap`` words
    apart."""
    out = []
    for first, second, gap in pairs:
        a, b, between = _group(first), _group(second), rf"(?:\W+\w+){{0,{gap}}}?\W+"
        out.append(re.compile(f"{a}{between}{b}|{b}{between}{a}"))
    return tuple(out)


def words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")")


# A pair denied just before its first sign: "no jerking or stiffness", "without any
# shaking or staring", "denies twitching, stiffening".
_DENIED_BEFORE = re.compile(r"\b(?:no|not|nor|without|denies|denied|nil|never|n't|nt|none)"
                            r"(?:\s+(?:any|sign of|signs of|evidence of|obvious|more))?\s*$")


def _told(said: str, pattern: re.Pattern[str]) -> bool:
    return any(not _DENIED_BEFORE.search(said[max(0, m.start() - 30):m.start()])
               for m in pattern.finditer(said))


def sentences_with_pairs(text: str, pairs: tuple[re.Pattern[str], ...],
                         not_words: re.Pattern[str],
                         plain: tuple[re.Pattern[str], ...] = ()) -> list[tuple[int, int]]:
    """Character spans of the sentences holding a pair not denied, with no ``not_words``
    beside it (a ``plain`` pair counts even then)."""
    low = text.lower().replace("\u2019", "'")
    return [(start, end) for start, end in sentences.spans(low)
            if any(_told(low[start:end], p) for p in plain)
            or (not not_words.search(low[start:end])
                and any(_told(low[start:end], p) for p in pairs))]


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    return (compile_pairs(lexicon.SEIZURE_SIGNS), words_pattern(lexicon.SEIZURE_SIGNS_NOT),
            compile_pairs(lexicon.SEIZURE_SIGNS_PLAIN))


def spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences that describe a seizure."""
    return sentences_with_pairs(text, *_patterns())
