"""Is a message asking the assistant for a diagnosis? The learned half of that boundary.

May import: bot.nlp, bot.settings (nothing from Rasa).

The patterns of ``bot.nlp.boundaries`` catch the usual forms ("do I have it?", "am I
deficient?"); people also ask "my level came back 160, kindly confirm", "is b12 why I
feel like crap?". This text model (``text_model``) learns the request from the
diagnosis examples in data/nlu/faq/no_diagnosis.yml (an independent writer's) against
every other FAQ, boundary and report example and the writers' corpus in data/detector/.
On the held-out scope sets s1-s2, patterns or this model (p >= 0.5) found 32/32
diagnosis requests, at the cost of 5/208 linked-condition questions answered with the
no-diagnosis boundary ("am I at risk, on metformin for 5 years?").

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
DIAGNOSIS_INTENT = "faq/no_diagnosis"
# At or above this probability a message asks for a diagnosis.
THRESHOLD = 0.5


def corpus() -> list[tuple[str, str]]:
    """(text, diagnosis | other) for every example we have."""
    rows: list[tuple[str, str]] = []
    for path in sorted(NLU_DIR.rglob("*.yml")):
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            label = DIAGNOSIS if block.get("intent") == DIAGNOSIS_INTENT else OTHER
            rows += [(line.strip()[2:], label)
                     for line in str(block.get("examples") or "").splitlines()
                     if line.strip().startswith("- ")]
    for path in sorted(CORPUS_DIR.glob("*.yml")):
        for m in (yaml.safe_load(path.read_text()) or {}).get("messages") or []:
            rows.append((str(m["text"]), OTHER))
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
