"""Leave one writer out for the crisis sentence model (bot/nlp/crisis_detector.py): where its
bar (THRESHOLD) comes from. For each writer of data/detector/, train on every other writer
(and the NLU examples) and read that writer's messages sentence by sentence: how many of its
crisis messages reach each bar, and how many of its other messages do.

    python -m bench.crisis_cv        # about 12 minutes on 2 cores
"""

from __future__ import annotations

import yaml

from bot.nlp import crisis_detector, idioms, text_model

BARS = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def _writers() -> dict[str, list[tuple[str, bool, str]]]:
    out: dict[str, list[tuple[str, bool, str]]] = {}
    for path in sorted(crisis_detector.CORPUS_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text()) or {}
        out[str(data.get("set") or path.stem)] = [
            (str(m["text"]), m["category"] == "red_flag" and m.get("domain") == "crisis",
             str(m["category"])) for m in data.get("messages") or []]
    return out


def _rows(messages: list[tuple[str, bool, str]]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for text, crisis, _category in messages:
        if crisis:
            rows.append((text, crisis_detector.CRISIS))
        else:
            rows += [(s, crisis_detector.OTHER) for s in crisis_detector.sentences(text)]
    return rows


def main() -> None:
    writers = _writers()
    nlu = [(t, crisis_detector.OTHER) for t in crisis_detector.nlu_examples()]
    crisis_p: list[float] = []
    calm_p: list[float] = []
    for name, messages in writers.items():
        rows = [r for other, msgs in writers.items() if other != name for r in _rows(msgs)]
        model = text_model.make_model()
        model.fit([idioms.plain(t) for t, _ in rows + nlu], [lab for _, lab in rows + nlu])
        detector = crisis_detector.CrisisDetector(model)
        for text, crisis, category in messages:
            p, _sentence = detector.strongest(text)
            if crisis:
                crisis_p.append(p)
            elif category != "red_flag":
                calm_p.append(p)
        print(f"{name}: done", flush=True)
    for bar in BARS:
        print(f"bar {bar}: crisis {sum(p >= bar for p in crisis_p)}/{len(crisis_p)}, "
              f"calm {sum(p >= bar for p in calm_p)}/{len(calm_p)}")


if __name__ == "__main__":
    main()
