"""Tests 3 and 4: processes killed (SIGKILL) under a load of 20 conversations.

nginx sends the traffic to the survivors; no conversation loses an event (checked in
PostgreSQL); the only errors are the requests in flight on a killed Rasa replica (a
killed action server causes none: nginx repeats the call on the other one). A red
flag sent while a replica is down still gets the emergency payload.
The counts go to artifacts/cluster/failover-<process>.json.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

import pytest
from rasa.utils.endpoints import EndpointConfig

from bench import workload
from bot.ops.cluster import Cluster
from bot.rasa_ext.lock_store import ReplicaSafeRedisLockStore
from bot.settings import ROOT
from tests.cluster.chat import send, stored_events, texts, triage
from tests.support.events import turns

CONVERSATIONS = 20
TURNS = 10
KILL_AFTER = 40  # replies received before the kill: the load is well under way
VICTIM = 0  # replica / action server index that is killed
REPORT_DIR = ROOT / "artifacts" / "cluster"


@dataclass
class Request:
    conversation: int
    turn: int
    started: float
    ended: float = 0.0
    replies: list[dict[str, Any]] | None = None
    error: str | None = None


@dataclass
class LoadRun:
    senders: list[str]
    scripts: list[list[str]]
    requests: list[Request] = field(default_factory=list)
    kill_started: float = 0.0
    kill_done: float = 0.0  # the process is gone

    def in_flight_at_kill(self, r: Request) -> bool:
        return r.started < self.kill_done and r.ended > self.kill_started

    def summary(self, victim: str) -> dict[str, Any]:
        errors = [r for r in self.requests if r.error]
        return {
            "killed": victim, "conversations": len(self.senders),
            "requests": len(self.requests),
            "in_flight_at_kill": sum(self.in_flight_at_kill(r) for r in self.requests),
            "errors": len(errors),
            "errors_in_flight_at_kill": sum(self.in_flight_at_kill(r) for r in errors),
            "error_kinds": sorted({r.error or "" for r in errors}),
            "slowest_s": round(max(r.ended - r.started for r in self.requests), 2),
        }


def play(run: LoadRun, url: str, c: int, lock: threading.Lock) -> None:
    """One person: each message after the reply to the previous one. A failed request
    is not repeated (it may have been processed); the conversation goes on."""
    for n, message in enumerate(run.scripts[c]):
        req = Request(c, n, time.monotonic())
        try:
            req.replies = send(url, run.senders[c], message, turn=n, timeout=90)
        except urllib.error.HTTPError as exc:
            req.error = f"HTTP {exc.code}"
        except (urllib.error.URLError, OSError) as exc:
            req.error = type(exc).__name__
        req.ended = time.monotonic()
        with lock:
            run.requests.append(req)


def load_with_kill(cluster: Cluster, victim: str, seed: int) -> LoadRun:
    tag = uuid.uuid4().hex[:6]
    run = LoadRun([f"load-{tag}-{c}" for c in range(CONVERSATIONS)],
                  workload.conversations("ours", CONVERSATIONS, TURNS, seed))
    lock = threading.Lock()
    people = [threading.Thread(target=play, args=(run, cluster.url, c, lock))
              for c in range(CONVERSATIONS)]
    for person in people:
        person.start()
    while len(run.requests) < KILL_AFTER and any(p.is_alive() for p in people):
        time.sleep(0.01)
    run.kill_started = time.monotonic()
    cluster.kill(victim)
    run.kill_done = time.monotonic()
    for person in people:
        person.join(timeout=600)
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    (REPORT_DIR / f"failover-{victim}.json").write_text(
        json.dumps(run.summary(victim), indent=2))
    print(json.dumps(run.summary(victim)))
    return run


def assert_nothing_lost(cluster: Cluster, run: LoadRun) -> None:
    """Per conversation, in PostgreSQL: every answered turn stored once, in order, with
    what its client was told; a failed turn stored completely or not at all."""
    by_turn = {(r.conversation, r.turn): r for r in run.requests}
    assert len(by_turn) == len(run.requests) == CONVERSATIONS * TURNS
    for c, sender in enumerate(run.senders):
        stored = turns(stored_events(cluster, sender))
        numbers = [t.number for t in stored]
        assert numbers == sorted(set(numbers)), (sender, numbers)  # no doubles, in order
        answered = [n for n in range(TURNS) if not by_turn[(c, n)].error]
        assert set(answered) <= set(numbers), (sender, answered, numbers)
        assert set(numbers) <= set(range(TURNS))
        for turn in stored:
            assert turn.answered_once, (sender, turn.number, turn.after)
            request = by_turn[(c, turn.number or 0)]
            if request.replies is not None:
                assert turn.bot_texts == texts(request.replies), (sender, turn.number)


def restart(cluster: Cluster, name: str) -> None:
    kind, _, index = name.partition("-")
    cluster.stack.procs.pop(name, None)
    if kind == "rasa":
        cluster.spawn_replica(int(index))
        cluster.wait_replica(int(index))
    else:
        cluster.spawn_action_server(int(index))
        cluster.wait_action_server(int(index))


def test_action_server_killed_under_load(cluster: Cluster) -> None:
    victim = f"actions-{VICTIM}"
    run = load_with_kill(cluster, victim, seed=31)
    try:
        assert [r for r in run.requests if r.error] == []
        # No turn fell back to the "check unavailable" advice: the other server answered.
        assert not [r for r in run.requests if "unavailable" in triage(r.replies or [])]
        assert_nothing_lost(cluster, run)
    finally:
        restart(cluster, victim)


def test_replica_killed_under_load(two_replicas: Cluster) -> None:
    run = load_with_kill(two_replicas, f"rasa-{VICTIM}", seed=47)
    summary = run.summary(f"rasa-{VICTIM}")
    errors = [r for r in run.requests if r.error]
    assert all(run.in_flight_at_kill(r) for r in errors), (
        run.kill_started, run.kill_done, [asdict(r) for r in errors])
    # A conversation stays usable: whatever failed at the kill, its next turns worked.
    assert all(not r.error for r in run.requests if r.started > run.kill_done), summary
    assert_nothing_lost(two_replicas, run)


@pytest.fixture()
def replica_down(cluster: Cluster) -> Cluster:
    """Replica VICTIM killed (the test before may already have done it)."""
    name = f"rasa-{VICTIM}"
    if name in cluster.stack.procs:
        cluster.kill(name)
    return cluster


RED_FLAGS = ["my speech went slurred all of a sudden", "I suddenly can't see out of my left eye",
             "my face is suddenly drooping on one side", "I just fainted"]


def test_emergency_while_a_replica_is_down(replica_down: Cluster) -> None:
    # Through nginx: round robin meets the dead replica; nginx moves those requests on.
    for message in RED_FLAGS:
        replies = send(replica_down.url, "down-" + uuid.uuid4().hex[:8], message)
        assert triage(replies) == ["emergency"], (message, replies)
    # In the middle of a symptom form.
    sender = "down-form-" + uuid.uuid4().hex[:8]
    send(replica_down.url, sender, "my feet have been tingling for weeks")
    assert triage(send(replica_down.url, sender, "and now suddenly my speech is slurred")) == [
        "emergency"]


def test_emergency_in_a_conversation_the_dead_replica_had_locked(replica_down: Cluster) -> None:
    """The dead replica took the conversation's lock and never gave it back: the red flag
    waits for the lease to run out (never runs beside a turn that may still be going),
    then gets the emergency payload."""
    sender = "down-locked-" + uuid.uuid4().hex[:8]
    profile = replica_down.settings
    store = ReplicaSafeRedisLockStore(EndpointConfig(
        url=profile.redis_host, port=profile.redis_port, key_prefix=profile.lock_key_prefix))
    store.issue_ticket(sender)  # what a replica does when a turn starts; nobody renews it
    started = time.monotonic()
    replies = send(replica_down.url, sender, "I suddenly can't see out of my left eye")
    waited = time.monotonic() - started
    assert triage(replies) == ["emergency"], replies
    assert 0.5 * store.lease <= waited <= store.lease + 10, waited
