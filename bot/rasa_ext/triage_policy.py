"""TriagePolicy: the emergency rule, enforced inside the Rasa server.

Runs before anything else can answer: whatever the classifier, an active form,
an earlier FAQ or the action server is doing, a turn that makes the case an
emergency (see ``bot.triage.rules``) is answered with ``utter_emergency`` in that
same turn.  The slots the response needs are set by the policy's own events,
so no custom action is involved.  Sequence: utter_emergency ->
action_deactivate_loop (if a form is active) -> action_listen.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction, confidence_scores_for
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_DEACTIVATE_LOOP_NAME, ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot import settings
from bot.nlp.intent_guard import EMERGENCY_INTENT
from bot.rasa_ext.case_events import EARLIER_FACTS, fold, split_at_latest_user
from bot.triage import names, rules

UTTER_EMERGENCY = "utter_emergency"
# Above RulePolicy (6): on a tie in confidence the higher priority wins.
TRIAGE_POLICY_PRIORITY = 7


def emergency_events(case: rules.Case, verdict: rules.Verdict) -> list[Event]:
    reason = rules.emergency_reason(case, verdict) or "a sudden change you described"
    return [
        SlotSet("triage_level", rules.EMERGENCY),
        SlotSet("emergency_reason", reason),
        SlotSet("emergency_number", settings.emergency_number()),
        SlotSet("crisis_line", settings.crisis_line()),
        SlotSet(names.SLOT_EMERGENCY_CRISIS, verdict.crisis),
        SlotSet(names.SLOT_EMERGENCY_PHYSICAL, rules.physical_emergency(case, verdict)),
    ]


def emergency_now(
    events: list[Event], latest_intent: str | None, before: rules.CaseBuilder | None = None
) -> tuple[rules.Case, rules.Verdict] | None:
    """The case and verdict if the latest user turn made (or re-reported) an emergency.

    ``before``: the facts from the events before the latest user message, if known.
    """
    earlier, since_user = split_at_latest_user(events)
    if not since_user:
        return None
    if before is None:
        before = fold(rules.CaseBuilder(), earlier)
    case = fold(before.copy(), since_user).case()
    verdict = rules.assess(case)
    if latest_intent == EMERGENCY_INTENT:
        if verdict.level != rules.EMERGENCY:  # the classifier's safety net (intent_guard)
            verdict = rules.Verdict(rules.EMERGENCY, "sudden_change_classifier")
        return case, verdict
    if verdict.level != rules.EMERGENCY:
        return None
    was = rules.assess(before.case())
    return (case, verdict) if was.level != rules.EMERGENCY else None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class TriagePolicy(Policy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": TRIAGE_POLICY_PRIORITY}

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        events = list(tracker.events)  # a restart inside resets the facts (rules.CaseBuilder)
        _, since_user = split_at_latest_user(events)
        done = [e.action_name for e in since_user if isinstance(e, ActionExecuted)]
        if UTTER_EMERGENCY in done:
            if tracker.active_loop_name and ACTION_DEACTIVATE_LOOP_NAME not in done:
                return self._decide(ACTION_DEACTIVATE_LOOP_NAME, domain)
            if tracker.latest_action_name != ACTION_LISTEN_NAME:
                return self._decide(ACTION_LISTEN_NAME, domain)
            return self._prediction(self._default_predictions(domain))
        before = EARLIER_FACTS.before_latest_user(tracker.sender_id, events)
        found = emergency_now(events, tracker.latest_message.intent.get("name"), before)
        if found is None:
            return self._prediction(self._default_predictions(domain))
        return self._decide(UTTER_EMERGENCY, domain, emergency_events(*found))

    def _decide(
        self, action: str, domain: Domain, events: list[Event] | None = None
    ) -> PolicyPrediction:
        # is_no_user_prediction: the same class as a form's "happy path" prediction,
        # which otherwise overrules every policy; our higher priority then wins.
        return self._prediction(
            confidence_scores_for(action, 1.0, domain),
            optional_events=events,
            is_no_user_prediction=True,
        )
