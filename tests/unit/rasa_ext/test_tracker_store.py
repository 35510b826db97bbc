"""bot/rasa_ext/tracker_store.py without a server: the shortcut that finds a kept tracker's
unsaved events gives what counting the database gives, through restarts of the
session and a failed write, and every event ends up stored exactly once."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from sqlalchemy.exc import OperationalError

from bot.rasa_ext.tracker_store import ResilientSQLTrackerStore, TrackerStoreUnavailable
from bot.settings import ROOT
from tests.support.stack import run_async


@pytest.fixture()
def store(tmp_path: Path) -> ResilientSQLTrackerStore:
    return ResilientSQLTrackerStore(Domain.load(str(ROOT / "domain.yml")),
                                    dialect="sqlite", db=str(tmp_path / "t.db"))


def _turn(n: int) -> list[Event]:
    return [UserUttered(f"message {n}", {"name": "greet"}), ActionExecuted("utter_greet"),
            BotUttered(f"reply {n}"), ActionExecuted("action_listen")]


def _unsaved(store: ResilientSQLTrackerStore, tracker: object, counted: bool) -> list[dict]:
    """The events a save would write: via the shortcut, or by counting rows."""
    kept = store._kept.pop(tracker.sender_id) if counted else None  # type: ignore[attr-defined]
    try:
        with store.session_scope() as session:
            return [e.as_dict() for e in store._additional_events(session, tracker)]  # type: ignore[arg-type]
    finally:
        if kept is not None:
            store._kept[tracker.sender_id] = kept  # type: ignore[attr-defined]


def _stored(store: ResilientSQLTrackerStore, sender: str) -> list[str]:
    with store.session_scope() as session:
        rows = session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender)
        return [r.data for r in rows.order_by(store.SQLEvent.id)]


def test_shortcut_equals_counting_through_sessions_and_a_failed_write(
        store: ResilientSQLTrackerStore, monkeypatch: pytest.MonkeyPatch) -> None:
    async def play() -> None:
        tracker = await store.get_or_create_tracker("u")
        for n in range(12):
            if n == 5:  # a new session starts inside the conversation
                tracker.update(ActionExecuted("action_session_start"))
                tracker.update(SessionStarted())
                tracker.update(SlotSet("session_started_metadata", {"n": n}))
                tracker.update(ActionExecuted("action_listen"))
            for event in _turn(n):
                tracker.update(event)
            fast, slow = _unsaved(store, tracker, False), _unsaved(store, tracker, True)
            assert fast == slow and fast, n
            if n == 8:  # the database refuses this write; the next one catches up
                def refuse(*_a: object, **_k: object) -> None:
                    raise OperationalError("INSERT", {}, Exception("database is locked"))
                with monkeypatch.context() as m:
                    m.setattr(store, "_write", refuse)
                    with pytest.raises(TrackerStoreUnavailable):
                        await store.save(tracker)
                continue
            await store.save(tracker)
            tracker = await store.retrieve("u")  # the kept object, as Rasa gets it
            assert tracker is not None

    run_async(play())
    tracker = run_async(store.retrieve_full_tracker("u"))
    assert tracker is not None
    user_turns = [e.text for e in tracker.events if isinstance(e, UserUttered)]
    assert user_turns == [f"message {n}" for n in range(12)]  # none lost, none twice
    assert len(_stored(store, "u")) == len(tracker.events)


def test_a_tracker_changed_elsewhere_is_counted(store: ResilientSQLTrackerStore) -> None:
    async def play() -> None:
        tracker = await store.get_or_create_tracker("v")
        for event in _turn(0):
            tracker.update(event)
        await store.save(tracker)
        other = ResilientSQLTrackerStore(store.domain, dialect="sqlite",
                                         db=store.engine.url.database)
        theirs = await other.retrieve("v")
        assert theirs is not None
        for event in _turn(1):
            theirs.update(event)
        await other.save(theirs)  # another process wrote: our version is stale
        for event in _turn(2):
            tracker.update(event)
        assert _unsaved(store, tracker, False) == _unsaved(store, tracker, True)

    run_async(play())


def test_rows_equal_those_rasas_save_writes(store: ResilientSQLTrackerStore,
                                            tmp_path: Path) -> None:
    """Our one-statement write stores the same rows, in the same order, as Rasa's (in
    one session: across a session start Rasa writes some events twice, see above)."""
    from rasa.core.tracker_store import SQLTrackerStore

    rasas = SQLTrackerStore(store.domain, dialect="sqlite", db=str(tmp_path / "rasa.db"))

    def rows(s: SQLTrackerStore) -> list[tuple[object, ...]]:
        with s.session_scope() as session:
            return [(r.sender_id, r.type_name, r.timestamp, r.intent_name, r.action_name,
                     r.data) for r in session.query(s.SQLEvent).order_by(s.SQLEvent.id)]

    async def play() -> int:
        tracker = await store.get_or_create_tracker("rows")
        for n in range(3):
            for event in [*_turn(n), SlotSet("who", "self")]:
                tracker.update(event)
            await store.save(tracker)
            await rasas.save(tracker)
        await store.save(tracker)  # nothing new: nothing written
        await rasas.save(tracker)
        return len(tracker.events)

    events = run_async(play())
    assert len(rows(store)) == events > 15  # each event once
    assert rows(store) == rows(rasas)
