"""Follow-ups to an FAQ answer: which messages are, and which answer they get."""

import pytest

from bot.nlp import follow_up, topic_words


@pytest.mark.parametrize(("text", "intent"), [
    ("and for kids?", "out_of_scope"),
    ("how long till it kicks in", "faq"),
    ("n in wee ones?", "deny"),  # read as a form answer, asked as a question
])
def test_short_messages_that_lean_on_the_question_before(text: str, intent: str) -> None:
    assert follow_up.is_follow_up(text, intent, has_symptoms=False)


@pytest.mark.parametrize(("text", "intent", "symptoms"), [
    ("no", "deny", False),  # a form answer
    ("and my feet have gone numb", "report_symptoms", True),  # a report, read alone
    ("and is iron deficiency reversible?", "faq", False),  # another topic
    ("what about vitamin d?", "out_of_scope", False),
    ("what about my brother, he has been very forgetful and tired for a long time now", "faq",
     False),  # long enough to carry its own topic
])
def test_answers_reports_other_topics_and_long_messages_are_not(
        text: str, intent: str, symptoms: bool) -> None:
    assert not follow_up.is_follow_up(text, intent, has_symptoms=symptoms)


def test_a_follow_up_that_moves_on_leaves_the_previous_answer() -> None:
    # "and the nerve ones?" after the physical symptoms: read with the question before it,
    # the physical list still leads; read alone, the nerve list does.
    alone = {"neurological_symptoms": 0.27, "physical_symptoms": 0.1}
    both = {"physical_symptoms": 0.55, "neurological_symptoms": 0.3}
    assert follow_up.choose_key(alone, both, "physical_symptoms") == "neurological_symptoms"


def test_a_follow_up_that_only_narrows_keeps_the_previous_answer() -> None:
    # "and for kids?" after the daily amount: alone it means little
    alone = {"child_symptoms": 0.2, "daily_amount": 0.1}
    both = {"daily_amount": 0.8, "child_symptoms": 0.1}
    assert follow_up.choose_key(alone, both, "daily_amount") == "daily_amount"
    assert follow_up.choose_key({}, {}, "daily_amount") is None


@pytest.mark.parametrize(("text", "intent", "symptoms", "follows"), [
    ("and any on the skin?", "thanks", False, True),  # a question, whatever it was read as
    ("like which ones, the memory stuff?", "report_symptoms", True, True),  # a topic
    ("are you a real person?", "bot_challenge", False, False),  # about the assistant
    ("my hands went numb?", "report_symptoms", True, False),  # a person's symptom
])
def test_questions_after_an_answer(text: str, intent: str, symptoms: bool, follows: bool) -> None:
    assert follow_up.is_follow_up(text, intent, has_symptoms=symptoms) is follows


