"""Rasa 3.6 internals made faster without changing what they do (found with py-spy).

- Every action-server reply is checked with ``jsonschema.validate``, which re-checks
  the schema itself each time (a third of the server's time per message): the
  validators are built once, and each event is checked against its own type's
  schema; a reply that fails still gets Rasa's own error.
- The dialogue states the policies read are folded incrementally per conversation
  instead of replaying every event on every prediction.
- The graph runner plans each graph once instead of on every run (bot/rasa_patches/runner.py).
- A tracker is copied without replaying its events, and its applied events are
  continued from the last call (bot/rasa_patches/tracker_copy.py).
- RulePolicy's debug line listing every state is not formatted when it is not logged.
- A saved TensorFlow model's throw-away build step runs eagerly (bot/rasa_patches/model_load.py).
- The empty domain Rasa compares the domain with on every parse is built once.
- The intent classifier's feature matrix is built from the counts without Rasa's deep
  copies and stacking (bot/rasa_patches/intent_matrix.py).
Folding states and the tracker copy removed costs that grew
with the conversation's length (see the Performance section of the README). Each
change has a test against Rasa's own result.

Switched on by ``bot.rasa_patches.install()`` (with the version check and the
off-switch), never by importing this module.
"""

from __future__ import annotations

import copy
import json
import logging
from collections import OrderedDict, deque
from dataclasses import dataclass, field, replace
from typing import Any

import structlog
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.policies.policy import Policy
from rasa.shared.core.constants import PREVIOUS_ACTION, USER
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_patches import intent_matrix, lazy_tensorflow
from bot.rasa_patches import runner as rasa_runner
from bot.rasa_patches import tracker_copy as rasa_tracker

_SCHEMA = RemoteAction.action_response_format_spec()
_rasa_validate = RemoteAction._validate_action_result


def _validator(schema: dict[str, Any]) -> Any:
    return validator_for(schema)(schema)


# An event must match exactly one of the schema's 23 event alternatives ("oneOf"), so
# jsonschema tried all 23 on every event and built an error for each miss: 1.3 ms a
# reply. Each alternative fixes "event" to its own name, so only the one named by the
# event can match: check that one (with the parts every event shares).
_ITEM = _SCHEMA["properties"]["events"]["items"]
_SHARED = {key: value for key, value in _ITEM.items() if key != "oneOf"}
_BY_EVENT = {alt["properties"]["event"]["const"]: _validator({"allOf": [_SHARED, alt]})
             for alt in _ITEM["oneOf"]}
_OUTER = _validator({**_SCHEMA, "properties": {**_SCHEMA["properties"],
                                                "events": {"type": "array"}}})


def valid_action_result(result: Any) -> bool:
    """Whether ``result`` matches Rasa's action-server reply schema."""
    if not _OUTER.is_valid(result):
        return False
    for event in result.get("events") or []:
        name = event.get("event") if isinstance(event, dict) else None
        check = _BY_EVENT.get(name) if isinstance(name, str) else None
        if check is None or not check.is_valid(event):
            return False
    return True


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    if valid_action_result(result):
        return True
    return _rasa_validate(self, result)  # raises Rasa's own, explained error




# --- dialogue states, folded incrementally ------------------------------------------
# RulePolicy and MemoizationPolicy turn the whole conversation into a list of states on
# every prediction (Domain.states_for_tracker_history replays every event, after
# tracker.applied_events() has walked them all), so a turn's cost grew with the
# conversation: at turn 200 this was half of the server's time.  Here the fold is kept
# per conversation at a checkpoint: the end of a call where no form has run since the
# last ActiveLoop(None).  Events before such a point never change (a form's execution
# collapses events back to its previous execution only, Rasa's applied_events rule,
# and the walk back stops at ActiveLoop(None)), so a later call
# replays only the events after it, with Rasa's own applied_events over that tail.
# Anything else - a rewind, a restart, a session start, another tracker - starts over
# with Rasa's own function.  The step logic below is Rasa's.

_rasa_states_for_tracker_history = Domain.states_for_tracker_history
MAX_FOLDS = 3000  # (conversation, flags) pairs kept, most recently used
_REWINDS = (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted)


@dataclass
class _Fold:
    raw: int  # how many of tracker.events it has read
    last_raw: Event | None  # tracker.events[raw - 1], by identity
    replay: DialogueStateTracker  # the state after those events (keeps no history)
    states: list[State] = field(default_factory=list)
    last_ml_action_sub_state: Any = None
    turn_was_hidden: bool = False
    loop_open: bool = False  # a form has run since the last ActiveLoop(None)
    loop_names: frozenset[str] = frozenset()  # forms activated in the events read

    def extended(self) -> _Fold:
        return replace(self, replay=_copy_replay(self.replay), states=list(self.states))


