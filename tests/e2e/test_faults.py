"""Faults: the action server down or slow, the tracker database locked or unwritable.

One dedicated stack (the faults would disturb the shared one), with a 2 s action
timeout so a slow action server is detected quickly.
"""

from __future__ import annotations

import contextlib
import http.server
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.replies import assert_safe_advice, texts, triage
from tests.support.stack import RunningStack, start_stack

ACTION_TIMEOUT = 2.0


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    running = start_stack(tmp_path_factory.mktemp("faults"),
                          extra_env={"ACTION_TIMEOUT": str(ACTION_TIMEOUT)})
    yield running
    running.stack.stop()


def sender(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}"


def rasa_log(stack: RunningStack) -> str:
    assert stack.settings.log_dir is not None
    return (stack.settings.log_dir / "rasa.log").read_text(errors="replace")


def test_action_server_down(faulty: RunningStack) -> None:
    mid_form = sender("down-mid")
    assert faulty.send(mid_form, "my feet have been tingling for weeks")  # form question
    assert faulty.tracker(mid_form)["active_loop"]["name"] == "symptom_form"
    faulty.stack.stop("actions")
    try:
        # A new symptom report and an answer inside a running form: plain safe advice.
        assert_safe_advice(faulty.send(sender("down-new"), "I've been exhausted and pale"))
        assert_safe_advice(faulty.send(mid_form, "it came on gradually"))
        assert not faulty.tracker(mid_form)["active_loop"], "the form should be closed"

        # No action server is needed for an answer or for the emergency rule.
        faq = faulty.send(sender("down-faq"), "what foods have b12 in them")
        assert "Source:" in texts(faq) and not triage(faq)
        urgent = faulty.send(sender("down-urgent"), "my speech went slurred all of a sudden")
        assert triage(urgent) == ["emergency"]
        urgent_mid = faulty.send(mid_form, "and now I suddenly can't keep my balance")
        assert triage(urgent_mid) == ["emergency"]
    finally:
        faulty.stack.start_actions()

    back_id = sender("down-back")
    back = faulty.send(back_id, "my feet have been tingling for weeks")
    assert back[-1].get("buttons") and not triage(back)  # the form asks its question again
    assert faulty.tracker(back_id)["active_loop"]["name"] == "symptom_form"
    log = rasa_log(faulty)
    assert "Action server failed for 'validate_symptom_form'" in log
    assert "Traceback" not in log


class _SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        time.sleep(ACTION_TIMEOUT * 3)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # Rasa gave up waiting, as it should
            self.wfile.write(b'{"events": [], "responses": []}')

    def log_message(self, *args: object) -> None:
        pass


def test_action_server_slower_than_its_timeout(faulty: RunningStack) -> None:
    faulty.stack.stop("actions")
    slow = http.server.ThreadingHTTPServer(("127.0.0.1", faulty.settings.action_port),
                                           _SlowHandler)
    threading.Thread(target=slow.serve_forever, daemon=True).start()
    try:
        started = time.monotonic()
        replies = faulty.send(sender("slow"), "my hands keep going numb")
        elapsed = time.monotonic() - started
        assert_safe_advice(replies)
        assert elapsed < ACTION_TIMEOUT * 2.5, elapsed  # one timeout, not one per action
    finally:
        slow.shutdown()
        slow.server_close()
        faulty.stack.start_actions()


def _hold_lock(db: Path, mode: str) -> sqlite3.Connection:
    """IMMEDIATE: others may read but not write (unwritable). EXCLUSIVE: neither (locked).

    The store runs SQLite in WAL mode, where only an exclusive locking mode keeps
    readers out. Close the connection to release it.
    """
    conn = sqlite3.connect(db, timeout=1, isolation_level=None)
    if mode == "EXCLUSIVE":
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute(f"BEGIN {mode}")
    return conn


def test_tracker_store_unwritable_then_locked_then_back(faulty: RunningStack) -> None:
    db = Path(faulty.settings.tracker_db)
    who = sender("store")
    faulty.send(who, "my memory has been getting worse")
    assert faulty.tracker(who)["slots"]["requested_slot"] == "onset"

    lock = _hold_lock(db, "IMMEDIATE")
    try:
        # The form goes on from memory while nothing can be written.
        assert "Do any of these apply" in texts(faulty.send(who, "gradually"))
    finally:
        lock.rollback()
        lock.close()

    lock = _hold_lock(db, "EXCLUSIVE")
    try:
        new = faulty.send(sender("store-new"), "my vision suddenly went dark")
        assert triage(new) == ["emergency"]  # a conversation it never saw gets the rule
        done = faulty.send(who, "I'm vegan")
        assert triage(done) == ["provider"] and "vegan" in texts(done), done
        assert faulty.stack.procs["rasa"].poll() is None, "Rasa must not crash"
    finally:
        lock.rollback()
        lock.close()

    # Back, without a restart: new turns work and the database has every turn.
    assert "Source:" in texts(faulty.send(who, "what is vitamin b12"))
    said = [e.get("text") for e in faulty.tracker(who)["events"] if e["event"] == "user"]
    assert said == ["my memory has been getting worse", "gradually", "I'm vegan",
                    "what is vitamin b12"]
    log = rasa_log(faulty)
    assert "Tracker store unavailable (OperationalError: database is locked)" in log
    assert "Traceback" not in log
    assert "getting worse" not in log and "INSERT INTO" not in log  # no SQL, no text
