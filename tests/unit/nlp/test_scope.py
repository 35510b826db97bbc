"""The scope gate: other topics are declined without a list of them; B12, the risk factors
the article ties to it, red flags and animals are routed as they must be."""

from __future__ import annotations

import pytest

from bot.nlp import intent_guard, scope_detector, understanding
from bot.nlp.intent_guard import OUT_OF_SCOPE


def route(text: str, intent: str = "faq") -> str | None:
    reading = understanding.read(text)
    return intent_guard.route([(intent, 0.9)], text, reading.findings, reading.hypothetical,
                              scope_detector.load().off_topic(text))


@pytest.mark.parametrize("text", [
    "what are the treatments for plantar fasciitis",
    "is sickle cell disease inherited",
    "how should i store my insulin pens",
    "what is the best way to boil an egg",
])
def test_other_topics_are_declined(text: str) -> None:
    assert route(text) == OUT_OF_SCOPE


@pytest.mark.parametrize("text", [
    "can metformin lower my b12",
    "does pernicious anemia cause it",
    "what is homocysteine",
])
def test_linked_conditions_and_b12_stay_in_scope(text: str) -> None:
    assert route(text) != OUT_OF_SCOPE


def test_a_red_flag_is_never_declined() -> None:
    assert route("since lunch my wife cannot lift her left arm", "out_of_scope") == "emergency"


@pytest.mark.parametrize("text", ["my cat is suddenly limping",
                                  "the dog collapsed this morning, is it b12"])
def test_an_animal_gets_the_decline_not_the_human_emergency(text: str) -> None:
    assert intent_guard.is_about_an_animal(text)
    assert route(text, "emergency") == OUT_OF_SCOPE


def test_any_person_in_the_message_keeps_it_about_people() -> None:
    """Safety first: "I fainted when the dog jumped up" is a person's faint."""
    assert not intent_guard.is_about_an_animal("a dog bit my son and his arm went numb at noon")
    assert not intent_guard.is_about_an_animal("i fainted when the dog jumped up")


def test_the_gate_is_a_probability() -> None:
    p = scope_detector.load().off_topic("what are the side effects of ibuprofen")
    assert intent_guard.OFF_TOPIC <= p <= 1.0


@pytest.mark.parametrize("text", [
    "was feeding the hens and my hand went limp about ten minutes ago",
    "out with the horses this morning and my speech went slurred",
])
def test_a_body_part_only_a_person_has_keeps_it_about_people(text: str) -> None:
    assert not intent_guard.is_about_an_animal(text)


def test_a_care_note_about_a_resident_with_a_pet_is_about_the_resident() -> None:
    assert not intent_guard.is_about_an_animal(
        "res in rm 4 suddenly cant see out of left eye, her cat is upset too")


def test_farm_animals_in_the_plural_get_the_vet() -> None:
    assert intent_guard.is_about_an_animal("the hens stopped laying this week, why")
    assert not intent_guard.is_about_an_animal("i fainted while feeding the hens")


def test_a_greeting_before_the_question_is_not_its_topic() -> None:
    from bot.nlp import scope_detector

    assert scope_detector.without_greeting("Good morning. What are the signs in children?") == (
        "What are the signs in children?")
    assert scope_detector.without_greeting("morning sickness and b12") == (
        "morning sickness and b12")  # a topic, not a greeting
    assert scope_detector.without_greeting("hi") == "hi"


@pytest.mark.parametrize(("text", "declined"), [
    # consumer-health questions about other conditions (training_t18, at a light weight)
    ("Is lupus inherited?", True),
    ("what is the shelf life of insulin", True),
    # ...while B12 questions that do not name B12 stay in scope
    ("will the nerve damage stay for good?", False),
    ("can heavy drinking bring it on", False),
    ("do vegetarians need to worry about it", False),
])
def test_other_conditions_declined_b12_questions_kept(text: str, declined: bool) -> None:
    assert (route(text) == OUT_OF_SCOPE) is declined
