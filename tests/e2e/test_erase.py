"""A person's conversation can be erased: nothing of it remains in the tracker store."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from bot.settings import ROOT
from tests.support.stack import RunningStack, post_json


def rows_about(db: str, sender: str, marker: str) -> tuple[int, int]:
    """Rows of this conversation, and rows anywhere that quote what the person typed."""
    with sqlite3.connect(db) as conn:
        mine = conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,))
        quoted = conn.execute("SELECT count(*) FROM events WHERE data LIKE ?", (f"%{marker}%",))
        return int(mine.fetchone()[0]), int(quoted.fetchone()[0])


def converse(stack: RunningStack, sender: str, marker: str) -> None:
    stack.send(sender, f"my feet tingle, {marker}")
    stack.send(sender, "I'm vegan")
    assert rows_about(stack.settings.tracker_db, sender, marker)[0] > 5


def test_erase_endpoint_removes_the_whole_conversation(stack: RunningStack) -> None:
    sender, marker = "erase-" + uuid.uuid4().hex[:10], "quill" + uuid.uuid4().hex[:8]
    other = "keep-" + uuid.uuid4().hex[:10]
    stack.send(other, "what is vitamin b12")
    converse(stack, sender, marker)

    result = post_json(f"{stack.url}/webhooks/rest/erase", {"sender": sender})
    assert result["erased"] > 5
    assert rows_about(stack.settings.tracker_db, sender, marker) == (0, 0)
    # Not in free pages of the database or in its write-ahead log either.
    for path in Path(stack.settings.tracker_db).parent.glob("tracker.db*"):
        assert marker.encode() not in path.read_bytes(), path.name
    assert stack.tracker(sender)["events"] in ([], None) or all(
        e["event"] in ("action", "session_started") for e in stack.tracker(sender)["events"]
    )
    assert rows_about(stack.settings.tracker_db, other, "-")[0] > 0, "others are untouched"

    # The same id starts afresh: no slot of the erased conversation comes back.
    stack.send(sender, "hello")
    slots = stack.tracker(sender)["slots"]
    assert not slots.get("symptoms") and not slots.get("risk_factors")


@pytest.mark.parametrize("body", [{}, {"sender": ""}, {"sender": 5}, {"sender": "x" * 500}])
def test_erase_refuses_a_bad_sender(stack: RunningStack, body: dict[str, object]) -> None:
    import urllib.error

    with pytest.raises(urllib.error.HTTPError) as err:
        post_json(f"{stack.url}/webhooks/rest/erase", body)
    assert err.value.code == 400


def test_erase_command(stack: RunningStack) -> None:
    sender, marker = "erase-cli-" + uuid.uuid4().hex[:10], "quill" + uuid.uuid4().hex[:8]
    converse(stack, sender, marker)
    env = dict(os.environ, TRACKER_DB=stack.settings.tracker_db, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "bot.ops.erase", sender], cwd=Path(ROOT), env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    assert f"{sender}: erased" in done.stdout
    assert rows_about(stack.settings.tracker_db, sender, marker) == (0, 0)
    # The running server notices (its cache is checked against the database): the next
    # turn starts afresh instead of writing the erased turns back.
    stack.send(sender, "hello")
    assert rows_about(stack.settings.tracker_db, sender, marker)[1] == 0
    assert not stack.tracker(sender)["slots"].get("risk_factors")
