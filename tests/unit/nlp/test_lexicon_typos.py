"""Typo tolerance as a token NORM (bot/nlp/lexicon_typos.py): the rule spaCy's FUZZY
operators applied inside the Matcher, now one lookup per token."""

from __future__ import annotations

import pytest

from bot.nlp import lexicon_typos, pipeline


@pytest.fixture(scope="module")
def typos() -> lexicon_typos.LexiconTypos:
    return pipeline.load().get_pipe(lexicon_typos.FACTORY)  # type: ignore[return-value]


@pytest.mark.parametrize(("typed", "word"), [
    ("numbnes", "numbness"),  # one edit
    # a typo of a word within another's tolerance is marked as a typo of it
    ("confussed", lexicon_typos.typo_of("confused")),
    ("disorientd", lexicon_typos.typo_of("disoriented")),
    ("confuzed", "confuzed"),  # a misspelling the lexicon lists is a word of its own
    ("numbness", "numbness"),  # as typed
])
def test_a_typo_of_a_long_word_reads_as_that_word(typos: lexicon_typos.LexiconTypos,
                                                  typed: str, word: str) -> None:
    assert typos.norm_of(typed) == word


@pytest.mark.parametrize("typed", [
    "sitting",  # another English word one edit from "slitting"
    "slurred",  # a different first letter from "blurred" (both are lexicon words)
    "numb",  # short words match only as typed
    "nmbnss",  # two edits are too many in a word of eight letters
])
def test_no_other_word_is_taken_for_a_lexicon_word(typos: lexicon_typos.LexiconTypos,
                                                   typed: str) -> None:
    assert typos.norm_of(typed) == typed


def test_two_edits_only_from_ten_letters() -> None:
    assert lexicon_typos.edits_allowed("disoriented") == 2
    assert lexicon_typos.edits_allowed("numbness") == 1


def test_a_word_within_another_words_tolerance_matches_both(
        typos: lexicon_typos.LexiconTypos) -> None:
    # "struggles" is one edit from "struggle": the Matcher's FUZZY matched it to both, so the
    # patterns of "struggle" accept it as typed, and their own typos
    ruler = pipeline.load().get_pipe("entity_ruler")
    specs = [t for p in ruler.patterns for t in p["pattern"]  # type: ignore[attr-defined]
             if isinstance(t.get("NORM"), dict)]
    assert {"NORM": {"IN": ["struggle", "struggles", "struggle~"]}} in specs
    assert typos.norm_of("struggles") == "struggles"


def test_a_typo_goes_to_its_nearest_word_only() -> None:
    # "feelin" is one edit from "feeling" (the numbness phrases) but two from "feelings"
    # (apathy's "no feelings"): it is no apathy
    assert pipeline.extract("my arm went numb, no feelin at all").symptoms == [
        "tingling_numbness"]
    assert "tingling_numbness" in pipeline.extract("no feelin in my hand").symptoms


@pytest.mark.parametrize(("text", "symptom"), [
    ("slitting my wrists", "self_harm"),
    ("my vision is blured", "vision_loss"),
    ("numbnes in my feet", "tingling_numbness"),
])
def test_typos_are_read_in_a_message(text: str, symptom: str) -> None:
    assert symptom in pipeline.extract(text).symptoms


def test_an_english_word_near_a_lexicon_word_is_not_a_symptom() -> None:
    assert "self_harm" not in pipeline.extract("sitting on my wrists at my desk").symptoms
