"""Custom actions: thin adapters from rasa-sdk trackers to ``bot.triage.rules``."""

from __future__ import annotations

from abc import ABC, abstractmethod

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from bot import settings
from bot.triage import advice, knowledge, names, questions, rules

PROVIDER_PAYLOAD = {names.CUSTOM_TRIAGE: names.TRIAGE_PROVIDER}


def case_of(tracker: Tracker) -> rules.Case:
    return rules.case_from_events(tracker.events)


def say_boundary(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """A report that also asked "do I have it?" or "how much should I take?": say first
    what the assistant will not do (bot.nlp.boundaries), then go on with the check."""
    key = next((e.get("value") for e in tracker.latest_message.get("entities") or []
                if e.get("entity") == names.ENTITY_BOUNDARY), None)
    if key == knowledge.NO_DIAGNOSIS_KEY:
        dispatcher.utter_message(text=knowledge.NO_DIAGNOSIS)
    elif key in knowledge.ANSWERS_BY_KEY:
        dispatcher.utter_message(text=knowledge.render(knowledge.ANSWERS_BY_KEY[key]))


def say_also_asked(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """A form answer with a question after it ("none of those. so how do they treat it"):
    the answer goes to the form, the question gets its FAQ answer here."""
    key = next((e.get("value") for e in tracker.latest_message.get("entities") or []
                if e.get("entity") == names.ENTITY_ALSO_ASKED), None)
    if key in knowledge.ANSWERS_BY_KEY and key not in knowledge.BOUNDARY_KEYS:
        dispatcher.utter_message(text=knowledge.render(knowledge.ANSWERS_BY_KEY[key]))


class ActionTriage(Action):
    """Applies both rules to everything reported so far and gives the advice."""

    def name(self) -> str:
        return names.ACTION_TRIAGE

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        case = case_of(tracker)
        verdict = rules.assess(case)
        if verdict.level != rules.EMERGENCY:
            say_boundary(dispatcher, tracker)
        # The check is over: the next one counts its onset questions afresh.
        reset: list[EventType] = [SlotSet(names.SLOT_ONSET_ASKED, None)]
        if verdict.level == rules.EMERGENCY:
            # Normally TriagePolicy has answered already; repeat, never soften.
            dispatcher.utter_message(response=names.UTTER_EMERGENCY)
            return [SlotSet(names.SLOT_TRIAGE_LEVEL, rules.EMERGENCY), *reset]
        if verdict.level == rules.PROVIDER:
            text = advice.provider_advice(case, verdict, settings.emergency_number())
            dispatcher.utter_message(text=text)
            say_also_asked(dispatcher, tracker)
            dispatcher.utter_message(json_message=PROVIDER_PAYLOAD)
            return [SlotSet(names.SLOT_TRIAGE_LEVEL, rules.PROVIDER), *reset]
        q = questions.question(rules.ASK_SYMPTOMS)
        dispatcher.utter_message(text=q["text"], buttons=q["buttons"])
        return []


class ValidateSymptomForm(FormValidationAction):
    """Asks only for what is still missing (onset only for red-flag symptoms)."""

    def name(self) -> str:
        return names.ACTION_VALIDATE_SYMPTOM_FORM

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        missing = rules.missing_facts(case_of(tracker))
        return [slot for slot in domain_slots if slot in missing]


    async def extract_onset(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, str]:
        """A second reply to "suddenly or gradually?" that still gives no onset ("just tell
        me if I have it") counts as unsure, which the rule treats as sudden for a red flag.
        A question asked in between (an FAQ detour) does not count as a reply."""
        if (tracker.get_slot(REQUESTED_SLOT) != names.SLOT_ONSET
                or tracker.get_slot(names.SLOT_ONSET)
                or (tracker.get_slot(names.SLOT_ONSET_ASKED) or 0) < 2):
            return {}
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent in (names.INTENT_FAQ, names.INTENT_OUT_OF_SCOPE):
            return {}
        return {names.SLOT_ONSET: rules.UNSURE}


class _AskSlot(Action, ABC):
    """Asks the symptom form's question for one slot (texts in bot/triage/questions.py)."""

    @property
    @abstractmethod
    def slot(self) -> str:
        """The form slot this action asks for."""

    def name(self) -> str:
        return names.action_ask(self.slot)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        q = questions.question(self.slot)
        say_boundary(dispatcher, tracker)
        say_also_asked(dispatcher, tracker)
        dispatcher.utter_message(text=q["text"], buttons=q["buttons"])
        if self.slot == rules.ASK_ONSET:
            asked = float(tracker.get_slot(names.SLOT_ONSET_ASKED) or 0) + 1
            return [SlotSet(names.SLOT_ONSET_ASKED, asked)]
        return []


class ActionAskSymptoms(_AskSlot):
    slot = rules.ASK_SYMPTOMS


class ActionAskOnset(_AskSlot):
    slot = rules.ASK_ONSET


class ActionAskWho(_AskSlot):
    slot = rules.ASK_WHO


class ActionAskRiskChecked(_AskSlot):
    slot = rules.ASK_RISK
