"""The second red-flag detector: a learned classifier that generalises past the lexicon.

The lexicon (``bot.triage.lexicon``) names symptoms phrase by phrase; people describe a
seizure as "shaking all over and eyes rolled back" and suicidal thinking as "everyone
would be better off". This model reads the whole message: word and character n-gram
TF-IDF features and a logistic regression over 13 classes (the nine emergency domains,
seizure, fainting, crisis, and ``none``), trained on ``data/detector/``: messages written
by independent writers who never saw the lexicon (README: Red flags).

It never decides an emergency alone: ``bot.nlp.understanding`` combines it with the
lexicon, the time reader and the scope cues, recall first.

    python -m bot.nlp.redflag_detector build build/redflag_detector.skops   # make build
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.nlp import idioms, text_model
from bot.settings import ROOT

CORPUS_DIR = ROOT / "data" / "detector"
DEFAULT_PATH = ROOT / "build" / "redflag_detector.skops"
NONE = "none"
# Writers whose messages train no learned model: they measure the rules that read their
# class. training_t8 (crisis told by its means, care notes) made the detector call everyday
# text a crisis: of 489 everyday messages no detector was trained on, 82 read as a crisis
# with it and 30 without, for 2 more of 511 urgent red flags of the other writers (leaving
# one writer out). bot.nlp.crisis_means and seizure_signs read that class by rule instead.
# training_t11 and t12 (Shetland, Doric, northern English care notes; Pidgin, Krio, patois)
# changed nothing when left in or out: leaving each of the ten earlier writers out in turn,
# 2182/2223 red flags with them against 2181/2223 without, 27/1230 calm messages flagged
# against 25/1230, and on the held-out sets they added one calm message read as a crisis.
# They measure the whole reading instead (tests/unit/nlp/test_rules_only_writers.py).
# training_t17 (talk about medicines, "I stopped my reflux tablets myself", with crisis
# messages told around medicines): trained on, it took four held-out dosing questions off
# the crisis reply but read new crises into short B12 follow-ups and a carer's "I am
# writing about my husband, who is 79"; trained on without its crisis messages, 11
# held-out crisis messages lost the detector's guess. It measures the reading instead.
# training_t19 (everyday words of wanting, worry and weariness beside crises told in the same
# voices): trained on, the detector alone flagged 136 fewer of 29,097 calm held-out messages
# and gave 32 held-out crises their class, but the whole reading then took plain B12
# questions for a crisis ("are the jabs better than the tablets", "who do I talk to if I
# think my b12 might be low") and a carer's "I am writing about my husband, who is 79"
# again. It measures the reading instead.
# training_t26 (a symptom with an everyday cause, "tingling from the scanner gun", a question
# whether it is another named condition, symptom words in other senses, beside red flags told
# with a guess at another condition): trained on, the detector took 2 fewer of 12,015 calm
# held-out messages for red flags but lost 4 of 29,637 red flags it read before (gaining
# 2), one a crisis ("I'd no mind if the sea took me"), and a memory change told by clock
# times. It measures the reading instead.
RULES_ONLY_WRITERS = frozenset({"training_t8", "training_t11", "training_t12", "training_t17",
                                "training_t19", "training_t26"})
# Writers that train the scope gate only: training_t18 (other topics and B12 questions) as
# more "none" text here took the detector's guess away from held-out red flags it read
# before ("got fits one hour back", "lost alertness very fast": 3 more of every held-out
# red flag's reading lost than with training_t17 alone).
# training_t20-t22 (diagnosis requests, other topics and their B12 lookalikes, written for the
# scope gate and the diagnosis detector) likewise: with them, the snapshot of every held-out
# reading lost crises the detector alone had read ("only problem for my family, better if I
# am not here" became vision).
# training_t23-t24 (requests for a diagnosis, a dose, stopping a medicine, an interaction,
# with their look-alikes) are written for the request detector and the scope gate alike.
SCOPE_ONLY_WRITERS = frozenset({"training_t18", "training_t20", "training_t21", "training_t22",
                                "training_t23", "training_t24"})
# Writers for the red-flag and crisis readers only: training_t25 (short calm messages that
# carry a time, "took my tablets this morning", beside short red flags with the same
# times). Its everyday messages are no B12 question, so the scope gate does not learn them
# as one (with them it read "does Sudafed keep you awake?" 0.63 off topic, not 0.83).
DETECTOR_ONLY_WRITERS = frozenset({"training_t25"})

ALWAYS_URGENT_CLASSES = ("seizure", "fainting", "crisis")
# The class of a message the writers labelled red_flag is its domain; everything else
# (gradual, negated, past, hypothetical, questions, other topics) is "none".


def corpus(directory: Path = CORPUS_DIR) -> list[tuple[str, str, str]]:
    """(writer set, text, class) for every message of the writers' training corpus."""
    out: list[tuple[str, str, str]] = []
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text())
        name = str(data.get("set") or path.stem)
        if name in RULES_ONLY_WRITERS or name in SCOPE_ONLY_WRITERS:
            continue
        for m in data.get("messages") or []:
            if m.get("kind") == "everyday":
                # Everyday text without symptoms (training_t7) trains the scope gate only:
                # here it cost crisis recall (bench/detector_cv.py; README: Red flags).
                continue
            label = str(m["domain"]) if m["category"] == "red_flag" else NONE
            out.append((name, str(m["text"]), label))
    return out


@dataclass(frozen=True)
class Prediction:
    label: str  # the most likely class
    flag: float  # probability of any red-flag class (1 - P(none))
    # every red-flag class with its probability, most likely first
    classes: tuple[tuple[str, float], ...] = ()

    @property
    def domain(self) -> str | None:
        """The most likely red-flag class, whatever ``label`` is."""
        return self.classes[0][0] if self.classes else None

    @property
    def domain_p(self) -> float:
        return self.classes[0][1] if self.classes else 0.0


class Detector:
    def __init__(self, model: Any) -> None:
        self._model = model
        self._classes = [str(c) for c in model.classes_]
        self._none = self._classes.index(NONE)

    def predict(self, text: str) -> Prediction:
        # (everyday idioms said plainly: "dying to know my results" is no crisis)
        probs = self._model.predict_proba([idioms.plain(text)])[0]
        order = sorted(range(len(probs)), key=lambda i: -probs[i])
        return Prediction(self._classes[order[0]], float(1.0 - probs[self._none]),
                          tuple((self._classes[i], float(probs[i])) for i in order
                                if i != self._none))


def train(rows: list[tuple[str, str, str]] | None = None) -> Detector:
    rows = corpus() if rows is None else rows
    model = text_model.make_model()
    model.fit([text for _, text, _ in rows], [label for _, _, label in rows])
    return Detector(model)


@lru_cache(maxsize=2)
def load(path: str | Path = DEFAULT_PATH) -> Detector:
    return Detector(text_model.load(Path(path)))


def main(argv: list[str]) -> int:
    return text_model.build_main(argv, __spec__.name if __spec__ else __name__,
                                 lambda: train()._model)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
