"""Classes of failure found by re-reading the follow-up misses of s61-s102 and h112 at the
start of session 36, each mended as a class and tested here with examples written for this
file (none is a held-out message).

Needs `make build` (the spaCy pipeline and the detectors).
"""

from __future__ import annotations

import pytest

from bot.nlp import boundaries, pipeline, spelling, understanding
from tests.unit.nlp.test_understanding import emergency

# --- a verb that lowers a thing is no low mood -------------------------------------------


@pytest.mark.parametrize("text", [
    "I've heard some tablets can depress B12 levels",
    "do acid blockers depress absorption of b12?",
])
def test_depress_as_lowering_names_no_mood(text: str) -> None:
    assert "depression" not in pipeline.extract(text).symptoms


@pytest.mark.parametrize("text", ["it depresses me how tired I am", "i feel so depress lately"])
def test_depress_of_a_person_is_still_a_mood(text: str) -> None:
    assert "depression" in pipeline.extract(text).symptoms


# --- leave to stop a medicine, asked in any register -------------------------------------


@pytest.mark.parametrize("text", [
    "Ought we to stop giving it to her, then?",
    "must I discontinue them now?",
    "do I need to stop taking it?",
    "So, ought I to cease taking them?",
])
def test_leave_to_stop_in_any_register(text: str) -> None:
    assert boundaries.read(text) == boundaries.STOP_MEDICINE


@pytest.mark.parametrize("text", ["how do i stop it getting worse", "should i stop eating meat"])
def test_stopping_something_else_is_no_medicine(text: str) -> None:
    assert boundaries.read(text) is None


# --- patois "tek" and "wid" ----------------------------------------------------------------


def test_patois_take_with_after_a_modal() -> None:
    assert "i take dem with mi sugar" in spelling.correct("Cyan mi tek dem wid mi sugar tablet?")
    assert boundaries.read("Mi can tek it wid mi water pills?") == boundaries.INTERACTIONS


def test_patois_took_a_fit_stays_past() -> None:
    assert "took a fit" in spelling.correct("mi tek a fit inna di kitchen")


def test_scots_wid_before_a_verb_stays_would() -> None:
    assert spelling.correct("wid ye try the tablets") == "would ye try the tablets"


# --- two things named, asked together ------------------------------------------------------


@pytest.mark.parametrize("text", ["would those be safe together?", "are they ok together",
                                  "is it fine to take together"])
def test_asked_together(text: str) -> None:
    assert boundaries.asks_together(text)


# --- whether signs pass is no wish to be gone ---------------------------------------------


@pytest.mark.parametrize("text", ["do they go away again after?", "will it ever clear up",
                                  "would those fade in time"])
def test_asking_whether_signs_pass_is_no_crisis(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "I just want to go away and not come back",
    "the kids would be happier if I went away for good",
])
def test_a_wish_to_be_gone_is_still_a_crisis(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_thoughts_that_went_away_long_ago_are_over() -> None:
    text = "I had thoughts of hurting myself in my twenties but they went away years ago"
    assert not emergency(text), understanding.read(text)


# --- after h135/s103's first runs ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "grandad is dizzy and unsteady, my aunt doesn't know when it started",
    "Resident unsteady on feet, night staff don't know onset",
    "he's slurring, unclear if minutes or hours",
    "mi granny cyan walk straight, mi ain't know when it start",
])
def test_onset_unknown_to_another_is_unsure(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_screening_question_answered_no_is_a_denial() -> None:
    text = ("The nurse asked if I'd had any thoughts of ending my life and I said no, I'm "
            "just worn out. Could it be my B12?")
    assert "self_harm" in understanding.read(text).findings.negated_symptoms
    assert not emergency(text)
    assert emergency("the gp asked whether she wants to hurt herself and she said yes")


@pytest.mark.parametrize("text", [
    "terrified the deficiency will give me fits one day",
    "worried low b12 might make my dad pass out, he's fine so far",
])
def test_a_fear_of_what_b12_will_bring_is_no_symptom(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_a_feared_effect_beside_a_real_one_is_an_emergency() -> None:
    assert emergency("worried the b12 will give her seizures, she had one twenty minutes ago")


@pytest.mark.parametrize("text", [
    "why does my hand go to sleep when i lean on it",
    "how come my legs fall asleep after kneeling in church for an hour",
])
def test_a_limb_asleep_in_a_habit_is_no_emergency(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_an_hour_of_sitting_before_todays_change_keeps_its_hour() -> None:
    assert emergency("after sitting at the wedding for an hour he couldn't lift his arm")


@pytest.mark.parametrize("text", [
    "she bought four boxes of co-codamol and asked how many is too many",
    "honestly nothing feels worth it anymore",
])
def test_a_lethal_amount_or_worthlessness_is_a_crisis(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_how_many_b12_tablets_is_too_many_is_a_dose_question() -> None:
    assert not emergency("how many b12 tablets would be too many in a day")


def test_scots_falling_about_is_balance() -> None:
    assert "balance_problems" in understanding.read(
        "since dinner time he's faain aboot the kitchen").findings.symptoms


def test_british_i_have_no_stays_no() -> None:
    assert spelling.correct("I've no worries really") == "I've no worries really"
    assert spelling.correct("av no had one") == "I've not had one"


# --- a crisis guessed into an everyday question --------------------------------------------


@pytest.mark.parametrize("text", [
    "will the last bus to the island still be running with this storm?",
    "does it hurt much to have a smear test at 65?",
])
def test_an_everyday_question_is_no_crisis(text: str) -> None:
    from bot.nlp import intent_guard, scope_detector

    reading = understanding.read(text)
    doubted = intent_guard.doubts_inferred(reading, text, scope_detector.load().off_topic(text))
    assert "self_harm" not in reading.inferred or doubted, reading


@pytest.mark.parametrize("text", [
    "whats the point of carrying on with any of it?",
    "is it normal to want to not wake up?",
])
def test_a_crisis_asked_stays_a_crisis(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", ["wots a uti, the nurse says i have one", "please what is gout?",
                                  "wass ibs my mate has it"])
def test_what_is_another_topic_in_dialect(text: str) -> None:
    from bot.nlp import intent_guard

    assert intent_guard.names_another_topic_first(text)


@pytest.mark.parametrize("text", ["whats the point of it all", "what is the way out of this"])
def test_what_is_a_plain_word_names_no_topic(text: str) -> None:
    from bot.nlp import intent_guard

    assert not intent_guard.names_another_topic_first(text)


# --- a guess at B12 asked in two words ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "pins and needles in my toes for a month now. low B12?",
    "so my son has b12 deficiency then?",
])
def test_a_bare_guess_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", ["b12?", "which foods have b12?",
                                  "I have b12 deficiency, what now"])
