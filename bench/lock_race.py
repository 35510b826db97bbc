"""Two processes take one conversation's Redis lock at the same moment: does it hold?

    python -m bench.lock_race        # Rasa's stock RedisLockStore vs ours, on a private Redis

Each process runs TURNS tasks that, under the lock, read a counter, wait 5 ms (a turn)
and write it back plus one. A lock that holds across processes ends at
PROCESSES * TURNS; every lost update is two "turns" that ran at once (in Rasa: two
turns of one conversation, and one's events lost). tests/cluster/test_lock_store.py
runs ours; the stock store's figure is in README "Scaling out".
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

PROCESSES = 2
TURNS = 10
HANG_S = 90.0  # Rasa's ticket lifetime is 60 s: a lock still not granted after this never is


def make_store(kind: str, port: int, lease: float | None = None) -> Any:
    from rasa.utils.endpoints import EndpointConfig

    if kind == "stock":
        from rasa.core.lock_store import RedisLockStore

        return RedisLockStore(host="127.0.0.1", port=port, key_prefix="race")
    from bot.rasa_ext.lock_store import ReplicaSafeRedisLockStore

    config = EndpointConfig(url="127.0.0.1", port=str(port), key_prefix="race")
    return ReplicaSafeRedisLockStore(config, lease=lease)


async def _turns(kind: str, port: int, conversation: str, turns: int, start_at: float) -> list[str]:
    store = make_store(kind, port)
    counter = f"race:counter:{conversation}"
    await asyncio.sleep(max(0.0, start_at - time.time()))  # all processes at once

    async def turn() -> str:
        try:
            async with store.lock(conversation):
                value = int(store.red.get(counter) or 0)
                await asyncio.sleep(0.005)
                store.red.set(counter, value + 1)
            return "ok"
        except Exception as exc:  # the outcome is the result, whatever it is
            return type(exc).__name__

    return list(await asyncio.gather(*(turn() for _ in range(turns))))


async def _hold(kind: str, port: int, conversation: str) -> None:
    """Take the lock and keep it (a turn that never ends) until killed."""
    store = make_store(kind, port)
    async with store.lock(conversation):
        print("held", flush=True)
        await asyncio.sleep(3600)


def holder(port: int, conversation: str, lease: float) -> subprocess.Popen[bytes]:
    """A process holding the conversation's lock (ours, with ``lease``) once it returns."""
    proc = subprocess.Popen([sys.executable, "-m", "bench.lock_race", "hold", "ours", str(port),
                             conversation], stdout=subprocess.PIPE,
                            env={**_env(), "LOCK_LEASE": str(lease)})
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != b"held":
        proc.kill()
        raise RuntimeError("the lock holder did not start")
    return proc


def race(kind: str, port: int, processes: int = PROCESSES, turns: int = TURNS) -> dict[str, Any]:
    """Run the race; returns the counter, the expected value and each turn's outcome."""
    conversation = "race-" + uuid.uuid4().hex[:8]
    start_at = time.time() + 8  # after every process has imported Rasa
    workers = [subprocess.Popen(
        [sys.executable, "-m", "bench.lock_race", "worker", kind, str(port), conversation,
         str(turns), str(start_at)], stdout=subprocess.PIPE, env=_env())
        for _ in range(processes)]
    outcomes: list[str] = []
    for worker in workers:
        try:
            out, _ = worker.communicate(timeout=max(5.0, start_at - time.time()) + HANG_S)
            outcomes += json.loads(out.decode().strip().splitlines()[-1])
        except subprocess.TimeoutExpired:  # a turn waits for a lock that never comes
            worker.kill()
            worker.communicate()
            outcomes += [f"still waiting after {HANG_S:.0f} s"] * turns
    value = make_store(kind, port).red.get(f"race:counter:{conversation}")
    return {"store": kind, "counter": int(value or 0), "expected": processes * turns,
            "outcomes": {o: outcomes.count(o) for o in sorted(set(outcomes))}}


def _env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": root, "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
            "PYTHONWARNINGS": "ignore"}


def main(argv: list[str]) -> int:
    if argv and argv[0] == "worker":
        kind, port, conversation, turns, start_at = argv[1:6]
        print(json.dumps(asyncio.run(_turns(kind, int(port), conversation, int(turns),
                                            float(start_at)))))
        return 0
    if argv and argv[0] == "hold":
        asyncio.run(_hold(argv[1], int(argv[2]), argv[3]))
        return 0
    from bench.stacks import free_port
    from bot.ops.local_services import LocalRedis
    from bot.ops.serve import Stack
    from bot.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(log_dir=Path(folder))
        local = LocalRedis(Path(folder), free_port())
        stack = Stack(settings)
        try:
            local.wait_ready(30, stack.spawn("redis", local.command()))
            for kind in ("stock", "ours", "stock", "ours"):
                print(json.dumps(race(kind, local.port)), flush=True)
        finally:
            stack.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
