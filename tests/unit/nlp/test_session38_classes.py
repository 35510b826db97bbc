"""Classes of failure found by the fresh sets written after session 37 (h139, s107, s108), each
mended as a class and tested here with examples written for this file (none is a held-out
message).

Needs `make build` (the spaCy pipeline and the detectors).
"""

from __future__ import annotations

import pytest

from bot.nlp import boundaries, intent_guard, scope_detector, understanding
from tests.unit.nlp.test_understanding import emergency

# --- thoughts of suicide or self-harm long over, and told again after "behind me" ---------


@pytest.mark.parametrize("text", [
    "I took an overdose when I was nineteen. That's decades behind me and I'm happy now. "
    "Can low B12 make you feel flat?",
    "I used to cut myself at school, all of that is well behind me. Could b12 affect my mood?",
])
def test_crisis_long_past_and_put_behind_one_is_not_today(text: str) -> None:
    assert not emergency(text)


@pytest.mark.parametrize("text", [
    "it's all behind me now, i just want it to end",
    "school is behind me, everything is, honestly i wish i could just not wake up",
    "that is behind me. now i keep thinking everyone would be better off without me",
])
def test_a_wish_told_after_words_that_something_is_over_is_today(text: str) -> None:
    assert emergency(text)


# --- a fear of one's own faint or fit that has not happened --------------------------------


@pytest.mark.parametrize("text", [
    "I'm so worried I'll pass out at the wedding because of my low b12, it has never happened",
    "worried she might collapse at school with her anaemia. not happened yet thank god",
])
def test_a_feared_faint_that_never_happened_is_not_an_emergency(text: str) -> None:
    assert not emergency(text)


@pytest.mark.parametrize("text", [
    "I blacked out in the shop this morning and I'm scared I'll black out again",
    "scared i will pass out again like at lunch",
    "i feel ok but i am scared i will end my life",
])
def test_a_fear_beside_a_faint_today_or_a_wish_stays_an_emergency(text: str) -> None:
    assert emergency(text)


# --- "stop" whose object is people doing something else -----------------------------------


def _boundary(text: str) -> tuple[str, str | None] | None:
    reading = understanding.read(text)
    return intent_guard.boundary(None, text, reading.findings,
                                 scope_detector.load().off_topic(text), reading.hypothetical)


@pytest.mark.parametrize("text", [
    "how do i stop my three girls bickering over the tablet",
    "how can we stop the grandkids grabbing my tablet all day",
])
def test_stopping_people_doing_something_is_no_medicine_stop(text: str) -> None:
    assert boundaries.read(text) != boundaries.STOP_MEDICINE


@pytest.mark.parametrize("text", ["should I stop taking my tablets", "can mum stop her metformin",
                                  "could i stop using the omeprazole now"])
def test_leave_to_stop_a_medicine_is_still_the_boundary(text: str) -> None:
    assert boundaries.read(text) == boundaries.STOP_MEDICINE


# --- thanks before the next question carries no topic ---------------------------------------


@pytest.mark.parametrize(("text", "without"), [
    ("thanks. how long do the injections take to kick in",
     "how long do the injections take to kick in"),
    ("cheers! what foods are high in b12", "what foods are high in b12"),
    ("ok great, which foods have it", "which foods have it"),
])
def test_thanks_before_a_question_is_read_as_the_question(text: str, without: str) -> None:
    assert scope_detector.without_greeting(text) == without


def test_thanks_before_an_everyday_question_leaves_it_off_topic() -> None:
    gate = scope_detector.load()
    assert gate.off_topic("thanks. what time does the last ferry leave") > 0.9


def test_a_bare_thanks_is_kept_whole() -> None:
    assert scope_detector.without_greeting("thanks!") == "thanks!"


# --- a medical term rare in English is no vote for another language -------------------------


@pytest.mark.parametrize("text", ["i have pernicious anaemia", "i have megaloblastic anaemia",
                                  "she has pernicious anaemia"])
def test_a_short_english_message_with_rare_terms_is_english(text: str) -> None:
    from bot.nlp import language_id

    assert language_id.language(text) == language_id.ENGLISH


@pytest.mark.parametrize(("text", "code"), [("jeg har ondt i maven og er træt", "da"),
                                           ("ik ben altijd moe en mijn handen tintelen", "nl")])
def test_a_message_in_another_language_is_still_found(text: str, code: str) -> None:
    from bot.nlp import language_id

    assert language_id.language(text) == code


# --- where a habit happens is no onset; "eye" is "I" only where "I" can stand ----------------


@pytest.mark.parametrize("text", [
    "I get pins and needles in my hand from the strimmer at work, is it carpal tunnel?",
    "she always gets sore eyes at school from the whiteboard",
])
def test_where_a_habit_happens_is_no_onset(text: str) -> None:
    from bot.nlp import time_reader

    assert time_reader.onset(text) is None


def test_a_change_told_at_an_occasion_keeps_its_onset() -> None:
    from bot.nlp import time_reader

    assert time_reader.onset("at work my left arm went numb") is not None


@pytest.mark.parametrize(("text", "fixed"), [
    ("my dogs eye went cloudy", "my dogs eye went cloudy"),
    ("her eye was dark this morning", "her eye was dark this morning"),
    ("eye cant see out of the left side", "I cant see out of the left side"),
    ("ok. eye feel faint", "ok. I feel faint"),
])
def test_eye_is_i_only_where_i_can_stand(text: str, fixed: str) -> None:
    from bot.nlp import spelling

    assert spelling.correct(text) == fixed


