"""Conversations live in the SQLite tracker store: a killed Rasa server resumes them."""

from __future__ import annotations

import os
import signal
import stat
import uuid

from tests.stack import RunningStack


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
