"""Other languages are recognised; English with typos, slang, pidgin or patois is not
mistaken for one (a red flag written that way must still be read)."""

from __future__ import annotations

import pytest

from bot.nlp import intent_guard, language_id


@pytest.mark.parametrize(("text", "code"), [
    ("¿Cuánta vitamina B12 necesito cada día? Estoy muy cansada.", "es"),
    ("Bonjour, est-ce que le manque de vitamine B12 peut donner des fourmis dans les pieds ?",
     "fr"),
    ("Tôi bị tê chân mấy tháng nay, có phải do thiếu vitamin B12 không?", "vi"),
    ("Palagi akong pagod at nanginginig ang kamay ko, kulang ba ako sa B12?", "tl"),
    ("我妈妈最近总是很累，是不是缺维生素B12？", "zh"),
    ("هل نقص فيتامين ب12 يسبب التعب والدوخة؟", "ar"),
    # the "B" of "B12" is not an English word that tips the share
    ("Je, upungufu wa vitamini B12 unaweza kutibiwa?", "sw"),
])
def test_other_languages_are_recognised(text: str, code: str) -> None:
    assert language_id.language(text) == code


@pytest.mark.parametrize("text", [
    "mi granny cyaan walk good since dis mawnin",
    "my papa no fit talk since morning, e dey confuse",
    "im 16",
    "ok gracias",
    "i dont feel my feets since yesterday, is normal??",
    "tingling hands n feet 4 months now, vegan, wat do i do",
    "Hello. My husband from lunch time cannot read the newspaper.",
    # Scots (CLD2's "sco") is read as English, so its red flags reach every detector
    "nae faintin, nae fits, jist wabbit",
])
def test_english_however_written_stays_english(text: str) -> None:
    assert language_id.language(text) == language_id.ENGLISH


def test_an_emergency_is_never_turned_into_a_language_notice() -> None:
    text = "Mi mamá se desmayó hace una hora y no despierta bien"
    assert intent_guard.other_language(text, "nlu_fallback") == "es"
    assert intent_guard.other_language(text, intent_guard.EMERGENCY_INTENT) is None


def test_the_detector_adds_no_red_flag_to_another_language() -> None:
    """On French it read letters, not words, and found a faint; the language notice,
    which gives the emergency number, is that message's answer."""
    from bot.nlp import understanding

    reading = understanding.read(
        "comment on dit 'fermé le lundi' en arabe pour mon panneau de boutique")
    assert reading.inferred == ()
    assert reading.findings.symptoms == []
    # English read by the same detector still gets its inference
    assert understanding.read("she went down and woke up on the kitchen floor an hour ago"
                              ).findings.symptoms


@pytest.mark.parametrize("text", [
    # Samoan: CLD2 names it, wordfreq has no list for it, its short words look English
    "E mafai ona ou maua se fesoasoani mo lo'u tina ua ma'i?",
    # Swahili: CLD2 names nothing, and almost no longer word is English
    "Je, mama yangu anahitaji kupimwa damu hospitalini?",
])
def test_languages_without_a_word_list_or_a_cld2_name(text: str) -> None:
    assert language_id.is_foreign(text)


@pytest.mark.parametrize("text", [
    "whit like is yer ma the noo, she still wabbit?",
    "wat r da signz of low b12 in kidz",
])
def test_english_typed_loosely_stays_english(text: str) -> None:
    assert not language_id.is_foreign(text)


def test_a_language_wordfreq_has_no_list_for_is_not_weighed_as_english() -> None:
    # (wordfreq falls back to English for Irish: its short words then counted as English)
    assert language_id.language("An bhfuil easpa vitimín B12 ar mo mháthair?") == "ga"


@pytest.mark.parametrize(("text", "code"), [
    # Afrikaans has no word list of its own: weighed with Dutch's, whose "het" it shares
    ("My ma is altyd moeg, kan dit van B12 wees?", "af"),
    # Tagalog is wordfreq's Filipino
    ("Masama ba sa bata ang kakulangan ng bitamina B12?", "tl"),
])
def test_a_language_weighed_with_its_kins_word_list(text: str, code: str) -> None:
    assert language_id.language(text) == code


def test_patois_cld2_calls_nordic_stays_english() -> None:
    assert language_id.language("mi nah tek mi tablets dem no more") == language_id.ENGLISH


def test_a_language_cld2_cannot_place_is_foreign_when_little_of_it_is_english() -> None:
    # Romanian: "care" and "de" are English words too, and "B12" is every language's
    assert language_id.is_foreign("Care sunt cauzele deficitului de vitamina B12 la copii?")
    assert not language_id.is_foreign("care home staff say my nan is more sleepy, b12?")
