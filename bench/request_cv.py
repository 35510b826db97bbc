"""Thresholds of the request detector (bot/nlp/request_detector.py), by leaving each
writer of requests out: trained on everyone else, how many of that writer's requests it
finds, and how many of their other messages (look-alike FAQ questions, other topics) it
takes for a request.

    .venv/bin/python -m bench.request_cv
"""

from __future__ import annotations

from bot.nlp import request_detector as rd

THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def main() -> None:
    rows = rd.corpus()
    writers = sorted({w for w, _, c in rows if c != rd.OTHER})
    found = {kind: {t: 0 for t in THRESHOLDS} for kind in ("diagnosis", "medicine")}
    wrong = {kind: {t: 0 for t in THRESHOLDS} for kind in ("diagnosis", "medicine")}
    totals = {"diagnosis": 0, "medicine": 0, "other": 0}
    for writer in writers:
        model = rd.train([r for r in rows if r[0] != writer])
        for _, text, cls in (r for r in rows if r[0] == writer):
            p = model.probabilities(text)
            medicine = max(p[k] for k in rd.MEDICINE_REQUESTS)
            kind = ("diagnosis" if cls == rd.DIAGNOSIS else
                    "medicine" if cls in rd.MEDICINE_REQUESTS else "other")
            totals[kind] += 1
            for t in THRESHOLDS:
                if kind == "diagnosis":
                    found["diagnosis"][t] += p[rd.DIAGNOSIS] >= t
                elif kind == "medicine":
                    best = max(rd.MEDICINE_REQUESTS, key=p.__getitem__)
                    found["medicine"][t] += medicine >= t and best == cls
                else:
                    wrong["diagnosis"][t] += p[rd.DIAGNOSIS] >= t
                    wrong["medicine"][t] += medicine >= t
        print(f"left out {writer}", flush=True)
    print(f"requests: diagnosis {totals['diagnosis']}, medicine {totals['medicine']}; "
          f"other messages of the same writers {totals['other']}")
    print("| threshold | diagnosis found | other read as diagnosis | medicine found (right kind) "
          "| other read as medicine |")
    for t in THRESHOLDS:
        print(f"| {t} | {found['diagnosis'][t]}/{totals['diagnosis']} | "
              f"{wrong['diagnosis'][t]}/{totals['other']} | {found['medicine'][t]}/"
              f"{totals['medicine']} | {wrong['medicine'][t]}/{totals['other']} |")


if __name__ == "__main__":
    main()
