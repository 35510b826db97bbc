"""Past the length limit, every red flag in the whole text is still read."""

from __future__ import annotations

from bot.nlp import long_text, understanding

STORY = ("We moved house last spring and the garden needed a lot of work. " * 40)


def test_a_red_flag_at_the_end_of_a_long_story_is_kept() -> None:
    text = STORY + "Anyway, since lunch my dad cannot get his words out at all."
    assert len(text) > 2000
    short = long_text.condense(text, 2000)
    assert len(short) <= 2000
    assert "cannot get his words out" in short
    assert understanding.read(short).findings.onset == "sudden"


def test_dictated_text_without_full_stops_is_cut_into_pieces() -> None:
    text = ("so we went to the market and bought some fish and then we came home and " * 30
            + "and then he fell down shaking all over and his eyes rolled back")
    short = long_text.condense(text, 2000)
    assert "shaking all over" in short


def test_a_short_text_is_unchanged() -> None:
    assert long_text.condense("my feet tingle", 2000) == "my feet tingle"
