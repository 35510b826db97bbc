"""Classes of failure found by the first runs of h108-h110 and s76-s78, each mended as a
class and tested here with examples written for this file (none is a held-out message).

Needs `make build` (the spaCy pipeline and the red-flag detector).
"""

from __future__ import annotations

import pytest

from bot.nlp import boundaries, follow_up, intent_guard, spelling, time_reader, understanding
from tests.unit.nlp.test_understanding import emergency

# --- crisis -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # the burden told as the others' gain from one's absence
    "the kids would be happier if i wasn't around, anyway what foods have b12",
    "honestly my husband would be better off if i was gone",
    # a way out called "easier"
    "some nights i think it'd be easier to just step off the platform. is b12 linked to mood",
    # tablets kept back, told tablets first, with a thought beside them
    "got a lot of sleeping tablets hidden, thinking i could take them all one night",
    # texting's "lol" ends the clause: the "no" before it denies nothing after it
    "i could just go to sleep n no wake up lol kms. is b12 low common in vegans",
])
def test_a_crisis_said_in_other_words_is_one(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_letters_written_to_the_council_are_no_farewell() -> None:
    reading = understanding.read("i wrote letters to the council about the bins, what is b12")
    assert "self_harm" not in reading.findings.symptoms


# --- onset --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a fast and a slow way offered as two guesses, either way round
    "his speech is slurred; whether it came on swiftly or crept up, I cannot say",
    "no idea if it was acute or gradual but she can't lift her left arm",
    "her eyesight went blurry, slowly or all at once, none of us noticed",
])
def test_a_fast_or_slow_guess_is_a_doubt_so_a_red_flag_is_urgent(text: str) -> None:
    assert time_reader.onset(text) == time_reader.UNSURE, time_reader.cues(text)
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # a note's "not new today": older than the day
    "Resident's shaky hands have crept up over three months. Not new today. GP review?",
    # a school year is long ago for an adult
    "i fainted once in year 8 assembly and never since, now they say my b12 is low",
    "I blacked out in 9th grade gym class, nothing after that. any link with b12?",
    # a blood result "found to be low" is no person found in a state
    "my numb toes have crept up over two years. my b12 was found to be low. normal?",
    # "nothing happened suddenly" denies the speed word
    "Nothing happened suddenly. My fingers have slowly gone numb since the autumn.",
    # "end up low" is becoming low, no ending
    "my mum had it and i'm scared i'll end up low on b12 too, i feel fine",
    # "if i did faint one day" is a hypothesis
    "if i did pass out one day, would that be from b12?",
    # "as a bairn", "nivver hed anidder": long ago
    "she hed a fit as a bairn and nivver hed anidder, is her low b12 a worry",
])
def test_an_old_or_slow_change_is_no_emergency(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_a_school_class_with_minutes_is_a_time_of_today() -> None:
    assert emergency("my son fainted in class 10 minutes ago, the school rang")


# --- muscle control -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "since tea her hands won't listen to her, the spoon keeps dropping",
    "his legs move on their own since noon, he was fine this morning",
    "Mr K struggling to control both arms since lunch, was feeding himself at breakfast",
    "poor motor control of the right hand noted at 14:00, normal at the 10:00 round",
])
def test_a_limb_that_will_not_obey_is_losing_muscle_control(text: str) -> None:
    assert "muscle_control_loss" in understanding.read(text).findings.symptoms
    assert emergency(text)


# --- spelling -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mended"), [
    # Doric "fit" is "what" and "foo" is "how" before a question's words...
    ("fit else has b12 in it", "what else has b12 in it"),
    ("fit's the best food for it", "what's the best food for it"),
    ("foo lang afore the jags work", "how long before the jabs work"),
])
def test_doric_question_words(text: str, mended: str) -> None:
    assert spelling.correct(text) == mended


@pytest.mark.parametrize("text", [
    # ...but never the noun: a fit is a seizure
    "she had a fit like nothing I have ever seen",
    "his fit was ten minutes long, he is sleepy now",
])
def test_a_fit_stays_a_seizure(text: str) -> None:
    assert spelling.correct(text) == text
    assert emergency(text)


def test_scots_havnae_denies() -> None:
    reading = understanding.read("naw a havnae fainted, jist wonderin aboot b12 and meat")
    assert "syncope" not in reading.findings.symptoms


