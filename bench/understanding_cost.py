"""CPU time per message of the understanding layer, part by part, on the held-out red-flag
messages (so the cost is measured on the text the figures come from). README: Red flags.

    python -m bench.understanding_cost
"""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.nlp import pipeline, redflag_detector, scope_detector, time_reader, understanding
from tests.support.heldout_sets import load


def per_message_ms(fn: Callable[[str], object], texts: list[str], rounds: int = 3) -> float:
    fn(texts[0])
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / len(texts)


def main() -> int:
    nlp, detector, gate = pipeline.load(), redflag_detector.load(), scope_detector.load()
    texts = [i.text for i in load("heldout_redflag").items]
    parts: dict[str, Callable[[str], object]] = {
        "spaCy pipeline (lexicon)": lambda t: pipeline.extract(t, nlp),
        "time reader": lambda t: time_reader._cues.__wrapped__(t),  # uncached
        "red-flag detector": detector.predict,
        "scope detector": gate.off_topic,
        "understanding.read (all of the above but the scope gate)":
            lambda t: understanding.read(t, nlp, detector),
    }
    print(f"{len(texts)} messages, mean {sum(map(len, texts)) / len(texts):.0f} characters; "
          "best of 3 rounds")
    for name, fn in parts.items():
        print(f"  {name:58s} {per_message_ms(fn, texts):6.2f} ms/message")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
