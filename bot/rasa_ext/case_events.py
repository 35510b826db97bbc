"""The facts of a conversation (bot.triage.rules.CaseBuilder) from Rasa's event objects.

Shared by TriagePolicy and the action-server request (bot.rasa_patches.speedups): both need
the facts before the latest user message, and both are asked many times per turn.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from rasa.shared.core.events import Event, Restarted, SessionStarted, SlotSet, UserUttered

from bot.triage import rules


def event_dicts(events: list[Event]) -> Iterator[dict[str, Any]]:
    """The few events ``rules.case_from_events`` reads, as cheap JSON-like dicts."""
    for event in events:
        if isinstance(event, UserUttered):
            yield {
                "event": "user",
                "parse_data": {"intent": event.intent, "entities": event.entities},
            }
        elif isinstance(event, SlotSet):
            yield {"event": "slot", "name": event.key, "value": event.value}
        elif isinstance(event, (Restarted, SessionStarted)):
            yield {"event": "restart"}


def split_at_latest_user(events: list[Event]) -> tuple[list[Event], list[Event]]:
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            return events[:index], events[index:]
    return events, []


def fold(builder: rules.CaseBuilder, events: list[Event]) -> rules.CaseBuilder:
    for event in event_dicts(events):
        builder.add(event)
    return builder


class EarlierFacts:
    """Per conversation, the facts up to its latest user message, extended as it grows.

    Without this every prediction re-read the whole conversation, so a turn's cost grew
    with its length.  A kept fold is used only if the events still start with the very
    event objects it read (a reloaded or rewound tracker starts over).
    """

    def __init__(self, size: int = 3000) -> None:
        self._size = size
        self._folds: OrderedDict[str, tuple[int, Event | None, rules.CaseBuilder]] = (
            OrderedDict())

    def before_latest_user(self, sender: str, events: list[Event]) -> rules.CaseBuilder:
        earlier, _ = split_at_latest_user(events)
        consumed, last, builder = self._folds.get(sender, (0, None, rules.CaseBuilder()))
        if consumed > len(earlier) or (consumed and earlier[consumed - 1] is not last):
            consumed, builder = 0, rules.CaseBuilder()
        fold(builder, earlier[consumed:])
        self._folds[sender] = (len(earlier), earlier[-1] if earlier else None, builder)
        self._folds.move_to_end(sender)
        while len(self._folds) > self._size:
            self._folds.popitem(last=False)
        return builder


EARLIER_FACTS = EarlierFacts()