# --- follow-ups ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "previous", "key"), [
    # pregnancy or nursing said of someone after the amount for all
    ("and a lady who's pregnant?", "daily_amount", "daily_amount"),
    ("what about my son-in-law's wife, she's breastfeeding", "daily_amount", "daily_amount"),
    # what the question before meant, said again
    ("the omeprazole i mean", "stop_medicine", "stop_medicine"),
    ("i meant my b12 tablets", "interactions", "interactions"),
    # B12 asked of "it", the topic of the answer before
    ("and how does b12 tie in to that", "homocysteine", "homocysteine"),
])
def test_a_follow_up_keeps_its_answer(text: str, previous: str, key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_b12_in_foods_is_no_follow_up_of_a_list() -> None:
    assert follow_up.rule_key("which foods have b12 in them", "child_symptoms") is None


@pytest.mark.parametrize("text", [
    "an di nerves? like tingling",
    "Right. And what of its effects upon memory?",
])
def test_a_symptom_named_as_the_next_topic_may_follow(text: str) -> None:
    assert follow_up.may_follow(text, "report_symptoms", has_symptoms=True)


@pytest.mark.parametrize("text", [
    "and my feet? they tingle all day",
    "an the memory? she keeps forgetting",
])
def test_a_symptom_of_someone_is_no_follow_up(text: str) -> None:
    assert not follow_up.may_follow(text, "report_symptoms", has_symptoms=True)


def test_only_the_detectors_guess_at_a_short_question_is_no_report() -> None:
    assert follow_up.guessed_only("so where do i get it from then", ("memory_problems",))
    # the lexicon's own symptom stays a report, and an urgent guess is never dropped
    assert not follow_up.guessed_only("and i keep forgetting things?", ("memory_problems",))
    assert not follow_up.guessed_only("so where do i get it from then", ("seizures",))


# --- boundaries and animals ---------------------------------------------------------------


def test_an_age_then_who_is_a_childs_dose() -> None:
    assert boundaries.read("how much should my 6 yr old brother take") == boundaries.DOSING


def test_a_daughter_in_law_is_no_child() -> None:
    assert follow_up.rule_key("and for my son-in-law?", "daily_amount") != boundaries.DOSING


def test_taken_together_with_the_object_left_out_is_an_interaction() -> None:
    text = "he can take together with his warfarin?"
    assert boundaries.read(text) == boundaries.INTERACTIONS


@pytest.mark.parametrize("text", ["is there b12 in chicken", "how much b12 comes from a cow"])
def test_an_animal_as_a_source_of_b12_is_food(text: str) -> None:
    assert not intent_guard.is_about_an_animal(text)


def test_the_same_animal_as_a_patient_is_one() -> None:
    assert intent_guard.is_about_an_animal("my cow has low b12, what do i give her")


# --- scope --------------------------------------------------------------------------------


def test_a_reference_for_a_job_is_no_question_about_the_articles_references() -> None:
    assert intent_guard.topic("how do I write a reference letter for my neighbour") is None
    assert intent_guard.topic("which references does this come from?") == "b12"


@pytest.mark.parametrize("text", ["When is Eid this year?", "what's on at the cinema this week"])
def test_a_time_told_from_now_points_back_to_nothing(text: str) -> None:
    assert not follow_up.points_back(text, "out_of_scope", has_symptoms=False)


def test_a_question_after_naming_another_condition_leaves_b12() -> None:
    assert follow_up.names_another_topic("my client has lupus, what treatments are there for it")
    assert not follow_up.names_another_topic("none of those. so how do they treat it")


def test_a_dialect_question_is_asked() -> None:
    assert follow_up.is_follow_up("fit else has it then", "stop", has_symptoms=False)


def test_a_two_part_question_read_as_memory_loss_asks_for_the_sources() -> None:
    text = "says who? where u getting that from"
    assert follow_up.guessed_only(text, ("memory_problems",))
    assert follow_up.rule_key(text, "what_is_b12") == "sources"


# --- from the confirmation sets (h111, h112, s79, s80) -------------------------------------


@pytest.mark.parametrize("text", [
    "my cousin keeps talking about ending it",
    # Jamaican: things given away, "ready fi go", "tired a life"
    "mi give weh all mi clothes, mi ready fi go, mi tired a life",
    # a seizure named by the illness, first ever
    "my neighbour had an epileptic attack in the shop just now, first one ever",
    # a meal told as "done eat" in patois
    "from him done eat him lunch him cyaan lift him arm",
    # dictated without stops: "no problem" at a time is how it was before
    "fine at seven no problem since dinner she cant hold a cup",
    # a formal letter's speech and understanding
    "Since this morning my husband is unable to articulate his words. He was well last night.",
    "a nurse's note: from 14:00 unable to coordinate her fork, fine at lunch",
    # Shetland: "no shair" is not sure, "me ain feet" my own
    "no shair if hit's been a while or just da day but he's trippin ower his ain feet",
])
def test_red_flags_from_the_confirmation_classes(text: str) -> None:
    assert emergency(text), understanding.read(text)



def test_a_code_of_letters_and_digits_is_a_topic_of_its_own() -> None:
    from bot.nlp import topic_words
    assert topic_words.own_topic_words("what does my HbA1c result mean") == ["hba1c"]
    assert topic_words.own_topic_words("is 1000mcg of b12 a lot") == []


def test_cutting_down_a_named_drug_is_the_prescribers_call() -> None:
    assert boundaries.read("can i reduce my pregabalin and take b12 instead") == (
        boundaries.STOP_MEDICINE)


def test_a_b12_deficiency_asked_of_someone_with_symptoms_is_a_diagnosis() -> None:
    assert boundaries.asks_which_cause("he is pale and tired for months. Is B12 deficiency he has?")


def test_a_list_kind_named_early_in_a_longer_follow_up() -> None:
    text = "and the body then, like the legs and the tummy and the skin"
    assert follow_up.rule_key(text, "psychological_symptoms") == "physical_symptoms"


def test_one_spacy_pipeline_however_its_place_is_spelled() -> None:
    # the follow-up check reads the lexicon with the NLU component's pipeline, not a second copy
    from bot.nlp import pipeline
    assert pipeline.load() is pipeline.load(str(pipeline.DEFAULT_PATH))
