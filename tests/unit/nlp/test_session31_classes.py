"""Classes of failure found by the first runs of h118-h120 and s86-s88, each mended as a
class and tested here with examples written for this file (none is a held-out message).

Needs `make build` (the spaCy pipeline and the red-flag detector).
"""

from __future__ import annotations

import pytest

from bot.nlp import (
    boundaries,
    crisis_means,
    follow_up,
    intent_guard,
    pipeline,
    spelling,
    time_reader,
    understanding,
)
from tests.unit.nlp.test_understanding import emergency

# --- onset --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # how long the level has been low dates the deficiency, not the symptom
    "b12 has been low for two years. at 3 i stood up and my legs went wobbly and weak",
    "ive had low b12 for ages and at half 7 my speech went all slurred",
])
def test_how_long_b12_has_been_low_is_not_the_onset(text: str) -> None:
    assert time_reader.onset(text) != time_reader.GRADUAL, time_reader.cues(text)
    assert emergency(text), understanding.read(text)


def test_a_slow_symptom_beside_a_low_level_stays_slow() -> None:
    text = "my b12 was low and my feet have been numb for months"
    assert time_reader.onset(text) == time_reader.GRADUAL


@pytest.mark.parametrize("text", [
    "lost me balance once back in two thousand and eight, it passed in a week, nowt since",
    "my hands went numb in twenty eleven for a bit, never had anything like it since",
])
def test_a_year_said_in_words_dates_a_past_episode(text: str) -> None:
    assert time_reader.PAST in [c.onset for c in time_reader.cues(text)]
    assert not emergency(text), understanding.read(text)


def test_hurting_oneself_is_no_state_of_being_oneself() -> None:
    # "being herself when..." tells a before of a change; "hurting herself when..." does not
    text = ("she told me she had thoughts of hurting herself when she was at school, forty "
            "years ago, and has been fine since")
    assert time_reader.SUDDEN not in [c.onset for c in time_reader.cues(text)]
    assert understanding.is_history(text, crisis=True)


def test_fine_now_said_without_its_verb() -> None:
    text = "if me ever go blind all at once is it the b12? me fine right now"
    assert understanding.is_hypothetical(text)


# --- symptoms -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "symptom"), [
    ("she went from laughing to barely conscious within minutes", "drowsiness"),
    ("he is semi-conscious on the sofa since tea", "drowsiness"),
    ("dad is more cross and contrary since this morning", "irritability"),
    ("my toes no feeling since lunch", "tingling_numbness"),
])
def test_everyday_words_for_a_red_flag(text: str, symptom: str) -> None:
    assert symptom in pipeline.extract(text).symptoms
    assert emergency(text), understanding.read(text)


def test_no_feeling_after_a_body_part_is_numbness_not_apathy() -> None:
    assert pipeline.extract("my hands no feeling").symptoms == ["tingling_numbness"]


@pytest.mark.parametrize("text", [
    "Pt anxious re B12 following a leaflet, no symptoms",
    "family worried regarding b12 levels, resident well",
])
def test_anxious_about_b12_is_a_worry_not_a_symptom(text: str) -> None:
    assert "anxiety" not in pipeline.extract(text).symptoms


# --- crisis means -------------------------------------------------------------------------------


def test_a_chore_with_hanging_is_no_method() -> None:
    text = "hanging out the laundry I found myself on the grass with no idea how I got there"
    assert crisis_means.spans(text) == []


@pytest.mark.parametrize("text", ["i want to hang myself", "thinking of shooting myself"])
def test_the_method_on_oneself_still_is(text: str) -> None:
    assert crisis_means.spans(text)


# --- not a person -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "my wolfhound keeps scratching his ears raw",
    "our rottweiler collapsed after his walk",
])
def test_a_breed_or_any_hound_is_an_animal(text: str) -> None:
    assert intent_guard.is_about_an_animal(text)


# --- follow-ups and boundaries --------------------------------------------------------------


def test_asking_to_be_told_the_signs_is_no_diagnosis_request() -> None:
    assert intent_guard._ASKS_TO_BE_TOLD.search("could you tell me the main causes of low b12")
    assert not intent_guard._ASKS_TO_BE_TOLD.search("can you tell me if my b12 is low")


@pytest.mark.parametrize(("previous", "text", "key"), [
    ("physical_symptoms", "do these signs come on all together", "progression"),
    ("neurological_symptoms", "and how do they change as time goes on? do they get worse",
     "progression"),
    ("progression", "once treated can you go back to normal", "reversible"),
    ("what_is_deficiency", "is the damage permanent", "reversible"),
    ("physical_symptoms", "where'd you get all that", "sources"),
])
def test_a_follow_up_asks_how_signs_come_or_whether_they_undo(previous: str, text: str,
                                                              key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


@pytest.mark.parametrize(("text", "key"), [
    # dialect "wat"/"wah" (what): a question about a kind of the list, not a report
    ("wat about the nerve stuff like tingling", "neurological_symptoms"),
    ("wah bout di mind ones like worry", "psychological_symptoms"),
])
def test_a_kind_of_the_list_asked_in_dialect(text: str, key: str) -> None:
    symptoms = tuple(pipeline.extract(text).symptoms)
    assert follow_up.may_follow(text, "report_symptoms", bool(symptoms))
    assert follow_up.rule_key(text, "physical_symptoms", symptoms) == key


def test_a_risk_factor_the_article_names_is_no_other_substance_in_a_follow_up() -> None:
    assert not follow_up.names_another_topic("and what about heavy drinking?")
    assert follow_up.names_another_topic("and what about ibuprofen?")


@pytest.mark.parametrize("text", [
    "could the jabs interfere with my blood thinners",
    "will those pills interact with the statins",
])
def test_it_said_to_act_on_another_medicine_is_an_interaction(text: str) -> None:
    assert boundaries.takes_it_with(text)


def test_scots_a_for_i_after_a_modal() -> None:
    text = "should a gie ma wee lad the tablets an all? he's 6"
    assert "should i give my wee" in spelling.correct(text)
    assert boundaries.read(text) == boundaries.DOSING
    assert "i had a go" in spelling.correct("i had a go")


@pytest.mark.parametrize(("text", "key"), [
    ("can i double up on the b12 if i forgot yesterday", "dosing"),
    ("my son is 2 how many b12 gummies", "dosing"),
    ("are 3 b12 pills a day too much", "dosing"),
    ("the nurse gives me b12 jabs, can i replace them with tablets myself", "stop_medicine"),
])
def test_dose_and_change_requests_said_other_ways(text: str, key: str) -> None:
    assert boundaries.read(text) == key


def test_a_gonna_question_about_the_weather_points_nowhere() -> None:
    assert not follow_up.points_back("is it gonna snow tomorrow", "out_of_scope", False)


def test_amino_acid_names_the_homocysteine_answer() -> None:
    assert follow_up.rule_key("what was that amino acid again", "neurological_symptoms") == (
        "homocysteine")


@pytest.mark.parametrize("text", [
    "gran has been giving away her rings and says she won't be around for her birthday",
    "ive collected all my sleeping tablets, life is meaningless",
])
def test_a_crisis_said_by_what_is_done_or_meant(text: str) -> None:
    assert "self_harm" in understanding.read(text).findings.symptoms
    assert emergency(text)


def test_scots_hasnae_had_denies() -> None:
    text = "she hisna hid ony fits, just tired a lot"
    assert "seizures" not in pipeline.extract(spelling.correct(text)).symptoms


@pytest.mark.parametrize("text", [
    "grandad keeps losing his balance since his tea",
    "at 5 she was fine, now she's falling to one side when she stands",
    "his walking is not normal since this morning",
    "I was in the garden and found myself lying on the grass, no memory of going down",
])
def test_red_flags_said_in_everyday_words(text: str) -> None:
    assert emergency(text), understanding.read(text)