def _copy_replay(tr: DialogueStateTracker) -> DialogueStateTracker:
    """A copy that replaying events on cannot change ``tr``: applying an event replaces
    the tracker's attributes or changes its slots, active loop and latest action (copied
    here), never an event. A deepcopy did the same in 0.37 ms, 1.8 ms of a message."""
    new = copy.copy(tr)
    new.events = deque(tr.events, maxlen=tr.events.maxlen)
    new.slots = {name: copy.copy(slot) for name, slot in tr.slots.items()}
    new.latest_action = None if tr.latest_action is None else dict(tr.latest_action)
    new.active_loop = copy.copy(tr.active_loop)
    return new


_folds: OrderedDict[tuple[Any, ...], _Fold] = OrderedDict()


def _step(domain: Domain, fold: _Fold, hide_rule_turn: bool, omit_unset_slots: bool,
          ignore_rule_only_turns: bool, rule_only_data: dict[str, Any] | None,
          keep: bool) -> State | None:
    """One iteration of Rasa's loop in states_for_tracker_history (domain.py, 3.6.21)."""
    tr = fold.replay
    last_ml, hidden = fold.last_ml_action_sub_state, fold.turn_was_hidden
    state = None
    if ignore_rule_only_turns:
        if not hidden:
            last_ml = domain._get_prev_action_sub_state(tr)
        if not tr.followup_action and tr.latest_action_name != tr.active_loop_name:
            hidden = hide_rule_turn
    if not (ignore_rule_only_turns and hidden):
        state = domain.get_active_state(tr, omit_unset_slots=omit_unset_slots)
        if ignore_rule_only_turns:
            domain._remove_rule_only_features(state, rule_only_data)
            if fold.states:
                domain._substitute_rule_only_user_input(state, fold.states[-1])
            if last_ml:
                state[PREVIOUS_ACTION] = last_ml
        state = domain._clean_state(state)
    if keep:
        fold.last_ml_action_sub_state, fold.turn_was_hidden = last_ml, hidden
        if state is not None:
            fold.states.append(state)
    return state


def _applied_tail(fold: _Fold, tail: list[Event]) -> list[Event]:
    """Rasa's applied_events over the events after a checkpoint.

    What the past before a checkpoint amounts to for that rule: which forms exist
    (Rasa collapses only their runs) and a deactivation, where its walk back stops.
    """
    past = ActiveLoop(None)
    return rasa_tracker.continue_applied(fold.replay, [past], tail,
                                         fold.loop_names | rasa_tracker.loop_names(tail))[1:]


