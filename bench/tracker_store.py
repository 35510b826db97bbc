"""Per-turn cost of the tracker store: retrieve + save of a growing conversation.

    .venv/bin/python -m bench.tracker_store [--turns 200] [--conversations 20]

Plays ``--conversations`` conversations turn by turn, interleaved as concurrent users
do, through ``bot.rasa_ext.tracker_store.ResilientSQLTrackerStore`` on a fresh SQLite file,
and prints the median and p99 time of one retrieve + save (what Rasa does per
message). The numbers feed the README's Performance section.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from bot.rasa_ext.tracker_store import ResilientSQLTrackerStore
from bot.settings import ROOT


async def run(turns: int, conversations: int) -> list[float]:
    domain = Domain.load(str(ROOT / "domain.yml"))
    with tempfile.TemporaryDirectory() as tmp:
        store = ResilientSQLTrackerStore(domain, dialect="sqlite", db=f"{tmp}/t.db")
        times = []
        for turn in range(turns):
            for c in range(conversations):
                t0 = time.perf_counter()
                tracker = await store.get_or_create_tracker(f"user-{c}")
                tracker.update(UserUttered(f"message {turn}", {"name": "greet"}))
                tracker.update(ActionExecuted("utter_greet"))
                tracker.update(BotUttered(f"reply {turn}"))
                tracker.update(ActionExecuted("action_listen"))
                await store.save(tracker)
                times.append(1000 * (time.perf_counter() - t0))
        return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--turns", type=int, default=200)
    ap.add_argument("--conversations", type=int, default=20)
    args = ap.parse_args()
    times = asyncio.run(run(args.turns, args.conversations))
    q = statistics.quantiles(times, n=100)
    print(f"{len(times)} turns: retrieve + save median {statistics.median(times):.2f} ms, "
          f"p99 {q[98]:.2f} ms")


if __name__ == "__main__":
    main()
