"""Typos of our own words mended before reading (bot/nlp/spelling.py)."""

import os
import subprocess
import sys

import pytest

from bot.nlp import spelling, time_reader, understanding
from bot.settings import ROOT


@pytest.mark.parametrize("typed, meant", [
    ("sinse tea time", "since tea time"),
    ("about 6 yeers ago", "about 6 years ago"),
    ("i havnt been dizzy", "i havent been dizzy"),
    ("it got beter", "it got better"),
])
def test_a_typo_of_a_word_we_read_is_mended(typed: str, meant: str) -> None:
    assert spelling.correct(typed) == meant


@pytest.mark.parametrize("text", [
    "we ate at the diner",  # English knows "diner": left alone
    "pt obs stable, GCS 15",  # too short to guess
    "Ngozi and Siobhan came round",  # names are not one edit from our words
    "My Mum Can't Walk",  # case kept where nothing is mended
])
def test_words_english_knows_and_names_are_left_alone(text: str) -> None:
    assert spelling.correct(text) == text


def test_a_mended_time_makes_the_onset() -> None:
    text = "my dad carnt lift his arm sinse brekfast"
    assert time_reader.onset(text) is None  # the raw text gives no time
    assert understanding.read(text).findings.onset == "sudden"


def test_a_mended_negation_denies() -> None:
    reading = understanding.read("i havnt colapsed or anythin, just tired")
    assert "loss_of_consciousness" not in reading.findings.symptoms


def test_a_tie_between_two_mendings_is_broken_the_same_way_in_every_process() -> None:
    # "tupping" is one edit from "tipping" and "topping", equally common: the choice must
    # not follow each process's string hashing
    code = "from bot.nlp import spelling; print(spelling.correct('before tupping'))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=ROOT, env={**env, "PYTHONHASHSEED": str(seed)}
                           ).stdout.strip() for seed in range(6)}
    assert len(seen) == 1, seen


@pytest.mark.parametrize(("text", "read"), [
    ("she's actin dead weird", "she's acting weird"),
    ("he is walking proper funny", "he is walking funny"),
    ("i'm dead tired", "i'm dead tired"),  # "dead tired" is no phrase of ours split apart
    # "right" and "well" name a side and health too: never dropped
    ("the right side of everything is gone", "the right side of everything is gone"),
])
def test_a_word_of_degree_inside_a_lexicon_phrase_is_dropped(text: str, read: str) -> None:
    assert spelling.correct(text) == read


def test_a_plural_acronym_is_no_typo() -> None:
    assert "ARVs" in spelling.correct("can I take it with my ARVs")


@pytest.mark.parametrize(("typed", "read"), [
    ("da feelin in me hands gied aa at eence", "the feelin in my hands went all at once"),
    ("ma da went daft of a sudden", "ma da went daft of a sudden"),  # a father
    ("if hit's new da day", "if it's new today"),
    ("mi foot dem gone dead", "mi foot dem gone dead"),  # a Jamaican plural, not "them"
])
def test_shetland_and_caribbean_words(typed: str, read: str) -> None:
    assert spelling.correct(typed) == read
