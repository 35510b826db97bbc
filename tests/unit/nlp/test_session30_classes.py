"""Classes of failure found by the first runs of h113-h115 and s81-s83, each mended as a
class and tested here with examples written for this file (none is a held-out message).

Needs `make build` (the spaCy pipeline and the red-flag detector).
"""

from __future__ import annotations

import pytest

from bot.nlp import (
    boundaries,
    crisis_means,
    follow_up,
    idioms,
    intent_guard,
    people,
    redflag_detector,
    time_reader,
    understanding,
)
from tests.unit.nlp.test_understanding import emergency

# --- onset --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a switch without its article, as second-language English says it
    "so fast, like switch off, my left eye see only black now",
    # Indian English "post lunch", "post-dinner"
    "post lunch my father cannot lift his right arm, at breakfast he was normal",
    "post-dinner my aunt is talking nonsense words",
    # "since like 4": an hour of today, said loosely
    "cant feel my left foot since like 4, it's all dead",
])
def test_a_time_of_today_said_another_way_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == time_reader.SUDDEN, time_reader.cues(text)
    assert emergency(text), understanding.read(text)


def test_since_like_years_stays_gradual() -> None:
    assert time_reader.onset("my feet tingle since like 3 years") == time_reader.GRADUAL


# --- symptoms -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["my grandad has been acting crazy since this morning",
                                  "she's been behaving peculiar since lunch, b12 low"])
def test_acting_oddly_in_everyday_words_is_a_personality_change(text: str) -> None:
    assert "personality_changes" in understanding.read(text).findings.symptoms
    assert emergency(text)


def test_next_ting_me_know_is_a_faint() -> None:
    text = "i was feeding the goats and next ting me know, me flat in the yard"
    assert "loss_of_consciousness" in understanding.read(text).findings.symptoms
    assert emergency(text)


# --- not a report -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["wot happens if u suddenly go blind, is that b12 or nah",
                                  "wut happens if someone suddenly can't talk"])
def test_what_happens_if_in_texting_spelling_is_hypothetical(text: str) -> None:
    assert understanding.read(text).hypothetical
    assert not emergency(text)


def test_a_symptom_that_went_away_and_never_came_back_is_no_crisis() -> None:
    text = "10 year ago I have tingle foot for one week, then it go away and never come back"
    assert crisis_means.spans(text) == []
    assert "self_harm" not in understanding.read(text).findings.symptoms
    # a person going off and not coming back still is
    assert crisis_means.spans("one day i will just drive off and never come back")


def test_not_wanting_an_ordinary_state_is_no_wish() -> None:
    assert "keen not to be" in idioms.plain("dont want to be groggy at work")
    text = "do travel sickness pills make you dozy, i dont want to be sleepy driving"
    assert "self_harm" not in understanding.read(text).findings.symptoms
    assert "self_harm" in understanding.read("i dont want to be here anymore").findings.symptoms


def test_a_thing_taken_out_is_said_plainly() -> None:
    assert idioms.plain("had my stitches out yesterday") == "had my stitches removed yesterday"
    assert idioms.plain("she passed out yesterday") == "she passed out yesterday"


def _reading_after_doubt(text: str) -> understanding.Reading:
    reading = understanding.read(text)
    if intent_guard.doubts_inferred(reading, text, 0.1, "faq", 0.9):
        reading = understanding.without_inferred(reading)
    return reading


def test_changing_one_form_of_b12_for_another_is_no_crisis() -> None:
    text = "on the b12 jabs now, could i just change over to tablets without the nurse"
    assert boundaries.swaps_form(text)
    assert "self_harm" not in _reading_after_doubt(text).findings.symptoms
    # ...unless what is said beside it is one
    crisis = "could i switch to the tablets, then just end it all"
    assert "self_harm" in _reading_after_doubt(crisis).findings.symptoms


# --- other topics -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "is psoriasis contagious my sister has it on her elbows",
    "can tinnitus be cured my dad has had it for years",
    "how is lupus diagnosed my aunt was told she may have it",
])
def test_a_consumer_health_question_about_another_topic_asks_what_it_is(text: str) -> None:
    assert intent_guard.asks_what_another_topic_is(text)


def test_the_same_template_about_b12_is_ours() -> None:
    assert not intent_guard.asks_what_another_topic_is("is b12 deficiency inherited")


@pytest.mark.parametrize("text", ["what is adenomyosis and can you get pregnant with it",
                                  "which antihistamines are safe while breastfeeding"])
def test_a_risk_factor_beside_another_topic_anchors_nothing(text: str) -> None:
    reading = understanding.read(text)
    assert reading.findings.risk_factors
    assert intent_guard.route([("faq", 0.9)], text, reading.findings, reading.hypothetical,
                              0.8) == intent_guard.OUT_OF_SCOPE


def test_a_risk_factor_alone_still_anchors() -> None:
    text = "im pregnant, what should i know"
    reading = understanding.read(text)
    assert intent_guard.route([("faq", 0.9)], text, reading.findings, reading.hypothetical,
                              0.8) != intent_guard.OUT_OF_SCOPE


# --- boundaries ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["how many pints a week is ok to drink",
                                  "how much b12 for a breastfeeding mum",
                                  "does it take 3 to 4 weeks to kick in",
                                  "how long does it take 2 weeks or more?"])
