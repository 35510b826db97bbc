"""What the action server is sent: the facts so far in a few events, not the whole chat.

Deliberate behaviour (our actions read ``bot.triage.rules`` facts, not Rasa's full
history), so it lives with the other extensions and stays on when the same-result
speed-ups of ``bot.rasa_patches`` are switched off.
"""

from __future__ import annotations

from typing import Any

import rasa
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.rasa_ext.case_events import EARLIER_FACTS, split_at_latest_user

# --- what the action server is sent -------------------------------------------------
# Rasa sends every action call the whole conversation (and the whole domain), so the
# call grew with the conversation: at turn 200 encoding it was a fifth of the server's
# time.  Our actions read the facts so far (bot.triage.rules) and, for form validation, the
# events of the current turn.  So the events before the latest user message are sent
# as the few events that rebuild the same facts (CaseBuilder.as_events; tested to give
# the same Case), and the domain only to the actions that declare send_domain.

_rasa_action_call_format = RemoteAction._action_call_format


def _action_call_format(self: RemoteAction, tracker: DialogueStateTracker,
                        domain: Domain) -> dict[str, Any]:
    events = list(tracker.events)
    earlier, recent = split_at_latest_user(events)
    if not recent:
        return _rasa_action_call_format(self, tracker, domain)
    facts = EARLIER_FACTS.before_latest_user(tracker.sender_id, events)
    state = tracker.current_state(EventVerbosity.NONE)
    # Keep the action_listen before the user message: rasa-sdk reads the turn from it.
    tail = earlier[-1:] + recent
    state["events"] = facts.as_events() + [e.as_dict() for e in tail]
    result = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state,
              "version": rasa.__version__}
    if (not self._is_selective_domain_enabled()
            or domain.does_custom_action_explicitly_need_domain(self.name())):
        result["domain"] = domain.as_dict()
    return result


def install() -> None:
    RemoteAction._action_call_format = _action_call_format  # type: ignore[method-assign]
