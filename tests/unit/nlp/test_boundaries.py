"""Requests the assistant must not fulfil get their boundary answer; questions the
article answers do not (issue #14)."""

from __future__ import annotations

import pytest

from bot.nlp import boundaries, intent_guard, scope_detector
from bot.nlp.pipeline import Findings, extract


@pytest.mark.parametrize("text", [
    "do i have b12 deficiency?",
    "just tell me yes or no",
    "is it my b12 or my thyroid",
    "am i deficient",
    "could my pins and needles be b12",
    "can you diagnose me please",
    "my level came back 180, does that mean i'm deficient",
])
def test_diagnosis_requests(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize(("text", "key"), [
    ("how many mcg should i take every day", boundaries.DOSING),
    ("is 5000 mcg too much", boundaries.DOSING),
    ("can i give my b12 gummies to my 3 year old", boundaries.DOSING),
    ("how often should i have the injections", boundaries.DOSING),
    ("should i stop my metformin", boundaries.STOP_MEDICINE),
    ("can i come off omeprazole to help my b12", boundaries.STOP_MEDICINE),
    ("is it ok to take b12 with my blood pressure pills", boundaries.INTERACTIONS),
    ("b12 and levothyroxine at the same time?", boundaries.INTERACTIONS),
])
def test_dosing_and_medicine_requests(text: str, key: str) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "how much b12 does an adult need a day",
    "what foods have b12",
    "can metformin cause low b12",
    "is b12 deficiency reversible",
    "what are the symptoms in children",
])
def test_article_questions_are_not_boundaries(text: str) -> None:
    assert boundaries.read(text) is None


def test_another_drugs_dose_is_out_of_scope() -> None:
    text = "what melatonin dose for my 8 year old"
    assert intent_guard.boundary("faq", text, Findings(), off_topic=0.9) == (
        intent_guard.OUT_OF_SCOPE, None)


def test_a_b12_dose_is_a_boundary_even_when_the_scope_gate_doubts() -> None:
    text = "how many mg should i take"
    assert intent_guard.boundary("out_of_scope", text, Findings(), off_topic=0.9) == (
        intent_guard.FAQ, boundaries.DOSING)


@pytest.mark.parametrize(("text", "expected"), [
    # nobody's request about a topic of its own
    # an animal's food is no dose
    ("can chickens eat avocado skin? i have too much from the shop",
     (intent_guard.OUT_OF_SCOPE, None)),
    # a person's request, or B12 named: still the boundary
    ("can you diagnose me", (intent_guard.FAQ, boundaries.DIAGNOSIS)),
    ("is it b12 or is it my thyroid", (intent_guard.FAQ, boundaries.DIAGNOSIS)),
])
def test_a_request_about_another_topic_is_declined(text: str,
                                                   expected: tuple[str, str | None]) -> None:
    assert intent_guard.boundary("faq", text, Findings(), off_topic=0.0) == expected


def test_how_another_condition_is_diagnosed_is_left_to_the_scope_gate() -> None:
    # no verdict asked: no boundary; the scope gate declines it
    text = "How is glaucoma diagnosed?"
    assert intent_guard.boundary("faq", text, Findings(), off_topic=0.0) is None
    assert intent_guard.route([("faq", 0.9)], text, extract(text), False,
                              scope_detector.load().off_topic(text)) == intent_guard.OUT_OF_SCOPE


def test_a_diagnosis_request_with_symptoms_stays_a_symptom_report() -> None:
    text = "my feet have been numb for months, do i have it?"
    findings = extract(text)
    assert findings.symptoms
    assert intent_guard.boundary("report_symptoms", text, findings, 0.0) == (
        intent_guard.REPORT_INTENT, boundaries.DIAGNOSIS)


def test_an_emergency_is_never_a_boundary() -> None:
    text = "do i have b12 deficiency? i fainted an hour ago"
    assert intent_guard.boundary(intent_guard.EMERGENCY_INTENT, text, extract(text), 0) is None