def test_a_pets_eye_is_the_animals() -> None:
    assert intent_guard.is_about_an_animal("my dogs eye went all milky since this morning")


# --- someone's low B12 told is a report, not a question ------------------------------------


@pytest.mark.parametrize("text", ["my dad has low b12", "Mum got b12 deficiency.",
                                  "my husband is on b12 jabs every 3 months",
                                  "my daughter was diagnosed with pernicious anaemia"])
def test_someones_b12_told_is_told(text: str) -> None:
    assert intent_guard.tells_their_b12(text)
    assert _route(text, intent_guard.FAQ) == intent_guard.INFORM_INTENT


@pytest.mark.parametrize("text", ["does my dad have low b12?",
                                  "my dad has low b12, what foods help?",
                                  "can you have low b12 without anaemia"])
def test_a_question_about_someones_b12_stays_a_question(text: str) -> None:
    assert not intent_guard.tells_their_b12(text)


# --- a question about the risk factor itself, not its link to B12, is declined ---------------


@pytest.mark.parametrize("text", ["can ulcerative colitis be cured completely?",
                                  "how long is the hospital stay after a gastric sleeve",
                                  "is crohns disease hereditary?",
                                  "any tips to drink less wine in the evenings?"])
def test_a_question_about_only_the_risk_factor_is_declined(text: str) -> None:
    assert _route(text, intent_guard.FAQ) == intent_guard.OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["can a gastric bypass cause low b12?",
                                  "does drinking a lot of wine lower your b12",
                                  "does crohns affect how you absorb vitamins"])
def test_a_question_of_the_risk_factors_link_is_answered(text: str) -> None:
    assert _route(text, intent_guard.FAQ) != intent_guard.OUT_OF_SCOPE


# --- figures of speech are no symptoms -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "customs made a seizure of fake vitamins at the port",
    "i nearly fainted at the price of b12 tablets today",
    "the freezer blacked out and everything melted",
])
def test_a_figure_of_speech_is_no_emergency(text: str) -> None:
    # (the learned detector still reads a figure beside a time as a change of hours, "our
    # club collapsed last night": recall first, README: Red flags, known limits)
    assert not emergency(text)


@pytest.mark.parametrize("text", ["my brother had a seizure at the port this morning",
                                  "i nearly fainted in the chemist today",
                                  "grandad collapsed last night after tea"])
def test_the_same_words_said_plainly_stay_an_emergency(text: str) -> None:
    assert emergency(text)


# --- what a medicine is for, asked in Scots ---------------------------------------------------


@pytest.mark.parametrize("text", ["whit's the lansoprazole fir?", "whats the omeprazole for, "
                                  "the doc gave me it"])
def test_what_a_medicine_is_for_in_scots_or_a_comma(text: str) -> None:
    assert intent_guard._PURPOSE.search(text)


def _route(text: str, intent: str) -> str | None:
    reading = understanding.read(text)
    return intent_guard.route([(intent, 0.9)], text, reading.findings, reading.hypothetical,
                              scope_detector.load().off_topic(text))


# --- a stone passed out of the body is no faint -----------------------------------------------


@pytest.mark.parametrize("text", ["how long for a kidney stone to pass out on its own",
                                  "my husband's stone should pass out naturally, the GP said"])
def test_a_stone_passed_out_is_no_faint(text: str) -> None:
    assert not emergency(text)


def test_someone_with_stones_who_passed_out_fainted() -> None:
    assert emergency("he has kidney stones and passed out in the bathroom an hour ago")


# --- a named syndrome or disease the article does not tie to B12 leaves the topic -------------


@pytest.mark.parametrize("text", ["and what helps fibromyalgia syndrome?",
                                  "how is chronic fatigue syndrome treated",
                                  "and huntingtons disease?"])
def test_another_named_condition_is_another_topic(text: str) -> None:
    from bot.nlp import follow_up

    assert follow_up.names_another_topic(text)


@pytest.mark.parametrize("text", ["and crohns disease?", "what about coeliac disease",
                                  "which disease causes it?", "is it an autoimmune disease?"])
def test_a_linked_or_unnamed_condition_can_follow(text: str) -> None:
    from bot.nlp import follow_up

    assert not follow_up.names_another_topic(text)


# --- a carer asked to pass on a verdict asks for a diagnosis ----------------------------------


@pytest.mark.parametrize("text", [
    "His son wants to know whether the tiredness could be low b12. Can I tell him yes?",
    "the family keep asking me if it's b12, should I tell them it is?",
])
def test_a_verdict_to_pass_on_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


def test_a_diet_question_anchored_only_by_a_risk_factor_is_declined() -> None:
    # (0.73 off topic: declined since the threshold went from 0.8 to 0.7)
    assert _route("how many calories after a gastric bypass",
                  intent_guard.FAQ) == intent_guard.OUT_OF_SCOPE


# --- how another condition is diagnosed is no request for a verdict --------------------------


@pytest.mark.parametrize("text", ["How is dementia diagnosed?", "how are lupus and MS diagnosed"])
def test_how_another_condition_is_diagnosed_is_no_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize("text", ["how is b12 deficiency diagnosed?", "how is it diagnosed?",
                                  "diagnosis?"])
def test_how_b12_is_diagnosed_keeps_the_no_diagnosis_answer(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS
