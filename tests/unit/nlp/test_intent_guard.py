"""The deterministic intent corrections: the classifier cannot suppress an emergency."""

from __future__ import annotations

import pytest

from bot.nlp import intent_guard, understanding
from bot.nlp import pipeline as nlp
from bot.nlp.intent_guard import EMERGENCY_INTENT, REPORT_INTENT, asks_how_to, boundary, route


def _route(text: str, intent: str, confidence: float = 0.9, runner_up: str = "faq") -> str:
    ranking = [(intent, confidence), (runner_up, 0.05)]
    return route(ranking, text, nlp.extract(text)) or intent


@pytest.mark.parametrize("ml_intent", ["greet", "faq", "out_of_scope", "nlu_fallback",
                                       "affirm", "report_symptoms", "thanks"])
@pytest.mark.parametrize(
    "text",
    [
        "i suddenly can't see out of one eye",
        "all of a sudden my speech is slurred",
        "my son just had a seizure",
        "my mum passed out",
        "i want to kill myself",
        "not sure if it was sudden but i can't feel my legs",
        "sudden vision loss?",
    ],
)
def test_emergency_whatever_the_classifier_said(text: str, ml_intent: str) -> None:
    assert _route(text, ml_intent) == EMERGENCY_INTENT


def test_classifier_emergency_without_rule_is_downgraded() -> None:
    assert _route("i've had tingling for months", EMERGENCY_INTENT) == REPORT_INTENT
    assert _route("what's b12", EMERGENCY_INTENT, runner_up="faq") == "faq"


def test_a_downgraded_emergency_guess_leaves_a_runner_up_that_meets_the_scope_gate() -> None:
    text = "fastest way to clear ice off the car on a cold morning?"
    ranking = [(EMERGENCY_INTENT, 0.4), ("faq", 0.3)]
    assert route(ranking, text, nlp.extract(text), off_topic=0.9) == "out_of_scope"
    assert route(ranking, "how long do b12 shots take", nlp.extract("how long do b12 shots take"),
                 off_topic=0.1) == "faq"


def test_confident_classifier_may_add_an_emergency_with_a_sudden_cue() -> None:
    assert _route("suddenly everything feels wrong", EMERGENCY_INTENT, 0.9) == EMERGENCY_INTENT
    assert _route("suddenly everything feels wrong", EMERGENCY_INTENT, 0.3) != EMERGENCY_INTENT


@pytest.mark.parametrize("ml_intent", ["nlu_fallback", "out_of_scope", "greet", "inform"])
def test_personal_symptom_report_is_never_a_fallback(ml_intent: str) -> None:
    assert _route("i've been so tired and pale for months", ml_intent) == REPORT_INTENT


@pytest.mark.parametrize(
    ("text", "ml_intent"),
    [
        ("what are the symptoms of diabetes? tiredness?", "out_of_scope"),
        ("is tingling a sign of low b12?", "faq"),
        ("is sudden vision loss an emergency?", "faq"),
    ],
)
def test_general_questions_keep_their_intent(text: str, ml_intent: str) -> None:
    assert _route(text, ml_intent) == ml_intent


@pytest.mark.parametrize(
    "text",
    ["what are the symptoms of diabetes", "how much vitamin d should i take",
     "is iron good for anemia", "what causes thyroid problems",
     "how do i treat a migraine at home"],
)
def test_other_topics_never_get_a_b12_answer(text: str) -> None:
    assert _route(text, "faq") == "out_of_scope"
    assert _route(text, "report_symptoms") == "out_of_scope"


def test_report_mentioning_another_condition_is_still_a_report() -> None:
    assert _route("i have diabetes and my feet are numb", "out_of_scope") == REPORT_INTENT


def test_question_naming_b12_is_not_out_of_scope() -> None:
    assert _route("how long do b12 shots take to work", "out_of_scope", runner_up="faq") == "faq"
    # both named: the classifier decides
    assert _route("is b12 better than iron", "out_of_scope") == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "ml_key", "better"),
    [
        ("can b12 deficiency make you lose your sense of smell", "physical_symptoms",
         "neurological_symptoms"),
        ("can lack of b12 cause trouble sleeping", "neurological_symptoms",
         "psychological_symptoms"),
        ("can low b12 cause mouth ulcers?", "psychological_symptoms", "physical_symptoms"),
        ("can kids with low b12 have seizures", "neurological_symptoms", "child_symptoms"),
    ],
)
def test_symptom_question_goes_to_the_list_naming_it(text: str, ml_key: str, better: str) -> None:
    from bot.nlp.intent_guard import faq_key_for_symptom

    assert faq_key_for_symptom(ml_key, text, nlp.extract(text)) == better


