"""The training writers no learned model is trained on (redflag_detector.RULES_ONLY_WRITERS)
measure the whole reading: lexicon, time reader, scope rules and the detector together, on
messages the detector never saw (README: Red flags).

Floors sit just under what the reading does now, so a change that loses their wordings
fails here before it reaches a held-out set.
"""

from __future__ import annotations

import yaml

from bench.detector_cv import emergency
from bot.nlp import pipeline, redflag_detector

# writer: (red flags read as emergencies, calm messages flagged at most, least red flags,
# least calm messages)
FLOORS: dict[str, tuple[float, float, int, int]] = {
    "training_t11": (0.98, 0.04, 290, 190),
    "training_t12": (0.96, 0.05, 290, 190),
    # crisis told around medicines, and talk about medicines that is no crisis ("I stopped
    # my reflux tablets myself"): 58/60 and 19/219 by the reading alone (the scope and
    # boundary gates drop some of those 19 later; README: Red flags)
    "training_t17": (0.96, 0.09, 55, 200),
    # everyday words of wanting, worry and weariness ("dying to know my results", "I want
    # to feel normal again") beside crises in the same voices: 57/58 and 5/239 by the
    # reading, after bot.nlp.idioms (16/239 before it)
    "training_t19": (0.96, 0.03, 55, 230),
    # everyday causes beside the symptom words ("pins and needles after I slept on my arm",
    # "blurry after hours at the screen") and other topics' words of fits and faints: 100/100
    # and 45/200 by the reading alone (the writer aimed at false alarms; the 45 are read as
    # a report that needs the onset question or the emergency reply, recall first)
    "training_t26": (0.98, 0.25, 95, 190),
}


def _figures(writer: str) -> tuple[int, int, int, int, list[str]]:
    nlp, detector = pipeline.load(), redflag_detector.load()
    data = yaml.safe_load((redflag_detector.CORPUS_DIR / f"{writer}.yml").read_text())
    flags = [m["text"] for m in data["messages"] if m["category"] == "red_flag"]
    calm = [m["text"] for m in data["messages"] if m["category"] == "not_flag"]
    missed = [t for t in flags if not emergency(t, nlp, detector)]
    alarms = sum(emergency(t, nlp, detector) for t in calm)
    return len(flags) - len(missed), len(flags), alarms, len(calm), missed


def test_rules_only_writers_are_not_trained_on() -> None:
    trained = {writer for writer, _, _ in redflag_detector.corpus()}
    assert not trained & set(FLOORS)


def test_rules_only_writers_red_flags_and_calm_messages() -> None:
    for writer, (recall_floor, alarm_ceiling, least_flags, least_calm) in FLOORS.items():
        hits, flags, alarms, calm, missed = _figures(writer)
        assert flags >= least_flags and calm >= least_calm, writer
        assert hits / flags >= recall_floor, (writer, hits, flags, missed[:5])
        assert alarms / calm <= alarm_ceiling, (writer, alarms, calm)
