"""Classes of failure found by the first runs of h103-h105 and s71-s73, each mended as a
class and tested here with examples written for this file (none is a held-out message).

Needs `make build` (the spaCy pipeline and the red-flag detector).
"""

from __future__ import annotations

import pytest

from bot.nlp import (
    boundaries,
    follow_up,
    intent_guard,
    language_id,
    spelling,
    time_reader,
    understanding,
)
from bot.nlp import pipeline as nlp
from bot.triage import lexicon
from tests.unit.nlp.test_understanding import emergency

# --- onset -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a doubt said with "couldn't tell" is a doubt
    "my feet drag now and I couldn't tell you whether it came on fast or slow",
    "his grip is weak, I couldnae tell if it was this week or months",
    # two guesses, one of them recent
    "her words are jumbled. might have been building for a while, might have started today",
])
def test_a_doubt_about_the_onset_is_never_read_as_gradual(text: str) -> None:
    # (unsure, like sudden, means the emergency answer for a red flag)
    assert time_reader.onset(text) in (time_reader.UNSURE, time_reader.SUDDEN), \
        time_reader.cues(text)


def test_two_guesses_both_long_ago_stay_gradual() -> None:
    text = "could have been coming on for a year, might have been two"
    assert time_reader.onset(text) == time_reader.GRADUAL, time_reader.cues(text)


@pytest.mark.parametrize("text", [
    # fine earlier today, said as "no trouble" or "first thing"
    "first thing he was no bother at all, now he can't lift his left arm",
    "she was out feeding the hens first thing no trouble, by lunch she couldnt stand up",
    # an hour of today told plainly
    "since we got in about four my wife keeps forgetting what she just said",
    "he came home at seven and his face was drooping on one side",
])
def test_a_time_of_today_is_sudden_for_a_red_flag(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "since 3 weeks my toes are numb",
    "she has had no bother at all with her balance for years",
])
def test_spans_and_no_bother_are_no_recent_time(text: str) -> None:
    assert time_reader.onset(text) != time_reader.SUDDEN, time_reader.cues(text)


def test_seeing_poorly_at_dusk_is_a_habit_not_an_onset() -> None:
    assert time_reader.onset("grandad cannot see well at dusk when he drives") is None
    # ...a change since dawn still is one
    assert time_reader.onset("cant see out of my right eye since dawn") == time_reader.SUDDEN


# --- words ---------------------------------------------------------------------------------

def test_without_warning_has_one_list_for_the_lexicon_and_the_time_reader() -> None:
    assert "without the slightest warning" in lexicon.WITHOUT_WARNING
    assert "without the slightest warning" in lexicon.ONSET_PHRASES["sudden"]
    for phrase in ("with not a bit of warning", "without a moments warning", "no warning"):
        assert time_reader.onset(f"{phrase} her leg gave way") == time_reader.SUDDEN, phrase


@pytest.mark.parametrize("text", [
    "I keep thinking about ending my own life",
    "my uncle says he wants to end his own life",
])
def test_own_life_is_the_same_crisis(text: str) -> None:
    assert "self_harm" in nlp.extract(text).symptoms


@pytest.mark.parametrize("text", [
    "she has been scratching her wrists till they bleed",
    "found him cutting his wrists in the bathroom",
])
def test_marks_on_the_wrists_are_self_harm(text: str) -> None:
    assert "self_harm" in nlp.extract(text).symptoms


def test_a_scratched_arm_may_only_itch() -> None:
    assert "self_harm" not in nlp.extract("the eczema has me scratching my arms all night").symptoms


@pytest.mark.parametrize(("text", "faint"), [
    ("he was out for about a minute then came round", True),
    ("she was out for 30 seconds on the kitchen floor", True),
    ("been puffed out for a few months now", False),
    ("i was out for a walk when my feet started to ache", False),
])
def test_out_for_a_time_only_a_faint_lasts(text: str, faint: bool) -> None:
    assert ("loss_of_consciousness" in nlp.extract(text).symptoms) is faint


def test_b12_said_in_words_is_b12() -> None:
    assert spelling.correct("does vitamin bee twelve help") == "does vitamin b12 help"
    assert spelling.correct("low b-twelve again") == "low b12 again"


# --- who and what it is about ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "grandad keeled over in the cow shed an hour ago and is only just talking",
    "my son had a fit at the dog show this afternoon",
])
def test_an_animal_word_naming_a_place_is_no_animal_patient(text: str) -> None:
    assert not intent_guard.is_about_an_animal(text)


def test_an_animal_itself_still_gets_the_vet() -> None:
    assert intent_guard.is_about_an_animal("the pony collapsed in the field this morning")


def test_a_time_ahead_in_an_inverted_conditional_is_hypothetical() -> None:
    text = "Should my father at some point lose his balance suddenly, is that an emergency?"
    assert understanding.read(text).hypothetical
    assert not emergency(text)