def test_no_dose_asked(text: str) -> None:
    assert boundaries.read(text) != boundaries.DOSING


@pytest.mark.parametrize("text", ["the nurse said one a day but can i take 4 to feel better faster",
                                  "can i take two at once"])
def test_more_than_prescribed_is_a_dose(text: str) -> None:
    assert boundaries.read(text) == boundaries.DOSING


@pytest.mark.parametrize("text", [
    "he eat only rice, weak all the time since summer. he have b12 low yes?",
    "sore tongue for weeks, dis is b12 right?",
    "always freezing and shattered lately, defo b12 yeah?",
])
def test_a_diagnosis_asked_with_a_tag(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


# --- follow-ups ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, previous, key", [
    ("where did u read that", "reversible", "sources"),
    ("where are ya getting all this", "triggers", "sources"),
    ("and what if you dont get enough of it", "what_is_b12", "what_is_deficiency"),
    ("what does it do to the blood if you're low on it", "what_is_b12", "anemia"),
    ("which of those mean going to the emergency room", "neurological_symptoms",
     "emergency_signs"),
    ("and the heavy drinking?", "triggers", "triggers"),
    ("and coeliac?", "triggers", "risk_factors"),
    ("an for my girl, shes 4?", "daily_amount", "dosing"),
])
def test_a_follow_up_in_so_many_words(text: str, previous: str, key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_the_causes_answer_names_its_own_risks() -> None:
    assert {"alcohol", "medications"} <= follow_up.risks_named_by("triggers")


@pytest.mark.parametrize("text", ["like what exactly", "such as?", "like what then"])
def test_asking_for_more_is_no_yes(text: str) -> None:
    assert follow_up.asks_more(text)


def test_asking_for_more_is_not_a_plain_yes() -> None:
    assert not follow_up.asks_more("yes please")


def test_the_detector_still_reads_a_fit_told_with_had() -> None:
    # (the frame "had a ... yesterday" is the detector's; a fit named stays a seizure)
    assert redflag_detector.load().predict("had a fit yesterday").label == "seizure"


def test_an_hour_that_comes_next_in_a_story_of_the_day_is_sudden() -> None:
    text = ("Had my tea, watched the news, all fine. Then about half nine my left hand "
            "would not hold the cup. Forty years a joiner and never dropped a thing.")
    assert time_reader.onset(text) == time_reader.SUDDEN, time_reader.cues(text)
    # (an amount is no hour: "took 2 then 3 tablets")
    assert time_reader.onset("i took 2 then 3 tablets") is None


@pytest.mark.parametrize("text", ["can she have her b12 same time as mi water tablets?",
                                  "right, and with my statins at the same time?"])
def test_another_medicine_in_dialect_or_after_an_ok_is_an_interaction(text: str) -> None:
    assert boundaries.read(text) == boundaries.INTERACTIONS or boundaries.takes_it_with(text)


# --- from the confirmation pair h116 and s84 ----------------------------------------------


@pytest.mark.parametrize("text", [
    "my uncle keeps texting goodbye forever to all of us",
    "when it gets dark in my head i pick at my skin until it bleeds",
    "her legs went from under her, she went down, and she dont remember anything till the "
    "paramedic was talking to her",
])
def test_a_crisis_or_faint_from_the_confirmation_classes(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_not_wanting_to_look_foolish_is_said_plainly() -> None:
    assert "keen not to be" in idioms.plain("i dont wanna look thick asking the gp")


@pytest.mark.parametrize("text, previous, key", [
    ("cheers. and who told you that?", "food_sources", "sources"),
    ("what else is there apart from them", "treatment", "treatment"),
])
def test_a_follow_up_from_the_confirmation_classes(text: str, previous: str, key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_how_many_asked_after_a_question_on_taking_it_is_a_dose() -> None:
    assert boundaries.read("i get the jab monthly, can i take tablets too? how many?") in (
        boundaries.DOSING, boundaries.INTERACTIONS)
    assert boundaries.read("eggs have b12. how much?") is None


def test_a_request_for_a_thing_reports_nothing() -> None:
    text = "suggest a board game for tonight, nothing too long"
    reading = understanding.read(text)
    assert not reading.inferred or intent_guard.doubts_inferred(reading, text, 0.3)



# --- from the confirmation set h117 -------------------------------------------------------


def test_slow_to_respond_is_the_symptom_not_its_onset() -> None:
    text = "awake at breakfast, since ~10:30 hard to rouse and slow to respond"
    assert time_reader.onset(text) == time_reader.SUDDEN, time_reader.cues(text)
    assert time_reader.onset("slowly getting slow to respond over months") == time_reader.GRADUAL


def test_scots_nae_hissel_is_not_himself() -> None:
    reading = understanding.read("oor faither's nae hissel the day, dinna ken fit's wrang")
    assert "personality_changes" in reading.findings.symptoms


def test_doric_gin_is_if() -> None:
    assert understanding.read("gin ye tak a fit fae low b12, is that bad?").hypothetical
    assert not understanding.read("gin and tonic last night, now my eyes are blurry").hypothetical


def test_names_a_person_with_and_without_anyone() -> None:
    assert people.names_a_person("my dad cant see")
    assert not people.names_a_person("does an epipen work if it froze")
    assert not people.names_a_person("can anyone get it")
    assert people.names_a_person("can anyone get it", anyone=True)
