"""End to end over the REST webhook: the real Rasa server and action server."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.support.stack import RunningStack

EMERGENCY = {"triage": "emergency"}
PROVIDER = {"triage": "provider"}


def new_sender() -> str:
    return "e2e-" + uuid.uuid4().hex[:12]


def texts(replies: list[dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def triage_payloads(replies: list[dict[str, Any]]) -> list[str]:
    return [r["custom"]["triage"] for r in replies if "triage" in (r.get("custom") or {})]


def slots(stack: RunningStack, sender: str) -> dict[str, Any]:
    return stack.tracker(sender)["slots"]


def test_greeting_says_not_a_doctor_and_offers_buttons(stack: RunningStack) -> None:
    replies = stack.send(new_sender(), "hello")
    assert "not a doctor" in texts(replies)
    assert any(r.get("buttons") for r in replies)


def test_faq_answer_with_source(stack: RunningStack) -> None:
    replies = stack.send(new_sender(), "can symptoms be reversed")
    text = texts(replies)
    assert "nerve damage" in text.lower() and "Source: Health.com" in text


def test_sudden_red_flag_is_an_emergency_in_the_first_turn(stack: RunningStack) -> None:
    sender = new_sender()
    replies = stack.send(sender, "I suddenly can't see out of my left eye")
    assert triage_payloads(replies) == ["emergency"]
    assert "vision" in texts(replies) and "911" in texts(replies)
    assert slots(stack, sender)["triage_level"] == "emergency"


def test_red_flag_without_onset_asks_then_not_sure_is_emergency(stack: RunningStack) -> None:
    sender = new_sender()
    first = stack.send(sender, "my balance has been off")
    assert "suddenly" in texts(first).lower() and not triage_payloads(first)
    second = stack.send(sender, "not sure")
    assert triage_payloads(second) == ["emergency"]
    assert stack.tracker(sender)["active_loop"] in ({}, None, {"name": None})


def test_red_flag_without_onset_yes_is_emergency(stack: RunningStack) -> None:
    sender = new_sender()
    stack.send(sender, "my feet feel numb")
    assert triage_payloads(stack.send(sender, "yes")) == ["emergency"]


def test_gradual_report_then_provider_with_risk_factor(stack: RunningStack) -> None:
    sender = new_sender()
    first = stack.send(sender, "I've had a sore tongue and no appetite for a few months")
    assert not triage_payloads(first)
    assert "vegan" in texts(first)  # asks about risk factors (who = self already known)
    final = stack.send(sender, "I'm vegan")
    assert triage_payloads(final) == ["provider"]
    text = texts(final)
    assert "healthcare provider" in text and "vegetarian or vegan diet" in text
    assert "sore tongue" in text and "not a doctor" in text
    assert slots(stack, sender)["triage_level"] == "provider"


def test_child_goes_to_pediatrician(stack: RunningStack) -> None:
    sender = new_sender()
    stack.send(sender, "my 5 year old son has been tired and pale for weeks")
    final = stack.send(sender, "none of those")
    assert triage_payloads(final) == ["provider"]
    assert "pediatrician" in texts(final)


def test_emergency_in_the_middle_of_the_form(stack: RunningStack) -> None:
    sender = new_sender()
    stack.send(sender, "I've been so tired for months")
    assert stack.tracker(sender)["active_loop"].get("name") == "symptom_form"
    replies = stack.send(sender, "and now suddenly my speech is slurred")
    assert triage_payloads(replies) == ["emergency"]
    tracker = stack.tracker(sender)
    assert not (tracker["active_loop"] or {}).get("name")
    assert tracker["slots"]["triage_level"] == "emergency"


def test_emergency_after_an_faq(stack: RunningStack) -> None:
    sender = new_sender()
    assert "Source:" in texts(stack.send(sender, "what foods have b12"))
    assert triage_payloads(stack.send(sender, "my husband just collapsed")) == ["emergency"]


def test_crisis_line_for_self_harm(stack: RunningStack) -> None:
    replies = stack.send(new_sender(), "i want to end my life")
    assert triage_payloads(replies) == ["emergency"]
    assert "988" in texts(replies)


def test_faq_during_form_then_back(stack: RunningStack) -> None:
    sender = new_sender()
    stack.send(sender, "tingling in the feet, came on slowly")
    replies = stack.send(sender, "what foods contain b12")
    text = texts(replies)
    assert "meat" in text and "Who is this about?" in text
    final = stack.send(sender, "me")
    assert "vegan" in texts(final)  # next question: risk factors


def test_out_of_scope_gets_no_b12_answer(stack: RunningStack) -> None:
    replies = stack.send(new_sender(), "what are the symptoms of diabetes")
    text = texts(replies)
    assert "only help with low vitamin B12" in text and "Source:" not in text
    assert "Very unwell right now? Call 911." in text


def test_fallback_offers_topics(stack: RunningStack) -> None:
    replies = stack.send(new_sender(), "zxqv blorp wibble")
    assert "say it another way" in texts(replies)
    assert "Very unwell right now? Call 911." in texts(replies)
    assert any(r.get("buttons") for r in replies)


def test_typed_instruction_after_stop_picks_the_check_up_again(stack: RunningStack) -> None:
    """The paused check says to type "check my symptoms": typed, it works (issue #17)."""
    sender = new_sender()
    stack.send(sender, "my son has been so tired for months")
    stopped = stack.send(sender, "stop")
    assert "check my symptoms" in texts(stopped)
    assert any(b["payload"] == "/report_symptoms" for r in stopped for b in r.get("buttons") or [])
    resumed = stack.send(sender, "check my symptoms")
    assert "Do any of these apply" in texts(resumed), texts(resumed)
    assert "didn't quite get that" not in texts(resumed)
    # its "my" did not make the check about the person typing: still the son's pediatrician
    final = stack.send(sender, "none of these")
    assert triage_payloads(final) == ["provider"] and "pediatrician" in texts(final)


def test_urgent_replies_lead_with_the_number(stack: RunningStack) -> None:
    crisis = texts(stack.send(new_sender(), "i want to end my life"))
    assert crisis.startswith("Call, text or chat 988 now."), crisis
    emergency = texts(stack.send(new_sender(), "my dad just had a seizure"))
    assert emergency.startswith("Call 911 now"), emergency


def test_childrens_signs_send_seizures_to_the_emergency_number(stack: RunningStack) -> None:
    text = texts(stack.send(new_sender(), "what are the signs of b12 deficiency in kids"))
    assert "Sudden or not, call 911 now for:\n• Fainting (syncope)\n• Seizures" in text


@pytest.mark.parametrize("payload", ['/inform{"onset":"sudden"}', '/inform{"onset":"unsure"}'])
def test_onset_buttons(stack: RunningStack, payload: str) -> None:
    sender = new_sender()
    stack.send(sender, "my vision is blurry")
    assert triage_payloads(stack.send(sender, payload)) == ["emergency"]


def _fact(name: str) -> str:
    from bot.triage import facts

    return facts.FACTS[name].text


def test_a_question_that_points_back_at_the_start_is_about_b12(stack: RunningStack) -> None:
    # "it" with nothing before it is low B12, the one thing the assistant talks about
    sender = new_sender()
    assert _fact("other_causes") in texts(stack.send(sender, "what causes it"))
    # ...and the next follow-up leans on that reading: a risk factor named
    assert "Low B12 is more likely with" in texts(stack.send(sender, "what about my metformin"))


def test_a_question_that_points_back_after_a_declined_one_is_declined(
        stack: RunningStack) -> None:
    sender = new_sender()
    assert "only help with low vitamin B12" in texts(stack.send(sender, "what is gout?"))
    replies = stack.send(sender, "how is it treated")
    assert "only help with low vitamin B12" in texts(replies)
    assert "Source:" not in texts(replies)


def test_a_follow_up_that_reads_like_an_onset_answer_gets_the_answer(
        stack: RunningStack) -> None:
    # "fast or slow" read with the question before it looks like an onset answer
    sender = new_sender()
    assert "Physical signs" in texts(stack.send(sender, "what are the symptoms of b12 deficiency"))
    assert _fact("start_mild") in texts(stack.send(sender, "do they come on fast or slow"))


def test_a_follow_up_naming_another_drug_leaves_b12(stack: RunningStack) -> None:
    sender = new_sender()
    stack.send(sender, "can metformin lower b12")
    replies = stack.send(sender, "right. what are the side effects of gliclazide then")
    assert "only help with low vitamin B12" in texts(replies)


def test_symptoms_with_b12_or_something_else_say_no_diagnosis(stack: RunningStack) -> None:
    from bot.triage import knowledge

    replies = stack.send(new_sender(), "tired and pale with a sore tongue for weeks now. "
                                       "is that b12 or something else?")
    assert knowledge.NO_DIAGNOSIS in texts(replies)
    assert "Who is this about?" in texts(replies)  # the symptom check still runs


def test_a_missed_dose_made_up_gets_the_dosing_boundary(stack: RunningStack) -> None:
    replies = stack.send(new_sender(), "forgot my b12 shot last month, should i get 2 next time")
    assert "I can't recommend a dose" in texts(replies)


def test_yes_after_an_answer_starts_the_check_only_when_the_answer_offered_it(
        stack: RunningStack) -> None:
    # the food answer offers no check: "ok" is an acknowledgement
    sender = new_sender()
    assert "Source:" in texts(stack.send(sender, "which foods have vitamin b12 in them"))
    replies = texts(stack.send(sender, "ok"))
    assert "anything else" in replies and "Who is this about?" not in replies
    # the symptom list offers it (its button): "yes" starts it, a bare "ok" only takes the
    # answer in, and the question after it is a follow-up
    sender = new_sender()
    assert "Physical signs" in texts(stack.send(sender, "what are the symptoms of b12 deficiency"))
    assert "in your own words" in texts(stack.send(sender, "yes"))  # the check's first question
    sender = new_sender()
    assert "Physical signs" in texts(stack.send(sender, "what are the symptoms of b12 deficiency"))
    replies = texts(stack.send(sender, "ok"))
    assert "anything else" in replies and "in your own words" not in replies
    assert "mood" in texts(stack.send(sender, "and what about the mood side of it"))


@pytest.mark.parametrize("text", [
    "best way to dry out wet walking shoes overnight",
    "what is cold urticaria? my arms go blotchy out in the garden",
])
def test_a_how_to_or_a_what_is_about_another_topic_is_no_report(stack: RunningStack,
                                                                 text: str) -> None:
    # the learned detector reads a walk or a rash as a red flag here; a request for
    # instructions or a definition reports nothing
    replies = texts(stack.send(new_sender(), text))
    assert "Call 911 now" not in replies and "come on suddenly" not in replies


def test_a_form_answer_typed_before_its_question_is_taken(stack: RunningStack) -> None:
    # the check skipped the onset question (years of it): the reply to it still counts
    sender = new_sender()
    stack.send(sender, "I've had pins and needles in my hands for years now")
    replies = texts(stack.send(sender, "Oh slowly, very slowly."))
    assert "only help with low vitamin B12" not in replies


def test_a_wish_told_about_a_drive_is_a_crisis(stack: RunningStack) -> None:
    # told by a relative, without a word of dying: still the crisis line
    text = "My uncle told me he wishes his car would just go off the road some night."
    assert "988" in texts(stack.send(new_sender(), text))


def test_a_question_after_the_last_form_answer_is_answered_with_the_advice(
        stack: RunningStack) -> None:
    from bot.triage import knowledge

    sender = new_sender()
    stack.send(sender, "my hands have been tingling for a couple of months, it's me, I'm 52")
    replies = stack.send(sender, "no none of those. so how is it treated?")
    assert triage_payloads(replies) == ["provider"]
    assert knowledge.render(knowledge.ANSWERS_BY_KEY["treatment"]) in [
        r.get("text") for r in replies]


def test_another_medicine_with_them_after_b12_tablets_goes_to_the_pharmacist(
        stack: RunningStack) -> None:
    from bot.triage import knowledge

    sender = new_sender()
    stack.send(sender, "my gp has put me on b12 tablets")
    replies = stack.send(sender, "is it alright to take them alongside my statin?")
    assert knowledge.render(knowledge.ANSWERS_BY_KEY["interactions"]) in [
        r.get("text") for r in replies]
