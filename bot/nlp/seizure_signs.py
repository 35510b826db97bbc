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


@lru_cache(maxsize=2)
def _pairs(plain: bool = False) -> tuple[re.Pattern[str], ...]:
    out = []
    for first, second, gap in (lexicon.SEIZURE_SIGNS_PLAIN if plain else lexicon.SEIZURE_SIGNS):
        a, b, between = _group(first), _group(second), rf"(?:\W+\w+){{0,{gap}}}?\W+"
        out.append(re.compile(f"{a}{between}{b}|{b}{between}{a}"))
    return tuple(out)


_NOT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.SEIZURE_SIGNS_NOT) + ")")


def spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences that describe a seizure."""
    low = text.lower().replace("\u2019", "'")
    return [(start, end) for start, end in sentences.spans(low)
            if any(p.search(low[start:end]) for p in _pairs(plain=True))
            or (not _NOT.search(low[start:end])
                and any(p.search(low[start:end]) for p in _pairs()))]
