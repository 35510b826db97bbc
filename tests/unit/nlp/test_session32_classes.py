"""Classes of failure found by the first runs of h122-h123 and s90-s91, each mended as a
class and tested here with examples written for this file (none is a held-out message).

Needs `make build` (the spaCy pipeline and the detectors).
"""

from __future__ import annotations

import pytest

from bot.nlp import boundaries, intent_guard, spelling, time_reader, understanding
from tests.unit.nlp.test_understanding import emergency

# --- a crisis beside a sentence about B12 ---------------------------------------------------
# (the detector, read sentence by sentence, could not tell these from plain sentences of short
# messages: "I want to make a poster for work" read 0.80 a crisis; so the words carry them)


@pytest.mark.parametrize("text", [
    "been cutting again coz everything feels pointless. my b12 came back low",
    "started cutting again after the results. b12 was 140",
    "the lads would be far happier in the long run once I'm gone. b12 was 140",
    "my wife would be freer of all this were I no longer around. Tired all the time.",
])
def test_a_crisis_sentence_beside_a_b12_sentence_is_read(text: str) -> None:
    reading = understanding.read(text)
    assert "self_harm" in reading.findings.symptoms, reading
    assert emergency(text)


@pytest.mark.parametrize("text", [
    "hello, i want to ask a few things please. what foods have b12 in them",
    "I am tired of waiting for the clinic. Can I get B12 tablets at the chemist?",
    "the tingling is easier once I'm up and about. Is that b12?",
])
def test_a_plain_sentence_beside_a_question_is_no_crisis(text: str) -> None:
    assert "self_harm" not in understanding.read(text).findings.symptoms


def test_a_crisis_long_over_and_well_now_is_history() -> None:
    text = ("Thirty years back, at college, I had black thoughts and got counselling, now I "
            "am fine and busy with grandchildren. My B12 is low, does it matter?")
    assert not emergency(text), understanding.read(text)


def test_a_crisis_of_last_week_is_not_history_for_a_fine_now() -> None:
    assert emergency("i wanted to end it last week, now i'm ok i suppose")


# --- onset: two guesses, one recent ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "she cannot follow what we say to her. maybe is new, maybe long time, nobody knows",
    "his speech is muddled, maybe it's been a while maybe it's recent",
])
def test_two_guesses_one_recent_are_unsure(text: str) -> None:
    assert time_reader.onset(text) == time_reader.UNSURE, time_reader.cues(text)


def test_two_slow_guesses_stay_slow() -> None:
    assert time_reader.onset("numb toes, maybe months maybe years") != time_reader.UNSURE


def test_a_long_ago_offered_as_a_guess_dates_nothing() -> None:
    text = "my aunt keeps forgetting names, not sure whether it began lately or years back"
    assert emergency(text), understanding.read(text)


def test_since_the_bus_is_a_recent_event() -> None:
    assert time_reader.onset("his words are all jumbled since the bus this morning") in (
        time_reader.SUDDEN, time_reader.UNSURE)
    assert time_reader.onset("slurring since the bus") == time_reader.UNSURE


# --- words --------------------------------------------------------------------------------


def test_lost_all_recollection_is_memory() -> None:
    reading = understanding.read("out of the blue she has lost all recollection of the week")
    assert "memory_problems" in reading.findings.symptoms


def test_scots_an_before_a_clause_ends_a_denial() -> None:
    assert spelling.correct("he's no makkin sense an canna mind me") == (
        "he's no making sense and can't mind me")
    reading = understanding.read(
        "since teatime he's no makkin any sense an canna mind wha his son is")
    assert "memory_problems" in reading.findings.symptoms
    assert "memory_problems" not in reading.findings.negated_symptoms


def test_an_as_an_article_stays() -> None:
    assert spelling.correct("i had an eye test") == "i had an eye test"


@pytest.mark.parametrize("text, key", [
    ("since dinner she's reeling about the kitchen", "balance_problems"),
    ("he keeps tumbling about the flat since this morning", "balance_problems"),
    ("since lunch my mother can't stay on her feet", "balance_problems"),
    ("since the weekend he been miserable and snapping", "depression"),
    ("she get vex over nothing since yesterday", "anger"),
])
def test_dialect_words_name_their_domain(text: str, key: str) -> None:
    assert key in understanding.read(text).findings.symptoms