def test_symptom_key_kept_when_right_or_not_a_list_answer() -> None:
    from bot.nlp.intent_guard import faq_key_for_symptom

    text = "is vision loss a sign of low b12"
    assert faq_key_for_symptom("neurological_symptoms", text, nlp.extract(text)) is None
    assert faq_key_for_symptom("emergency_signs", text, nlp.extract(text)) is None


def test_the_detector_alone_is_doubted_on_another_topic_or_a_medicine_question() -> None:
    from bot.nlp import intent_guard, redflag_detector, understanding

    detector = redflag_detector.load()
    told = "my nan has been away with the fairies since her nap, not herself at all"
    reading = understanding.read(told, None, detector)
    fake = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("memory_problems",))
    # the detector's symptom is kept in scope, dropped when the message is about another topic
    assert not intent_guard.doubts_inferred(fake, told, off_topic=0.1)
    assert intent_guard.doubts_inferred(fake, told, off_topic=0.99)
    dose = "forgot my b12 tablets yesterday, can i double up today"
    assert intent_guard.doubts_inferred(fake, dose, off_topic=0.0)
    crisis = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("self_harm",))
    # a crisis needs the scope gate surer still, and a medicine question never hides it
    assert not intent_guard.doubts_inferred(crisis, dose, off_topic=0.5)
    assert intent_guard.doubts_inferred(crisis, "write a poem about rain", off_topic=0.9)


@pytest.mark.parametrize("ml_intent", ["nlu_fallback", "faq", "out_of_scope", "stop", "greet"])
@pytest.mark.parametrize("text", ["check my symptoms", "Check my symptoms.", "“check my symptoms”"])
def test_a_typed_instruction_is_read_as_told(text: str, ml_intent: str) -> None:
    """utter_form_stopped says to type "check my symptoms": it starts the check (issue #17)."""
    assert _route(text, ml_intent) == REPORT_INTENT


def test_only_the_whole_instruction_is_a_command() -> None:
    assert _route("can you check my symptoms of low b12 for me", "faq") == "faq"


def test_the_example_the_symptom_question_gives_is_read_as_a_report() -> None:
    """'Tell me in your own words…, for example “…”': the example itself is understood."""
    import re

    from bot.triage import questions, rules

    text = questions.question(rules.ASK_SYMPTOMS)["text"]
    example = re.search(r"\u201c([^\u201d]+)\u201d", text).group(1)
    assert nlp.extract(example).symptoms
    assert _route(example, "nlu_fallback") == REPORT_INTENT


def test_a_sure_small_talk_intent_drops_the_detector_only_in_short_messages() -> None:
    from bot.nlp import intent_guard, redflag_detector, understanding

    told = "my uncle odd since supper. shouting then weeping. not himself."
    reading = understanding.read(told, None, redflag_detector.load())
    fake = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("personality_changes",))
    # longer than any small-talk example: the classifier's "deny" is a guess
    assert not intent_guard.doubts_inferred(fake, told, 0.0, "deny", 0.97)
    assert intent_guard.doubts_inferred(fake, "no not really", 0.0, "deny", 0.97)


@pytest.mark.parametrize("text", ["and the body ones?", "who won the darts last night"])
def test_a_short_question_naming_nobody_doubts_the_detector(text: str) -> None:
    from bot.nlp import intent_guard, redflag_detector, understanding

    reading = understanding.read(text, None, redflag_detector.load())
    fake = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("seizures",))
    assert intent_guard.doubts_inferred(fake, text, 0.0)


def test_a_short_question_about_a_person_keeps_it() -> None:
    from bot.nlp import intent_guard, redflag_detector, understanding

    text = "why cant grandad wake up properly?"
    reading = understanding.read(text, None, redflag_detector.load())
    fake = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("drowsiness",))
    assert not intent_guard.doubts_inferred(fake, text, 0.0)


def test_an_onset_answer_read_as_an_unsure_emergency_is_an_answer() -> None:
    text = "it started when she got up from her nap, she was fine before"
    ranking = [(EMERGENCY_INTENT, 0.43), ("faq", 0.33), (REPORT_INTENT, 0.2)]
    assert route(ranking, text, nlp.extract(text), detector_flag=0.99) == "inform"


def test_a_risk_factor_question_answered_with_an_unrelated_list_gets_the_risk_factors() -> None:
    from bot.nlp.intent_guard import faq_key_for_risk

    text = "i take lansoprazole every morning, does it do anything to my b12"
    assert faq_key_for_risk("psychological_symptoms", text, nlp.extract(text)) == "risk_factors"
    assert faq_key_for_risk("triggers", text, nlp.extract(text)) is None  # already about it
    assert faq_key_for_risk("psychological_symptoms", "what is b12",
                            nlp.extract("what is b12")) is None


