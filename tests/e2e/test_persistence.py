"""Conversations live in the SQLite tracker store: a killed Rasa server resumes them."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import uuid

import pytest

from tests.support.events import turns
from tests.support.stack import RunningStack, post_json


def test_conversation_survives_a_killed_server(stack: RunningStack) -> None:
    sender = "persist-" + uuid.uuid4().hex[:12]
    stack.send(sender, "I've been so tired for months")
    before = stack.tracker(sender)
    assert before["active_loop"]["name"] == "symptom_form"
    assert before["slots"]["requested_slot"] == "risk_checked"

    stack.stack.stop("rasa", sig=signal.SIGKILL)
    stack.stack.start_rasa(timeout=180)

    after = stack.tracker(sender)
    assert after["active_loop"]["name"] == "symptom_form"
    assert after["slots"]["symptoms"] == ["fatigue"]
    replies = stack.send(sender, "none of those")
    assert any((r.get("custom") or {}).get("triage") == "provider" for r in replies)


def test_tracker_database_is_owner_only(stack: RunningStack) -> None:
    mode = stat.S_IMODE(os.stat(stack.settings.tracker_db).st_mode)
    assert mode & 0o077 == 0, oct(mode)


@pytest.mark.parametrize("metadata", [None, {"channel": "test"}])
def test_every_event_is_stored_once(stack: RunningStack, metadata: dict[str, str] | None) -> None:
    # Metadata makes Rasa stamp a slot before the session start: the kept tracker then
    # differs most from a reloaded one (bot/rasa_ext/tracker_store.py _additional_events).
    sender = "once-" + uuid.uuid4().hex[:12]
    messages = ["hello", "what foods have b12", "thanks"]
    for message in messages:
        post_json(f"{stack.url}/webhooks/rest/webhook",
                  {"sender": sender, "message": message, "metadata": metadata})
    with sqlite3.connect(stack.settings.tracker_db) as conn:
        rows = conn.execute("SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,))
        stored = turns([json.loads(data) for (data,) in rows])
    assert [t.text for t in stored] == messages
    assert all(t.answered_once for t in stored), [t.after for t in stored]
