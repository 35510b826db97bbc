"""Classes of failure found by the first runs of h126-h127, each mended as a class and tested
here with examples written for this file (none is a held-out message).

Needs `make build` (the spaCy pipeline and the detectors).
"""

from __future__ import annotations

import pytest

from bot.nlp import crisis_detector, intent_guard, spelling, time_reader, understanding
from tests.unit.nlp.test_understanding import emergency

# --- a crisis said in a sentence of its own, beside others ----------------------------------


@pytest.mark.parametrize("text", [
    "No one would even notice if I wasn't around any more. My b12 was 150 last month.",
    "They would all be better without me here. Been on the b12 jabs since March.",
    "Said my goodbyes to the kids and took all my pills. She has low b12.",
])
def test_a_crisis_sentence_beside_others_is_read(text: str) -> None:
    reading = understanding.read(text)
    assert "self_harm" in reading.findings.symptoms, reading
    assert emergency(text)


@pytest.mark.parametrize("text", [
    "My son wants to learn to drive. Could low b12 make him tired?",
    "Nobody at work knows about my jabs. How long do they take to work?",
    "I do not want to hurt myself, I just feel flat. Can b12 help mood?",
])
def test_plain_or_denying_sentences_are_no_crisis(text: str) -> None:
    assert "self_harm" not in understanding.read(text).findings.symptoms
    assert not emergency(text)


def test_the_crisis_model_names_the_sentence_it_read() -> None:
    p, sentence = crisis_detector.load().strongest(
        "My b12 came back low. I keep thinking everyone would cope better without me.")
    assert p >= crisis_detector.THRESHOLD
    assert sentence.startswith("I keep thinking")


# --- not knowing, said as the change itself ---------------------------------------------------


def test_coming_back_not_knowing_what_day_it_is_is_a_memory_change() -> None:
    text = "mum went to bingo at seven and came back at nine not knowing what year it is"
    reading = understanding.read(text)
    assert "memory_problems" in reading.findings.symptoms, reading
    assert emergency(text)


def test_not_knowing_when_it_started_is_still_doubt() -> None:
    # (the older reading: "don't know when" denies nothing and asserts nothing either)
    reading = understanding.read("my sight is blurry, not knowing when it started")
    assert "vision_loss" in reading.findings.symptoms


# --- Caribbean "ent" ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mended"), [
    ("my hands ent numb, just tired", "my hands ain't numb, just tired"),
    ("he ent fall down at all", "he ain't fall down at all"),
    ("I have an ent appointment on monday", "I have an ent appointment on monday"),
    ("Saw the ENT doctor", "Saw the ENT doctor"),
])
def test_ent_is_aint_except_the_clinic(text: str, mended: str) -> None:
    assert spelling.correct(text) == mended


def test_a_denial_with_ent_is_no_emergency() -> None:
    text = "me feet ent numb and me walking fine, I only want to know what food has b12"
    assert not emergency(text), understanding.read(text)


# --- a decade gone by -----------------------------------------------------------------------


def test_a_bare_decade_is_long_ago() -> None:
    text = "grandad had one fit, 1960s"
    assert time_reader.onset(text) == time_reader.PAST, time_reader.cues(text)
    assert not emergency(text)


def test_a_decade_beside_a_place_is_no_emergency() -> None:
    assert not emergency("fainted at school, 1990s"), understanding.read("fainted at school, 1990s")


# --- onset words that looked sudden or unsure -------------------------------------------------


@pytest.mark.parametrize("text", [
    "she's just got a bit of tingling in her fingers for a few weeks now",
    "he just got sore feet and pins and needles for about two months",
])
def test_just_got_before_weeks_is_only_has(text: str) -> None:
    assert time_reader.onset(text) == time_reader.GRADUAL, time_reader.cues(text)


@pytest.mark.parametrize("text", [
    "tingling for months and it just got worse, she can't walk",
    "my son just had a seizure, he's been tired for weeks",
    "he just got in from work and can't see out of one eye",
])
def test_just_got_worse_or_just_had_is_still_news(text: str) -> None:
    assert time_reader.onset(text) == time_reader.SUDDEN, time_reader.cues(text)


def test_or_so_is_no_second_guess() -> None:
    text = "it crept up over the last six months or so, nothing all at once"
    assert time_reader.onset(text) == time_reader.GRADUAL, time_reader.cues(text)