@pytest.mark.parametrize(("text", "animal"), [
    ("my dog suddenly can't walk on his back legs what do i do", True),
    ("our cat was fine at breakfast and now she keeps wobbling", True),
    ("I fainted while walking my dog", False),
    ("she fell and the dog was barking, she cant get up", False),
    ("my cat died and i want to kill myself", False),
    ("my calf has been numb since this morning", False),
])
def test_animals_and_people(text: str, animal: bool) -> None:
    assert intent_guard.is_about_an_animal(text) is animal


def test_a_dose_question_with_a_symptom_keeps_the_symptom_check() -> None:
    text = "how much b12 should i take, my legs have been numb for weeks"
    findings = extract(text)
    assert findings.symptoms
    assert intent_guard.boundary("faq", text, findings, 0.0) == (
        intent_guard.REPORT_INTENT, boundaries.DOSING)


@pytest.mark.parametrize("text", [
    "my strength has been going for months",
    "i drink about 20 units a week, is that a risk",
])
def test_words_that_also_describe_symptoms_are_no_dose_question(text: str) -> None:
    assert boundaries.read(text) != boundaries.DOSING


@pytest.mark.parametrize("text", [
    "sore tongue and pins and needles for weeks. so it's b12 deficiency, right?",
    "hb came back low, does that confirm a b12 deficiency",
    "is it his b12 or could it be something else entirely",
    "is her forgetfulness low b12 or is she just getting old",
    "would you class a level of 180 as deficient",
    "tingly feet, vegan since 2019, diagnosis?",
])
def test_more_ways_of_asking_for_a_diagnosis(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", [
    "is b12 in eggs or just meat",
    "can low b12 cause anaemia, yes?",
])
def test_questions_about_b12_itself_are_not_diagnosis_requests(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize("text", [
    "my ferritin is fine but mch is 35, does this point to pernicious anaemia",
    "b12 came back at 190 pg/ml, is that too low?",
])
def test_reading_a_result_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", [
    "does that mean i need more b12 in my food",
    "what b12 level counts as normal",
])
def test_asking_what_a_fact_means_is_not(text: str) -> None:
    assert boundaries.read(text) != boundaries.DIAGNOSIS


def test_a_question_about_a_risk_factor_is_answered_not_checked() -> None:
    text = "i had a gastric band fitted three years back, am i at risk for low b12?"
    found = extract(text)
    assert found.risk_factors and not found.symptoms
    assert intent_guard.route([("report_symptoms", 0.8)], text, found) == "faq"


@pytest.mark.parametrize("text", [
    "my brother drinks too much cider, does that lower b12",  # too much of something else
    "can teenagers get b12 deficiency or is it an older person thing",  # in general
    "got diagnosed with coeliac last month, should my b12 be checked",
    "is 2.4 mcg enough when breastfeeding",  # the article's daily amount
])
def test_words_of_a_boundary_used_for_something_else(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize("text", [
    "tired and pale for months, does this sound like b12 to you?",
    "my feet burn at night for weeks, b12 or diabetes, which one",
    "my legs ache after runs for a month, b12 deficiency or overtraining?",
    "could you tell us if mum has b12 deficiency, she's been forgetful for a year",
])
def test_asking_which_cause_or_how_it_sounds_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", ["what foods have b12 or iron?",
                                  "is b12 or iron more important for energy?"])
