"""Words that name a topic of their own (bot.nlp.topic_words)."""

from __future__ import annotations

import pytest

from bot.nlp import topic_words
from bot.nlp.intent_guard import OUT_OF_SCOPE, route
from bot.nlp.pipeline import extract


@pytest.mark.parametrize(("text", "words"), [
    ("what are the treatments for plantar fasciitis", ["plantar", "fasciitis"]),
    ("is tinnitus curable", ["tinnitus"]),
    ("can you have symptoms before you're anaemic", []),  # British spelling of ours
    ("what does b12 do in the body", []),
    ("would the jabs sort that out", []),
])
def test_rare_words_outside_b12_questions(text: str, words: list[str]) -> None:
    assert topic_words.own_topic_words(text) == words


def test_words_of_b12_questions_come_from_the_faq_examples() -> None:
    assert {"sublingual", "homocysteine", "jabs"} <= topic_words.faq_words()
    assert topic_words.in_b12_questions("the") and not topic_words.in_b12_questions("manila")


@pytest.mark.parametrize(("text", "wanted"), [
    ("what are the treatments for plantar fasciitis", OUT_OF_SCOPE),
    ("who should take ubiquinol and why", OUT_OF_SCOPE),
    ("how is pernicious anaemia treated", None),  # a B12 term anchors it
    ("does lansoprazole lower b12", None),
    ("my feet tingle, is it neuropathy", "report_symptoms"),  # a symptom: the check
])
def test_an_faq_with_a_word_of_its_own_is_declined(text: str, wanted: str | None) -> None:
    assert route([("faq", 0.9)], text, extract(text)) == wanted


def test_a_disease_named_after_a_person_is_a_topic_of_its_own() -> None:
    assert topic_words.own_topic_words("What is Graves' disease?") == ["graves"]
    assert topic_words.own_topic_words("does crohn's disease cause low b12") == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("how long does it take to walk 5k at a normal pace", OUT_OF_SCOPE),
    ("how long does it take to work", None),  # the treatment working
    ("how long does it take to feel better after the jab", None),
])
def test_how_long_a_doing_takes_is_not_improvement_time(text: str, wanted: str | None) -> None:
    assert route([("faq", 0.9)], text, extract(text)) == wanted


def test_a_contraction_without_its_apostrophe_names_no_topic() -> None:
    assert topic_words.own_topic_words("and what if theyre breastfeeding") == []
    assert topic_words.own_topic_words("what if shes expecting twins") == []
    assert topic_words.own_topic_words("is rosacea catching") == ["rosacea"]


def test_a_possibility_about_a_topic_of_its_own_is_declined() -> None:
    text = "is untreated glaucoma dangerous if you leave it"
    assert route([("faq", 0.9)], text, extract(text), hypothetical=True) == OUT_OF_SCOPE
