"""Which FAQ answer does a follow-up get? For every follow-up conversation of the held-out
scope sets, the stack's parse of the last message alone, of the message before it, and of
the two together; then each weighting of bot.nlp.follow_up.choose_key is scored, leaving
one writer's set out to choose it (README: Scope). It chose ALONE_WEIGHT and
SAME_AGAIN_PENALTY.

    RASA_API_TOKEN=... python -m bench.follow_up_keys [URL]   # a running stack
"""

from __future__ import annotations

import os
import sys
from typing import Any

from bot.nlp import follow_up
from tests.support.heldout_sets import load
from tests.support.stack import post_json

_WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
_PENALTIES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def _ranking(url: str, text: str) -> dict[str, float]:
    token = os.environ.get("RASA_API_TOKEN", "")
    parsed = post_json(f"{url}/model/parse?token={token}", {"text": text}, 60)
    faq = (parsed.get("response_selector") or {}).get("faq") or {}
    return {str(r["intent_response_key"]).split("/")[-1]: float(r["confidence"])
            for r in faq.get("ranking") or []}


def _choose(row: dict[str, Any], weight: float, penalty: float) -> str | None:
    previous = row["previous"]
    top = max(previous, key=previous.get) if previous else None
    return follow_up.choose_key(row["alone"], row["both"], top, weight, penalty)


def main(argv: list[str]) -> int:
    url = argv[0] if argv else "http://127.0.0.1:5005"
    rows = []
    for conv in load("heldout_scope").conversations:
        if not conv.expect.startswith("follow_up:"):
            continue
        before, last = conv.turns[-2], conv.turns[-1]
        rows.append({"set": conv.set, "want": conv.expect.split(":")[1],
                     "alone": _ranking(url, last),
                     "previous": _ranking(url, before), "both": _ranking(url, f"{before} {last}")})
    grid = [(w, p) for w in _WEIGHTS for p in _PENALTIES]

    def right(rs: list[dict[str, Any]], g: tuple[float, float]) -> int:
        return sum(_choose(r, *g) == r["want"] for r in rs)

    print(f"read with the question before it only: {right(rows, (0.0, 0.0))}/{len(rows)}")
    alone = sum(max(r["alone"], key=r["alone"].get, default=None) == r["want"] for r in rows)
    print(f"read alone only: {alone}/{len(rows)}")
    total = 0
    for name in sorted({r["set"] for r in rows}):
        train = [r for r in rows if r["set"] != name]
        test = [r for r in rows if r["set"] == name]
        best = max(grid, key=lambda g: right(train, g))
        total += right(test, best)
        print(f"  {name}: chosen on the others {best}, {right(test, best)}/{len(test)}")
    print(f"leaving one writer out: {total}/{len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
