"""When is a symptom the red-flag detector alone read into a message doubted? Leaving one
writer out of data/detector at a time (both the detector and the scope gate retrained
without them), this lists the red flags and the other messages whose emergency rested on
the detector alone, with the scope gate's probability of another topic, and counts what a
threshold would lose and save. It chose intent_guard.INFERRED_OFF_TOPIC and
INFERRED_CRISIS_OFF_TOPIC (README: Red flags).

    python -m bench.inferred_doubt      # about three minutes on 2 cores
"""

from __future__ import annotations

import yaml

from bench.detector_cv import emergency
from bot.nlp import pipeline, redflag_detector, scope_detector, understanding


def main() -> int:
    nlp = pipeline.load()
    rows, scope_rows = redflag_detector.corpus(), scope_detector.corpus()
    flags: list[tuple[float, str, str]] = []  # (off topic, class, text)
    others: list[tuple[float, str, str]] = []
    for writer in sorted({w for w, _, _ in rows}):
        path = redflag_detector.CORPUS_DIR / f"{writer}.yml"
        detector = redflag_detector.train([r for r in rows if r[0] != writer])
        gate = scope_detector.train([r for r in scope_rows if r[0] != writer])
        for m in yaml.safe_load(path.read_text())["messages"]:
            text = str(m["text"])
            reading = understanding.read(text, nlp, detector)
            if not reading.inferred or not emergency(text, nlp, detector):
                continue
            if emergency_without(reading, text):
                continue  # the lexicon alone gives the emergency too
            row = (gate.off_topic(text), str(m.get("domain") or m.get("kind")), text[:90])
            (flags if m["category"] == "red_flag" else others).append(row)
    for limit in (0.5, 0.7, 0.8, 0.9, 0.95):
        lost = [f for f in flags if f[0] >= limit]
        lost_crisis = [f for f in lost if f[1] == "crisis"]
        saved = sum(o[0] >= limit for o in others)
        print(f"doubt above {limit}: red flags lost {len(lost)}/{len(flags)} "
              f"(crisis {len(lost_crisis)}), false alarms removed {saved}/{len(others)}")
    for row in sorted(flags, reverse=True)[:10]:
        print(f"  red flag at {row[0]:.2f} ({row[1]}): {row[2]}")
    return 0


def emergency_without(reading: understanding.Reading, text: str) -> bool:
    from bot.triage import rules

    f = understanding.without_inferred(reading).findings
    return rules.assess(rules.Case(tuple(f.symptoms), f.onset, f.who)).level == rules.EMERGENCY


if __name__ == "__main__":
    raise SystemExit(main())
