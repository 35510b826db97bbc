"""Classes of failure found at the start of session 37 (the gaps left open at the end of
session 36), each mended as a class and tested here with examples written for this file
(none is a held-out message).

Needs `make build` (the spaCy pipeline and the detectors).
"""

from __future__ import annotations

import pytest

from bot.nlp import (
    boundaries,
    follow_up,
    intent_guard,
    pipeline,
    scope_detector,
    spelling,
    time_reader,
    understanding,
)
from tests.unit.nlp.test_understanding import emergency

# --- a rare verb of the request itself is no topic of its own ------------------------------


def _boundary(text: str) -> tuple[str, str | None] | None:
    reading = understanding.read(text)
    return intent_guard.boundary(None, text, reading.findings,
                                 scope_detector.load().off_topic(text), reading.hypothetical)


@pytest.mark.parametrize("text", ["ought I to discontinue it?", "may we discontinue them now?",
                                  "should she cease taking it?"])
def test_leave_to_stop_with_a_rare_verb_is_the_boundary(text: str) -> None:
    assert _boundary(text) == (intent_guard.FAQ, boundaries.STOP_MEDICINE)


def test_another_drug_named_in_the_request_stays_its_own_topic() -> None:
    text = "can I discontinue my gliclazide?"
    reading = understanding.read(text)
    assert intent_guard.route([("faq", 0.9)], text, reading.findings, reading.hypothetical,
                              scope_detector.load().off_topic(text)) == intent_guard.OUT_OF_SCOPE


# --- "ave" after its subject is "have", opening a clause "I've" -----------------------------


@pytest.mark.parametrize(("text", "read"), [
    ("she ave been falling down", "she have been falling"),
    ("mi granny ave had dizzy spells", "granny have had"),
    ("av no had any since", "I've not had any"),
    ("so av been dizzy", "so I've been dizzy"),
])
def test_have_after_its_subject_and_at_a_clause_start(text: str, read: str) -> None:
    assert read in spelling.correct(text)


# --- a childhood said in Scots is long ago; a date of the last few days is recent ---------


@pytest.mark.parametrize("text", ["when she was a wee lass", "as a lad",
                                  "back when I was a laddie"])
def test_a_childhood_in_scots_is_long_ago(text: str) -> None:
    assert [c.onset for c in time_reader.cues(text)] == [time_reader.PAST]


def test_a_faint_long_ago_in_scots_is_history() -> None:
    assert not emergency("When I was a lassie I blacked out at the dancing. Never since, "
                         "I'm seventy now. Does B12 run in families?")


def test_a_faint_days_ago_is_recent_however_well_since() -> None:
    assert emergency("Last Thursday I passed out in the queue at the post office and came "
                     "round quickly. I've been fine since. Is it my B12?")


def test_a_faint_dated_long_ago_stays_history_beside_a_weekday() -> None:
    assert not emergency("Decades ago, as a schoolgirl, I passed out at Friday assembly. It "
                         "never happened again.")


def test_a_date_is_not_dated_by_the_childhood_told_after_it() -> None:
    text = ("had a fit in the yard last week the wife found me had fits as a boy but none in "
            "forty years")
    assert emergency(text)


def test_nothing_in_years_is_no_slow_onset() -> None:
    assert not any(c.onset == time_reader.GRADUAL
                   for c in time_reader.cues("had fits as a boy but nothing in forty years"))


def test_a_meal_in_a_habit_beside_a_slow_change_is_no_onset() -> None:
    text = ("my husband's memory has slipped little by little for two years, he forgets "
            "names at dinner and so on")
    assert not emergency(text)


def test_apart_from_night_is_no_time() -> None:
    assert time_reader.cues("what else does vitamin A lack do apart from night blindness") == []
    assert time_reader.onset("can't see properly since the night") == time_reader.SUDDEN


# --- walking done badly, a note's poor recall and word-finding, a fit got --------------------


@pytest.mark.parametrize(("text", "symptom"), [
    ("she is walking very poorly since her nap", "walking_difficulty"),
    ("he walks very badly since his nap", "walking_difficulty"),
    ("she can hardly walk today", "walking_difficulty"),
    ("resident's recall poor this shift", "memory_problems"),
    ("word finding trouble noted this am", "speech_problems"),
    ("my boy got a fit at the park", "seizures"),
])
def test_forms_of_the_domains(text: str, symptom: str) -> None:
    assert symptom in pipeline.extract(text).symptoms


# --- tablets put by and kept for taking all together ----------------------------------------


def test_tablets_kept_back_to_take_together_is_a_crisis() -> None:
    assert emergency("got loads of tablets stashed in the drawer, might take them all at once")


def test_tablets_collected_and_taken_as_prescribed_is_no_crisis() -> None:
    text = "I pick up my tablets from the pharmacy and take them all at breakfast"
    assert "self_harm" not in understanding.read(text).findings.symptoms


# --- what happened, not when: a dose taken or missed with a time ----------------------------


@pytest.mark.parametrize("text", [
    "gave mum her tablets this morning",
    "dad missed his metformin yesterday",
    "skipped my vitamins today",
    "the nurse did my b12 jab this afternoon",
])
def test_a_dose_with_a_time_is_no_emergency(text: str) -> None:
    assert not emergency(text)


def test_caribbean_question_words_ask() -> None:
    assert intent_guard.is_question("wuh time de market closing")
    assert intent_guard.is_question("weh mi can buy it")


# --- follow-ups: a bare "why", the undoing of damage, more needed in pregnancy -------------


@pytest.mark.parametrize("text", ["and why is that?", "how come", "so why's that then"])
def test_a_bare_why_keeps_the_answer_before(text: str) -> None:
    assert follow_up.rule_key(text, "homocysteine") == "homocysteine"


