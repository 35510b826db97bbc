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