@pytest.mark.parametrize(("text", "ml_key", "better"), [
    # an answer that could fit, but the question does not ask for it
    ("does my reflux medicine change how much b12 gets absorbed", "daily_amount",
     "risk_factors"),
    ("are indigestion tablets a problem for b12", "treatment", "risk_factors"),
    ("my son went vegetarian last year, should we worry about his b12",
     "when_to_see_provider", "vegetarian_vegan"),
    # asked for: kept
    ("on metformin, how long do b12 jabs take to work", "improvement_time", None),
    ("im vegan, what foods have b12", "food_sources", None),
    ("i drink a lot, should i get my b12 checked by the gp", "when_to_see_provider", None),
    ("vitamin amounts when pregnant on a vegan diet", "daily_amount", None),
])
def test_a_risk_factor_question_keeps_an_answer_only_when_it_asks_for_it(
        text: str, ml_key: str, better: str | None) -> None:
    from bot.nlp.intent_guard import faq_key_for_risk

    assert faq_key_for_risk(ml_key, text, nlp.extract(text)) == better


def test_the_diet_is_both_a_risk_factor_and_an_answer() -> None:
    from bot.nlp import intent_guard
    from bot.triage import knowledge, lexicon

    assert intent_guard.DIET_KEY in lexicon.RISK_FACTORS_BY_KEY
    assert intent_guard.DIET_KEY in knowledge.ANSWERS_BY_KEY
    # every answer a risk question's words can ask for exists
    assert knowledge.ANSWERS_BY_KEY.keys() >= intent_guard._ASKS_FOR.keys()


def test_a_crisis_the_detector_reads_in_a_question_naming_nobody_stays() -> None:
    from bot.nlp import intent_guard, redflag_detector, understanding

    text = "whats even the point anymore?"
    reading = understanding.read(text, None, redflag_detector.load())
    fake = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("self_harm",))
    assert not intent_guard.doubts_inferred(fake, text, 0.0)


@pytest.mark.parametrize(("text", "ml_key"), [
    ("with crohns will i be on the jabs for ever", "reversible"),
    ("i had a gastric sleeve, which b12 symptoms should i watch for", "physical_symptoms"),
])
def test_a_risk_factor_question_that_asks_for_that_answer_keeps_it(text: str,
                                                                  ml_key: str) -> None:
    from bot.nlp.intent_guard import faq_key_for_risk

    assert faq_key_for_risk(ml_key, text, nlp.extract(text)) is None


def test_a_dose_of_another_supplement_is_declined() -> None:
    from bot.nlp.intent_guard import OUT_OF_SCOPE, boundary

    text = "how much folic acid should i take when pregnant"
    assert boundary("faq", text, nlp.extract(text), off_topic=0.1) == (OUT_OF_SCOPE, None)
    b12 = "how much b12 should i take when pregnant"
    assert boundary("faq", b12, nlp.extract(b12), off_topic=0.1) == ("faq", "dosing")


def test_a_weight_loss_operation_is_the_risk_factor_not_the_symptom() -> None:
    found = nlp.extract("had my weight loss op last year, what signs should i watch for")
    assert found.risk_factors == ["weight_loss_surgery"]
    assert "weight_loss" not in found.symptoms


def test_newest_scope_classes() -> None:
    from bot.nlp import boundaries, intent_guard

    assert intent_guard.topic("b6 deficiency symptoms in older people") == "other"
    assert intent_guard.topic("omega 3 sources for vegans") == "other"
    assert intent_guard.topic("what are your sources") == "b12"
    assert boundaries.read("i take lansoprazole daily, is that a b12 risk") is None
    assert boundaries.read("im on seven pills a day, can i add b12 on top") == "interactions"
    assert intent_guard.is_about_an_animal("ma dug cannae walk since this morning")
    found = nlp.extract("my dad had the stomach op for weight loss years ago, does that count")
    assert found.risk_factors == ["weight_loss_surgery"]


@pytest.mark.parametrize(("text", "key"), [
    ("b12 deficiency symptoms?", "physical_symptoms"),
    ("what are the signs of low b12", "physical_symptoms"),
    ("what causes b12 deficiency symptoms", None),  # asks why: the triggers stay
    ("where do the symptoms come from", None),
])
def test_symptoms_asked_for_without_a_cause_are_not_the_triggers(text: str,
                                                                  key: str | None) -> None:
    from bot.nlp import intent_guard

    assert intent_guard.faq_key_for_cause("triggers", text) == key
    assert intent_guard.faq_key_for_cause("physical_symptoms", text) is None


