"""Custom actions through rasa-sdk: Tracker.from_dict + CollectingDispatcher."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionTriage, ValidateSymptomForm
from tests.support.stack import run_async as run

FORM_SLOTS = ["symptoms", "onset", "who", "risk_checked"]


DOMAIN: dict[str, Any] = {
    "forms": {"symptom_form": {"required_slots": FORM_SLOTS}},
    "slots": {name: {"type": "text", "mappings": []} for name in FORM_SLOTS},
}


def user(text: str, *entities: tuple[str, str]) -> dict[str, Any]:
    return {
        "event": "user",
        "text": text,
        "parse_data": {
            "intent": {"name": "report_symptoms", "confidence": 1.0},
            "entities": [{"entity": e, "value": v} for e, v in entities],
        },
    }


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


def tracker(events: list[dict[str, Any]], slots: dict[str, Any] | None = None) -> Tracker:
    latest = next((e for e in reversed(events) if e["event"] == "user"), {})
    return Tracker.from_dict({
        "sender_id": "test",
        "slots": slots or {},
        "latest_message": {**latest.get("parse_data", {}), "text": latest.get("text")},
        "events": events,
        "paused": False,
        "followup_action": None,
        "active_loop": {"name": "symptom_form"},
        "latest_action_name": "action_listen",
    })


def run_triage(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Any]]:
    dispatcher = CollectingDispatcher()
    result = run(ActionTriage().run(dispatcher, tracker(events), {}))
    return dispatcher.messages, result


def _texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def test_provider_advice_names_rule_symptoms_and_risk() -> None:
    messages, events = run_triage([
        user("tired and tingling feet for months", ("symptom", "fatigue"),
             ("symptom", "tingling_numbness"), ("onset", "gradual"), ("who", "self")),
        user("i'm vegan", ("risk_factor", "vegetarian_vegan")),
    ])
    text = _texts(messages)
    assert "contacting a healthcare provider" in text
    assert "tiredness" in text and "tingling" in text
    assert "vegetarian or vegan diet" in text and "especially important" in text
    assert "not a doctor" in text
    assert {"triage": "provider"} in [m.get("custom") for m in messages]
    assert ("triage_level", "provider") in [(e["name"], e["value"]) for e in events]


def test_child_goes_to_pediatrician() -> None:
    messages, _ = run_triage([
        user("my son is pale", ("symptom", "pale_skin"), ("who", "child")),
        slot("risk_checked", "none"),
    ])
    assert "pediatrician" in _texts(messages)


def test_symptoms_after_treatment_go_back_to_provider() -> None:
    messages, _ = run_triage([
        user("still tired after b12 shots", ("symptom", "fatigue"), ("treated", "yes"),
             ("who", "self")),
    ])
    assert "go back to the provider" in _texts(messages)


def test_emergency_case_repeats_emergency_response() -> None:
    messages, events = run_triage([
        user("my vision went", ("symptom", "vision_loss")),
        slot("onset", "sudden"),
    ])
    assert messages[0]["response"] == "utter_emergency"
    assert ("triage_level", "emergency") in [(e["name"], e["value"]) for e in events]


def test_no_symptoms_asks_for_them() -> None:
    messages, events = run_triage([user("hello")])
    assert "in your own words" in messages[0]["text"] and events == []


def test_ask_actions_send_question_with_buttons() -> None:
    from actions.actions import ActionAskOnset, ActionAskRiskChecked

    dispatcher = CollectingDispatcher()
    run(ActionAskOnset().run(dispatcher, tracker([user("dizzy")]), {}))
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == ['/inform{"onset":"sudden"}', '/inform{"onset":"gradual"}',
                        '/inform{"onset":"unsure"}']
    dispatcher = CollectingDispatcher()
    run(ActionAskRiskChecked().run(dispatcher, tracker([user("tired")]), {}))
    message = dispatcher.messages[0]
    assert "Crohn's disease" in message["text"] and "Weight-loss surgery" in message["text"]
    assert len(message["buttons"]) == 10 and message["buttons"][0]["payload"] == "/deny"


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([user("i feel dizzy", ("symptom", "dizziness"), ("who", "self"))],
         ["onset", "risk_checked"]),
        ([user("my son is tired", ("symptom", "fatigue"), ("who", "child"))],
         ["risk_checked"]),
        ([user("tired", ("symptom", "fatigue"))], ["who", "risk_checked"]),
        ([user("check my symptoms")], ["symptoms", "who", "risk_checked"]),
        ([user("vegan son tired", ("symptom", "fatigue"), ("who", "child"),
               ("risk_factor", "vegetarian_vegan"))], []),
    ],
)
def test_form_asks_only_what_is_missing(events: list[dict[str, Any]], expected: list[str]) -> None:
    required = run(ValidateSymptomForm().required_slots(
        FORM_SLOTS, CollectingDispatcher(), tracker(events), DOMAIN))
    assert required == expected


def _extract_onset(asked: float, intent: str = "deny", onset: str | None = None) -> Any:
    event = user("just tell me if i have it", ("symptom", "vision_loss"))
    event["parse_data"]["intent"]["name"] = intent
    t = tracker([event], {"requested_slot": "onset", "onset": onset, "onset_asked": asked})
    return run(ValidateSymptomForm().extract_onset(CollectingDispatcher(), t, DOMAIN))


def test_a_second_non_answer_to_the_onset_question_is_unsure() -> None:
    assert _extract_onset(asked=1) == {}  # asked once: the form asks again
    assert _extract_onset(asked=2) == {"onset": "unsure"}


def test_an_faq_detour_or_an_answer_is_not_a_non_answer() -> None:
    assert _extract_onset(asked=2, intent="faq") == {}
    assert _extract_onset(asked=2, onset="gradual") == {}


def test_asking_onset_counts_and_the_advice_resets_the_count() -> None:
    from actions.actions import ActionAskOnset

    t = tracker([user("my eyes")], {"onset_asked": 1.0})
    events = run(ActionAskOnset().run(CollectingDispatcher(), t, DOMAIN))
    assert events == [{"event": "slot", "timestamp": None, "name": "onset_asked", "value": 2.0}]
    _, result = run_triage([user("tired", ("symptom", "fatigue")), slot("onset", "gradual"),
                            slot("who", "self"), slot("risk_checked", "none")])
    assert {"event": "slot", "timestamp": None, "name": "onset_asked", "value": None} in result


@pytest.mark.parametrize(("key", "said"), [
    ("no_diagnosis", "I can't tell you if you"),
    ("dosing", "I can't recommend a dose"),
])
def test_a_report_with_a_request_says_the_boundary_before_the_question(
        key: str, said: str) -> None:
    from actions.actions import ActionAskOnset

    dispatcher = CollectingDispatcher()
    events = [user("numb legs, do i have it", ("symptom", "tingling_numbness"),
                   ("boundary", key))]
    run(ActionAskOnset().run(dispatcher, tracker(events), {}))
    assert said in dispatcher.messages[0]["text"]
    assert dispatcher.messages[1]["buttons"]  # then the onset question


def test_no_boundary_no_preface() -> None:
    from actions.actions import ActionAskOnset

    dispatcher = CollectingDispatcher()
    run(ActionAskOnset().run(dispatcher, tracker([user("numb legs")]), {}))
    assert len(dispatcher.messages) == 1


def test_a_question_after_the_last_answer_is_answered_with_the_advice() -> None:
    from bot.triage import knowledge

    messages, _ = run_triage([
        user("tired and pale for months", ("symptom", "fatigue"), ("onset", "gradual"),
             ("who", "self")),
        user("none of them. and how would they sort it out?", ("also_asked", "treatment")),
    ])
    treatment = knowledge.render(knowledge.ANSWERS_BY_KEY["treatment"])
    texts = [m.get("text") for m in messages]
    assert "contacting a healthcare provider" in texts[0]
    assert treatment in texts  # after the advice, before the provider payload
    assert texts.index(treatment) == 1


def test_a_boundary_key_is_never_said_as_an_also_asked_answer() -> None:
    messages, _ = run_triage([
        user("tired for months", ("symptom", "fatigue"), ("onset", "gradual"), ("who", "self")),
        user("no. so do i have it?", ("also_asked", "no_diagnosis")),
    ])
    assert len([m for m in messages if m.get("text")]) == 1
