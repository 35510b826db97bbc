"""``DialogueStateTracker.copy`` without replaying the whole conversation.

Rasa's processor copies the tracker before running every action (so a rejected
action's events can be dropped), and Rasa copies by building an empty tracker and
replaying every event: at turn 175 that was 4.5 ms of a message, and it grows with
the conversation (README: Performance). The state that replay rebuilds is a
handful of attributes, so this copies them instead: the same event objects, a
copy of each slot, the active loop and the latest action; the latest user and bot
messages are the same event objects replay would reach, or fresh empty ones.
Trackers that replay could not reproduce exactly (a capped event history, a
subclass, slots created on the fly) still go through Rasa's copy. Installed by
``bot.rasa_speedups``; tests/test_rasa_tracker.py compares both copies.
"""

from __future__ import annotations

import copy

from rasa.shared.constants import DEFAULT_SENDER_ID
from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.trackers import AnySlotDict, DialogueStateTracker

_rasa_copy = DialogueStateTracker.copy


def _from_events(obj: Event | None, events: list[Event], empty: Event) -> Event:
    """``obj`` if replay would set it from one of ``events``, else a fresh ``empty``."""
    return obj if obj is not None and any(e is obj for e in reversed(events)) else empty


def copy_tracker(self: DialogueStateTracker) -> DialogueStateTracker:
    """Same result as ``DialogueStateTracker.copy`` (Rasa 3.6.21)."""
    if (type(self) is not DialogueStateTracker or self._max_event_history is not None
            or isinstance(self.slots, AnySlotDict)):
        return _rasa_copy(self)
    new = DialogueStateTracker(self.sender_id or DEFAULT_SENDER_ID, None,
                               is_rule_tracker=self.is_rule_tracker)
    events = list(self.events)
    new.events = new._create_events(events)
    new.slots = {name: copy.copy(slot) for name, slot in self.slots.items()}
    new._paused = self._paused
    new.followup_action = self.followup_action
    new.latest_action = None if self.latest_action is None else dict(self.latest_action)
    new.latest_message = _from_events(self.latest_message, events,  # type: ignore[assignment]
                                      UserUttered.empty())
    new.latest_bot_utterance = _from_events(self.latest_bot_utterance, events,  # type: ignore[assignment]
                                            BotUttered.empty())
    new.active_loop = copy.copy(self.active_loop)
    return new


def install() -> None:
    DialogueStateTracker.copy = copy_tracker  # type: ignore[method-assign]