@pytest.mark.parametrize("text", [
    "grandad went stubborn as a mule overnight, not himself",
    "blacked out in the kitchen, now sick as a dog",
    # the animal is where one falls or walks
    "keep tripping over the sheep since lunch, legs gone wobbly",
    "cannot walk right since noon, bumping against the horses in the yard",
])
def test_an_animal_in_a_simile_is_not_the_patient(text: str) -> None:
    from bot.nlp import intent_guard

    assert not intent_guard.is_about_an_animal(text)


@pytest.mark.parametrize(("text", "animal"), [
    # "kid" and "nanny" are a goat's, not a person's
    ("new goat kid is trembling and cant stand up, born 2 days ago", True),
    ("the nanny goat is staggering about the yard", True),
    # "one of the cows" is the patient; "two of the dog" is a thing seen double
    ("one of the cows went down after calving this morning, reckon it's milk fever?", True),
    ("everything doubled since tea, two of the telly, two of the dog", False),
    ("my goat kids are fine but I fainted in the shed", False),
])
def test_an_animal_named_with_a_person_word_is_still_the_animal(text: str,
                                                                 animal: bool) -> None:
    from bot.nlp import intent_guard

    assert intent_guard.is_about_an_animal(text) is animal


def test_searching_the_amount_that_harms_is_a_crisis_means() -> None:
    from bot.nlp import crisis_means

    assert crisis_means.spans("saw he'd googled how many sleeping pills are too many")
    assert not crisis_means.spans("how many b12 tablets is too many")


def test_a_risk_question_gets_the_answer_that_fits_it() -> None:
    from bot.nlp import intent_guard

    # pregnancy and breastfeeding need more a day: the daily amount answers that
    found = nlp.extract("do breastfeeding mums need more b12 than normal")
    assert intent_guard.faq_key_for_risk("daily_amount", "do breastfeeding mums need more b12 "
                                         "than normal", found) is None
    # the diet answer is for a diet, not for celiac with meat eaten
    text = "why would celiac give you b12 problems if you eat meat"
    found = nlp.extract(text)
    assert intent_guard.faq_key_for_risk("vegetarian_vegan", text, found) == "risk_factors"


@pytest.mark.parametrize(("text", "wanted"), [
    ("I'm on omeprazole. does that matter?", "faq"),
    ("my husband takes metformin, should he be worried", "faq"),
    ("can my dog be vegan like me?", None),  # an animal
    ("folic acid when pregnant, is it safe", None),  # another substance
])
def test_a_question_about_a_risk_factor_read_as_out_of_scope(text: str,
                                                             wanted: str | None) -> None:
    found = nlp.extract(text)
    assert found.risk_factors
    assert route([("out_of_scope", 0.6)], text, found) == wanted


def test_a_letter_to_the_landlord_is_not_a_goodbye_letter() -> None:
    assert "self_harm" not in nlp.extract(
        "can you help me write a letter to my landlord about the damp").symptoms
    assert "self_harm" in nlp.extract("i have written letters to my family, it is time").symptoms


def test_foam_at_the_mouth_is_a_seizure_sign_even_at_play() -> None:
    from bot.nlp import seizure_signs

    assert seizure_signs.spans("he was playing then fell and foam came out of his mouth")
    assert not seizure_signs.spans("the kids were playing, shaking all over with laughter")


def test_a_time_with_no_symptom_read_as_a_report_answers_the_onset_question() -> None:
    text = "Started dinner time today. I was fine walking the dog first thing"
    found = nlp.extract(text)
    assert route([("report_symptoms", 0.46), ("out_of_scope", 0.2)], text, found,
                 off_topic=0.83) == "inform"


def test_scots_me_before_an_animal_is_my() -> None:
    from bot.nlp import intent_guard

    assert intent_guard.is_about_an_animal("me old collie cannae get up on her back legs")
    assert not intent_guard.is_about_an_animal("give me a dog bite remedy, my hand is swollen")


@pytest.mark.parametrize(("text", "general"), [
    ("high homocysteine and dementia, whats the link with b12", True),
    ("homocysteine and dementia, is there a link through b12?", True),
    # a time, or a person, keeps it a possible report
    ("sudden blindness, is that part of it", False),
    ("my dad cant remember anything since lunch, is there a link with b12", False),
])
def test_asking_about_a_link_names_nobodys_symptom(text: str, general: bool) -> None:
    from bot.nlp import intent_guard

    assert intent_guard.is_general_question(text) is general


