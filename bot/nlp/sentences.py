"""Where the sentences of a message are: the one splitter every reader shares (a time, a
method or a sign counts in the sentence that tells it; a long text keeps its red-flag
sentences). A full stop, question or exclamation mark or a line break ends one (not a semicolon:
"self-harm as a teen; no current thoughts" is one sentence about one thing).
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, its closing marks included."""
    return [m.span() for m in _SENTENCE.finditer(text)]
