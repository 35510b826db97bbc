"""Is one sentence a statement of suicidal thinking or self-harm? A learned reader of crises
told in a sentence of their own, beside others that dilute them.

May import: bot.nlp, bot.settings (nothing from Rasa).

The red-flag detector (``redflag_detector``) reads a whole message, so a short crisis
sentence beside a sentence about B12 reads as a B12 message ("Everybody better if I am not
here. ... My B12 is low."), and read sentence by sentence it is too eager: it learnt whole
messages, and took "I want to make poster for my factory" for a crisis. This model learns the
crisis at the sentence's grain: every crisis message of the independent writers in
data/detector/ against every *sentence* of all their other messages (calm, other red flags,
questions, other topics, everyday wanting and weariness) and every NLU example.

    python -m bot.nlp.crisis_detector build build/crisis_detector.skops   # make build
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import yaml

from bot.nlp import idioms, long_text, text_model
from bot.settings import ROOT

CORPUS_DIR = ROOT / "data" / "detector"
NLU_DIR = ROOT / "data" / "nlu"
DEFAULT_PATH = ROOT / "build" / "crisis_detector.skops"
CRISIS, OTHER = "crisis", "other"
# At or above this a sentence is a crisis (README: Red flags, for the curve it was read from).
THRESHOLD = 0.8
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")
_HAS_WORD = re.compile(r"\w")


def sentences(text: str) -> list[str]:
    """The sentences the model reads (long ones cut at a comma or an "and")."""
    return [s for s in long_text.sentences(text) if _HAS_WORD.search(s)] or [text]


def corpus() -> list[tuple[str, str]]:
    """(text, crisis | other): each writer's crisis message whole, each sentence of every
    other message of theirs, and every NLU example."""
    rows: list[tuple[str, str]] = []
    for path in sorted(CORPUS_DIR.glob("*.yml")):
        for m in (yaml.safe_load(path.read_text()) or {}).get("messages") or []:
            text = str(m["text"])
            if m["category"] == "red_flag" and m.get("domain") == CRISIS:
                rows.append((text, CRISIS))
            else:
                rows += [(s, OTHER) for s in sentences(text)]
    return rows + [(example, OTHER) for example in nlu_examples()]


def nlu_examples() -> list[str]:
    """Every NLU training example, its entity annotations taken out."""
    return [_ANNOTATION.sub(r"\1", line.strip()[2:])
            for path in sorted(NLU_DIR.rglob("*.yml"))
            for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []
            for line in str(block.get("examples") or "").splitlines()
            if line.strip().startswith("- ")]


class CrisisDetector:
    def __init__(self, model: object) -> None:
        self._model = model
        self._yes = [str(c) for c in model.classes_].index(CRISIS)  # type: ignore[attr-defined]
        # (understanding and the intent guard may both ask of one message)
        self._strongest = lru_cache(maxsize=256)(self._read_sentences)

    def strongest(self, text: str) -> tuple[float, str]:
        """The sentence of ``text`` likeliest to be a crisis, with its probability."""
        return self._strongest(text)

    def _read_sentences(self, text: str) -> tuple[float, str]:
        said = sentences(text)
        probs = self._model.predict_proba(  # type: ignore[attr-defined]
            [idioms.plain(s) for s in said])[:, self._yes]
        best = int(probs.argmax())
        return float(probs[best]), said[best]


def train(rows: list[tuple[str, str]] | None = None) -> CrisisDetector:
    rows = corpus() if rows is None else rows
    model = text_model.make_model()
    model.fit([idioms.plain(t) for t, _ in rows], [label for _, label in rows])
    return CrisisDetector(model)


@lru_cache(maxsize=2)
def load(path: str | Path = DEFAULT_PATH) -> CrisisDetector:
    return CrisisDetector(text_model.load(Path(path)))


def main(argv: list[str]) -> int:
    return text_model.build_main(argv, __spec__.name if __spec__ else __name__,
                                 lambda: train()._model)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