# --- scope -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "anaemia of chronic kidney disease, what is it?",
    "is haemolytic anemia inherited",
    "anemia after a big bleed, does it last?",
])
def test_another_anaemia_is_named(text: str) -> None:
    assert intent_guard.names_another_anaemia(text)


def test_another_anaemia_points_nowhere_back() -> None:
    text = "anaemia from blood loss, is it permanent?"
    assert not follow_up.may_follow(text, "faq", False)
    assert not intent_guard.names_another_anaemia("is the anaemia from low b12 permanent?")


@pytest.mark.parametrize("text", [
    "can sertraline make you sleepy in the afternoon",
    "does sunburn make you dizzy when you stand up",
])
def test_a_general_question_about_another_topics_symptom_is_declined(text: str) -> None:
    reading = understanding.read(text)
    assert intent_guard.route([("faq", 0.6), ("out_of_scope", 0.3)], text, reading.findings,
                              reading.hypothetical, off_topic=0.8) == "out_of_scope"


def test_a_general_question_about_b12s_symptom_is_answered() -> None:
    text = "can low b12 make you dizzy when you stand up"
    reading = understanding.read(text)
    assert intent_guard.route([("faq", 0.9)], text, reading.findings, reading.hypothetical,
                              off_topic=0.1) is None


@pytest.mark.parametrize("text", [
    "snap my b12 tablet in two and give half to my niece's 6 year old?",
    "those adult b12 pills, can I share one with my 9 year old",
])
def test_sharing_ones_tablets_with_a_child_is_a_dose(text: str) -> None:
    assert boundaries.read(text) == boundaries.DOSING


@pytest.mark.parametrize("text", [
    "my son keeps breaking his toys since he started the tablets",
    "my daughter cut her knee, can she still take her tablets",
])
def test_a_child_and_tablets_without_sharing_is_no_dose(text: str) -> None:
    assert boundaries.read(text) != boundaries.DOSING


def test_a_word_both_languages_share_tells_neither() -> None:
    assert language_id.language("Was macht Vitamin B12 im Körper?") == "de"
    assert language_id.language("Was my vitamin B12 level low in the test?") == "en"


# --- idioms the detector reads plainly --------------------------------------------------------

@pytest.mark.parametrize(("text", "plain"), [
    ("the wait for the bloods is killing me", "is hard on me"),
    ("dying to find out what the gp says", "keen to find out"),
    ("i just want to feel human again", "keen to feel human"),
    ("we cannot go on paying for the bus to every appointment", "can't keep paying"),
    ("my sister has it but I've had no bother at all", "I've had fine"),
])
def test_everyday_idioms_are_said_plainly_for_the_detector(text: str, plain: str) -> None:
    from bot.nlp import idioms
    assert plain in idioms.plain(text)


@pytest.mark.parametrize("text", [
    "i want to die",
    "i cant go on living like this",
    "everyone would be better off without me",
    "this is killing me, i want it all to end",
    "i'd be no bother to anyone if i was gone",
])
def test_a_crisis_is_never_made_plain(text: str) -> None:
    from bot.nlp import idioms
    assert idioms.plain(text) == text


# --- h106 and h107's first runs (on 757772a) -------------------------------------------------

@pytest.mark.parametrize("text", [
    "from after we had de Sunday dinner my aunty can't keep her balance at all",
    "this tea time he's gone all muddled and doesn't know our names",
    "Acute change in speech noted at handover, words slurred. Known low B12.",
    "the doctors cannot agree whether his unsteady walking is new or old",
    "in the past hour i can't cross the kitchen without stumbling into the counter",
    "my husband, with no warning at all, is almost impossible to rouse",
])
def test_more_ways_a_red_flag_is_told_as_sudden(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "honestly what is the use of living anymore",
    "sometimes i think i'd be better to go under a bus",
    "i just wish i could vanish",
])
def test_more_ways_a_crisis_is_told(text: str) -> None:
    assert "self_harm" in understanding.read(text).findings.symptoms


@pytest.mark.parametrize("text", [
    "Were she to notice a sudden change in her eyesight, would that be the B12?",
    "ok supposing my legs went weak one day all of a sudden, would that be an emergency?",
])
def test_more_hypotheticals(text: str) -> None:
    assert understanding.read(text).hypothetical


def test_tending_animals_with_the_subject_left_out_is_the_teller() -> None:
    assert not intent_guard.is_about_an_animal(
        "was out feeding the calves at six, fine, now since lunch my left arm won't lift")


def test_scots_nae_bother_is_the_fine_before_a_change() -> None:
    # one idiom list (idioms.NO_BOTHER) for the detector and the time reader
    cues = time_reader.cues("he was nae bother at breakfast, now he cannae lift his arm")
    assert any("nae bother" in c.text for c in cues), cues
