"""Test 1: one conversation whose turns alternate between the replicas keeps every slot.

First addressed to each replica directly, then through nginx (round robin): a symptom
form started on one replica is finished on the other.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from bot.ops.cluster import Cluster
from bot.triage import questions, rules
from tests.cluster.chat import send, stored_events, texts, tracker, triage
from tests.support.events import turns
from tests.support.stack import post_json

# Each answer fills one slot; each reply asks for the next (the form's order).
FORM = [
    ("hands keep going numb", questions.question(rules.ASK_ONSET)["text"]),
    ("gradually", questions.question(rules.ASK_WHO)["text"]),
    ("me", "Do any of these apply"),
    ("I take metformin", "contact a healthcare provider"),
]
FILLED = {"symptoms": ["tingling_numbness"], "onset": "gradual", "who": "self",
          "risk_factors": ["medications"], "triage_level": "provider", "requested_slot": None}


def play_form(urls: list[str], sender: str) -> None:
    for n, (message, expected) in enumerate(FORM):
        replies = send(urls[n % len(urls)], sender, message)
        assert any(expected in t for t in texts(replies)), (n, message, replies)
        if n < len(FORM) - 1:
            # The next replica finds the form where this one left it.
            other = tracker(urls[(n + 1) % len(urls)], sender)
            assert other["active_loop"]["name"] == "symptom_form"
    assert triage(replies) == ["provider"]


def assert_filled(cluster: Cluster, sender: str) -> None:
    for i in range(len(cluster.cfg.rasa_ports)):
        state = tracker(cluster.replica_url(i), sender)
        assert {k: state["slots"][k] for k in FILLED} == FILLED, i
        assert not state["active_loop"] or not state["active_loop"].get("name")
    stored = turns(stored_events(cluster, sender))
    assert [t.text for t in stored] == [message for message, _ in FORM]
    assert all(t.answered_once for t in stored)


def test_form_alternating_between_replicas_directly(two_replicas: Cluster) -> None:
    sender = "cont-direct-" + uuid.uuid4().hex[:8]
    urls = [two_replicas.replica_url(0), two_replicas.replica_url(1)]
    play_form(urls, sender)
    assert_filled(two_replicas, sender)


def test_form_through_nginx_uses_both_replicas(two_replicas: Cluster) -> None:
    sender = "cont-nginx-" + uuid.uuid4().hex[:8]
    log = Path(two_replicas.cfg.run_dir) / "nginx-access.log"
    seen = log.stat().st_size
    for message, expected in FORM:
        assert any(expected in t for t in texts(send(two_replicas.url, sender, message)))
    assert_filled(two_replicas, sender)
    with log.open() as lines:
        lines.seek(seen)
        upstreams = [line.split("upstream=")[1].split()[0] for line in lines
                     if '"POST /webhooks/rest/webhook' in line]
    replicas = {f"127.0.0.1:{port}" for port in two_replicas.cfg.rasa_ports}
    assert len(upstreams) == len(FORM) and set(upstreams) == replicas, upstreams


def test_erase_through_nginx_is_seen_by_every_replica(two_replicas: Cluster) -> None:
    sender = "cont-erase-" + uuid.uuid4().hex[:8]
    urls = [two_replicas.replica_url(0), two_replicas.replica_url(1)]
    for n, (message, _) in enumerate(FORM[:2]):  # both replicas now hold it in memory
        send(urls[n % 2], sender, message)
    assert post_json(f"{two_replicas.url}/webhooks/rest/erase", {"sender": sender})["erased"] > 5
    assert stored_events(two_replicas, sender) == []
    for url in urls:  # neither writes its kept copy back; the conversation starts afresh
        send(url, sender, "hello")
        assert not tracker(url, sender)["slots"]["symptoms"]
    assert [t.text for t in turns(stored_events(two_replicas, sender))] == ["hello", "hello"]
