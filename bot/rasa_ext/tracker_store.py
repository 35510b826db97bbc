"""Rasa's SQL tracker store, made to ride out a database that is locked or unwritable.

Configured in endpoints.yml. Rasa wraps every tracker store in FailSafeTrackerStore,
which logs a failure and starts the conversation afresh. On its own that would lose
the conversation during an outage, and log the failed SQL with its parameters (the
user's words). So this store:
- raises ``TrackerStoreUnavailable`` carrying only the database's reason
  ("database is locked"), never the statement or its parameters;
- keeps recent conversations in memory (bounded), and while the database fails it
  carries on with them, so a symptom check continues during the outage;
- writes the events it kept to the database at the next save that works: once the
  database is back, nothing is lost and no restart is needed.
- erases a conversation (the widget's "Start over" and ``python -m bot.ops.erase``);
- writes each event once, also from a tracker kept in memory (``_additional_events``).
A conversation the outage catches outside the memory starts afresh (Rasa's own
behaviour); when the database is back its stored version wins.
"""
from __future__ import annotations

import itertools
import json
import logging
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

logger = logging.getLogger(__name__)

MAX_KEPT = 1000  # conversations held in memory (most recently used)

Version = tuple[int, int]  # (row count, highest row id) of one conversation's events


class TrackerStoreUnavailable(Exception):
    """The database refused a read or write; the message holds no conversation data."""


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)  # the driver's own error, without the SQL
    return f"{type(orig or exc).__name__}: {orig or 'database error'}"


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    # WAL: a turn's commit costs one append instead of rewriting journal pages (the
    # commit was a quarter of the server's time per message). synchronous=NORMAL keeps
    # every commit through a crash of the server; only a power loss can lose the last.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Erased or rewritten rows are overwritten, not left in free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _row(sender_id: str, event: Event) -> dict[str, Any]:
    """The events table's row for ``event``, as Rasa's SQLTrackerStore.save writes it."""
    data = event.as_dict()
    return {"sender_id": sender_id, "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"), "data": json.dumps(data)}


@dataclass
class _Kept:
    tracker: DialogueStateTracker
    version: Version | None  # what the database held when this tracker matched it
    stored: int | None  # how many of the tracker's events the database held then


class ResilientSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # endpoints.yml gives "" for a ${VAR} this profile does not use (SQLite: no host).
        for key in ("host", "port", "username", "password"):
            if kwargs.get(key) == "":
                kwargs[key] = None
        super().__init__(*args, **kwargs)
        self._kept: OrderedDict[str, _Kept] = OrderedDict()
        # Built once: three of these run per message, and building the ORM query each
        # time cost 256 us against 85 us (400 stored events, SQLite).
        event = self.SQLEvent
        self._version_query = (sa.select(sa.func.count(event.id), sa.func.max(event.id))
                               .where(event.sender_id == sa.bindparam("sender_id")))
        if self.engine.dialect.name == "sqlite":
            # SQLAlchemy 1.4 gives a SQLite file no connection pool, so Rasa opened a
            # connection (and we ran the pragmas) for each of the 3 queries of a turn:
            # 5.4 ms of a turn. Pooled connections keep them open (bench/tracker_store.py).
            url = self.engine.url
            self.engine.dispose()
            self.engine = sa.create_engine(
                url, poolclass=sa.pool.QueuePool, pool_size=2, max_overflow=4,
                connect_args={"check_same_thread": False})  # asyncio: one at a time
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def _version(self, sender_id: str) -> Version:
        """Changes whenever any process adds or deletes this conversation's events."""
        with self.session_scope() as session:
            return self._version_in(session, sender_id)

    def _version_in(self, session: Session, sender_id: str) -> Version:
        count, top = session.execute(self._version_query, {"sender_id": sender_id}).one()
        return int(count), int(top or 0)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        kept = self._kept.get(sender_id)
        try:
            if kept is not None and self._version(sender_id) == kept.version:
                self._kept.move_to_end(sender_id)
                return kept.tracker  # unchanged in the database: skip the replay
            stored = await super().retrieve(sender_id)
            version = self._version(sender_id)
        except SQLAlchemyError as exc:
            failure = self._failed(exc)
            if kept is None:
                raise failure from None
            logger.error("Tracker store unavailable (%s); conversation %s continues from "
                         "memory until it is back.", failure, sender_id)
            return kept.tracker
        if stored is None:
            self._kept.pop(sender_id, None)
        else:
            self._keep(stored, version, len(stored.events))
        return stored

    async def retrieve_full_tracker(self, sender_id: str) -> DialogueStateTracker | None:
        try:
            return await super().retrieve_full_tracker(sender_id)
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    async def save(self, tracker: DialogueStateTracker) -> None:
        kept = self._kept.get(tracker.sender_id)
        try:
            await self.stream_events(tracker)
            version = self._write(tracker)
        except SQLAlchemyError as exc:
            failure = self._failed(exc)
            # Keep it with the version it was read at, so the unsaved events are
            # written by the first save that works.
            if kept is not None and kept.tracker is tracker:
                self._keep(tracker, kept.version, kept.stored)
            else:
                self._keep(tracker, None, None)
            raise failure from None
        self._keep(tracker, version, len(tracker.events))

    def _write(self, tracker: DialogueStateTracker) -> Version:
        """Rasa's SQLTrackerStore.save (3.6.21) without the event broker, which ``save``
        calls: the same rows, but in one INSERT instead of one ORM object each, and the
        version read in the same session (retrieve + save 1.09 -> 0.70 ms a turn,
        bench.tracker_store)."""
        with self.session_scope() as session:
            rows = [_row(tracker.sender_id, event)
                    for event in self._additional_events(session, tracker)]
            if rows:
                session.execute(sa.insert(self.SQLEvent.__table__), rows)
            session.commit()
            return self._version_in(session, tracker.sender_id)

    def _additional_events(self, session: Session, tracker: DialogueStateTracker
                           ) -> Iterator[Event]:
        """The tracker's events the database does not hold yet.

        Rasa counts the stored events stamped at or after the conversation's latest stored
        session start and skips that many of the tracker's events. A tracker reloaded from
        the database holds exactly those; one kept in memory also holds the events stamped
        before that session start (action_session_start, a metadata slot), and Rasa would
        write its last events a second time. Count the tracker's events the same way.

        A tracker this store kept, whose conversation the database still holds as it
        was then (same version), needs no counting: its events past the ones stored
        then are the new ones. That saves two queries and a pass over every event, a
        cost that grew with the conversation (4 ms a turn by turn 175).
        """
        kept = self._kept.get(tracker.sender_id)
        if (kept is not None and kept.tracker is tracker and kept.stored is not None
                and kept.version is not None
                and self._version_in(session, tracker.sender_id) == kept.version):
            return itertools.islice(tracker.events, kept.stored, None)
        stored = self._event_query(session, tracker.sender_id,
                                   fetch_events_from_all_sessions=False).count()
        start = (session.query(sa.func.max(self.SQLEvent.timestamp))
                 .filter(self.SQLEvent.sender_id == tracker.sender_id,
                         self.SQLEvent.type_name == SessionStarted.type_name)
                 .scalar())
        counted = [e for e in tracker.events if start is None or e.timestamp >= start]
        return iter(counted[stored:])

    async def keys(self) -> Any:
        try:
            return await super().keys()
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: SQLAlchemyError) -> TrackerStoreUnavailable:
        """The error to raise for a database failure, after closing the pooled
        connections: the next query opens a fresh one instead of reusing one the
        failure may have left unusable, and an open connection no longer stands in the
        way of whoever is repairing the file."""
        self.engine.dispose()
        return TrackerStoreUnavailable(_reason(exc))

    def _keep(self, tracker: DialogueStateTracker, version: Version | None,
              stored: int | None) -> None:
        self._kept[tracker.sender_id] = _Kept(tracker, version, stored)
        self._kept.move_to_end(tracker.sender_id)
        while len(self._kept) > MAX_KEPT:
            self._kept.popitem(last=False)

    def erase(self, sender_id: str) -> int:
        """Delete every event of one conversation (all sessions); returns how many."""
        self._kept.pop(sender_id, None)
        try:
            with self.session_scope() as session:
                deleted = (
                    session.query(self.SQLEvent)
                    .filter(self.SQLEvent.sender_id == sender_id)
                    .delete(synchronize_session=False)
                )
                session.commit()
                if self.engine.dialect.name == "sqlite":  # no copy left in the WAL file
                    session.execute(sa.text("PRAGMA wal_checkpoint(TRUNCATE)"))
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None
        return int(deleted)
