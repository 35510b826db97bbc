"""A collapse described by what was seen, not named: "nan went down, not answerin", "he
dropped in the kitchen and we can't wake him".

A fall (``lexicon.COLLAPSE_SIGNS``' first group) near a sign of not responding (its second),
in one sentence, read with the seizure reader's pairs; or someone else who cannot be woken
now (``lexicon.UNROUSABLE``). A phone or a door left unanswered
(``lexicon.COLLAPSE_SIGNS_NOT``) is no collapse. The words stay in the lexicon; this module
only reads the forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlp import seizure_signs, sentences
from bot.triage import lexicon


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    return (seizure_signs.compile_pairs(lexicon.COLLAPSE_SIGNS),
            seizure_signs.words_pattern(lexicon.COLLAPSE_SIGNS_NOT))


_UNROUSABLE = re.compile(lexicon.UNROUSABLE)


def spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences that describe a collapse, or someone who cannot
    be woken."""
    found = seizure_signs.sentences_with_pairs(text, *_patterns())
    low = text.lower().replace("\u2019", "'")
    return found + [(start, end) for start, end in sentences.spans(low)
                    if _UNROUSABLE.search(low[start:end]) and (start, end) not in found]