@pytest.mark.parametrize(("text", "animal"), [
    ("my staffy collapsed on our walk then got up fine, what could it be", True),
    ("one of my mares is dull and off her feed, would a b12 jab help her", True),
    ("cant steer straight since lunch", False),  # a verb, not a bullock
    ("my voice went husky and slurred since lunch", False),  # a voice, not a dog
    # an animal feared or thought of is not the patient
    ("terrified of dogs now, and cant see out of one eye since lunch", False),
    ("thinking of the horse all day, then my vision went", False),
])
def test_breeds_and_plurals_are_animals(text: str, animal: bool) -> None:
    from bot.nlp import intent_guard

    assert intent_guard.is_about_an_animal(text) is animal


@pytest.mark.parametrize(("text", "key"), [
    ("what is pernicious anemia exactly", "anemia"),
    ("whats megaloblastic anaemia got to do with low b12", "anemia"),
    ("what does macrocytic mean", "anemia"),
    ("what's intrinsic factor", "triggers"),
    ("why do some people not absorb b12 from food", "triggers"),
    ("why can't my gut absorb it", "triggers"),
])
def test_a_term_the_article_explains_asked_what_it_is(text: str, key: str) -> None:
    from bot.nlp import intent_guard

    assert intent_guard.faq_key_for_named_topic("risk_factors", text) == key


def test_a_risk_question_naming_the_term_is_left_to_the_selector() -> None:
    from bot.nlp import intent_guard

    assert intent_guard.faq_key_for_named_topic("risk_factors",
                                                "can pernicious anaemia cause low b12") is None


def test_a_symptom_only_a_person_tells_outweighs_an_animal_named() -> None:
    from bot.triage import lexicon

    assert set(lexicon.SYMPTOMS_BY_KEY) >= lexicon.PERSON_ONLY_SYMPTOMS
    text = "dog started barking, then suddenly slurring every word"
    assert _route(text, "out_of_scope") == EMERGENCY_INTENT
    # an animal's own signs still get the vet's decline
    assert _route("the cat is limping suddenly", "report_symptoms") == "out_of_scope"


def test_a_risk_factor_told_is_information_whatever_the_classifier_doubted() -> None:
    assert _route("i take metformin", "out_of_scope") == "inform"
    # ...but a question about it stays a question
    assert _route("is gout linked to drinking beer?", "out_of_scope") != "inform"


def test_asking_for_the_symptoms_is_not_asking_what_deficiency_is() -> None:
    from bot.nlp import intent_guard

    assert intent_guard.faq_key_for_cause("what_is_deficiency",
                                          "what are the signs of low b12") == "physical_symptoms"
    assert intent_guard.faq_key_for_cause("what_is_deficiency", "what is b12 deficiency") is None


def test_the_learned_diagnosis_half_is_not_asked_about_anyone_in_general() -> None:
    from bot.nlp.intent_guard import boundary

    def always(_text: str) -> bool:
        return True

    general = "could a baby end up b12 deficient"
    assert boundary("faq", general, nlp.extract(general), 0.1, asks_diagnosis=always) is None
    someone = "my baby, is she b12 deficient"
    assert boundary("faq", someone, nlp.extract(someone), 0.1,
                    asks_diagnosis=always) == ("faq", "no_diagnosis")


def test_farm_work_on_animals_leaves_the_person_the_patient() -> None:
    from bot.nlp import intent_guard

    assert not intent_guard.is_about_an_animal("was drenching ewes all morning, arm went dead")
    assert intent_guard.is_about_an_animal("the ewe is down and won't get up")


def test_a_contraction_tells_it_does_not_ask() -> None:
    from bot.nlp import intent_guard

    assert not intent_guard.personless_question("Can't walk straight since tea.")
    assert intent_guard.personless_question("can the signs come and go?")


def test_the_owner_doing_it_themselves_is_no_person_with_a_symptom() -> None:
    from bot.nlp import intent_guard

    assert intent_guard.is_about_an_animal("the heifers look rough, should i jab them myself")


@pytest.mark.parametrize(("text", "key"), [
    ("what's vit b12?", "what_is_b12"),
    ("what is b12 exactly", "what_is_b12"),
    ("what is b12 deficiency", None),  # keeps what deficiency is
    ("what does it mean if b12 is low", None),
])
def test_what_b12_is_asked_with_no_word_of_a_lack(text: str, key: str | None) -> None:
    from bot.nlp import intent_guard

    assert intent_guard.faq_key_for_cause("what_is_deficiency", text) == key


@pytest.mark.parametrize("text", ["Oh it came on slowly, very slowly.",
                                  "she's eighty-two so an adult, obviously"])
