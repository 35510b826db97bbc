"""A "yes" or "ok" after an FAQ answer: the check that answer offered, or an acknowledgement."""

from typing import Any

import pytest
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_ext import follow_up
from bot.triage import knowledge, names


def _after(key: str) -> DialogueStateTracker:
    parse = {"intent": {"name": names.INTENT_FAQ},
             "response_selector": {names.INTENT_FAQ: {"response": {
                 "intent_response_key": f"{names.INTENT_FAQ}/{key}"}}}}
    return DialogueStateTracker.from_events("u", [
        ActionExecuted("action_listen"), UserUttered("a question", parse_data=parse),
        ActionExecuted("utter_faq"), ActionExecuted("action_listen")])


def _affirm() -> dict[str, Any]:
    return {"intent": {"name": names.INTENT_AFFIRM, "confidence": 0.9},
            "intent_ranking": [{"name": names.INTENT_AFFIRM, "confidence": 0.9}]}


@pytest.mark.parametrize(("key", "text", "intent"), [
    ("food_sources", "yes", names.INTENT_THANKS),  # offered nothing: a yes acknowledges
    ("physical_symptoms", "yes", names.INTENT_AFFIRM),  # offered the check: "yes" takes it
    # ...but a bare "ok" or "right" only takes the answer in (independent writers follow it
    # with their next question: "ok" then "what about the head side, mood an that")
    ("physical_symptoms", "ok", names.INTENT_THANKS),
    ("physical_symptoms", "right", names.INTENT_THANKS),
])
def test_an_affirm_after_an_answer(key: str, text: str, intent: str) -> None:
    assert knowledge.offers_check(key) == (key == "physical_symptoms")
    tracker = _after(key)
    assert follow_up._last_action(tracker) == follow_up._ANSWERED
    parsed = follow_up._acknowledged(_affirm(), follow_up._previous_faq(tracker), text)
    assert parsed["intent"]["name"] == intent
    assert parsed["intent_ranking"][0]["name"] == intent


def _nod(intent: str) -> list[Any]:
    return [UserUttered("right", parse_data={"intent": {"name": intent}}),
            ActionExecuted("utter_noted"), ActionExecuted("action_listen")]


def test_a_follow_up_leans_on_the_answer_before_a_nod() -> None:
    tracker = _after("treatment")
    for event in _nod(names.INTENT_THANKS):
        tracker.update(event)
    assert follow_up._previous_faq(tracker) == ("a question", "treatment")


def test_not_past_another_kind_of_message() -> None:
    tracker = _after("treatment")
    for event in _nod(names.INTENT_INFORM):
        tracker.update(event)
    assert follow_up._previous_faq(tracker) is None