def test_jamaican_mi_before_a_verb_is_i() -> None:
    assert spelling.correct("so mi should stop the tablets?") == "so i should stop the tablets?"
    assert spelling.correct("mi man cyaan walk") == "mi man can't walk"
    assert boundaries.read(spelling.correct("mi should stop di metformin then?")) == (
        boundaries.STOP_MEDICINE)


# --- boundaries ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "how much b12 baby?",
    "how many b12 drops 4 year old",
    "my b12 tablets for my daughter ok?",
    "adult b12 spray for a toddler alright?",
])
def test_a_childs_amount_in_few_words_is_dosing(text: str) -> None:
    assert boundaries.read(text) == boundaries.DOSING


def test_how_many_children_get_it_is_no_dose() -> None:
    assert boundaries.read("how many children get low b12?") != boundaries.DOSING


@pytest.mark.parametrize("text", [
    "I also take water tablets. Together is that ok?",
    "mum is on warfarin too, together safe?",
])
def test_together_ok_asks_of_two_taken_together(text: str) -> None:
    assert boundaries.asks_together(text)


# --- another topic named first ------------------------------------------------------------


def test_what_is_another_condition_drops_the_detectors_crisis() -> None:
    text = "wats sarcoidosis my uncle just found out he has it"
    reading = understanding.read(text)
    assert intent_guard.names_another_topic_first(text)
    if reading.inferred:
        assert intent_guard.doubts_inferred(reading, text, off_topic=0.1)


@pytest.mark.parametrize("text", [
    "whats the point of going on",
    "what is the point anymore, i want to go to sleep and not wake up",
])
def test_whats_the_point_is_never_another_topic(text: str) -> None:
    assert not intent_guard.names_another_topic_first(text)
    assert emergency(text)


# --- the confirmation set's classes (h124, s92) ---------------------------------------------


@pytest.mark.parametrize("text", [
    "my brother keeps saying the family would be better off once he's gone",
    "she told me they'd all be happier if she was no longer around",
    "most days I feel I shouldn't exist at all",
])
def test_burden_and_not_deserving_to_be_are_a_crisis(text: str) -> None:
    assert "self_harm" in understanding.read(text).findings.symptoms


def test_a_crisis_recovered_from_long_ago_with_i_am_now_well_is_history() -> None:
    text = ("Back in my twenties I had suicidal thoughts and recovered with therapy, forty "
            "years ago. I am now perfectly well. Does low B12 matter for me?")
    assert not emergency(text), understanding.read(text)


def test_then_come_a_meal_is_the_same_day() -> None:
    text = "fine at milking first thing then come teatime his left eye went all grey"
    assert time_reader.onset(text) == time_reader.SUDDEN
    assert time_reader.onset("numb toes for months, but come evening they ease") != (
        time_reader.SUDDEN)


def test_a_comparative_mood_word_names_the_mood() -> None:
    assert "irritability" in understanding.read(
        "dad's been crankier than ever since this afternoon").findings.symptoms


@pytest.mark.parametrize("text, key", [
    ("can I up my b12 tablets to four a day myself?", boundaries.DOSING),
    ("on warfarin, ok if i add b12 spray?", boundaries.INTERACTIONS),
])
def test_changing_ones_amount_and_adding_beside_a_medicine(text: str, key: str) -> None:
    assert boundaries.read(text) == key


def test_adding_b12_to_food_is_no_interaction() -> None:
    assert boundaries.read("can i add b12 drops to porridge") != boundaries.INTERACTIONS


def test_a_thanks_before_a_follow_up_is_no_question_about_the_assistant() -> None:
    from bot.nlp import follow_up
    assert follow_up.is_follow_up("Cheers, thank you. And for teenagers?", "thanks", False)
    assert not follow_up.is_follow_up("thank you, are you a real doctor?", "thanks", False)


def test_a_learner_is_a_child_not_another_topic() -> None:
    from bot.nlp import follow_up
    text = "and for a learner of nine, how much should she take?"
    assert follow_up.may_follow(text, "out_of_scope", False)
    assert boundaries.read(text) == boundaries.DOSING