def test_a_topic_or_a_told_fact_is_no_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) != boundaries.DIAGNOSIS


def test_caribbean_for() -> None:
    assert spelling.correct("and fuh mi daughter?") == "and for mi daughter?"


# --- a crisis told beside B12, not asked as a link ---------------------------------------


def test_a_crisis_told_beside_b12_is_a_report() -> None:
    assert emergency("what's the point of going on anymore. my b12 came back low too")
    assert emergency("i want to die. could that be the b12?")


def test_a_link_asked_where_the_thought_is_told_is_general() -> None:
    assert not emergency("can a lack of b12 make a person suicidal?")


def test_no_point_carrying_on_is_a_crisis() -> None:
    assert emergency("lost the farm and there's no point carrying on")


# --- classes of the sealed h136/s104 run (mended after it) -------------------------------


def test_a_span_away_is_no_slow_onset() -> None:
    text = ("my uncle is shouting at everyone, not himself. I haven't seen him for three weeks "
            "so I don't know when it began")
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "I must admit I would not greatly mind if I failed to wake tomorrow",
    "grandad keeps talking about not being here much longer",
])
def test_passive_wishes_are_a_crisis(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "The nurse asked whether I'd had any blackouts and no, none. Just tired on the B12.",
    "What do I do if my dad suddenly can't see one day? At the moment he is fine.",
    "worried about low b12 and fits. no problems so far, what should we watch for?",
    "Abeg, fit low B12 make somebody collapse?",
])
def test_sealed_run_calm_classes(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_pidgin_fit_is_can_and_doric_fit_is_what() -> None:
    assert spelling.correct("Abeg, fit b12 make e weak?").startswith("Abeg, can b12")
    assert spelling.correct("fit i dae wi ma tablets") == "what i do with ma tablets"


def test_doric_fit_like_is_a_greeting_not_a_question() -> None:
    text = ("Fit like. Since ma tea at 6 the right eye's gone all misty, canna see the telly. "
            "Is that the b12?")
    assert emergency(text), understanding.read(text)


def test_a_deficiency_found_is_a_finding_not_an_unknown_onset() -> None:
    text = "Low mood slowly getting worse over a year. B12 deficiency was found last week."
    assert not emergency(text), understanding.read(text)
    assert emergency("grandad was found on the floor this morning not making sense")


def test_a_not_inside_the_screening_answer_is_no_denial() -> None:
    # the reply must be a no, set off or said: "could not answer" denies nothing
    assert emergency("the nurse asked if he wants to kill himself and he could not answer")
    assert emergency("asked if she wanted to end her life, she said not really but she has "
                     "a plan")


@pytest.mark.parametrize("text", ["I faint before, is it B12?",
                                  "she's had a fit before, could that be her b12?"])
def test_a_faint_or_fit_before_is_an_experience_at_some_time(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "Grandad had a convulsion at dinner. It's over now. He has never had one before.",
    "mum collapsed in the kitchen, never had a seizure before",
])
def test_a_first_ever_one_is_todays(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_many_b12_tablets_in_place_of_the_shots_is_a_swap_not_a_method() -> None:
    text = "she gets b12 jabs but could she just take loads of tablets instead and skip them"
    assert not emergency(text), understanding.read(text)
    assert emergency("i want to take loads of tablets instead of the jabs and end it all")


def test_a_combination_drug_named_with_b12_at_the_same_time_is_an_interaction() -> None:
    assert boundaries.read("can someone on amlodipine-valsartan take b12 at the same time?") == (
        boundaries.INTERACTIONS)
