"""Rasa's Redis lock store, made safe for several Rasa replicas.

A conversation's turns must run one at a time: two at once read the same tracker and
the second save drops the first's events. Rasa 3.6's ``RedisLockStore`` keeps each
conversation's ticket queue as one JSON value and changes it with a GET then a SET.
Two replicas that change the same queue at the same moment overwrite each other, and
with 20 messages to one conversation over two replicas we saw all three outcomes:
a turn failing with ``LockError`` (HTTP 500), two turns running at once with one's
events silently lost (HTTP 200), and a queue stalled until its tickets expired.

This store keeps Rasa's data format and settings (url, port, db, password,
key_prefix) and changes three things:
- every change of a queue is one optimistic Redis transaction (WATCH/MULTI/EXEC,
  repeated if another replica changed the queue in between), and ticket numbers come
  from one Redis counter, so they are never issued twice;
- tickets are leases: the replica that holds or waits for a ticket renews it while
  it is alive (``LOCK_LEASE`` seconds, bot/settings.py). A replica that dies holds
  its conversations for at most one lease; a slow turn never loses its lock;
- waiting replicas poll every 50 ms instead of every second.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncGenerator, Callable
from typing import Any, TypeVar

from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot import settings

logger = logging.getLogger(__name__)

POLL_S = 0.05  # a waiting turn checks its place in the queue this often
REDIS_OPTIONS = ("port", "db", "username", "password", "key_prefix", "use_ssl",
                 "ssl_certfile", "ssl_keyfile", "ssl_ca_certs", "socket_timeout")

T = TypeVar("T")


class ReplicaSafeRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig, lease: float | None = None) -> None:
        # endpoints.yml gives strings, and "" for an unset ${VAR}: leave those to Rasa.
        options = {k: v for k, v in endpoint_config.kwargs.items()
                   if k in REDIS_OPTIONS and v not in ("", None)}
        super().__init__(host=endpoint_config.url or "localhost", **options)
        self.lease = lease if lease is not None else settings.lock_lease()
        self._counter = self.key_prefix + "ticket-counter"

    # --- the queue, changed atomically ----------------------------------------------
    def _change(self, conversation_id: str, change: Callable[[TicketLock], T]) -> T:
        """Apply ``change`` to the stored queue as one transaction; returns its result."""
        key = self.key_prefix + conversation_id

        def apply(pipe: Any) -> T:
            raw = pipe.get(key)
            lock = self._decode(conversation_id, raw)
            result = change(lock)
            pipe.multi()
            if lock.tickets:
                # Redis forgets an abandoned queue on its own (a backstop to the leases).
                pipe.set(key, lock.dumps(), px=int(self.lease * 3000))
            else:
                pipe.delete(key)
            return result

        return self.red.transaction(apply, key, value_from_callable=True)

    @staticmethod
    def _decode(conversation_id: str, raw: bytes | None) -> TicketLock:
        lock = TicketLock.from_dict(json.loads(raw)) if raw else TicketLock(conversation_id)
        lock.remove_expired_tickets()
        return lock

    def _ticket(self, lock: TicketLock, number: int) -> Ticket | None:
        return next((t for t in lock.tickets if t.number == number), None)

    def _renew(self, lock: TicketLock, number: int) -> bool:
        ticket = self._ticket(lock, number)
        if ticket is not None:
            ticket.expires = time.time() + self.lease
        return ticket is not None

    # --- Rasa's LockStore interface ---------------------------------------------------
    def issue_ticket(self, conversation_id: str, lock_lifetime: float = 0) -> int:
        try:
            number = int(self.red.incr(self._counter))
            self._change(conversation_id, lambda lock: lock.tickets.append(
                Ticket(number, time.time() + self.lease)))
        except Exception as exc:  # Rasa's contract: any failure here is a LockError
            raise LockError(f"Error while acquiring lock. Error:\n{exc}") from exc
        return number

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._change(conversation_id, lambda lock: lock.remove_ticket_for(ticket_number))

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        self.finish_serving(conversation_id, ticket_number)  # deletes the queue once empty

    def update_lock(self, conversation_id: str) -> None:
        self._change(conversation_id, lambda lock: None)  # drops expired tickets

    @contextlib.asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = 0,
                   wait_time_in_seconds: float = POLL_S) -> AsyncGenerator[TicketLock, None]:
        """Wait for this turn's ticket to come first, hold it while the turn runs."""
        ticket = self.issue_ticket(conversation_id)
        try:
            lock = await self._acquire_lock(conversation_id, ticket, wait_time_in_seconds)
            renewal = asyncio.create_task(self._keep_alive(conversation_id, ticket))
            try:
                yield lock
            finally:
                renewal.cancel()
        finally:
            self.cleanup(conversation_id, ticket)

    async def _acquire_lock(self, conversation_id: str, ticket: int,
                            wait_time_in_seconds: float) -> TicketLock:
        renew_after = time.monotonic() + self.lease / 3
        while True:
            lock = self._decode(conversation_id, self.red.get(self.key_prefix + conversation_id))
            if self._ticket(lock, ticket) is None:
                # Our lease ran out while we waited (this process stalled): never run the
                # turn unlocked.
                raise LockError(f"Lost the lock queue place for conversation '{conversation_id}'.")
            if lock.now_serving == ticket or time.monotonic() >= renew_after:
                renewed = self._change(conversation_id, lambda q: (
                    q.now_serving if self._renew(q, ticket) else None))
                if renewed == ticket:
                    return lock
                renew_after = time.monotonic() + self.lease / 3
            await asyncio.sleep(wait_time_in_seconds)

    async def _keep_alive(self, conversation_id: str, ticket: int) -> None:
        while True:
            await asyncio.sleep(self.lease / 3)
            try:
                held = self._change(conversation_id, lambda lock: self._renew(lock, ticket))
            except Exception as exc:  # Redis away for a moment: the next renewal may work
                logger.warning("Could not renew the lock of conversation %s: %s",
                               conversation_id, type(exc).__name__)
                continue
            if not held:
                logger.error("The lock of conversation %s expired during its turn (the "
                             "process stalled for over %.0f s).", conversation_id, self.lease)
                return