def test_either_or_in_general_is_not(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize("text", [
    "so what have i got then",
    "please tell me what i have",
    "could you check whether my son has it",
    "can u tell from these symptoms if it's b12",
    "would you call this b12 deficiency?",
    "hb low and mcv high, does that mean b12 anaemia?",
    "do u reckon i'm deficient",
])
def test_asking_what_one_has_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", [
    "what have i got to lose",
    "what do i have to eat to get more b12",
    "what i have been eating is mostly toast",
])
def test_what_i_have_to_do_is_not(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize(("text", "which"), [
    ("pins and needles for weeks, b12 or my back?", True),
    ("foggy for a month - deficiency or just burnout", True),
    ("sore mouth since june, could it be lupus and not b12", True),
    ("numb toes for ages, which one is it", True),
    ("should i get b12 shots or tablets", False),  # B12's forms, not a cause
    ("can low b12 make you dizzy or faint", False),  # symptoms joined, no cause asked
])
def test_either_or_told_with_symptoms(text: str, which: bool) -> None:
    assert boundaries.asks_which_cause(text) is which


def test_either_or_with_symptoms_says_no_diagnosis_and_keeps_the_check() -> None:
    text = "been exhausted and pale since the summer, b12 or my iron?"
    findings = extract(text)
    assert findings.symptoms
    assert intent_guard.boundary("report_symptoms", text, findings, 0.0) == (
        intent_guard.REPORT_INTENT, boundaries.DIAGNOSIS)


@pytest.mark.parametrize(("text", "key"), [
    ("what is the maintenance regimen for b12 injections", boundaries.DOSING),
    ("can my husband borrow a few of my b12 tablets", boundaries.DOSING),
    ("is it ok to use my dad's spare b12 jabs", boundaries.DOSING),
    ("can i give my toddler some of my b12 gummies", boundaries.DOSING),
    ("missed my b12 injection this month, do i double next time", boundaries.DOSING),
    ("how much b12 should i mix into my smoothie", boundaries.DOSING),
    ("can i swap to b12 spray instead of my jabs", boundaries.STOP_MEDICINE),
    ("b12 1000 mcg, two or three a day?", boundaries.DOSING),
    ("should the b12 tablets go with meals", boundaries.DOSING),
    ("tablets and the spray both, would that be too much", boundaries.DOSING),
    ("she is on warfarin, can she have b12 shots as well", boundaries.INTERACTIONS),
    ("can i take b12 with my omeprazole and my statin pills", boundaries.INTERACTIONS),
])
def test_newer_ways_of_asking_for_a_dose_or_an_interaction(text: str, key: str) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "i take my b12 tablets and still feel tired",
    "does metformin lower b12 too",
    "metformin plus a vegan diet, is that a bigger risk for b12",
])
def test_taking_b12_or_a_linked_medicine_told_is_not_a_boundary(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize(("text", "key"), [
    ("does my metformin mess with my b12", None),  # a linked medicine acting on B12
    ("been on omeprazole for years, what has that got to do with b12", None),
    ("can i take b12 with my metformin", boundaries.INTERACTIONS),  # taken together
    ("does metformin mess with b12 and my blood pressure pills", boundaries.INTERACTIONS),
    ("waiting on my prescription, been on omeprazole for years, what has it got to do with "
     "b12", None),  # "my prescription" is the omeprazole
])
def test_a_medicine_the_article_ties_to_b12(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


def test_b12_named_is_b12_only() -> None:
    assert intent_guard._B12_NAMED.search("how much vitamin B-12 a day")
    assert intent_guard._B12_NAMED.search("methylcobalamin or cyanocobalamin")
    assert not intent_guard._B12_NAMED.search("how much vitamin b6 should she take")


@pytest.mark.parametrize(("text", "key"), [
    ("is it alright to take b12 whilst on my water tablets", "interactions"),
    ("my wife is on warfarin, can she take b12 too", "interactions"),
    ("should i just stop them then", "stop_medicine"),
    ("so can i stop taking mine now", "stop_medicine"),
    ("could my 6 year old take one of those tablets", "dosing"),
    ("how much b12 should a 10 year old footballer take", "dosing"),
    ("what's the maximum b12 i can take", "dosing"),
    ("is it fine taking a lot more than that", "dosing"),
])
def test_taking_it_beside_another_medicine_stopping_a_named_one_and_childrens_doses(
        text: str, key: str) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "how do i stop it getting worse",
    "does coeliac cause low b12 too or just low iron",
    "can children get low b12 too",
    "can a child have pernicious anaemia",
])
def test_the_same_words_asking_about_the_article(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize("text", [
    "my mcv came back 110, does that mean i've got macrocytic anaemia",
    "homocysteine was 20, is that because my b12 is low",
    "my b12 result was 140, is that a deficiency",
])
def test_a_result_read_as_b12_is_a_diagnosis_request(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


def test_how_many_injections_to_do_oneself_is_a_dose_question() -> None:
    assert boundaries.read("how many should i do myself a month") == boundaries.DOSING
    assert boundaries.read("how many laps should i do a day") is None


@pytest.mark.parametrize(("text", "key"), [
    ("can i take b12 with my citalopram", "interactions"),
    ("can i take them with my blood pressure tablets?", "interactions"),
    ("can i have my grannys b12 tablets, im 9", "dosing"),
    ("can i mix a b12 tablet into my 3 year olds yoghurt", "dosing"),
    ("and how much for my 7 year old", "dosing"),
    ("is my anemia the b12 kind? hb 10", "no_diagnosis"),
    ("folate fine, b12 210, deficient or not?", "no_diagnosis"),
    ("we both eat no meat and we're exhausted, we have it right?", "no_diagnosis"),
    ("would you diagnose me with low b12 from this", "no_diagnosis"),
])
def test_more_boundaries_from_the_writers(text: str, key: str) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "take the tablets for 3 months then what?",
    "how does alcohol mess with b12",
])
def test_a_duration_and_a_risk_factor_are_no_boundary(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize(("text", "key"), [
    ("my grandson is 3, can i crush my b12 tablet into his porridge", "dosing"),
    ("I take my omeprazole twice a day, can I cut to one to help my b12", "stop_medicine"),
])
def test_a_child_told_first_and_a_dose_cut_by_oneself(text: str, key: str) -> None:
    assert boundaries.read(text) == key


def test_the_body_that_stops_absorbing_b12_is_no_medicine_stopped() -> None:
    assert boundaries.read("why does the gut stop absorbing b12 as you age") is None


@pytest.mark.parametrize(("text", "animal"), [
    ("my flatmate's cat hasn't eaten since yesterday", True),
    ("I passed out walking my mum's dog", False),
])
def test_an_owner_named_before_the_animal(text: str, animal: bool) -> None:
    assert intent_guard.is_about_an_animal(text) is animal


@pytest.mark.parametrize(("text", "key"), [
    ("his haemoglobin came back low, does that mean he's got pernicious anaemia",
     boundaries.DIAGNOSIS),
    ("ferritin fine but mcv 110, does that mean i've got the b12 kind", boundaries.DIAGNOSIS),
    ("could i give my 4 year old a few of mine?", boundaries.DOSING),
    ("is it safe alongside his blood thinner?", boundaries.INTERACTIONS),
    ("so we just stop taking them then?", boundaries.STOP_MEDICINE),
    ("does low b12 mean you have anaemia?", None),  # about anyone: the article answers it
])
def test_requests_leaning_on_the_turn_before(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("why are vegans short of b12 more often", None),  # how often, not a dose
    ("could pills do the job instead of injections for low b12", None),
    ("my nan says the jabs fixed her, how many should i get", boundaries.DOSING),
    ("i should stop them then?", boundaries.STOP_MEDICINE),
    ("on omeprazole, could i take half so my b12 stays up", boundaries.STOP_MEDICINE),
    ("tired all the time and pins and needles, is that me b12?", boundaries.DIAGNOSIS),
    ("please confirm if my tiredness and pale skin point to b12 deficiency",
     boundaries.DIAGNOSIS),
    ("ferritin normal but mcv raised, that means b12 deficiency?", boundaries.DIAGNOSIS),
    ("with my blood thinner?", boundaries.INTERACTIONS),
])
def test_classes_from_the_s32_first_run(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "always knackered and my gums bleed, b12 deficiency or nah",
    "pale and tired all week, this one b12 confirm?",
    "my nan keeps forgetting things, she is lacking b12?",
    "ferritin fine but mcv high, does that mean my b12 is low?",
])
def test_a_report_closed_by_asking_if_it_is_b12_asks_a_diagnosis(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize(("text", "key"), [
    ("the nurse does my jabs every 3 months, could i have them monthly instead",
     boundaries.STOP_MEDICINE),
    ("can she swap her injections for tablets herself", boundaries.STOP_MEDICINE),
    ("mixing b12 with my ritalin, is that ok", boundaries.INTERACTIONS),
    ("should i take b12 every day", None),
    ("can i get b12 from mushrooms instead", None),
    ("should i go to a&e or can i wait and see my gp instead", None),
])
def test_a_prescribed_treatment_changed_alone_or_b12_mixed_with_a_drug(text: str,
                                                                       key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "ferritin normal but mcv raised, that means low b12 right",
    "so it's b12 deficiency then yeah",
    "shattered and pale for a month, is it deffo b12",
])
def test_a_result_or_a_report_put_to_b12_for_a_yes_asks_a_diagnosis(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", ["that means b12 matters for nerves right",
                                  "so b12 comes from animal foods yeah"])
def test_a_fact_checked_for_a_yes_is_no_diagnosis(text: str) -> None:
    assert boundaries.read(text) is None


def test_halving_a_named_medicine_is_the_never_change_boundary() -> None:
    text = "gp put me on lansoprazole, thinking i'll halve it to protect my b12, ok?"
    assert boundaries.read(text) == boundaries.STOP_MEDICINE


@pytest.mark.parametrize("text", [
    "would vitamin b12 be ok alongside my beta blockers and aspirin?",
    "can my dad take b12 with his blood thinners",
])
def test_b12_beside_another_medicine_is_the_interaction_even_when_the_gate_doubts(
        text: str) -> None:
    assert intent_guard.boundary("out_of_scope", text, Findings(), off_topic=0.9) == (
        intent_guard.FAQ, boundaries.INTERACTIONS)


@pytest.mark.parametrize(("text", "refers_back"), [
    ("is it alright to have them alongside my statin?", True),
    ("can I take the tablets together with his blood thinner", True),
    ("fine with my heart pills?", True),
    ("can i take the tablets with food", False),
    ("what are statins for", False),
])
def test_another_medicine_taken_with_the_ones_talked_of(text: str, refers_back: bool) -> None:
    assert boundaries.takes_it_with(text) is refers_back


@pytest.mark.parametrize(("text", "animal"), [
    ("we give our spaniel a raw diet, does he get enough b12", True),
    ("should the cat have a b12 jab like I do?", True),
    ("the dog's been off his food today, shud i worry", True),
    ("we walk the dog every day and now my legs went numb", False),
])
def test_the_owner_feeding_or_comparing_is_no_patient(text: str, animal: bool) -> None:
    assert intent_guard.is_about_an_animal(text) is animal


@pytest.mark.parametrize("text", [
    "whats shingles, did a double shift and my side is killing me",
    "how much should we put away a month for a house deposit",
])
def test_a_double_shift_or_money_put_aside_is_no_dose(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize(("text", "key"), [
    ("Her serum B12 is 140 ng/L. Is that low?", boundaries.DIAGNOSIS),
    ("my bloods came back at 190, is that bad", boundaries.DIAGNOSIS),
    ("the test came back fine. is it ok to eat liver", None),
])
def test_a_result_then_its_judgement_asked_across_a_full_stop(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("could i take four of the b12 tablets daily so it works quicker", boundaries.DOSING),
    ("her injection is due but she's poorly, can we give half now and the rest later",
     boundaries.STOP_MEDICINE),
    ("is it ok to postpone my b12 jab till after the holiday", boundaries.STOP_MEDICINE),
    ("tired and dizzy for weeks, have i got a lack of b12?", boundaries.DIAGNOSIS),
])
def test_a_dose_multiplied_split_or_put_off_and_a_lack_asked(text: str, key: str) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "how much more likely are vegans to get b12 anaemia",
    "do people who skip meat end up with b12 deficiency",
])
def test_a_diet_or_a_likelihood_is_no_medicine_question(text: str) -> None:
    assert boundaries.read(text) is None


def test_taking_them_together_and_a_result_asked_deficient_or_not() -> None:
    assert boundaries.asks_together("is it fine for him to take both together?")
    assert not boundaries.asks_together("we walk to the chemist together")
    assert boundaries.names_a_medicine("dad's on warfarin")
    assert boundaries.read("b12 180, ferritin fine. deficient or not?") == boundaries.DIAGNOSIS


@pytest.mark.parametrize("text", [
    "can i have half my pizza now and the rest later",
    "should i buy low fat or not",
])
def test_a_meal_split_or_a_low_fat_choice_is_no_boundary(text: str) -> None:
    assert boundaries.read(text) is None


def test_a_double_after_a_missed_tablet_is_a_dose_question() -> None:
    assert boundaries.read("forgot my b12 yesterday so can i have double tomorrow?") == (
        boundaries.DOSING)
    assert boundaries.read("can i have double cream with my pudding?") is None


@pytest.mark.parametrize("text", [
    "knackered for months and my memory's shot, reckon that's the b12?",
    "numbers say my MCV is up, is it b12 problem?",
    "hands tingle since the spring, hae a got low b12",
    "over several months I've had numb toes; would you regard this as consistent with "
    "pernicious anaemia in my case?",
    "sore mouth an tired, could it be da b12?",
])
def test_a_guess_asked_or_a_dialect_question_asks_for_a_diagnosis(text: str) -> None:
    assert boundaries.read(text) == boundaries.DIAGNOSIS


def test_dialect_and_two_medicines_given_together_are_an_interaction() -> None:
    assert boundaries.read("can she tak her iron an her b12 at da sam time?") == (
        boundaries.INTERACTIONS)
    assert boundaries.read("Grandad is on metformin and now b12 pills, can I give both "
                           "together with his tea?") == boundaries.INTERACTIONS


@pytest.mark.parametrize("text", ["so should i pack it in then", "can I just ditch them"])
def test_slang_for_stopping_what_was_named_is_stopping(text: str) -> None:
    assert boundaries.read(text) == boundaries.STOP_MEDICINE


def test_a_cause_that_stops_the_body_absorbing_is_no_stopping() -> None:
    assert boundaries.read("can coeliac stop you absorbing b12?") is None
    assert boundaries.read("could gut surgery stop your body from absorbing b12?") is None


@pytest.mark.parametrize(("text", "key"), [
    ("my dad gets b12 shots, could I have one of his?", boundaries.DOSING),
    ("is it ok if I switch her B12 jabs to tablets myself?", boundaries.STOP_MEDICINE),
    ("skipped a fortnight of my b12 pills, can I take double to make up?", boundaries.DOSING),
    ("how much b12 should I be giving him, he's 7", boundaries.DOSING),
    ("Mi foot dem numb fi months, a B12 dat?", boundaries.DIAGNOSIS),
    ("could my nephew being late to walk really be down to low b12?", boundaries.DIAGNOSIS),
])
def test_round_two_boundaries(text: str, key: str) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize("text", [
    "do heartburn tablets have anything to do with b12?",
    "how much b12 a day should teenagers be getting",
])
def test_a_link_or_a_childs_daily_need_is_no_boundary(text: str) -> None:
    assert boundaries.read(text) is None


@pytest.mark.parametrize(("text", "key"), [
    ("can i take b12 along with them?", boundaries.INTERACTIONS),
    ("could I mix some of my b12 liquid into my grandkid's milk?", boundaries.DOSING),
    ("I get a jab every 12 weeks, could I have them monthly instead?", boundaries.STOP_MEDICINE),
])
def test_round_three_boundaries(text: str, key: str) -> None:
    assert boundaries.read(text) == key


def test_they_low_in_b12_asked_of_a_group_is_no_diagnosis() -> None:
    assert boundaries.read("what signs do teenagers get when they are low in b12?") is None


@pytest.mark.parametrize(("text", "key"), [
    ("what's the most b12 an old man can safely have in a day", boundaries.DOSING),
    ("how much b12 is too much for my nan", boundaries.DOSING),
    ("legs tingling for weeks, dat is b12?", boundaries.DIAGNOSIS),
    ("tired all the time, be honest, is b12?", boundaries.DIAGNOSIS),
    ("why do vegans run low on b12 more often than others", None),
    ("what is b12?", None),
])
def test_classes_from_the_s58_s59_first_runs(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("is it ok to take b12 together with my ARVs", boundaries.INTERACTIONS),
    ("how much b12 should the man I care for take? he's 90", boundaries.DOSING),
    ("my dad keeps forgetting things, is it his b12 like", boundaries.DIAGNOSIS),
    ("bloods came back with a high mcv, what is wrong with me", boundaries.DIAGNOSIS),
    ("numb toes for a year on metformin, that's the b12 innit", boundaries.DIAGNOSIS),
    ("could i take double that", boundaries.DOSING),
    ("I nearly fell twice that's not like me", None),
])
def test_classes_from_the_s60_s61_first_runs(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("i'm on b12 and metformin, do i take them at different times", boundaries.INTERACTIONS),
    ("can i halve my gaviscon so my b12 stays up", boundaries.STOP_MEDICINE),
    ("could i cut my rennies down to half to help my b12", boundaries.STOP_MEDICINE),
])
def test_classes_from_the_s62_first_run(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("do the pills work as well instead of the injections", None),  # the forms, in general
    ("can my dad have the spray instead of the injections", boundaries.DOSING),
    ("tired all the time and pale, b12 innit?", boundaries.DIAGNOSIS),
    ("my level came back at 150 so i'm deficient right", boundaries.DIAGNOSIS),
    ("eggs have b12 innit", None),
])
def test_classes_from_the_s63_first_run(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("how many hours do you reckon i sleep a night on average", None),  # a number asked
    ("do I need my GP if I think I'm low on b12?", None),  # when to go
    ("I've had them for years. Can I just stop?", boundaries.STOP_MEDICINE),
])
def test_classes_from_the_s64_first_run(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("tell me honestly, do i need the b12 injections", boundaries.DIAGNOSIS),
    ("my hands have tingled for months. could it be a lack of b12?", boundaries.DIAGNOSIS),
    ("is a lack of b12 common in vegans", None),
])
def test_classes_from_the_s65_run(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("my b12 tablet, night or morning, when's better?", boundaries.DOSING),
    ("is it ok to use the b12 spray and the tablets on the same day", boundaries.DOSING),
    ("mum's b12 gummies, is three a day ok for her", boundaries.DOSING),
    ("i have eggs for breakfast most days, morning or night it doesn't matter", None),
])
def test_when_and_how_many_told_first_are_doses(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("can I have double the b12 to feel better faster", boundaries.DOSING),
    ("mi can tek double b12 tablets?", boundaries.DOSING),  # patois "tek" (took)
    ("is it safe to take b12 with my ritalin", boundaries.INTERACTIONS),
    ("my dad stopped his omeprazole to protect his b12, was that ok?",
     boundaries.STOP_MEDICINE),
    ("my jabs are every 12 weeks, would it be ok to have them every month instead",
     boundaries.STOP_MEDICINE),
    ("would it be possible to get my b12 checked every month", None),
    ("can i take b12 with my breakfast", None),
    ("i stopped eating meat, is it ok?", None),
])
def test_classes_from_the_s68_run(text: str, key: str | None) -> None:
    assert boundaries.read(text) == key
