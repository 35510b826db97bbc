"""The conversation lock across processes (bot/rasa_ext/lock_store.py), on a Redis of its own.

Rasa's stock RedisLockStore fails the first test (README "Scaling out": lost updates,
or turns that wait forever); `python -m bench.lock_race` shows it.
"""

from __future__ import annotations

import asyncio
import signal
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.lock_race import holder, make_store, race
from bot.ops.local_services import LocalRedis
from bot.ops.serve import Stack
from bot.settings import Settings
from tests.support.stack import free_port, run_async

LEASE = 1.0  # seconds; short, so that expiry is quick to test


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    with tempfile.TemporaryDirectory() as folder:
        local = LocalRedis(Path(folder), free_port())
        stack = Stack(Settings(log_dir=Path(folder)))
        try:
            local.wait_ready(30, stack.spawn("redis", local.command()))
            yield local.port
        finally:
            stack.stop()


async def acquire_within(port: int, conversation: str, seconds: float) -> float | None:
    """When this process got the lock (monotonic), or None if not within ``seconds``."""
    store = make_store("ours", port, lease=LEASE)

    async def take() -> float:
        async with store.lock(conversation):
            return time.monotonic()

    try:
        return await asyncio.wait_for(take(), seconds)
    except asyncio.TimeoutError:
        return None


def test_two_processes_never_run_turns_of_one_conversation_at_once(redis_port: int) -> None:
    result = race("ours", redis_port)
    assert result["outcomes"] == {"ok": result["expected"]}, result
    assert result["counter"] == result["expected"], result  # no update lost


def test_a_live_holder_keeps_the_lock_and_a_dead_one_loses_it_after_its_lease(
        redis_port: int) -> None:
    conversation = "lease-" + uuid.uuid4().hex[:8]
    proc = holder(redis_port, conversation, LEASE)
    try:
        # A turn longer than 3 leases keeps its lock: its process renews it.
        assert run_async(acquire_within(redis_port, conversation, 3.5 * LEASE)) is None
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    killed = time.monotonic()
    got = run_async(acquire_within(redis_port, conversation, 10 * LEASE))
    assert got is not None and got - killed <= LEASE + 0.5, (got, killed)


def test_a_waiting_turn_that_gives_up_leaves_the_queue(redis_port: int) -> None:
    conversation = "leave-" + uuid.uuid4().hex[:8]
    store = make_store("ours", redis_port, lease=LEASE)

    async def scenario() -> float | None:
        async with store.lock(conversation):
            # A second turn waits, then is cancelled (its client went away).
            assert await acquire_within(redis_port, conversation, 0.3) is None
        return await acquire_within(redis_port, conversation, 0.5)

    assert run_async(scenario()) is not None
    assert store.red.get(store.key_prefix + conversation) is None  # queue deleted when empty