def test_a_risk_factor_told_after_an_answer_leans_on_it() -> None:
    # "im vegan tho" after the foods: no form is pending, so it is about the answer
    assert follow_up.is_follow_up("im vegan tho", "inform", has_symptoms=False)


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("and for kids?", "daily_amount", "daily_amount"),
    ("wot about in the wee ones", "physical_symptoms", "child_symptoms"),
    ("what about children then", "neurological_symptoms", "child_symptoms"),
    ("and for kids?", "treatment", None),  # chosen from the rankings
    ("and for kids with a fever?", "daily_amount", None),  # more than an audience
    # one child of one's own after the amount for all: that child's dose is the pediatrician's
    ("and for my teenager?", "daily_amount", "dosing"),
    ("what about our wee girl", "daily_amount", "dosing"),
])
def test_the_same_question_for_children(text: str, previous: str, key: str | None) -> None:
    assert follow_up.rule_key(text, previous) == key


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("n if ur pregnant?", "daily_amount", "daily_amount"),
    ("and for grown-ups, is it the same list?", "child_symptoms", "physical_symptoms"),
    ("ok but when is it a 999 job", "when_to_see_provider", "emergency_signs"),
    ("and the not so urgent stuff, when do i see the gp", "emergency_signs",
     "when_to_see_provider"),
    ("says who? where does that figure come from", "daily_amount", "sources"),
    ("and the megaloblastic kind?", "anemia", "anemia"),
    ("like how exactly", "psychological_symptoms", "psychological_symptoms"),
    ("im on metformin tho", "triggers", "risk_factors"),
    ("none of that works for me, im vegan", "food_sources", "vegetarian_vegan"),
    ("does drinking count", "risk_factors", "risk_factors"),
    ("and how long does it take", "treatment", None),  # left to the rankings
])
def test_a_follow_up_that_names_the_answer_it_wants(text: str, previous: str,
                                                    key: str | None) -> None:
    assert follow_up.rule_key(text, previous) == key


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("why should i care about that", "homocysteine", "homocysteine"),
    # a risk factor after the causes: the risk factors (three writers of four said so)
    ("and the indigestion tablets i take?", "triggers", "risk_factors"),
])
def test_elaborations_and_causes_keep_the_answer(text: str, previous: str, key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_a_question_without_a_question_mark_is_a_follow_up() -> None:
    assert follow_up.is_follow_up("are the jabs better than the tablets", "thanks", False)


def test_the_answers_a_follow_up_rule_names_exist() -> None:
    from bot.triage import knowledge

    named = {follow_up._CHILD_LIST, follow_up._ADULT_LIST, follow_up._DIET, follow_up._PROVIDER,
             follow_up._EMERGENCY, follow_up._ANEMIA, follow_up._SOURCES,
             *follow_up._SAYS_FOR_EVERYONE}
    assert knowledge.ANSWERS_BY_KEY.keys() >= named


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("and the nerve ones?", "physical_symptoms", "neurological_symptoms"),
    ("what about the mood side of it", "neurological_symptoms", "psychological_symptoms"),
])
def test_another_symptom_list_named_by_its_kind(text: str, previous: str, key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


@pytest.mark.parametrize(("text", "words"), [
    ("what about gliclazide", ["gliclazide"]),
    ("and for osteoporosis?", ["osteoporosis"]),
    ("would the jabs sort that out", []),  # asked in B12 questions
    ("can it mess with your heartbeat too", []),  # common English
])
def test_words_that_name_a_topic_of_their_own(text: str, words: list[str]) -> None:
    assert topic_words.own_topic_words(text) == words


def test_a_follow_up_naming_another_topic_is_read_alone() -> None:
    assert not follow_up.is_follow_up("and what are the side effects of gliclazide", "faq", False)


@pytest.mark.parametrize(("text", "points"), [
    ("what causes it", True),
    ("do they come on fast or slow", True),
    ("how do they fix it", True),
    ("what time is it in lagos", False),  # a word of its own
    ("is it going to rain", False),  # "it" points nowhere
    ("how many eggs is it ok to eat in a day", False),
    ("what causes b12 deficiency", False),  # names its topic
])
def test_a_message_that_points_back_with_no_answer_before_it(text: str, points: bool) -> None:
    assert follow_up.points_back(text, "out_of_scope", has_symptoms=False) is points


def test_a_symptom_asked_about_after_a_list_gets_the_list_that_has_it() -> None:
    assert follow_up.rule_key("and memory?", "psychological_symptoms",
                              ("memory_problems",)) == "neurological_symptoms"
    assert follow_up.rule_key("are tremors one of them", "child_symptoms",
                              ("tremors",)) == "child_symptoms"
    assert follow_up.may_follow("are tremors one of them", "out_of_scope", True)


def test_the_same_question_narrowed_keeps_its_answer() -> None:
    assert follow_up.rule_key("even if it's been years?", "reversible") == "reversible"


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("what about when breastfeeding", "daily_amount", "daily_amount"),
    ("what else does", "risk_factors", "risk_factors"),  # the rest of the list
    ("any others?", "triggers", "triggers"),
    ("how quick though", "progression", "progression"),  # how fast it gets worse
    ("how quick though", "treatment", None),  # after treatment: the selector decides
])
def test_the_answer_just_given_asked_again_narrowed(text: str, previous: str,
                                                    key: str | None) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_a_word_cut_short_is_the_word_it_begins() -> None:
    # "the other one, megalo something?" after pernicious anaemia
    assert topic_words.own_topic_words("and the other one, megalo something?") == []
    assert topic_words.own_topic_words("what about glaucoma") == ["glaucoma"]


def test_does_that_include_asks_about_the_list() -> None:
    assert follow_up.may_follow("Does that include fainting?", "faq", True)


@pytest.mark.parametrize(("text", "previous"), [
    ("even the nerve side of it?", "reversible"),
    ("like wat tho", "psychological_symptoms"),
    ("what type exactly", "neurological_symptoms"),
])
def test_asking_for_more_of_the_answer_keeps_it(text: str, previous: str) -> None:
    assert follow_up.rule_key(text, previous) == previous


@pytest.mark.parametrize("text", ["an in peerie bairns?", "and in the wee ones",
                                  "n for little kids"])
def test_children_asked_for_in_dialect_or_with_a_size_word(text: str) -> None:
    assert follow_up.rule_key(text, "physical_symptoms") == "child_symptoms"


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("and the megaloblastic kind?", "triggers", "anemia"),
    ("where does intrinsic factor come in", "risk_factors", "triggers"),
])
def test_a_term_one_answer_explains_gets_that_answer(text: str, previous: str,
                                                     key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_a_linked_medicines_other_effects_do_not_follow_a_b12_answer() -> None:
    assert not follow_up.may_follow("and what other side effects does it have?", "faq", False)


@pytest.mark.parametrize("text", ["how come?", "but why", "why is that"])
def test_a_bare_why_after_the_risks_asks_how_they_bring_it_on(text: str) -> None:
    assert follow_up.rule_key(text, "risk_factors") == "triggers"
    assert follow_up.rule_key(text, "food_sources") != "triggers"


def test_another_form_after_the_treatment_answer_keeps_it() -> None:
    assert follow_up.rule_key("and the nasal spray?", "treatment") == "treatment"


def test_another_form_after_how_soon_it_works_keeps_that_question() -> None:
    assert follow_up.rule_key("what about pills?", "improvement_time") == "improvement_time"


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("how fast do the injections work", "treatment", "improvement_time"),
    ("so who gets it most", "triggers", "risk_factors"),
    ("why's that?", "risk_factors", "triggers"),
])
def test_round_two_follow_ups(text: str, previous: str, key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_what_even_narrows_the_answer_just_given() -> None:
    assert follow_up.rule_key("what, even the numbness in my feet?", "treatment") == "treatment"


@pytest.mark.parametrize(("text", "previous", "key"), [
    ("and the emotional side?", "physical_symptoms", "psychological_symptoms"),
    ("what if she can't eat any of that", "food_sources", "vegetarian_vegan"),
])
def test_classes_from_the_s64_follow_ups(text: str, previous: str, key: str) -> None:
    assert follow_up.rule_key(text, previous) == key
