"""Does a message ask the assistant for what it must not give: a diagnosis, a dose, leave to
stop a medicine, an interaction check? The learned half of those boundaries.

May import: bot.nlp, bot.settings (nothing from Rasa).

The patterns of ``bot.nlp.boundaries`` catch the usual forms ("do I have it?", "how much
should I take?"); people also ask "my level came back 160, kindly confirm", "is it ok to
take like 5 b12 gummies a day", "would it be sensible to increase the injections". This
text model (``text_model``) learns the four requests from independent writers' messages in
data/detector/ (training_t4, t20, t21, t23, t24) against every other writer message (their
look-alike FAQ questions among them) and every NLU example.

Thresholds, by leaving each writer out (bench/request_cv.py): see DIAGNOSIS_THRESHOLD and
MEDICINE_THRESHOLD.

    python -m bot.nlp.request_detector build build/request_detector.skops   # make build
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import yaml

from bot.nlp import boundaries, text_model
from bot.settings import ROOT

CORPUS_DIR = ROOT / "data" / "detector"
NLU_DIR = ROOT / "data" / "nlu"
DEFAULT_PATH = ROOT / "build" / "request_detector.skops"
# The classes: a diagnosis, the medicine requests under their boundary keys (what
# ``medicine_request`` returns is the answer's key), anything else
DIAGNOSIS = "diagnosis"
DOSING, STOP_MEDICINE, INTERACTIONS = (boundaries.DOSING, boundaries.STOP_MEDICINE,
                                       boundaries.INTERACTIONS)
MEDICINE_REQUESTS = tuple(sorted(boundaries.MEDICINE_KEYS))
OTHER = "other"
# The writers' labels: a category, and for a medicine request its kind
_CATEGORY = {"diagnosis_request": DIAGNOSIS}
_DOSING_KIND = {"dose_self": DOSING, "dose_child": DOSING, "stop_medicine": STOP_MEDICINE,
                "interactions": INTERACTIONS, "interaction": INTERACTIONS}
# At or above this probability a message asks for a diagnosis: at 0.5 the diagnosis-only
# model gave 4/160 held-out FAQ questions the no-diagnosis answer ("can a toddler be b12
# deficient"); at 0.8, 2/160 (README: Boundaries).
DIAGNOSIS_THRESHOLD = 0.8
# ...and, for B12 named, one of the medicine requests (the likeliest of the three)
MEDICINE_THRESHOLD = 0.6


def label(message: dict[str, object]) -> str:
    """The class of one writer message."""
    if message.get("category") == "dosing_request":
        return _DOSING_KIND.get(str(message.get("kind")), DOSING)
    return _CATEGORY.get(str(message.get("category")), OTHER)


def corpus() -> list[tuple[str, str, str]]:
    """(writer, text, class): the writers' messages in data/detector/ and every NLU example
    (other)."""
    rows: list[tuple[str, str, str]] = []
    for path in sorted(CORPUS_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text()) or {}
        writer = str(data.get("set") or path.stem)
        rows += [(writer, str(m["text"]), label(m)) for m in data.get("messages") or []]
    for path in sorted(NLU_DIR.rglob("*.yml")):
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            rows += [("nlu", line.strip()[2:], OTHER)
                     for line in str(block.get("examples") or "").splitlines()
                     if line.strip().startswith("- ")]
    return rows


class RequestDetector:
    def __init__(self, model: object) -> None:
        self._model = model
        self._classes = [str(c) for c in model.classes_]  # type: ignore[attr-defined]

    def probabilities(self, text: str) -> dict[str, float]:
        row = self._model.predict_proba([text])[0]  # type: ignore[attr-defined]
        return dict(zip(self._classes, (float(p) for p in row), strict=True))

    def asks(self, text: str) -> bool:
        """A diagnosis asked for."""
        return self.probabilities(text)[DIAGNOSIS] >= DIAGNOSIS_THRESHOLD

    def medicine_request(self, text: str) -> str | None:
        """The medicine request asked, if the model is sure enough of one."""
        p = self.probabilities(text)
        best = max(MEDICINE_REQUESTS, key=p.__getitem__)
        return best if p[best] >= MEDICINE_THRESHOLD else None


def train(rows: list[tuple[str, str, str]] | None = None) -> RequestDetector:
    rows = corpus() if rows is None else rows
    model = text_model.make_model(c=5.0)
    model.fit([t for _, t, _ in rows], [c for _, _, c in rows])
    return RequestDetector(model)


@lru_cache(maxsize=2)
def load(path: str | Path = DEFAULT_PATH) -> RequestDetector:
    return RequestDetector(text_model.load(Path(path)))


def main(argv: list[str]) -> int:
    return text_model.build_main(argv, __spec__.name if __spec__ else __name__,
                                 lambda: train()._model)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
