"""Another medicine taken with "them" right after B12 was talked of: the interaction
boundary (a pharmacist), not the decline a message read alone gets."""

from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.nlp import boundaries
from bot.rasa_ext import follow_up
from bot.triage import names
from tests.support.stack import run_async


def _after(text: str, intent: str) -> DialogueStateTracker:
    parse = {"intent": {"name": intent}}
    return DialogueStateTracker.from_events("u", [
        ActionExecuted("action_listen"), UserUttered(text, parse_data=parse),
        ActionExecuted("utter_out_of_scope"), ActionExecuted("action_listen")])


def _declined_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    async def parse(*_: Any, **__: Any) -> dict[str, Any]:
        selector = {names.INTENT_FAQ: {"response": {
            "intent_response_key": f"{names.INTENT_FAQ}/treatment"}}}
        return {"intent": {"name": names.INTENT_OUT_OF_SCOPE, "confidence": 0.9},
                "intent_ranking": [{"name": names.INTENT_OUT_OF_SCOPE, "confidence": 0.9}],
                "entities": [], "response_selector": selector}
    monkeypatch.setattr(follow_up, "_rasa_parse", parse)


def _read(text: str, tracker: DialogueStateTracker) -> dict[str, Any]:
    return run_async(follow_up.parse_message(None, UserMessage(text), tracker))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["is it alright to have them alongside my statin?",
                                  "fine with my heart pills?"])
def test_taken_with_them_after_b12_is_an_interaction(monkeypatch: pytest.MonkeyPatch,
                                                     text: str) -> None:
    _declined_alone(monkeypatch)
    parsed = _read(text, _after("my gp started me on vitamin b12 tablets", names.INTENT_INFORM))
    assert parsed["intent"]["name"] == names.INTENT_FAQ
    assert parsed["intent"]["full_retrieval_intent_name"].endswith(boundaries.INTERACTIONS)
    selected = parsed["response_selector"][names.INTENT_FAQ]["response"]
    assert selected["intent_response_key"].endswith(boundaries.INTERACTIONS)


def test_after_another_topic_it_stays_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    _declined_alone(monkeypatch)
    parsed = _read("is it alright to have them alongside my statin?",
                   _after("what are beta blockers for", names.INTENT_OUT_OF_SCOPE))
    assert parsed["intent"]["name"] == names.INTENT_OUT_OF_SCOPE


def _told(*texts: str) -> DialogueStateTracker:
    events: list[Any] = [ActionExecuted("action_listen")]
    for text in texts:
        events += [UserUttered(text, parse_data={"intent": {"name": names.INTENT_INFORM}}),
                   ActionExecuted("utter_ask_who"), ActionExecuted("action_listen")]
    return DialogueStateTracker.from_events("u", events)


def test_together_after_b12_and_a_medicine_is_an_interaction(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _declined_alone(monkeypatch)
    parsed = _read("alright to have both together?",
                   _told("grandad got some b12 tablets", "he's on apixaban for his heart"))
    assert parsed["intent"]["full_retrieval_intent_name"].endswith(boundaries.INTERACTIONS)


def test_together_with_no_medicine_named_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    _declined_alone(monkeypatch)
    parsed = _read("alright to have both together?", _told("grandad got some b12 tablets"))
    assert parsed["intent"]["name"] == names.INTENT_OUT_OF_SCOPE


def _read_alone_as(monkeypatch: pytest.MonkeyPatch, intent: str, key: str | None) -> None:
    async def parse(*_: Any, **__: Any) -> dict[str, Any]:
        named = {"name": intent, "confidence": 0.9}
        if key is not None:
            named["full_retrieval_intent_name"] = f"{names.INTENT_FAQ}/{key}"
        return {"intent": named, "intent_ranking": [named], "entities": [],
                "response_selector": {names.INTENT_FAQ: {"response": {
                    "intent_response_key": f"{names.INTENT_FAQ}/{key or 'treatment'}"}}}}
    monkeypatch.setattr(follow_up, "_rasa_parse", parse)


def test_both_at_once_read_alone_as_a_dose_is_still_an_interaction(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "can he take both at the same time?" alone reads as a dose question
    _read_alone_as(monkeypatch, names.INTENT_FAQ, boundaries.DOSING)
    parsed = _read("can she have both at the same time?",
                   _told("my aunt takes b12 tablets", "she also takes pills for her kidneys"))
    assert parsed["intent"]["full_retrieval_intent_name"].endswith(boundaries.INTERACTIONS)


def test_an_emergency_asking_about_both_stays_an_emergency(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _read_alone_as(monkeypatch, names.INTENT_EMERGENCY, None)
    parsed = _read("can she have both at the same time? she just collapsed",
                   _told("my aunt takes b12 tablets", "she also takes pills for her kidneys"))
    assert parsed["intent"]["name"] == names.INTENT_EMERGENCY


def test_together_asked_mid_form_is_still_an_interaction(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the question is a detour from the pending form question, not its answer
    _declined_alone(monkeypatch)
    tracker = _told("mum started b12 tablets", "she also takes warfarin")
    tracker.update(ActiveLoop(names.FORM_SYMPTOM))
    parsed = _read("can she take both at the same time?", tracker)
    assert parsed["intent"]["full_retrieval_intent_name"].endswith(boundaries.INTERACTIONS)


def test_mid_form_an_answer_is_left_to_the_form(monkeypatch: pytest.MonkeyPatch) -> None:
    _declined_alone(monkeypatch)
    tracker = _told("mum started b12 tablets", "she also takes warfarin")
    tracker.update(ActiveLoop(names.FORM_SYMPTOM))
    parsed = _read("over a few months", tracker)
    assert parsed["intent"]["name"] == names.INTENT_OUT_OF_SCOPE
