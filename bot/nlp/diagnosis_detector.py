"""Is a message asking the assistant for a diagnosis? The learned half of that boundary.

May import: bot.nlp, bot.settings (nothing from Rasa).

The patterns of ``bot.nlp.boundaries`` catch the usual forms ("do I have it?", "am I
deficient?"); people also ask "my level came back 160, kindly confirm", "is b12 why I
feel like crap?". This text model (``text_model``) learns the request from an
independent writer's diagnosis requests in data/detector/training_t4.yml against every
other writer message and NLU example.
Threshold: at 0.5, patterns or this model found 47/48 held-out diagnosis requests (s1-s4)
but gave the no-diagnosis answer to 4/160 FAQ questions of tests/heldout/nlu_holdout.yml
("can a toddler be b12 deficient") and 5/292 linked-condition ones; at 0.8, 45/48, and 2/160
and 0/292.

    python -m bot.nlp.diagnosis_detector build build/diagnosis_detector.skops   # make build
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import yaml

from bot.nlp import text_model
from bot.settings import ROOT

CORPUS_DIR = ROOT / "data" / "detector"
NLU_DIR = ROOT / "data" / "nlu"
DEFAULT_PATH = ROOT / "build" / "diagnosis_detector.skops"
DIAGNOSIS, OTHER = "diagnosis", "other"
DIAGNOSIS_CATEGORY = "diagnosis_request"  # as the writers label them
# At or above this probability a message asks for a diagnosis.
THRESHOLD = 0.8


def corpus() -> list[tuple[str, str]]:
    """(text, diagnosis | other): the writers' messages in data/detector/ (their
    diagnosis requests against everything else) and every NLU example (other)."""
    rows: list[tuple[str, str]] = []
    for path in sorted(CORPUS_DIR.glob("*.yml")):
        for m in (yaml.safe_load(path.read_text()) or {}).get("messages") or []:
            label = DIAGNOSIS if m["category"] == DIAGNOSIS_CATEGORY else OTHER
            rows.append((str(m["text"]), label))
    for path in sorted(NLU_DIR.rglob("*.yml")):
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            rows += [(line.strip()[2:], OTHER)
                     for line in str(block.get("examples") or "").splitlines()
                     if line.strip().startswith("- ")]
    return rows


class DiagnosisDetector:
    def __init__(self, model: object) -> None:
        self._model = model
        self._yes = [str(c) for c in model.classes_].index(DIAGNOSIS)  # type: ignore[attr-defined]

    def probability(self, text: str) -> float:
        return float(self._model.predict_proba([text])[0][self._yes])  # type: ignore[attr-defined]

    def asks(self, text: str) -> bool:
        return self.probability(text) >= THRESHOLD


def train(rows: list[tuple[str, str]] | None = None) -> DiagnosisDetector:
    rows = corpus() if rows is None else rows
    model = text_model.make_model(c=5.0)
    model.fit([t for t, _ in rows], [label for _, label in rows])
    return DiagnosisDetector(model)


@lru_cache(maxsize=2)
def load(path: str | Path = DEFAULT_PATH) -> DiagnosisDetector:
    return DiagnosisDetector(text_model.load(Path(path)))


def main(argv: list[str]) -> int:
    return text_model.build_main(argv, __spec__.name if __spec__ else __name__,
                                 lambda: train()._model)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
