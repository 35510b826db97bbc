"""``DialogueStateTracker.copy`` without replaying the whole conversation.

Rasa's processor copies the tracker before running every action (so a rejected
action's events can be dropped), and Rasa copies by building an empty tracker and
replaying every event: at turn 175 that was 4.5 ms of a message, and it grows with
the conversation (README: Performance). The state that replay rebuilds is a
handful of attributes, so this copies them instead: the same event objects, a
copy of each slot, the active loop and the latest action; the latest user and bot
messages are the same event objects replay would reach, or fresh empty ones.
Trackers that replay could not reproduce exactly (a capped event history, a
subclass, slots created on the fly) still go through Rasa's copy.

``DialogueStateTracker.applied_events`` is continued from its previous result on the
same tracker instead of walking every event again: Rasa calls it twice per message
just to check the session (2.2 ms of a message at turn 250, py-spy). Its step logic
is Rasa's; a change it cannot continue from (an event no longer where it was, a loop
name not seen before, which changes how earlier events count) walks everything again.

Installed by ``bot.rasa_patches.speedups``; tests/unit/rasa_patches/test_tracker_copy.py
compares both copies
and both applied_events at every step of random conversations.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterable

from rasa.shared.constants import DEFAULT_SENDER_ID
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    BotUttered,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import AnySlotDict, DialogueStateTracker

_rasa_copy = DialogueStateTracker.copy
_rasa_applied_events = DialogueStateTracker.applied_events
_APPLIED = "_b12_applied"  # the tracker attribute holding the last result


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


def loop_names(events: Iterable[Event]) -> frozenset[str]:
    """The forms ``events`` activate: Rasa collapses only their runs in applied_events."""
    return frozenset(e.name for e in events if isinstance(e, ActiveLoop) and e.name)


def continue_applied(tr: DialogueStateTracker, applied: list[Event], events: Iterable[Event],
                     loops: frozenset[str]) -> list[Event]:
    """The loop of Rasa's ``applied_events`` (trackers.py, 3.6.21) over ``events``,
    starting from ``applied`` (changed in place) with ``loops`` as the forms that exist."""
    for event in events:
        if isinstance(event, (Restarted, SessionStarted)):
            applied = []
        elif isinstance(event, ActionReverted):
            tr._undo_till_previous(ActionExecuted, applied)
        elif isinstance(event, UserUtteranceReverted):
            tr._undo_till_previous(UserUttered, applied)
            tr._undo_till_previous(ActionExecuted, applied)
        elif (isinstance(event, ActionExecuted) and event.action_name in loops
              and not tr._first_loop_execution_or_unhappy_path(event.action_name, applied)):
            tr._undo_till_previous_loop_execution(event.action_name, applied)
        else:
            applied.append(event)
    return applied


def applied_events(self: DialogueStateTracker) -> list[Event]:
    """Same result as ``DialogueStateTracker.applied_events`` (Rasa 3.6.21)."""
    events = self.events
    if events.maxlen is not None:  # a capped history drops events from the front
        return _rasa_applied_events(self)
    n = len(events)
    kept = self.__dict__.get(_APPLIED)
    if kept is not None:
        read, last, loops, applied = kept
        if read == n and (n == 0 or events[-1] is last):
            return list(applied)
        if 0 < read < n and events[read - 1] is last:
            tail = list(itertools.islice(events, read, None))
            if loop_names(tail) <= loops:
                result = continue_applied(self, list(applied), tail, loops)
                self.__dict__[_APPLIED] = (n, events[-1], loops, list(result))
                return result
    loops = loop_names(events)
    result = continue_applied(self, [], events, loops)
    self.__dict__[_APPLIED] = (n, events[-1] if n else None, loops, list(result))
    return result


def install() -> None:
    DialogueStateTracker.copy = copy_tracker  # type: ignore[method-assign]
    DialogueStateTracker.applied_events = applied_events  # type: ignore[method-assign]
