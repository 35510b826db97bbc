"""Requests the assistant must not fulfil get their boundary answer; questions the
article answers do not (issue #14)."""

from __future__ import annotations

import pytest

from bot.nlp import boundaries, intent_guard
from bot.nlp.pipeline import Findings, extract


@pytest.mark.parametrize("text", [
    "do i have b12 deficiency?",
    "just tell me yes or no",
    "is it my b12 or my thyroid",
    "am i deficient",
    "could my pins and needles be b12",
    "can you diagnose me please",
    "my level came back 180, does that mean i'm deficient",
])
def test_diagnosis_requests(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize(("text", "key"), [
    ("how many mcg should i take every day", boundaries.DOSING),
    ("is 5000 mcg too much", boundaries.DOSING),
    ("can i give my b12 gummies to my 3 year old", boundaries.DOSING),
    ("how often should i have the injections", boundaries.DOSING),
    ("should i stop my metformin", boundaries.STOP_MEDICINE),
    ("can i come off omeprazole to help my b12", boundaries.STOP_MEDICINE),
    ("is it ok to take b12 with my blood pressure pills", boundaries.INTERACTIONS),
    ("b12 and levothyroxine at the same time?", boundaries.INTERACTIONS),
])
def test_dosing_and_medicine_requests(text: str, key: str) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "how much b12 does an adult need a day",
    "what foods have b12",
    "can metformin cause low b12",
    "is b12 deficiency reversible",
    "what are the symptoms in children",
])
def test_article_questions_are_not_boundaries(text: str) -> None:
    assert boundaries.read(text) is None


def test_another_drugs_dose_is_out_of_scope() -> None:
    text = "what melatonin dose for my 8 year old"
    assert intent_guard.boundary("faq", text, Findings(), off_topic=0.9) == (
        intent_guard.OUT_OF_SCOPE, None)


def test_a_b12_dose_is_a_boundary_even_when_the_scope_gate_doubts() -> None:
    text = "how many mg should i take"
    assert intent_guard.boundary("out_of_scope", text, Findings(), off_topic=0.9) == (
        intent_guard.FAQ, boundaries.DOSING)


def test_a_diagnosis_request_with_symptoms_stays_a_symptom_report() -> None:
    text = "my feet have been numb for months, do i have it?"
    findings = extract(text)
    assert findings.symptoms
    assert intent_guard.boundary("report_symptoms", text, findings, 0.0) == (
        intent_guard.REPORT_INTENT, boundaries.DIAGNOSIS)


def test_an_emergency_is_never_a_boundary() -> None:
    text = "do i have b12 deficiency? i fainted an hour ago"
    assert intent_guard.boundary(intent_guard.EMERGENCY_INTENT, text, extract(text), 0) is None


@pytest.mark.parametrize(("text", "animal"), [
    ("my dog suddenly can't walk on his back legs what do i do", True),
    ("our cat was fine at breakfast and now she keeps wobbling", True),
    ("I fainted while walking my dog", False),
    ("she fell and the dog was barking, she cant get up", False),
    ("my cat died and i want to kill myself", False),
    ("my calf has been numb since this morning", False),
])
def test_animals_and_people(text: str, animal: bool) -> None:
    assert intent_guard.is_about_an_animal(text) is animal


def test_a_dose_question_with_a_symptom_keeps_the_symptom_check() -> None:
    text = "how much b12 should i take, my legs have been numb for weeks"
    findings = extract(text)
    assert findings.symptoms
    assert intent_guard.boundary("faq", text, findings, 0.0) == (
        intent_guard.REPORT_INTENT, boundaries.DOSING)


@pytest.mark.parametrize("text", [
    "my strength has been going for months",
    "i drink about 20 units a week, is that a risk",
])
def test_words_that_also_describe_symptoms_are_no_dose_question(text: str) -> None:
    assert boundaries.read(text) != boundaries.DOSING


@pytest.mark.parametrize("text", [
    "sore tongue and pins and needles for weeks. so it's b12 deficiency, right?",
    "hb came back low, does that confirm a b12 deficiency",
    "is it his b12 or could it be something else entirely",
    "is her forgetfulness low b12 or is she just getting old",
    "would you class a level of 180 as deficient",
    "tingly feet, vegan since 2019, diagnosis?",
])
def test_more_ways_of_asking_for_a_diagnosis(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", [
    "is b12 in eggs or just meat",
    "can low b12 cause anaemia, yes?",
])
def test_questions_about_b12_itself_are_not_diagnosis_requests(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize("text", [
    "my ferritin is fine but mch is 35, does this point to pernicious anaemia",
    "b12 came back at 190 pg/ml, is that too low?",
])
def test_reading_a_result_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", [
    "does that mean i need more b12 in my food",
    "what b12 level counts as normal",
])
def test_asking_what_a_fact_means_is_not(text: str) -> None:
    assert boundaries.read(text) != boundaries.DIAGNOSIS


def test_a_question_about_a_risk_factor_is_answered_not_checked() -> None:
    text = "i had a gastric band fitted three years back, am i at risk for low b12?"
    found = extract(text)
    assert found.risk_factors and not found.symptoms
    assert intent_guard.route([("report_symptoms", 0.8)], text, found) == "faq"


@pytest.mark.parametrize("text", [
    "my brother drinks too much cider, does that lower b12",  # too much of something else
    "can teenagers get b12 deficiency or is it an older person thing",  # in general
    "got diagnosed with coeliac last month, should my b12 be checked",
    "is 2.4 mcg enough when breastfeeding",  # the article's daily amount
])
def test_words_of_a_boundary_used_for_something_else(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize("text", [
    "tired and pale for months, does this sound like b12 to you?",
    "my feet burn at night for weeks, b12 or diabetes, which one",
    "my legs ache after runs for a month, b12 deficiency or overtraining?",
    "could you tell us if mum has b12 deficiency, she's been forgetful for a year",
])
def test_asking_which_cause_or_how_it_sounds_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", ["what foods have b12 or iron?",
                                  "is b12 or iron more important for energy?"])
def test_either_or_in_general_is_not(text: str) -> None:
    assert boundaries.read(text) is None