def test_a_form_answer_is_never_declined_by_the_scope_gate(text: str) -> None:
    findings = nlp.extract(text)
    # however sure the scope detector is that so few words are about something else
    assert route([("inform", 0.9)], text, findings, off_topic=0.99) is None


@pytest.mark.parametrize("text", [
    "how do I keep awake through a night shift in the cab",
    "best way to dry out soaked walking boots overnight",
    "good flat walking routes near the lake for my grandad",
    "my daughter is asking can she take ibuprofen while she's on sertraline",
])
def test_a_how_to_question_opening_the_message_is_a_request(text: str) -> None:
    assert asks_how_to(text)


@pytest.mark.parametrize("text", [
    "mum can't walk straight since lunch, how do i get her in the car",
    "how many of my tablets would it take to not wake up",
])
def test_a_report_or_a_lethal_amount_is_no_how_to_request(text: str) -> None:
    assert not asks_how_to(text)


@pytest.mark.parametrize("text", [
    "where should we keep my dad's eye drops, fridge or cupboard?",
    "does metformin cause liver damage?",
    "what other side effects can omeprazole have",
])
def test_storing_or_other_effects_of_a_linked_medicine_are_declined(text: str) -> None:
    assert route([("faq", 0.9)], text, nlp.extract(text)) == "out_of_scope"


def test_how_often_of_another_thing_is_no_dose_of_b12() -> None:
    text = "how often should my wife get a mammogram?"
    found = boundary("faq", text, nlp.extract(text), off_topic=0.9)
    assert found == ("out_of_scope", None)


def test_a_pet_fed_a_diet_or_supplement_is_the_patient() -> None:
    assert intent_guard.is_about_an_animal("can i put my dog on a vegan diet or will he lack b12")
    assert not intent_guard.is_about_an_animal("forgot feeding the hens, my memory's gone today")


def test_a_request_to_the_assistant_is_a_how_to_request() -> None:
    assert asks_how_to("could you show me where you got this from")


def test_a_message_opening_by_asking_what_another_topic_is() -> None:
    assert intent_guard.asks_what_another_topic_is("what is sciatica? my leg tingles in the car")
    assert not intent_guard.asks_what_another_topic_is("what is b12? my hands went numb")


def test_a_storage_question_tells_nothing() -> None:
    text = "my son's antibiotic syrup, do i keep it in the fridge?"
    assert intent_guard.asks_beyond_the_article(text)


def test_a_feeling_kept_is_no_storage_question() -> None:
    assert not intent_guard.asks_beyond_the_article("I keep feeling cold and shaky all day")


@pytest.mark.parametrize(("text", "beyond"), [
    ("How many people are affected by gout?", True),
    ("Is psoriasis inherited?", True),
    ("Is ibuprofen safe in pregnancy?", True),
    ("is it safe while breastfeeding?", False),  # "it" may be B12 in a follow-up
    ("are the jabs safe in pregnancy", False),
    ("how many people have low b12", False),
    ("is pernicious anaemia inherited", False),  # a condition the article ties to B12
])
def test_consumer_health_templates_the_article_does_not_answer(text: str, beyond: bool) -> None:
    assert intent_guard.asks_beyond_the_article(text, nlp.extract(text)) is beyond


@pytest.mark.parametrize(("text", "question"), [
    ("no none of those. so how is it treated", "how is it treated"),
    ("adult, 58, and i'm on omeprazole, would that matter?", "would that matter?"),
    ("what is b12", None),  # one question
    ("gradual, over a year", None),  # no question
    ("no. why?", None),  # too short to answer alone
])
def test_a_question_after_an_answer_in_one_message(text: str, question: str | None) -> None:
    assert intent_guard.trailing_question(text) == question


@pytest.mark.parametrize(("text", "key"), [
    ("neurological effects of low b12", "neurological_symptoms"),
    ("what psychological signs go with it", "psychological_symptoms"),
    ("are the neurological symptoms reversible", None),  # asks whether they go away
])
def test_a_section_named_with_what_it_lists(text: str, key: str | None) -> None:
    assert intent_guard.faq_key_for_named_topic("reversible", text) == key


@pytest.mark.parametrize("text", [
    "why does my laptop battery keep dying by the afternoon?",
    "will leaving the car charger in overnight drain the car battery",
    "my phone just froze and went black, how do i reset it",
])
def test_a_machines_trouble_is_no_persons_symptom(text: str) -> None:
    from bot.nlp import intent_guard, redflag_detector, understanding

    reading = understanding.read(text, None, redflag_detector.load())
    fake = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("memory_problems",))
    assert intent_guard.doubts_inferred(fake, text, off_topic=0.0)


