"""Follow-ups mended in session 36, each as a class (examples written for this file, none a
held-out message)."""

from __future__ import annotations

import pytest

from bot.nlp import follow_up


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("was any of that reviewed by a doctor?", "sources", "sources"),
    ("how quickly, roughly?", "progression", "progression"),
    ("and at what rate?", "progression", "progression"),
    ("who usually gets it?", "what_is_b12", "risk_factors"),
    ("so what's b12 itself?", "what_is_deficiency", "what_is_b12"),
    ("ok and what does it even do?", "daily_amount", "what_is_b12"),
    ("why do people end up short of it?", "food_sources", "triggers"),
    ("even the nerve problems?", "treatment", "reversible"),
    ("and will it all be ok again?", "improvement_time", "reversible"),
    ("an if yu no get enough, what happen to di blood", "what_is_b12", "anemia"),
    ("and if not enough?", "food_sources", "what_is_deficiency"),
    ("could it be given alongside my metformin?", "treatment", "interactions"),
    ("what about anxiety?", "psychological_symptoms", "psychological_symptoms"),
    ("what about eggs?", "food_sources", "food_sources"),
    ("and how is that put right?", "triggers", "treatment"),
])
def test_rule_key(text: str, previous: str, key: str) -> None:
    assert follow_up.may_follow(text, "faq", False, previous)
    assert follow_up.rule_key(text, previous) == key


def test_taken_alongside_another_medicine_is_an_interaction() -> None:
    from bot.nlp import boundaries

    # (another drug than the article's: the conversation layer reads it, B12 named before)
    assert boundaries.takes_it_with("could they be taken alongside her warfarin?")


def test_what_about_a_thing_the_answer_does_not_name_is_no_follow_up() -> None:
    assert follow_up.rule_key("what about the weather", "food_sources") is None
    assert not follow_up.may_follow("what about my cat", "faq", False, "food_sources")


@pytest.mark.parametrize("text", ["ok", "Right.", "got it", "okay then"])
def test_a_bare_acknowledgement(text: str) -> None:
    assert follow_up.only_acknowledges(text)


@pytest.mark.parametrize("text", ["yes", "yes please", "sure", "ok check my symptoms"])
def test_a_yes_is_no_bare_acknowledgement(text: str) -> None:
    assert not follow_up.only_acknowledges(text)


@pytest.mark.parametrize("text", [
    "when does the chemist open on sunday",
    "what's the best fertiliser for tomatoes",
])
def test_a_question_of_its_own_stands_alone(text: str) -> None:
    assert follow_up.stands_alone(text)
    assert not follow_up.is_follow_up(text, "out_of_scope", False)


@pytest.mark.parametrize("text", [
    "and for teenagers?", "does that count", "so how long does it take", "is liver good",
    "what about oat milk then",
])
def test_a_follow_up_does_not_stand_alone(text: str) -> None:
    assert not follow_up.stands_alone(text)


def test_a_tag_after_the_thing_asked_about() -> None:
    assert follow_up.rule_key("wat about anxiety tho", "psychological_symptoms") == (
        "psychological_symptoms")


def test_how_long_to_have_an_effect_after_the_treatment() -> None:
    assert follow_up.rule_key("and how long till they have any effect?", "treatment") == (
        "improvement_time")
