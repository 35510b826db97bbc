"""Classes of failure found by the first runs of h130 and s97-s98 (and the pending s94-s96),
each mended as a class and tested here with examples written for this file (none is a
held-out message).

Needs `make build` (the spaCy pipeline and the detectors).
"""

from __future__ import annotations

import pytest

from bot.nlp import (
    boundaries,
    follow_up,
    intent_guard,
    language_id,
    request_detector,
    time_reader,
    understanding,
)
from bot.nlp import pipeline as nlp
from tests.unit.nlp.test_understanding import emergency

# --- onset ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a before and an after told by the clock, beside an old complaint
    "Had sore feet for years with the b12, no bother. But I was digging at 8 fine and by "
    "eleven my right arm is dead, can't lift the spade",
    # a clock then and a clock now
    "grandad was singing at the pub at about 7 and now it's 9 and he can't get his words out",
    # the deficiency dated, not the symptom
    "Since 3 pm my mother's mouth is drooping and she slurs. She is having pernicious "
    "anaemia from many years.",
])
def test_a_change_of_hours_beside_an_old_date_is_sudden(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # hours slept
    "is it normal for a 16 year old to sleep like 11 hours, still tired",
    # a heartbeat's speed
    "for months now my legs feel weak and my heart goes fast on the stairs",
    # an event dated long ago opens the span
    "been grumpy and forgetful since i moved to the city last year, could that be b12",
    # a day's pattern: well in the morning, worn out by the afternoon, every day
    "knackered for months, fine at breakfast and by 4pm I'm wiped out every day",
])
def test_spans_and_habits_are_no_sudden_change(text: str) -> None:
    assert not emergency(text), understanding.read(text)
    assert time_reader.onset(text) != time_reader.SUDDEN


# --- crisis, seizures --------------------------------------------------------------------------


def test_a_wish_not_to_be_here_beside_a_question_about_low_mood_is_a_crisis() -> None:
    text = ("Lately I feel my children would manage better if I were gone for good. Can "
            "B12 cause this kind of low mood?")
    assert emergency(text), understanding.read(text)


def test_a_low_mood_told_in_the_same_sentence_is_left_to_the_lexicon() -> None:
    # the mood word there is the lexicon's to read: months of low mood is no crisis
    text = "I have had such low mood and no energy for months. Is that b12?"
    assert not emergency(text)


@pytest.mark.parametrize("text", [
    "I'm scared my son will get fits from the b12 thing, he's fine though",
    "worried the twins might develop seizures later if their b12 stays low",
])
def test_a_future_feared_is_hypothetical(text: str) -> None:
    assert understanding.read(text).hypothetical
    assert not emergency(text)


def test_another_fit_is_a_seizure() -> None:
    text = "she has had another fit, twenty minutes ago"
    assert "seizures" in understanding.read(text).findings.symptoms
    assert emergency(text)


def test_out_in_the_cold_is_no_faint() -> None:
    text = "my toes go numb and purple when I'm out in the cold walking the dog, is that normal"
    assert not emergency(text), understanding.read(text)


# --- other languages ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Beth yw'r bwydydd gorau i gael digon o fitamin B12 bob dydd?",  # Welsh
    "Cén fáth a mbíonn easpa vitimín B12 ar dhaoine scothaosta?",  # Irish
])
def test_a_language_without_a_word_list_is_named_when_cld2_is_sure(text: str) -> None:
    assert language_id.is_foreign(text)


@pytest.mark.parametrize("text", [
    "Mi modda a see double",
    "calpol dose 2 yr old?",
])
def test_english_cld2_misplaces_stays_english(text: str) -> None:
    assert not language_id.is_foreign(text)


