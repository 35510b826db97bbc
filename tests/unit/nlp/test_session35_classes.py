"""Classes of failure found by the first runs of h132-h133 and s100-s101, each mended as a
class and tested here with examples written for this file (none is a held-out message).

Needs `make build` (the spaCy pipeline and the detectors).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.nlp import boundaries, follow_up, intent_guard, time_reader, understanding
from bot.triage import lexicon
from tests.unit.nlp.test_understanding import emergency

# --- what is over, and what is only well --------------------------------------------------


@pytest.mark.parametrize("text", [
    # "been fine since" beside the age now
    "blacked out once in year 9 during PE, been fine since (im 19 now). is my low b12 related",
    # a "fine" word that tells the symptom, in a spell long ago that never came back
    "back in the 80s i was walking funny for an afternoon, nobody found a cause and it's "
    "never come back. now my b12 is low, could that be it",
])
def test_an_episode_long_over_is_no_emergency(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "she was walking fine this morning and now she keeps veering left",
    "he was talking normally at lunch and now he's slurring",
    "been fine since his hip op and now he can't walk straight",
])
def test_fine_then_changed_now_is_still_sudden(text: str) -> None:
    assert time_reader.onset(text) == time_reader.SUDDEN
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "could low b12 ever bring on a fit? asking for when I'm on the rigs for weeks. "
    "i'm fine at the moment",
    "can b12 deficiency make you pass out? I feel fine",
])
def test_a_general_question_with_being_well_beside_it_is_general(text: str) -> None:
    assert intent_guard.is_general_question(text)
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "can b12 deficiency cause seizures? I had one this morning, i'm fine now",
    "can b12 cause fainting? asking because i fainted today",
])
def test_a_general_question_beside_ones_own_episode_tells_it(text: str) -> None:
    assert not intent_guard.is_general_question(text)
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "my husband read that b12 deficiency can cause seizures, so he wants me to get checked. i "
    "feel grand",
    "my mate reckons b12 deficiency can cause seizures, should i be worried",
])
def test_a_red_flag_named_only_inside_a_claim_heard_is_no_report(text: str) -> None:
    assert understanding.read(text).hypothetical
    assert not emergency(text)


@pytest.mark.parametrize("text", [
    "i heard b12 can cause seizures and my son just had one",
    "my sister heard b12 deficiency can cause seizures, and i had one last night",
    "i read b12 can cause fainting. my daughter passed out at school an hour ago",
])
def test_a_claim_heard_beside_a_report_keeps_the_report(text: str) -> None:
    assert emergency(text), understanding.read(text)


# --- animals ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # an animal in a simile a few words after "like"
    "in from the pens at tea time and my right eye's all blurry, like looking through fish "
    "scales. fine this morning",
])
def test_an_animal_in_a_longer_simile_is_no_patient(text: str) -> None:
    assert not intent_guard.is_about_an_animal(text)


def test_sight_gone_blurry_is_told_by_a_person() -> None:
    # whatever animal is near: an owner can say a dog went blind, not that its sight blurred
    assert emergency("the dog's bowl was the last thing i saw clearly, since lunch my "
                     "left eye has gone blurry")
    assert intent_guard.is_about_an_animal("my dog went blind suddenly")


# --- follow-ups -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "And could that damage mend once it's treated?",
    "will the nerves heal?",
])
def test_the_damage_mending_is_asked_of_the_answer(text: str) -> None:
    assert not follow_up.names_another_topic(text)
    assert follow_up.may_follow(text, "out_of_scope", has_symptoms=False)


def test_who_gets_this_most_asks_the_risk_factors() -> None:
    assert follow_up._WHO_GETS_IT.search("Who gets this the most?")


@pytest.mark.parametrize(("text", "previous", "key"), [
    # where it comes from, asked of food, is the foods
    ("where do you get it from, like which foods", "what_is_b12", "food_sources"),
    # ...and of the answer itself, with a dropped g, is the sources
    ("where u gettin all that from", "triggers", "sources"),
    # the name of the kind, after the anemia answer
    ("and what is that kind called?", "anemia", "anemia"),
    # when to see someone, in formal or briefing words
    ("at what stage should one consult a doctor?", "neurological_symptoms",
     "when_to_see_provider"),
    ("which of these would warrant a GP visit?", "neurological_symptoms",
     "when_to_see_provider"),
])
def test_a_follow_up_asks_its_key_in_so_many_words(text: str, previous: str, key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_a_formal_word_of_consulting_names_no_other_topic() -> None:
    assert not follow_up.names_another_topic("at what juncture ought one to consult a physician?")


def test_the_you_of_anyone_is_no_question_about_the_assistant() -> None:
    assert follow_up.is_follow_up("can you take it as a tablet instead", "bot_challenge", False)
    assert not follow_up.is_follow_up("are you a real person", "bot_challenge", False)


def test_b12_spelt_as_said_is_b12() -> None:
    assert intent_guard.names_b12("what are the signs of low bee twelve")


@pytest.mark.parametrize("text", ["I take also heart pills. Together is ok?",
                                  "she's on blood pressure tablets"])
def test_a_medicine_named_by_what_it_treats_is_a_medicine(text: str) -> None:
    assert boundaries.names_a_medicine(text)


@pytest.mark.parametrize(("text", "previous", "key"), [
    # the diet has an answer of its own, even after an answer that names it
    ("do vegans get it too then", "triggers", "vegetarian_vegan"),
    # where one gets it, or what to eat for it
    ("ok so where can i get it from if i dont eat meat", "vegetarian_vegan", "food_sources"),
    ("what should we eat for it then", "vegetarian_vegan", "food_sources"),
])
def test_the_diet_and_the_foods_follow_in_so_many_words(text: str, previous: str,
                                                        key: str) -> None:
    assert follow_up.rule_key(text, previous) == key


# --- red flags in older sets' words -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    # an event with no clock, told by a singular noun in -s
    "Grandad slurring his words since the news",
    # waking by the clock, and going to bed well told after it
    "Dad woke 0530 with no sight in his right eye. Went to bed fine.",
    # an inability said "not able to"
    "out of nowhere my sister is not able to balance, keeps toppling over",
    # British "me" for "my", Scots "no" for "not", and a doubt between new and old
    "cant feel nothin in me fingers, dunno if its new or if its been creeping up on me",
    "she's no steady on her feet, canna say if it's new the day or been coming on",
])
def test_red_flags_in_dialect_and_in_a_clinical_note(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_being_well_now_dates_no_hypothetical() -> None:
    text = "If me ever pass out from dis, wha me fi do? Right now me fine."
    assert understanding.read(text).hypothetical
    assert not emergency(text)
    # ...but a time that dates the episode still makes it a report
    assert emergency("what if i collapse again? i collapsed an hour ago, i'm fine now")


@pytest.mark.parametrize("text", [
    # fine on an earlier trip of today
    "Was hauling the nets fine on the first trip out. By the second my right hand wouldn't "
    "close round the rope",
    "was grand on the way over on the ferry, now my left eye's all smeary",
    # a date of the treatment ("b12 tabs since spring") dates no symptom
    "got home at 5 and now I'm seeing two of everything. been on b12 tabs since spring",
])
def test_fine_earlier_today_and_a_treatment_date_leave_it_sudden(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_habit_on_the_way_is_no_sudden_change() -> None:
    assert time_reader.onset("he was walking fine on his way to work every day for months but "
                             "his legs got weaker") == time_reader.GRADUAL


def test_a_treatment_just_started_makes_an_old_seizure_no_new_one() -> None:
    text = ("Our resident had one fit in 2009 and none since. She's just started B12 jabs, "
            "anything we should watch for?")
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", ["my gran forget everything since this morning",
                                  "he forgetting loads all of a sudden"])
def test_everything_forgotten_in_any_tense_is_memory_loss(text: str) -> None:
    assert "memory_problems" in understanding.read(text).findings.symptoms
    assert emergency(text)


# --- leaving B12 after an answer ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "cheers. my cat's vegan as well, is that alright for her",
    "random q but how do i stop my bread going flat",
    "ok so what should he eat for his blood pressure",
    "thanks, whats the best way to cook mackerel",
    "and any good vegan restaurants in leeds?",
    "Thank you. What diet is best during a coeliac flare?",
])
def test_a_new_topic_after_an_answer_is_no_follow_up(text: str) -> None:
    assert follow_up.names_another_topic(text)


@pytest.mark.parametrize("text", ["and for kids?", "is it the same for my mum",
                                  "what should i eat with coeliac to keep my b12 up",
                                  "how do i cook liver so it keeps its b12"])
def test_a_follow_up_stays_one(text: str) -> None:
    assert not follow_up.names_another_topic(text)


def test_an_animal_cooked_is_no_patient() -> None:
    assert not intent_guard.is_about_an_animal("whats the best way to cook salt fish")


def test_a_linked_conditions_own_care_is_beyond_the_article() -> None:
    assert intent_guard.asks_beyond_the_article("what's the treatment for a crohns flare up")
    assert not intent_guard.asks_beyond_the_article("can crohns cause low b12")


@pytest.mark.parametrize(("text", "previous", "key"), [
    # how it is put right, in everyday words
    ("and how do the doctors sort that out", "anemia", "treatment"),
    ("how, exactly, is it put right?", "reversible", "treatment"),
    ("what can they do about it", "triggers", "treatment"),
    # ...but how long it takes is the improvement time's question, not this rule's
    ("how long does it take to fix", "treatment", None),
    # where you get it (B12) is the foods; where you got that (a claim) the sources
    ("where can you get it from?", "what_is_b12", "food_sources"),
    ("from where do you take that number?", "daily_amount", "sources"),
    # homocysteine too high, after its answer
    ("and if it goes up too much?", "homocysteine", "homocysteine"),
])
def test_follow_ups_in_everyday_words(text: str, previous: str, key: str | None) -> None:
    assert follow_up.rule_key(text, previous) == key


def test_a_faint_told_not_asked_is_never_doubted_as_another_topic() -> None:
    # a collapse the detector alone read, told beside farm words the scope model reads as
    # another topic: kept; the same guess in a question about another topic is doubted
    told = "went doon in the byre an wis oot a meenit, came roond wi the coo lickin ma face"
    asked = "whats the best feed for a cow that keeps going down in the byre?"
    for text, doubted in ((told, False), (asked, True)):
        reading = replace(understanding.read(text), inferred=("loss_of_consciousness",))
        assert intent_guard.doubts_inferred(reading, text, off_topic=0.9) is doubted


# --- h134, run once on the final code: its classes, mended after ----------------------------


def test_no_longer_minding_whether_one_wakes_is_a_crisis() -> None:
    assert emergency("these days I don't much care whether I wake up or not. could my low b12 "
                     "explain the low mood?")
    # (the wish's own words; a time to wake is no wish)
    assert re.search(lexicon.CRISIS_PASSIVE_WISH, "i no longer much mind whether i wake")
    assert not re.search(lexicon.CRISIS_PASSIVE_WISH, "i dont mind if i wake up early")


@pytest.mark.parametrize("text", [
    # the day compared, no change
    "dad's been slowly more muddled for a month, he's no worse today than yesterday",
    # a care note's own time, an episode long over, stable today
    "Visit 09:20. Mr K, 80, B12 def. Hx blackout 2011, investigated, no recurrence. Stable "
    "today. Jab given.",
    # a fear beside words that nothing is wrong
    "my sister said b12 can make you have fits or go blind, nothing wrong with me rn but "
    "im panicking",
    "Mum had the gastric sleeve. She is ok, no symptoms, but we are scared of the fits and the "
    "memory loss. What should we do?",
])
def test_calm_notes_comparisons_and_fears_are_no_emergency(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", ["Visit 10:45. Mrs D slurring since 09:30, fine at breakfast",
                                  "im scared of the seizures he keeps having"])
def test_a_change_in_a_note_or_a_fear_of_what_goes_on_stays_one(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_comparison_with_yesterday_dates_a_change_unless_a_gradual_time_is_told() -> None:
    # no gradual time of its own: yesterday may date the change, so it still counts
    assert emergency("he's no different today than yesterday, still can't speak properly")
    assert time_reader.onset("she's been slowly more forgetful for weeks, no worse today than "
                             "yesterday") == time_reader.GRADUAL