def test_a_machine_beside_a_persons_red_flag_keeps_the_lexicons_finding() -> None:
    from bot.nlp import understanding

    text = "my phone died so i couldn't ring anyone, and my wife fainted an hour ago"
    assert "syncope" in understanding.read(text).findings.symptoms


@pytest.mark.parametrize(("text", "key"), [
    ("so what even is vitamin b12 deficiency?", "what_is_deficiency"),
    ("can the heartburn tablets lower your b12", "risk_factors"),
    ("which neuro signs should i know about", "neurological_symptoms"),
])
def test_a_named_topic_gets_its_answer(text: str, key: str) -> None:
    from bot.nlp.intent_guard import faq_key_for_named_topic

    assert faq_key_for_named_topic("what_is_b12", text) == key


def test_a_linked_medicines_general_side_effects_are_declined() -> None:
    from bot.nlp import intent_guard, understanding

    text = "what are the usual side effects of omeprazole"
    reading = understanding.read(text)
    assert intent_guard.route([("out_of_scope", 0.9), ("faq", 0.1)], text, reading.findings,
                              False, 0.2, 0.0) is None
    assert intent_guard.route([("faq", 0.9)], text, reading.findings,
                              False, 0.2, 0.0) == "out_of_scope"


@pytest.mark.parametrize(("text", "key"), [
    ("is my omeprazole pulling my b12 down?", "risk_factors"),
    ("what does low b12 do to your nerves", "neurological_symptoms"),
])
def test_what_lowers_b12_and_what_it_does_to_the_nerves(text: str, key: str) -> None:
    from bot.nlp.intent_guard import faq_key_for_named_topic

    assert faq_key_for_named_topic("psychological_symptoms", text) == key


def test_a_person_beside_a_machine_is_no_machines_trouble() -> None:
    from bot.nlp import intent_guard, redflag_detector, understanding

    text = "parked the car and she froze, can't move her left side"
    reading = understanding.read(text, None, redflag_detector.load())
    fake = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("muscle_control_loss",))
    assert not intent_guard.doubts_inferred(fake, text, off_topic=0.0)


def test_another_anaemia_is_no_b12_question() -> None:
    assert _route("is anemia from heavy bleeding dangerous?", "faq") == "out_of_scope"
    assert _route("is b12 anaemia the same as iron anaemia?", "faq") == "faq"


@pytest.mark.parametrize("text", [
    "the farmer next door says my goats need b12 jabs, true?",
    "me yowes are lame, should I gie them a b12 jab?",
])
def test_an_adviser_or_a_scots_ewe_keeps_it_about_the_animal(text: str) -> None:
    assert intent_guard.is_about_an_animal(text)


@pytest.mark.parametrize("text", [
    "cannae hold the rope, ma right han's gone numb an useless. wis clippin the yowes fine at "
    "breakfast",
    "my left leg went dead while I was moving the cattle",
])
def test_the_writers_own_body_part_keeps_it_about_a_person(text: str) -> None:
    assert not intent_guard.is_about_an_animal(text)


def test_a_dose_injected_into_an_animal_stays_about_the_animal() -> None:
    assert intent_guard.is_about_an_animal("how much b12 do you inject into a goat, per kilo?")


def test_a_greeting_or_address_before_a_general_question_changes_nothing() -> None:
    assert intent_guard.is_general_question("Sir, can low b12 cause fits in kids?")


@pytest.mark.parametrize(("text", "ml_key", "key"), [
    ("What does low B12 do to your nervous system?", "neurological_symptoms",
     "neurological_symptoms"),
    ("has this been checked by a doctor at all?", "when_to_see_provider", "sources"),
])
def test_named_topics_of_round_two(text: str, ml_key: str, key: str) -> None:
    assert intent_guard.faq_key_for_named_topic(ml_key, text) == key


def test_a_diet_alone_asked_as_a_risk_gets_the_diet_answer() -> None:
    findings = nlp.extract("are vegetarians more at risk of low b12?")
    assert intent_guard.faq_key_for_risk("risk_factors", "are vegetarians more at risk of low "
                                         "b12?", findings) == "vegetarian_vegan"


@pytest.mark.parametrize("text", [
    "Doctor says my thyroid is up, does that mean I got thyroid disease?",
    "what happens if you dont get enough iron as a vegan",
    "which gloves stop your hands going numb on the bike",
])
def test_another_topic_asked_is_declined(text: str) -> None:
    assert _route(text, "faq") == "out_of_scope" or intent_guard.boundary(
        "faq", text, nlp.extract(text), 0.0) == ("out_of_scope", None)