# --- requests: a diagnosis, a dose ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "do you reckon my husband's got a b12 deficiency, he's pale",
    "u think im low in b12?",
    "breathless on the stairs for weeks and my tongue is sore. That'll be the B12, will it?",
    "Na low B12 my mama get? She dey weak since two months",
    "Never ate meat in my life. Am ah deficient then?",
])
def test_more_ways_of_asking_for_a_diagnosis(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


def test_a_belief_told_is_not_a_request() -> None:
    assert boundaries.read("i think i have b12 deficiency, my levels were low, which foods "
                           "help") is None


def test_writer_labels_map_to_the_four_requests() -> None:
    assert request_detector.label({"category": "dosing_request", "kind": "dose_child"}) == "dosing"
    assert request_detector.label({"category": "dosing_request", "kind": "interaction"}) == (
        "interactions")
    assert request_detector.label({"category": "diagnosis_request"}) == "diagnosis"
    assert request_detector.label({"category": "faq", "kind": "lookalike"}) == "other"


@pytest.mark.parametrize(("text", "key"), [
    ("can i chew 4 of the b12 gummies at once, for energy", "dosing"),
    ("b12 spray and my thyroid tablet at breakfast together alright?", "interactions"),
])
def test_the_learned_half_reads_medicine_requests(text: str, key: str) -> None:
    assert request_detector.load().medicine_request(text) == key


def _medicine(key: str):  # noqa: ANN202
    return lambda _text: key


def test_leave_to_stop_a_medicine_needs_a_word_of_changing_it() -> None:
    asked = "does metformin lower b12 levels over time"
    assert intent_guard.boundary("faq", asked, nlp.extract(asked), 0.1,
                                 medicine_request=_medicine("stop_medicine")) is None
    stop = "should I pause the metformin while my b12 is low"
    assert intent_guard.boundary("faq", stop, nlp.extract(stop), 0.1,
                                 medicine_request=_medicine("stop_medicine")) == (
        "faq", "stop_medicine")


def test_a_dose_of_the_linked_medicine_itself_is_out_of_scope() -> None:
    text = "how often can I take lansoprazole in a day"
    found = intent_guard.boundary("faq", text, nlp.extract(text), 0.9)
    assert found == (intent_guard.OUT_OF_SCOPE, None)


# --- other topics, general questions, follow-ups -------------------------------------------


@pytest.mark.parametrize("text", [
    "what is the lansoprazole for? the doctor started me on it",
    "they put me on metformin last week. what does metformin actually do?",
])
def test_what_a_linked_medicine_is_for_is_beyond_the_article(text: str) -> None:
    assert intent_guard.asks_beyond_the_article(text, nlp.extract(text))


def test_what_to_do_on_a_linked_medicine_stays_a_b12_question() -> None:
    text = "I take metformin, what do I do"
    assert not intent_guard.asks_beyond_the_article(text, nlp.extract(text))


@pytest.mark.parametrize("text", [
    "I heard b12 can affect your hair",
    "me read say low b12 can make you forget tings",
])
def test_a_claim_heard_is_a_general_question(text: str) -> None:
    assert intent_guard.is_general_question(text)


def test_a_claim_heard_beside_ones_own_symptom_is_a_report() -> None:
    assert not intent_guard.is_general_question(
        "I heard b12 can affect your mood, mine has been awful since lunch")


@pytest.mark.parametrize("text", [
    "n wot about ur legs like walkin n that",
    "and the ones in your stomach, like the runs",
])
def test_another_part_asked_about_follows_the_answer(text: str) -> None:
    assert follow_up.may_follow(text, "report_symptoms", has_symptoms=True)


def test_another_part_of_ones_own_is_a_report() -> None:
    assert not follow_up.may_follow("n what about my legs, they're numb", "report_symptoms",
                                    has_symptoms=True)


@pytest.mark.parametrize(("text", "asks"), [
    ("So should I stop taking it?", True),
    ("She takes warfarin also. Is OK together?", True),
    ("should i stop worrying then?", False),
    ("can i swap the meat for eggs?", False),
])
def test_leave_asked_of_what_the_turn_before_named(text: str, asks: bool) -> None:
    assert follow_up.asks_leave_of_the_answer(text) is asks


def test_what_the_vitamin_itself_does_is_a_b12_question() -> None:
    assert not intent_guard.asks_beyond_the_article("but what does the vitamin really do")


@pytest.mark.parametrize(("text", "points"), [
    ("what are the symptoms in older people", True),
    ("what are the signs of a heart attack", False),
])
def test_the_signs_with_no_thing_of_their_own_point_back(text: str, points: bool) -> None:
    assert follow_up.points_back(text, "out_of_scope", has_symptoms=False) is points


# --- h131 / s99 first runs ---------------------------------------------------------------------


def test_a_fall_then_no_waking_is_a_collapse() -> None:
    assert emergency("grandad fell, wont wake")


@pytest.mark.parametrize("text", [
    "My aunt is not able to follow what we say, we are not knowing when this began.",
    "Mr K rm 4 new confusion, unclear onset, may have been present earlier. Advice?",
])
def test_an_onset_nobody_knows_counts_as_sudden(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_guessed_earlier_start_beside_months_stays_gradual() -> None:
    assert time_reader.onset("numb toes for months, it may have started before easter") == (
        time_reader.GRADUAL)


def test_where_a_question_was_read_is_an_aside() -> None:
    assert intent_guard.is_general_question("can low b12 cause fits in toddlers i read that "
                                            "somewhere")


@pytest.mark.parametrize("text", [
    # (the retrained detector (training_t25) no longer guesses a crisis for "cheapest way
    # to wire money home to ghana", which stood here)
    "grandad wants to know how to make a video call",
    "my grandson is typing this for me. granny wants to know how to send photos on whatsapp",
])
def test_a_crisis_guess_at_another_topic_is_doubted_when_no_sentence_reads_as_one(
        text: str) -> None:
    from bot.nlp import scope_detector
    reading = understanding.read(text)
    assert reading.inferred, reading  # (the detector's guess this test is about)
    assert intent_guard.doubts_inferred(reading, text, scope_detector.load().off_topic(text))


def test_a_crisis_told_beside_another_topic_still_stands() -> None:
    from bot.nlp import scope_detector
    text = "My brother said on the phone he hopes the plane just falls out of the sky with him"
    reading = understanding.read(text)
    assert not intent_guard.doubts_inferred(reading, text,
                                            scope_detector.load().off_topic(text))
    assert emergency(text)


def test_a_possibility_asked_in_statement_order_is_hypothetical() -> None:
    text = "My mother she have low b12, she can get fits?"
    assert understanding.read(text).hypothetical
    assert not emergency(text)
    # ...but a fit told, then the same question, is a report
    assert emergency("he had a fit an hour ago, he can have another?")


def _learned(text: str) -> tuple[str, str | None] | None:
    detector = request_detector.load()
    return intent_guard.boundary("faq", text, nlp.extract(text), 0.1,
                                 asks_diagnosis=detector.asks,
                                 medicine_request=detector.medicine_request)


@pytest.mark.parametrize("text", [
    "whats vitamin b12 for",  # no dose asked
    "how long do the b12 jabs take",  # how long a treatment takes
    "how much b12 should a grown man aim for every day",  # the daily amount
    "can i have my b12 with my porridge",  # nothing else taken
    "is vitamin b3 the same thing as b12?",  # no two things taken
    "been on metformin 6 years, can that drop my b12 levels",  # what the drug does
    "do acid tablets stop you absorbing b12",  # a cause
    "I'm pregnant, how much b12 do I need a day?",  # one's own need
])
def test_the_learned_medicine_half_needs_words_of_its_own(text: str) -> None:
    assert _learned(text) is None, text
