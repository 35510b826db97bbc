"""Classes of failure from older held-out sets' remaining misses and the fresh scope set s110,
each mended as a class and tested here with examples written for this file (none is a
held-out message).

Needs `make build` (the spaCy pipeline and the detectors).
"""

from __future__ import annotations

import pytest

from tests.unit.nlp.test_understanding import emergency

# --- a death asked of God, a life told long enough, a date one means not to live to --------


@pytest.mark.parametrize("text", [
    "every night i ask that god takes me in my sleep",
    "I keep praying the good Lord will not wake me tomorrow",
    "honestly I've lived long enough, I'm ready",
    "Resident told staff she has made sure she won't see Easter.",
    "he says he's decided he will not see another winter",
])
def test_a_wish_to_die_said_in_other_words_is_a_crisis(text: str) -> None:
    assert emergency(text)


@pytest.mark.parametrize("text", [
    "i pray god takes me through this week, the tiredness is awful",
    "I hope the Lord brings me peace with these tablets",
    "the consultant thinks she won't see another birthday, the cancer is spreading",
    # (with ", I want to be home" after it the crisis detector reads a wish to die: 0.83)
    "I'm determined I won't see Christmas in this ward",
])
def test_help_asked_of_god_or_a_prognosis_is_no_crisis(text: str) -> None:
    assert not emergency(text)


# --- medicines hoarded or counted too often ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "care staff found him hoarding morphine in his wardrobe",
    "i find myself counting my sleeping tablets more often than i should",
])
def test_a_medicine_hoarded_or_counted_too_often_is_a_crisis(text: str) -> None:
    assert emergency(text)


def test_counting_tablets_for_the_week_is_no_crisis() -> None:
    assert not emergency("every sunday i count my tablets into the dosette box")


# --- fits had, and alertness lost -------------------------------------------------------------


@pytest.mark.parametrize("text", ["the baby got fits two hours ago",
                                  "my brother gets fits since this afternoon",
                                  "grandma lost alertness over the last hour"])
def test_fits_got_and_alertness_lost_are_red_flags(text: str) -> None:
    assert emergency(text)


@pytest.mark.parametrize("text", ["she gets fits of the giggles in church",
                                  "he got fits of coughing at night, it's the damp",
                                  "trying to get fit before the wedding"])
def test_fits_of_laughter_or_coughing_and_getting_fit_are_not(text: str) -> None:
    assert not emergency(text)


# --- "dunno if" doubts what happened: no hypothesis -------------------------------------------


@pytest.mark.parametrize("text", [
    "dunno if her walking went bad today or ages ago, she's staggering",
    "donno if my vision went quick or slow but it's blurred now",
])
def test_dunno_if_it_came_on_fast_is_an_unsure_onset(text: str) -> None:
    assert emergency(text)


@pytest.mark.parametrize("text", ["dunno if i'd pass out if i had to give blood",
                                  "not sure if he would faint at the sight of a needle"])
def test_a_faint_one_would_have_on_a_condition_is_hypothetical(text: str) -> None:
    assert not emergency(text)


# --- a sight growing less sharp, a symptom gone after treatment, a person wobbling ------------


def test_a_sense_growing_less_sharp_over_years_is_gradual() -> None:
    from bot.nlp import time_reader

    assert time_reader.onset("her hearing has been getting less sharp over many years") != (
        time_reader.SUDDEN)


def test_a_symptom_gone_after_a_course_of_b12_is_no_onset() -> None:
    assert not emergency("two years back my hands tingled, after the b12 jabs it went away")


def test_an_event_is_still_an_onset() -> None:
    assert emergency("after the football his leg went numb")


@pytest.mark.parametrize("text", ["dunno when it began but im wobblin about like a drunk",
                                  "since dinner he's wobbling on his feet"])
def test_a_person_wobbling_is_a_balance_red_flag(text: str) -> None:
    assert emergency(text)


# --- the consumer-health templates about a linked medicine or condition itself ---------------


def _route(text: str) -> str | None:
    from bot.nlp import intent_guard, scope_detector, understanding

    reading = understanding.read(text)
    return intent_guard.route([("faq", 0.9)], text, reading.findings, reading.hypothetical,
                              scope_detector.load().off_topic(text))


@pytest.mark.parametrize("text", [
    "Who should take lansoprazole and why is it prescribed?",
    "Are there interactions between metformin and other drugs?",
    "How many people live with coeliac disease?",
    "what is omeprazole used for",
])
def test_a_template_question_about_the_risk_factor_itself_is_declined(text: str) -> None:
    from bot.nlp import intent_guard

    assert _route(text) == intent_guard.OUT_OF_SCOPE


@pytest.mark.parametrize("text", [
    "what are the treatments for pernicious anaemia",
    "how many people have low b12",
    "are there interactions between b12 and other medications?",
    "what is metformin used for and can it lower b12",
])
def test_the_same_templates_about_b12_are_answered(text: str) -> None:
    from bot.nlp import intent_guard

    assert _route(text) != intent_guard.OUT_OF_SCOPE


# --- B12 taken while on another medicine --------------------------------------------------------


@pytest.mark.parametrize("text", ["can i get the jabs if im on apixaban",
                                  "is it ok to take them while she's on warfarin"])
def test_b12_while_on_another_medicine_is_an_interaction(text: str) -> None:
    from bot.nlp import boundaries

    assert boundaries.takes_it_with(text)


def test_a_template_about_the_medicine_itself_leaves_the_b12_conversation() -> None:
    from bot.nlp import follow_up

    assert follow_up.names_another_topic("and what is lansoprazole prescribed for then?")
    assert not follow_up.names_another_topic("what are the treatments for it?")
    assert not follow_up.names_another_topic("what is it used for?")


# --- one child of an age after the adult amount is a dose; patois "a b12 dat fi sure?" --------


@pytest.mark.parametrize(("text", "key"), [("and for a 7 year old?", "dosing"),
                                           ("what about an 9-year-old", "dosing"),
                                           ("and for children?", "daily_amount")])
def test_one_child_of_an_age_after_the_adult_amount_is_a_dose(text: str, key: str) -> None:
    from bot.nlp import follow_up

    assert follow_up.rule_key(text, "daily_amount") == key


def test_patois_for_sure_asks_for_a_diagnosis() -> None:
    from bot.nlp import boundaries

    assert boundaries.read("mi han dem tingle every week now, a b12 dat fi real?") == (
        boundaries.DIAGNOSIS)


# --- a formal list of what is well: "say at once", "my speech is clear" -----------------------


def test_a_formal_list_of_what_is_well_is_no_red_flag() -> None:
    assert not emergency("I must state at once that my memory is intact, my speech is clear "
                         "and I have had no falls. What does B12 do for the nerves?")


@pytest.mark.parametrize("text", ["since lunch her speech is not clear",
                                  "his balance went all at once after tea",
                                  "my vision is clear but my speech is slurred since noon"])
def test_the_same_words_beside_a_change_keep_it(text: str) -> None:
    assert emergency(text)


def test_a_sense_well_before_a_change_keeps_the_change() -> None:
    # the noun well in the past is the before of the change, not a denial
    assert emergency("since about two she cannot retain anything I tell her. At lunch her "
                     "memory was perfectly intact.")