def test_a_crisis_told_of_someone_is_never_doubted_by_the_scope_gate_alone() -> None:
    from bot.nlp import redflag_detector, understanding

    told = "My brother said last night he wishes the lorry would just roll off the bridge."
    reading = understanding.read(told, None, redflag_detector.load())
    crisis = understanding.Reading(
        reading.findings, reading.time_onset, False, reading.detector, ("self_harm",))
    assert not intent_guard.doubts_inferred(crisis, told, off_topic=0.65)
    # ...but a request that tells of nobody still is
    assert intent_guard.doubts_inferred(crisis, "give me a road trip playlist", off_topic=0.65)


@pytest.mark.parametrize(("text", "animal"), [
    ("Two of my goats won't eat since yesterday, what do I give them", True),
    ("my hoggs are poorly, do they need a b12 jab", True),
    ("our cow's milk is down this week, which vitamins should we give her", True),
    ("my baby is 10 months and on goat milk, how much b12 does she need", False),
])
def test_an_animal_as_patient_or_as_food(text: str, animal: bool) -> None:
    assert intent_guard.is_about_an_animal(text) is animal


@pytest.mark.parametrize(("text", "animal"), [
    ("my budgie not eating since this morning what i do", True),
    ("the puppy fell off the sofa, what to do", True),
    ("i fainted while walking the dog, what i do", False),
])
def test_a_second_language_what_i_do_is_the_owner_asking(text: str, animal: bool) -> None:
    assert intent_guard.is_about_an_animal(text) is animal


@pytest.mark.parametrize(("text", "key"), [
    ("which signs does low b12 give a grown-up", "physical_symptoms"),
    ("how is low b12 different in kids than in adults", None),  # both: the children's list
])
def test_adults_alone_ask_for_the_first_symptom_list(text: str, key: str | None) -> None:
    assert intent_guard.faq_key_for_cause("child_symptoms", text) == key


def test_the_quickest_way_to_do_a_chore_is_no_red_flag() -> None:
    def routed(text: str, off_topic: float) -> str | None:
        reading = understanding.read(text)
        doubted = intent_guard.doubts_inferred(reading, text, off_topic, "faq", 0.5)
        kept = understanding.without_inferred(reading) if doubted else reading
        return route([("faq", 0.9)], text, kept.findings, kept.hypothetical, off_topic,
                     kept.detector.flag)

    chore = "quickest way to scrape frost off the car at 5am"
    assert asks_how_to(chore)
    assert routed(chore, off_topic=0.66) != EMERGENCY_INTENT
    # ...but a crisis stays where "the quickest way" may ask for a means
    assert routed("quickest way to make it all stop", off_topic=0.66) == EMERGENCY_INTENT


@pytest.mark.parametrize(("text", "asks"), [
    ("does an inhaler still work if it froze in the car", True),
    ("does b12 still work if the tablets froze", False),  # B12 named
    ("does my son's inhaler still work if it froze", False),  # a person named
])
def test_a_question_about_a_thing_of_its_own(text: str, asks: bool) -> None:
    assert intent_guard.asks_of_a_thing(text) is asks


def test_a_time_in_a_question_about_another_topic_answers_no_onset_question() -> None:
    # the classifier's "out of scope" stands: "every morning" dates the medicine
    text = "my aunt takes rivaroxaban every morning, what is it for"
    assert _route(text, "out_of_scope") == "out_of_scope"
    # ...while a time alone still answers the onset question
    assert _route("since this morning", "out_of_scope") == "inform"


@pytest.mark.parametrize(("text", "asks"), [
    ("whats the weather doing in oban tomorrow", True),
    ("so hows the ferry running this week", True),
    ("righto. and wheres the nearest chemist", True),
    ("whatsapp keeps crashing on me", False),
    ("so i fainted at work", False),
])
def test_a_question_typed_without_its_apostrophe(text: str, asks: bool) -> None:
    assert intent_guard.is_question(text) is asks


def test_the_detectors_crisis_guess_at_an_everyday_question_is_doubted() -> None:
    # "whats the weather doing ... tomorrow" read as a crisis by the detector alone got the
    # crisis line after an FAQ; as a question about another topic the guess is dropped
    from bot.nlp import scope_detector

    for text in ("hows the road to alice springs looking this week",
                 "and hows the traffic on the m6 looking today"):
        reading = understanding.read(text)
        assert reading.inferred  # the detector's guess (a crisis, a faint) ...
        off_topic = scope_detector.load().off_topic(text)
        assert intent_guard.doubts_inferred(reading, text, off_topic), text  # ...is dropped
