"""Cross-writer check of the learned detectors on their own training corpus: train on two
of the three writers of data/detector/, test on the third, for each writer in turn. The
thresholds in bot/nlp/understanding.py and bot/nlp/intent_guard.py were chosen with this,
never with a held-out set (README: Red flags, Scope).

    python -m bench.detector_cv      # about a minute on 2 cores
"""

from __future__ import annotations

import yaml

from bot.nlp import intent_guard, pipeline, redflag_detector, scope_detector, understanding
from bot.triage import rules


def emergency(text: str, nlp: object, detector: redflag_detector.Detector) -> bool:
    reading = understanding.read(text, nlp, detector)
    f = reading.findings
    verdict = rules.assess(rules.Case(tuple(f.symptoms), f.onset, f.who))
    general = intent_guard.answered_in_general(text, f, reading.hypothetical)
    return verdict.level == rules.EMERGENCY and not general


def main() -> int:
    nlp = pipeline.load()
    rows = redflag_detector.corpus()
    writers = sorted({w for w, _, _ in rows})
    hits = flags = alarms = others = 0
    for writer in writers:
        detector = redflag_detector.train([r for r in rows if r[0] != writer])
        data = yaml.safe_load((redflag_detector.CORPUS_DIR / f"{writer}.yml").read_text())
        for m in data["messages"]:
            if m["category"] == "red_flag":
                flags += 1
                hits += emergency(m["text"], nlp, detector)
            elif m["category"] == "not_flag":
                others += 1
                alarms += emergency(m["text"], nlp, detector)
    print(f"red flags, same message: {hits}/{flags}; not-flag messages flagged: "
          f"{alarms}/{others}")
    scope_rows = scope_detector.corpus()
    caught = other = wrong = b12 = 0
    for writer in writers:
        gate = scope_detector.train([r for r in scope_rows if r[0] != writer])
        for _, text, label in (r for r in scope_rows if r[0] == writer):
            off = gate.off_topic(text) >= intent_guard.OFF_TOPIC
            if label == scope_detector.OTHER:
                other += 1
                caught += off
            else:
                b12 += 1
                wrong += off
    print(f"scope gate: other topics caught {caught}/{other}; B12 messages declined "
          f"{wrong}/{b12}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
