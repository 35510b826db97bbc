"""Test 2: 20 messages sent at once to one conversation, over both replicas.

The conversation lock (Redis, bot/rasa_ext/lock_store.py) must let the turns run one at a time
across processes: the tracker ends with all 20 user messages, each answered once.
"""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bot.ops.cluster import Cluster
from tests.cluster.chat import send, stored_events, texts, tracker
from tests.support.events import turns

MESSAGES = 20


def burst(urls: list[str], sender: str) -> list[list[dict[str, Any]]]:
    """Every message released at the same moment, alternately to each URL."""
    start = threading.Barrier(MESSAGES)

    def one(n: int) -> list[dict[str, Any]]:
        start.wait()
        return send(urls[n % len(urls)], sender, f"what is vitamin b12? (question {n})", turn=n)

    with ThreadPoolExecutor(MESSAGES) as pool:
        return list(pool.map(one, range(MESSAGES)))


def assert_serialised(cluster: Cluster, sender: str, replies: list[list[dict[str, Any]]]) -> None:
    for reply in replies:  # each got its own answer, once
        assert sum("Source:" in t for t in texts(reply)) == 1, reply
    stored = turns(stored_events(cluster, sender))
    assert sorted(t.number for t in stored) == list(range(MESSAGES))  # none lost or doubled
    assert all(t.answered_once for t in stored), [t.after for t in stored]
    for turn in stored:  # what each client was told is what was stored for its turn
        assert turn.bot_texts == texts(replies[turn.number or 0])
    for i in range(len(cluster.cfg.rasa_ports)):  # every replica sees the same tracker
        events = tracker(cluster.replica_url(i), sender)["events"]
        assert sum(e["event"] == "user" for e in events) == MESSAGES


def test_burst_over_both_replicas(two_replicas: Cluster) -> None:
    sender = "burst-" + uuid.uuid4().hex[:8]
    urls = [two_replicas.replica_url(0), two_replicas.replica_url(1)]
    assert_serialised(two_replicas, sender, burst(urls, sender))


def test_burst_through_nginx(two_replicas: Cluster) -> None:
    sender = "burst-nginx-" + uuid.uuid4().hex[:8]
    assert_serialised(two_replicas, sender, burst([two_replicas.url], sender))