def _states_for_tracker_history(
    self: Domain,
    tracker: DialogueStateTracker,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: dict[str, Any] | None = None,
) -> list[State]:
    if type(tracker) is not DialogueStateTracker or tracker.is_rule_tracker:
        # training trackers cache their own states
        return _rasa_states_for_tracker_history(
            self, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    key = (id(self), tracker.sender_id, omit_unset_slots, ignore_rule_only_turns,
           json.dumps(rule_only_data, sort_keys=True, default=str))
    events = list(tracker.events)
    kept = _folds.get(key)
    if (kept is None or kept.raw > len(events)
            or (kept.raw and events[kept.raw - 1] is not kept.last_raw)
            or any(isinstance(e, _REWINDS) for e in events[kept.raw:])):
        return _start_over(self, key, tracker, events, omit_unset_slots,
                           ignore_rule_only_turns, rule_only_data)
    fold = kept.extended()
    tail = events[kept.raw:]
    _replay(self, fold, _applied_tail(kept, tail), omit_unset_slots,
            ignore_rule_only_turns, rule_only_data)
    if not fold.loop_open:  # a safe checkpoint: keep it
        fold.raw, fold.last_raw = len(events), events[-1] if events else None
        fold.loop_names = kept.loop_names | rasa_tracker.loop_names(tail)
        _keep_fold(key, fold)
    return _with_final(self, fold, omit_unset_slots, ignore_rule_only_turns, rule_only_data)


def _start_over(self: Domain, key: tuple[Any, ...], tracker: DialogueStateTracker,
                events: list[Event], omit_unset_slots: bool, ignore_rule_only_turns: bool,
                rule_only_data: dict[str, Any] | None) -> list[State]:
    fold = _Fold(0, None, DialogueStateTracker(tracker.sender_id, tracker.slots.values(),
                                                max_event_history=1))
    _replay(self, fold, tracker.applied_events(), omit_unset_slots, ignore_rule_only_turns,
            rule_only_data)
    if not fold.loop_open:
        fold.raw, fold.last_raw = len(events), events[-1] if events else None
        fold.loop_names = rasa_tracker.loop_names(events)
        _keep_fold(key, fold)
    else:
        _folds.pop(key, None)
    return _with_final(self, fold, omit_unset_slots, ignore_rule_only_turns, rule_only_data)


def _replay(self: Domain, fold: _Fold, applied: list[Event], omit_unset_slots: bool,
            ignore_rule_only_turns: bool, rule_only_data: dict[str, Any] | None) -> None:
    for event in applied:
        if isinstance(event, ActionExecuted):
            _step(self, fold, event.hide_rule_turn, omit_unset_slots, ignore_rule_only_turns,
                  rule_only_data, keep=True)
            if event.action_name in self.form_names:
                fold.loop_open = True
        elif isinstance(event, ActiveLoop) and event.name is None:
            fold.loop_open = False
        fold.replay.update(event)


def _keep_fold(key: tuple[Any, ...], fold: _Fold) -> None:
    _folds[key] = fold
    _folds.move_to_end(key)
    while len(_folds) > MAX_FOLDS:
        _folds.popitem(last=False)


def _with_final(self: Domain, fold: _Fold, omit_unset_slots: bool,
                ignore_rule_only_turns: bool, rule_only_data: dict[str, Any] | None,
                ) -> list[State]:
    # The state after the latest event is computed afresh: the next event changes it.
    final = _step(self, fold, False, omit_unset_slots, ignore_rule_only_turns,
                  rule_only_data, keep=False)
    # Copies: the featurizer deletes keys from the states it is given.
    return [_copy_state(s) for s in fold.states] + ([final] if final is not None else [])


def _copy_state(state: State) -> State:
    """A copy of what Rasa changes in a state it is given: the featurizer deletes the
    user part's text, intent or entities (_choose_last_user_input,
    _remove_user_text_if_intent); no policy changes the other parts. Copying every part
    cost 4 ms a message by turn 250, when every call copies ~250 states (py-spy)."""
    copied = dict(state)
    user = copied.get(USER)
    if user is not None:
        copied[USER] = dict(user)
    return copied



# RulePolicy formats every state of the conversation into a string for one debug log
# line on every prediction, whether or not debug logging is on: 2.3 ms of a message by
# turn 250 (py-spy). Rasa's structlog setup drops a debug line when the module's
# stdlib logger is above DEBUG (structlog.stdlib.filter_by_level), so then the string
# is never seen; otherwise, and before structlog is configured, it is made as before.
_rasa_format_tracker_states = Policy.format_tracker_states
_RULE_POLICY_LOG = logging.getLogger("rasa.core.policies.rule_policy")


def _format_tracker_states(states: list[State]) -> str:
    if structlog.is_configured() and not _RULE_POLICY_LOG.isEnabledFor(logging.DEBUG):
        return ""
    return _rasa_format_tracker_states(states)


# Rasa checks the domain for emptiness on every parse (_check_for_unseen_features), and
# Domain.is_empty builds an empty Domain and serialises both domains each time: 0.2 ms a
# message (py-spy). The empty domain's dict never changes: it is made once.
_rasa_domain_is_empty = Domain.is_empty
_EMPTY_DOMAIN: dict[str, Any] | None = None


def _domain_is_empty(self: Domain) -> bool:
    global _EMPTY_DOMAIN
    if _EMPTY_DOMAIN is None:
        _EMPTY_DOMAIN = Domain.empty().as_dict()
    return self.as_dict() == _EMPTY_DOMAIN


def install() -> None:
    """Replace the Rasa methods (called once, by ``bot.rasa_patches.install``)."""
    Domain.is_empty = _domain_is_empty  # type: ignore[method-assign]
    Policy.format_tracker_states = staticmethod(_format_tracker_states)  # type: ignore[method-assign]
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    Domain.states_for_tracker_history = _states_for_tracker_history  # type: ignore[method-assign]
    rasa_runner.install()
    rasa_tracker.install()
    intent_matrix.install()
    # model_load imports TensorFlow: patched when Rasa imports its TensorFlow models.
    lazy_tensorflow.after_import("rasa.utils.tensorflow.models", _install_model_load)


def _install_model_load(_module: object) -> None:
    from bot.rasa_patches import model_load

    model_load.install()