def test_slow_or_fast_is_still_two_guesses() -> None:
    # (unsure, or sudden: either counts as sudden for a red flag; never gradual)
    assert time_reader.onset("no idea if it was slow or all at once") in (time_reader.UNSURE,
                                                                          time_reader.SUDDEN)
    assert time_reader.onset("it came on slow or fast, cant say") == time_reader.UNSURE


def test_scots_fir_months_is_for_months() -> None:
    assert spelling.correct("crabbit fir months") == "crabbit for months"
    assert spelling.correct("a fir tree fell") == "a fir tree fell"
    assert time_reader.onset(spelling.correct("he's been crabbit fir weeks")) == time_reader.GRADUAL


# --- talking oddly --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["my manager he speak strange since the break",
                                  "grandad is talking weird since he woke up"])
def test_talking_oddly_is_a_speech_change(text: str) -> None:
    assert "speech_problems" in understanding.read(text).findings.symptoms
    assert emergency(text)


def test_a_crisis_beside_a_sure_domain_guess_is_not_added() -> None:
    # the detector reads stammering and muddled words; "want the ball" is no crisis
    text = ("My niece, 6, has been stammering and muddling her words since tea time. She said "
            "she want want the the cup and cried.")
    assert "self_harm" not in understanding.read(text).findings.symptoms


# --- a lethal amount looked up; a farewell told; a worry dwelt on -----------------------------


def test_how_many_would_be_fatal_is_a_means_researched() -> None:
    text = "Carer notes: client has been looking up how many pills would be deadly. Low mood."
    assert "self_harm" in understanding.read(text).findings.symptoms
    assert emergency(text)


def test_a_farewell_told_is_no_goodbye_to_the_assistant() -> None:
    reading = understanding.read("my brother texted us goodbye and took tablets")
    assert intent_guard._FAREWELL_TOLD.search("my brother texted us goodbye and took tablets")
    assert not intent_guard.doubts_inferred(reading, "my brother texted us goodbye and took "
                                            "tablets", 0.0, "goodbye", 0.99)


def test_a_worry_dwelt_on_is_no_crisis() -> None:
    text = "I'm scared about my b12 results next week. I can't stop thinking about it."
    assert "self_harm" not in understanding.read(text).findings.symptoms


# --- told first, asked after; the use of a life; a means kept aside ---------------------------


def test_a_wish_told_before_a_question_is_read() -> None:
    text = ("Some nights I catch myself hoping I just don't wake up tomorrow. My b12 came back "
            "at 130. Is that related?")
    assert "self_harm" in understanding.read(text).findings.symptoms
    assert emergency(text)


def test_context_for_a_question_asked_first_is_not_read_by_the_sentence_model() -> None:
    text = "isotretinoin side effects?? my gp wants to put me on it"
    assert not understanding._crisis_said_in_a_sentence(text, understanding.read(text).findings)


@pytest.mark.parametrize("text", [
    "he keeps asking what's the use of my life these days. b12 was low in may",
    "my dad has put weedkiller aside in the shed and says he is tired of it all",
])
def test_hopelessness_and_a_means_kept_aside_are_crises(text: str) -> None:
    assert "self_harm" in understanding.read(text).findings.symptoms
    assert emergency(text)


# --- one's own end met without regret ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "if the ferry went down on the crossing I wouldn't be sorry. nobody'd miss me",
    "honestly i wouldnt mind if i never woke up. b12 jabs do nothing",
])
def test_no_regret_at_ones_own_end_is_a_crisis(text: str) -> None:
    reading = understanding.read(text)
    assert "self_harm" in reading.findings.symptoms and not reading.hypothetical, reading
    assert emergency(text)


def test_a_plain_if_question_is_still_hypothetical() -> None:
    assert not emergency("if i took two b12 tablets by mistake would it hurt me?")


@pytest.mark.parametrize("text", ["I wouldn't mind if the prices came down a bit. b12 is dear",
                                  "i wouldnt mind if my weight went down, does b12 help",
                                  "i wouldnt mind if you got me the b12 leaflet"])
def test_no_regret_about_everyday_things_is_no_crisis(text: str) -> None:
    assert "self_harm" not in understanding.read(text).findings.symptoms
