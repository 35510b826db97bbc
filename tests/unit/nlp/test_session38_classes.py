"""Classes of failure found by the fresh sets written after session 37 (h139, s107), each
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