def test_whether_it_can_be_fixed_is_reversibility_and_how_is_treatment() -> None:
    assert follow_up.rule_key("could the damage ever be cured", "neurological_symptoms") == (
        "reversible")
    assert follow_up.rule_key("how can it be fixed", "neurological_symptoms") == "treatment"


def test_more_needed_when_expecting_is_the_daily_amount() -> None:
    assert follow_up.rule_key("my daughter is expecting, does she need extra?",
                              "food_sources") == "daily_amount"


@pytest.mark.parametrize("text", ["he takes tablets for his kidneys", "pills for her nerves"])
def test_a_medicine_named_by_what_it_treats_after_it(text: str) -> None:
    assert boundaries.names_a_medicine(text)


# --- a guess at B12 texted without its "?", and in patois ------------------------------------


@pytest.mark.parametrize("text", ["u think its b12", "wat u tink, a b12?"])
def test_a_guess_at_b12_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


def test_a_test_or_a_shot_thought_of_is_no_guess() -> None:
    assert boundaries.read("do you think a b12 test would help?") is None


# --- which symptom list: B12 as the source, children named first ----------------------------


def test_symptoms_got_from_low_b12_are_the_signs_not_the_causes() -> None:
    assert intent_guard.faq_key_for_cause("triggers", "which symptoms come from a lack of b12") == (
        "physical_symptoms")
    assert intent_guard.faq_key_for_cause("triggers", "what are the signs and where do they "
                                          "come from?") is None


def test_signs_asked_for_children_first_are_the_childrens_list() -> None:
    assert intent_guard.faq_key_for_cause(
        "physical_symptoms", "what signs do wee ones show when low on b12, same as adults?") == (
        "child_symptoms")


# --- found in the sealed sets' first run (h138, s106), mended as classes ---------------------


def test_a_range_of_weeks_is_a_slow_onset() -> None:
    assert time_reader.onset("for the past 3-4 weeks i get dizzy by evening") == (
        time_reader.GRADUAL)


def test_another_conditions_name_is_no_symptom() -> None:
    assert pipeline.extract("is irritable bowel worse with stress?").symptoms == []
    assert "irritability" in pipeline.extract("he's been irritable since his nap").symptoms


@pytest.mark.parametrize(("text", "symptom"), [
    ("her hands have gone that clumsy since lunch", "muscle_control_loss"),
    ("a grey blank in the middle of my eye since breakfast", "vision_loss"),
])
def test_clumsy_hands_and_a_blank_in_sight(text: str, symptom: str) -> None:
    assert symptom in pipeline.extract(text).symptoms


def test_shetland_to_and_once() -> None:
    assert "hard to wake" in spelling.correct("she's awfil hard ta wake")
    assert "all at once" in spelling.correct("it went aa at wance")


def test_nothing_changed_today_is_no_onset() -> None:
    assert not emergency("She is tired and pale, no falls, talking fine, nothing changed today.")


def test_water_left_to_take_someone_is_a_crisis() -> None:
    assert emergency("lately i keep thinking the loch would take me easy")
    assert not emergency("the tide will take me out on the ferry at six")


def test_a_fear_of_what_she_will_get_texted_is_no_symptom() -> None:
    assert not emergency("scared hell get low b12 n lose his sight, hes fine rn tho")


def test_scots_would_opens_a_question_and_wondering_is_an_aside() -> None:
    assert intent_guard.is_general_question("Wid low B12 mak a body's hands go numb? I'm just "
                                            "wonderin")


def test_a_recent_date_of_a_result_leaves_an_old_episode_old() -> None:
    assert not emergency("as a young man i fainted once at a wedding, never again since, thirty "
                         "years back, my bloods came back low on b12 last week")


@pytest.mark.parametrize("text", [
    "she started fainting last week but has been fine since",
    "mum took her tablets and fainted last week, fine since",
])
def test_a_recent_faint_after_a_word_of_treatment_stays_recent(text: str) -> None:
    assert emergency(text)


def test_a_question_of_its_own_after_thanks_is_no_b12_question_beside_it() -> None:
    # (the NLU component adds no "also asked" FAQ for it: rasa_ext/nlu_component.py)
    question = intent_guard.trailing_question("ok cheers. wha time de ferry leave fi island "
                                              "dis saturday")
    assert question is not None and follow_up.stands_alone(question)
    question = intent_guard.trailing_question("none of those. so how do they treat it")
    assert question is not None and not follow_up.stands_alone(question)


def test_a_forgotten_dose_is_no_change_of_memory() -> None:
    assert "memory_problems" not in understanding.read(
        "grandad forgot his insulin this morning").findings.symptoms
    assert not emergency("dad forgot his metformin this morning")
    assert emergency("since lunch grandad forgets what he is saying mid sentence")


def _route(text: str, intent: str) -> str | None:
    reading = understanding.read(text)
    return intent_guard.route([(intent, 0.9)], text, reading.findings, reading.hypothetical,
                              scope_detector.load().off_topic(text))


def test_thanks_then_a_question_of_its_own_is_declined_not_an_onset() -> None:
    # its time dates the other topic: it starts no symptom check
    assert _route("ok cheers. what time does the village fete open this saturday",
                  "thanks") == intent_guard.OUT_OF_SCOPE
    assert _route("thanks. how long do the jabs take to work", "thanks") == intent_guard.FAQ
    assert _route("cheers. whats the forecast for the weekend", "thanks") != intent_guard.FAQ
    assert _route("ok thanks. what is lupus?", "faq") == intent_guard.OUT_OF_SCOPE
