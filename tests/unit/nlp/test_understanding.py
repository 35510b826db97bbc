"""The two detectors combined: what reaches the rules (examples written here).

Needs `make build` (the spaCy pipeline and the red-flag detector), as every unit test of
bot/nlp does; no trained Rasa model.
"""

from __future__ import annotations

import pytest

from bot.nlp import intent_guard, redflag_detector, time_reader, understanding
from bot.triage import rules


def emergency(text: str) -> bool:
    reading = understanding.read(text)
    f = reading.findings
    case = rules.Case(symptoms=tuple(f.symptoms), onset=f.onset, who=f.who)
    general = intent_guard.answered_in_general(text, f, reading.hypothetical)
    return rules.assess(case).level == rules.EMERGENCY and not general


@pytest.mark.parametrize("text", [
    # a time instead of "suddenly"
    "since tea my husband keeps walking into the wall on his left",
    "mum was chatting at breakfast, now she only says the same word over and over",
    # a seizure described, not named
    "he went rigid then his arms and legs jerked for a minute and his lips went blue",
    # a faint described
    "i was at the sink and next thing i knew i was on the kitchen floor",
    # crisis said indirectly, a plan, slang, someone else
    "honestly everyone would be better off if i was gone",
    "i've been stockpiling my sleeping tablets",
    "ngl thinking about how to unalive myself",
    "my brother texted that he wants to end it all",
    # a report that asks a question
    "i just lost the feeling in my left hand, is that b12?",
])
def test_red_flags_beyond_the_phrase_list(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "my hands have tingled on and off for two years",
    "no numbness, no fainting, just tired",
    "i had a seizure as a child and none since",
    "what if my vision suddenly went, what would i do?",
    "can b12 deficiency cause seizures?",
    "i'm worried about my b12 because i'm vegan",
])
def test_not_red_flags(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_the_detector_adds_the_domain_the_lexicon_missed() -> None:
    reading = understanding.read("since this afternoon a dark shadow covers half of what i see")
    assert "vision_loss" in reading.inferred
    assert reading.findings.onset == "sudden"


def test_a_plan_said_with_just_in_case_is_not_hypothetical() -> None:
    reading = understanding.read("i wrote goodbye letters to my kids, just in case")
    assert not reading.hypothetical
    assert "self_harm" in reading.findings.symptoms


def test_history_keeps_a_recent_event_recent() -> None:
    assert emergency("had a fit at 5, none for years, but he had another one this morning")


def test_detector_thresholds_are_probabilities() -> None:
    assert 0 < understanding.DOMAIN_THRESHOLD <= understanding.URGENT_THRESHOLD < 1
    assert set(understanding.DOMAIN_SYMPTOM) == {
        "vision", "gait", "balance", "muscle_control", "personality_mood",
        "speech_understanding", "memory", "sensation", "alertness",
        *redflag_detector.ALWAYS_URGENT_CLASSES}


def test_detector_corpus_labels_are_known_classes() -> None:
    classes = {label for _, _, label in redflag_detector.corpus()}
    assert classes == set(understanding.DOMAIN_SYMPTOM) | {redflag_detector.NONE}


def test_a_crisis_told_after_a_long_story_is_not_history_for_a_word_elsewhere() -> None:
    text = ("My husband used to fix everything in the house, and after the funeral the garden "
            "went away to weeds. It's quiet now. Lately I go to bed hoping I won't wake up, "
            "and I've been saving up my tablets.")
    assert "self_harm" in understanding.read(text).findings.symptoms


def test_no_current_thoughts_at_todays_assessment_is_history() -> None:
    text = "History of self-harm as a teenager; no current thoughts at today's review."
    assert "self_harm" not in understanding.read(text).findings.symptoms


def test_no_current_pain_does_not_cancel_a_faint() -> None:
    assert "syncope" in understanding.read("he fainted at lunch, no current pain").findings.symptoms


def test_a_clinical_denial_runs_along_its_list() -> None:
    reading = understanding.read(
        "Res denies dizziness, blurred vision, numbness or confusion. 0930")
    assert not rules.red_flag_domains(reading.findings.symptoms)
    # a lay "no X, Y" is not a list: the second symptom stands
    lay = understanding.read("no fever, slurred speech since 2pm")
    assert "speech_problems" in lay.findings.symptoms


def test_a_time_in_the_clause_of_a_denial_dates_the_denial() -> None:
    reading = understanding.read("no she isn't any more muddled today, just like always")
    assert reading.findings.onset != "sudden"
    # ...but a time in its own clause still answers the onset question
    assert understanding.read("since this morning, no numbness though").findings.onset == "sudden"


def test_a_function_that_has_not_come_back_is_not_history() -> None:
    # "hasn't come back" may be the sight itself: never read as over
    reading = understanding.read("lost the sight in one eye at lunch and it hasn't come back")
    assert rules.red_flag_domains(reading.findings.symptoms) == ("vision",)


def test_an_evening_event_and_a_word_clock_are_recent() -> None:
    assert time_reader.onset("her hands went numb during the prayer meeting around eight") in (
        "sudden", "unsure")


@pytest.mark.parametrize("text", ["My wife had a seizure once", "he once passed out at a wedding"])
def test_once_without_a_date_is_history(text: str) -> None:
    assert not emergency(text)


def test_once_beside_a_recent_time_is_not_history() -> None:
    assert emergency("my son had a seizure once this afternoon")


@pytest.mark.parametrize("text", [
    "me leg go dead when mi was walkin home dis evening",  # Caribbean "dis"
    "since dis morning she cyaan talk proper",
])
def test_dialect_determiners_date_the_change(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_when_a_recurring_symptom_eases_is_not_when_it_began() -> None:
    text = "fi di last few months me feet numb every night, it gone by breakfast"
    assert time_reader.onset(text) == time_reader.GRADUAL
    assert not emergency(text)


@pytest.mark.parametrize("text", [
    "since maghrib my dad cant hold his cup, his hand wont grip",  # a prayer time
    "cant see out my left eye since about 3",  # a clock time said without am/pm
    "she didnae ken where she was after her tea, she's never like that",  # Scots
    "he couldnae mind his own phone number tonight",  # Scots "mind" = remember
    "my legs gone shakin and jerkin all over the floor, eyes rollin",  # dropped g
    "Suddenly my mother has no balance at all and grabs the furniture",
    "I'm 62, on metformin for 12 years, and since my nap my words come out wrong",
])
def test_dialect_times_and_forms_are_read(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "tired for months, no idea if its the b12 or just work",  # doubt about the cause
    "been getting a bit wobbly for the past year, now i use a stick",  # a gradual contrast
    "had a breakdown with thoughts of ending it four years ago, now well, no more thoughts",
    "cut myself as a teenager, not for years now",
    "Mum went dizzy suddenly once in 2012, turned out to be an ear infection, recovered fully",
    "suppose i went numb down one side while cooking, is that b12?",
    "b12 low make babies have fits?",
])
def test_causes_contrasts_histories_and_questions_are_not_flagged(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_a_durations_years_are_no_age() -> None:
    found = understanding.read("I am 58, on metformin for 10 years, gastric band 4 years ago")
    assert found.findings.who != "child"


def test_a_face_pulled_to_one_side_is_muscle_control() -> None:
    found = understanding.read("since dinner dad has gone lopsided and drools from one side")
    assert "muscle_control_loss" in found.findings.symptoms


@pytest.mark.parametrize("text", [
    "is it wrong that i just want to die",
    "honestly why bother living anymore",
    "whats the point of living like this?",
])
def test_suicidal_thinking_asked_as_a_question_is_a_crisis(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_question_about_the_link_is_answered() -> None:
    assert not emergency("can low b12 levels lead to suicidal thoughts?")


@pytest.mark.parametrize("text", [
    "gran had her supper and after that she couldnt stand without grabbing the table",
    "pt confused on my round, unclear if acute, nothing in the notes",
    "she has been hard to wake since mid-afternoon, she was perfectly alert at lunch",
    "my dad went all muddled out the blue, cant find his words",
    "obs: GCS 15 at 0700, GCS 11 at 1100, only arousable to voice",
    "my boy cant remember nothing since tea, keeps asking where he is",
    "my friend keeps talking about topping himself, what do i do",
    "what happens if you take a whole box of paracetamol, asking for me, im done with everything",
    "I've put my sleeping pills aside, I think enough to sleep forever. Is b12 safe with them?",
    "my papa get fit this morning, now he no fit talk well",
    "she was staring at nothing and smacking her lips, wouldn't answer us",
])
def test_classes_from_the_newest_sets(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "my son went vegetarian and im worried he'll get low, he's fine right now",
    "used to self harm at uni but haven't in over ten years, doing great",
    "if my husband's arm ever went weak out the blue, would that be the b12?",
    "i want to get fit this year, does b12 help with energy",
])
def test_not_flagged_from_the_newest_sets(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_unsure_of_a_seizure_but_sure_of_a_red_flag_falls_back_to_a_domain() -> None:
    from bot.nlp.pipeline import Findings

    guess = redflag_detector.Prediction(
        "seizure", 0.92,
        (("seizure", 0.25), ("speech_understanding", 0.24), ("fainting", 0.2)))
    assert understanding._inferred_symptom(
        "my sister just began stuttering out the blue, cant finish a sentence", Findings(),
        guess) == "speech_problems"
    denied = Findings(negated_symptoms=["seizures"])
    assert understanding._inferred_symptom(
        "she had no fit, only tired after the long service today", denied, guess) is None


@pytest.mark.parametrize("text", [
    "ma granny's aw unsteady, canna say if it wis the day or afore, she bides hersel",  # Doric
    "dinna ken when it stertit but his legs winna dae fit he tells them",
    "pt reports passive SI with plan to overdose, per nursing note",
    "thinking i might swim out past the reef and not bother coming back",
    "she's bought weedkiller and says it's for when she's ready",
    "i keep saving my pill, have 30 now",
])
def test_scots_clinical_and_means_forms(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "nae fits, nae dizziness, jist knackered",
    "had a fit back in 89 after a fall, nane since",
    "no numbness at all, i just feel weak after my night shifts",
    "years ago my husband was not himself for a while, he got help and is well now",
])
def test_scots_denials_histories_and_habits_are_not_flagged(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_patois_doubt_about_the_onset_is_unsure() -> None:
    assert emergency("mi granny a talk funny, mi nuh know if it happen quick")


@pytest.mark.parametrize("text", [
    "my uncle say he go drink sniper if nothing change",  # a Nigerian pesticide
    "lost my footing oot o nowhere on the slipway, still wobbly",  # Shetland "oot o"
    "im staggering like im drunk, it started in period 4",  # a school period
    "since the last services both my hands are numb, cant grip the wheel",
])
def test_newest_dialect_means_and_event_forms(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "been dizzy getting up from the sofa for a few weeks, it passes in a second",
    "had blackouts when i drank, sober nine years now and none of that since",
    "me arms is weak this last while, since da simmer, worse a bit at a time",
])
def test_near_faints_old_histories_and_slow_changes_are_not_flagged(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_pidgin_passive_wish_and_british_well_meaning_very() -> None:
    assert emergency("honestly sometimes i dey think make i sleep and no wake up again")
    # "been well strange since": British "very", not "been well since"
    assert emergency("my brother's been well weird since he got back from the gym, "
                     "talking rubbish and shouting, he's never like that")


def test_ok_as_a_word_of_speech_keeps_right_now_a_time() -> None:
    assert emergency("ok right now my mum cant move her right arm")


@pytest.mark.parametrize("text", [
    # how exact a time is does not matter: "about", "the back of", "roughly"
    "from the back o 3 the day me arm's gone dead, cannae lift it",
    "since about teatime he cant string a sentence together",
    "she's been really out of it since roughly midnight",
    # "has just" with any verb, and an age said in passing is not a date
    "my lad, aged 7, has just gone stiff and then his arms jerked in a rhythm",
    # a doubt about the speed is unsure, which for a red flag means sudden
    "his eyesight went blurry, might have come on quick, might not, hard to say",
    # coming round wet, a simile's animal, a care verb's animal
    "came to on the bathroom floor with my trousers wet, the wife says i was shaking",
    "my coworker went rigid and flopped about like a fish on the warehouse floor",
    "cant remember milking the cows this morning, my head is all muddled since",
])
def test_approximate_times_just_done_and_animals_that_are_not_the_patient(text: str) -> None:
    assert emergency(text), understanding.read(text)
    assert not intent_guard.is_about_an_animal(text)


@pytest.mark.parametrize("text", [
    "in sec 2 i fainted at sports day, never happen again",
    "passed out at a festival back in 08, ain't happened since",
    "does low b12 make people snappy or is my brother just like that",
])
def test_school_years_old_years_and_a_nature_are_not_flagged(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize(("text", "domain"), [
    ("grandad has been staggering about since his lunch", "gait"),
    ("found him with a noose in the garage an hour ago", None),
    ("since her nap i can't wake her properly, she just groans", "alertness"),
    ("he's only mumbling since tea, not a word I can follow", "speech_understanding"),
    ("she got lost walking back from church today, a road she's walked for decades",
     "memory"),
])
def test_everyday_words_name_the_right_domain(text: str, domain: str | None) -> None:
    reading = understanding.read(text)
    assert emergency(text), reading
    if domain is None:  # a crisis
        assert "self_harm" in reading.findings.symptoms
    else:
        assert domain in rules.red_flag_domains(reading.findings.symptoms)


@pytest.mark.parametrize("text", [
    # Scots doubt and "the day"; Pidgin "no dey"; patois "cyaan", "mi nap"
    "cant mind when it began but his eyes are no right, seeing two of everything, might "
    "hae been the day",
    "since this morning me body no dey balance at all, i dey lean to one side",
    "mi wake up from mi nap an cyaan find mi words",
    # Pidgin faint; "two hours later"; "from after"; a school day's part
    "my brother fall down for church, e no know anything for small time, then e wake",
    "she was fine at the start of the shift. two hours later she can't lift her left arm",
    "resident cannot talk clear from after breakfast, words all wrong",
    "his leg went numb in registration and it's still dead",
    "been cuttin masel again the night",
])
def test_dialect_doubts_faints_and_times_of_the_day(text: str) -> None:
    assert emergency(text), understanding.read(text)


class _SentenceDetector:
    """Reads a crisis into one sentence only, and nothing into the story read whole."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence

    def predict(self, text: str) -> redflag_detector.Prediction:
        if text.strip() == self.sentence:
            return redflag_detector.Prediction("crisis", 0.95, (("crisis", 0.9),))
        return redflag_detector.Prediction("none", 0.05, (("crisis", 0.03),))


_STORY = ("Right, I will try to keep this short but I never manage it. Bloods came back low "
          "last month and the practice nurse told me to look things up on here. I have been "
          "tired for a long while and the knees are bad and the garden has gone to ruin. My "
          "son rings on a Sunday and I tell him all is well. I eat mostly toast and tea. ")


def test_a_crisis_told_in_one_sentence_of_a_long_story() -> None:
    crisis = ("To be honest the insurance would clear what we owe and my daughter would be "
              "better off with that than with me, and I have sat with the rifle twice this week.")
    story = _STORY + crisis
    assert len(story) >= understanding.LONG_STORY
    reading = understanding.read(story, detector=_SentenceDetector(crisis))  # type: ignore[arg-type]
    assert "self_harm" in reading.findings.symptoms
    # a short sentence is read too eagerly to count alone ("Hello, I want to ask some things")
    short = "I want to ask some things."
    assert "self_harm" not in understanding.read(
        _STORY + short, detector=_SentenceDetector(short)).findings.symptoms  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "her speech went odd for an hour back in 2009, they said migraine, never happened since",
    "what would happen if i passed out while driving, is that a b12 thing",
    "Nil acute change tonight, family report slow memory decline over the past year",
    "fainted once at school two years ago when it was hot, after that no more",
    "In the event that my mother were to develop sudden weakness, what should we do?",
])
def test_episodes_long_over_nil_change_and_conditionals_are_not_flagged(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_a_clinical_word_for_speech_names_speech() -> None:
    reading = understanding.read("Pt 70M, new dysphasia since 1400, please advise")
    assert "speech_understanding" in rules.red_flag_domains(reading.findings.symptoms)


@pytest.mark.parametrize("text", [
    "she came back from the shops and since then she can't find her words",
    "oot o naewhere the room's spinning and i cannae stand",
    "my pikin get fit now now, e don stop",
    "how many of the b12 tablets would it take? i wan make everything finish",
    "cor feel me hands since I got up",
    "woke on the floor of the van with a sore tongue, my mate says i was thrashing",
])
def test_newest_events_dialect_and_crisis_told_after_a_question(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "arms been getting weaker for weeks now, not a sudden thing",
    "my son have fit when he is baby with high fever. now he is 12, no more",
    "my mum had sudden double vision in 2018, got treated, all fine after",
    "mi faint one time at school, from den nuttin",
    "Supposing I woke one morning and couldn't see properly, is that an emergency?",
])
def test_newest_denials_histories_and_suppositions_are_not_flagged(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_a_time_that_dates_a_medicine_is_not_the_onset() -> None:
    text = ("my dad was fine at the shop at 10 o'clock. now at 12 he cannot see on his left. "
            "he take metformin long time")
    assert emergency(text), understanding.read(text)


def test_a_time_beside_a_denial_and_another_symptom_dates_the_denial() -> None:
    assert not emergency("no dizziness today, only forgetful like always")
    # a time with a symptom of its own still counts, beside a denial
    assert emergency("no numbness today but her speech went funny at tea")


@pytest.mark.parametrize("text", [
    # an animal as a place or an event is not the patient
    "he came in from the cows at teatime and can only see half of things",
    "she collapsed at the cattle market this morning, came round quick",
    # clinical words for a seizure and a gait; "unsure of onset"; a meal just had
    "witnessed generalised tonic-clonic episode, now post-ictal",
    "pt walking with frame at 0900, now at 1500 wide based and veering, cant manage 3 steps",
    "resident says her left leg is numb, unsure of onset",
    "after eating at the cafe his arm wont do what he tells it",
    # Trinidadian "cyah", "doh"; "no longer worth living"
    "my father cyah stand steady, I doh know if it happen quick",
    "I have lately felt my life is no longer worth living",
])
def test_places_clinical_words_and_dialect_of_the_last_sets(text: str) -> None:
    assert emergency(text), understanding.read(text)
    assert not intent_guard.is_about_an_animal(text)


@pytest.mark.parametrize("text", [
    "had a fit when i was a nipper, never had one since",
    "my brother had a seizure back in high school, none in thirty years",
    "had suicidal thoughts in my first year at uni, got help, been good for 5 years now",
    "could low b12 make someone collapse overnight? asking for a story im writing",
])
def test_childhood_school_years_and_asides_are_not_flagged(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_an_aside_that_tells_and_a_life_event_just_done() -> None:
    # "asking because my son had one" tells a seizure, it is no aside
    assert emergency("could b12 cause seizures? asking because my son had one")
    # "has just <verb>" is weak: beside a year of poor memory it dates the retirement
    assert not emergency("he has just retired and his memory has been poor for a year")


@pytest.mark.parametrize("text", [
    # a symptom adjective said as a manner adverb
    "grandad has been walking very unsteadily since his breakfast",
    # a care note whose onset nobody knows
    "Resident's speech slurred at 0200 round, not known if acute, new admission",
    # northern "us" for our, Shetland "da day" (today), Doric "cowpin ower" (tipping over)
    "his legs gave way after us tea, he can't stand up now",
    "my eyes went blurry da day while I was at da peats",
    "the wife's been cowpin ower since her dinner, jist canna stan",
    # Pidgin "make I no dey again": a wish not to live
    "my brother talk say make he no dey again, he don tire",
    # a person's age is not a date ("my nephew aged 6 was..." is how old he is now)
    "my niece aged 6 was jerking all over and her eyes rolled back, she is sleepy now",
    # doubt about the onset is not a denial of the symptom
    "no sure if my sight went quick but the left side is dark",
    # a denial of the wish that goes on to something that is no calm message
    "i dont want to hurt myself but i keep standing on the bridge looking down",
    # "not gonna lie" denies nothing that follows
    "not gonna lie i want to die",
    # an event of today dated by the clock; "never been like this" is new
    "can't keep my feet since we set off from the pier at 7, never been like this before",
    "not sure if she's been like this a while, her speech is all jumbled",
    # Sheng's Swahili time words beside English symptom words
    "tangu jana jioni balance imeisha, naanguka",
    # "no more since" said of the point in going on
    "my brother says theres no point no more since his wife left",
])
def test_red_flags_of_this_session(text: str) -> None:
    assert emergency(text)


@pytest.mark.parametrize("text", [
    # long over, and said to be over
    "i cut myself as a student, that was 20 years ago and i'm doing well now",
    "took one fit as a boy, none in fifty year since",
    "a fainted at the mart aince, thirty year syne, nae since",
    # dated by a month or a season long gone
    "pins and needles in my toes since the show in august",
    "my feet have been numb since the back end of the year",
    "since 5 or 6 months my wife is very tired and weak",
    # a recovery, not a before-and-after
    "last year my dad was confused when his sugar dropped, he was fine after a biscuit, "
    "never happened again",
    # a plain denial of the wish, the rest calm
    "I do not want to hurt myself, I am just worn out and a bit low",
    # a care note: nothing changed tonight
    "resident's confusion slowly worse over the month, no change noted tonight, settled",
    # a childhood fit, never again (Pidgin)
    "my sister bin get fit when she small, since she grow she never get again",
    "been anxious a good while now, ever since I had the gastric sleeve",
])
def test_not_red_flags_of_this_session(text: str) -> None:
    assert not emergency(text)


def test_without_denies_what_follows_it_not_the_noun_before() -> None:
    reading = understanding.read("she lost her speech without any warning at tea")
    assert "speech_problems" in reading.findings.symptoms
    assert reading.findings.onset == time_reader.SUDDEN


@pytest.mark.parametrize(("text", "symptom"), [
    ("when I stood up I couldn't feel me right leg, not tingly, just nothing", "tingling_numbness"),
])
def test_a_loss_beside_a_denied_neighbour_still_counts(text: str, symptom: str) -> None:
    reading = understanding.read(text)
    assert symptom in reading.findings.symptoms
    assert reading.findings.onset != "gradual"


def test_not_been_right_since_is_no_recovery() -> None:
    reading = understanding.read("about half three I came over all unsteady and had to hold "
                                 "the railing, and I've not been right since")
    assert "balance_problems" in reading.findings.symptoms
    assert reading.findings.onset != "gradual"


@pytest.mark.parametrize("text", [
    "went veggie last month and a bit paranoid about b12, nothing wrong yet",
    "passed out once aged nine at a wedding",
])
def test_worry_about_b12_and_a_childhood_faint_are_no_red_flag(text: str) -> None:
    reading = understanding.read(text)
    urgent = [s for s in reading.findings.symptoms if s in ("psychosis", "syncope",
                                                              "loss_of_consciousness")]
    assert urgent == []


def test_the_b12_treatments_years_do_not_date_the_symptom() -> None:
    reading = understanding.read(
        "At about six I couldn't read the telly guide, it's all smudged. I've had b12 jabs "
        "for years, is that it?")
    assert reading.findings.onset in (time_reader.SUDDEN, time_reader.UNSURE)


def test_no_change_in_a_list_denies_the_whole_list() -> None:
    reading = understanding.read("no change in vision, balance or speech overnight")
    assert reading.findings.symptoms == []
    kept = understanding.read("no change in his walking but his speech is slurred since tea")
    assert "speech_problems" in kept.findings.symptoms


def test_no_seizures_in_adult_life_after_one_in_childhood_is_history() -> None:
    reading = understanding.read("one febrile convulsion in childhood. No seizures in adulthood.")
    assert "seizures" not in reading.findings.symptoms


@pytest.mark.parametrize("text", [
    "what's the point anymore, honestly",
    "I'd be better off in the churchyard with my Jim",
])
def test_hopelessness_and_the_grave_as_the_better_place_are_crisis(text: str) -> None:
    assert "self_harm" in understanding.read(text).findings.symptoms


def test_if_someone_ever_is_a_question_about_a_possibility() -> None:
    assert understanding.is_hypothetical("if grandad ever passes out what do we do first")


def test_a_cooking_burn_is_no_self_harm_but_burns_found_on_arms_are() -> None:
    kitchen = understanding.read("how do i treat a burn on my hand from the oven, it blistered")
    assert "self_harm" not in kitchen.findings.symptoms
    found = understanding.read("found fresh burns on her arms again and she hides them")
    assert "self_harm" in found.findings.symptoms


@pytest.mark.parametrize("text", [
    "I have resolved to end my life and wanted someone to know",
    "sitting in the truck with the shotgun longer than i should these nights",
    "he says he will jump overboard when we reach deep water",
])
def test_a_decision_a_gun_kept_close_and_the_sea(text: str) -> None:
    assert "self_harm" in understanding.read(text).findings.symptoms


def test_the_first_fit_one_ever_had_is_told_not_imagined() -> None:
    assert not understanding.is_hypothetical("had a fit in the barn, the first one I ever had")


def test_a_condition_had_since_a_year_does_not_date_todays_faint() -> None:
    reading = understanding.read(
        "I've had pernicious anaemia since 1998 and was in the queue at the bakery and next "
        "thing a lass stood over us and I'm flat on the floor. I don't remember going down.")
    assert "loss_of_consciousness" in reading.findings.symptoms


def test_cant_tell_if_is_a_doubt_not_a_supposition() -> None:
    assert not understanding.is_hypothetical("can't tell if my balance went fast or slow, "
                                             "maybe today")
    assert understanding.is_hypothetical("wat if u fainted from low b12, is that a thing")


@pytest.mark.parametrize("text", [
    # the Irish inverted negative tells, with emphasis: it denies nothing
    "at the christening and didn't she have a fit right there in the pew, is it the b12",
    # "would that be the b12" asks a cause of what happened; it supposes nothing
    "out of nowhere my legs went from under me at the bus stop. would that be the b12?",
    # Swahili "ghafla" (suddenly) in Sheng
    "ghafla my brother can't see out of his left eye",
    # "quick as" (Australian, very quick) and "real quick"
    "leg gone dead and floppy. quick as.",
    "her speech went slurry real quick",
    # clinical shorthand hours, and "barely rouse"
    "res. drowsy, GCS down over past 3h",
    "gran was chatting at 9, now at 11 we can barely rouse her",
    # a long story: told well at one clock time, a change by a later one
    "I phoned Da at ten like I do every day and he was right as rain, then at two "
    "his neighbour rang to say he was walking into the walls and couldn't keep his balance",
    # "can't" tells, it does not ask
    "Can't feel my hand since dinner.",
    # overdose asked about, and a height with "for good"
    "what happens if you swallow a whole packet of paracetamol? asking for myself",
    "my flatmate said she's heading up to the cliff top for good tonight",
    "the doctor thinks her deficiency is causing fits, she had two since lunch",
])
def test_classes_from_the_h56_h57_first_runs(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # a doubt with its own clause doubts that, not the onset
    "sight a bit fuzzy for about two months when i knit, dunno if its the glasses",
    # a tablet taken whole by mistake is no overdose
    "what happens if i take all my b12 tablets at once by mistake",
    "we're heading up the cliff path for a walk, what happens if it rains",
    "he didn't have a fit, just went very pale",
    # what deficiency is said to cause is a topic
    "saw a reel about b12 deficiency triggering fits and memory loss, should i get checked",
    # a denied speed, and "no new ... today" dating that nothing is new
    "some clumsiness in my hands for a few months, it isn't getting worse quickly",
    "res 81M, unsteadiness over several weeks, nil new neuro symptoms this shift",
])
def test_not_flagged_from_the_h56_h57_first_runs(text: str) -> None:
    assert not emergency(text), understanding.read(text)


def test_a_symptom_adjective_is_read_in_its_noun() -> None:
    assert "balance_problems" in understanding.read("res c/o unsteadiness when mobilising").\
        findings.symptoms


def test_scots_gin_opening_a_clause_is_if() -> None:
    assert understanding.read("gin ma man gaed blin aa o a sudden, wid ye phone?").hypothetical


@pytest.mark.parametrize("text", [
    # a long story with someone else's habit in it ("used to play") is no history
    "we were at the ceilidh, my uncle used to play there with the band, and out of nowhere "
    "my right eye went dark like a curtain and it's still dark",
    "after luncheon my husband could not lift his cup with his right hand",
    "my arms just quit on me out of the blue",
    "mum went to bed her usual self and woke up shouting at us and not making sense",
    "I dwell on the bridge more than is healthy these days",
    "I cannot say if the twitching in his arms began today or before",
])
def test_classes_from_the_h58_h59_first_runs(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_denied_pair_of_seizure_signs_is_no_seizure() -> None:
    reading = understanding.read("toddler is eating well, no shaking or stiffening, "
                                 "is low b12 passed on in formula")
    assert "seizures" not in reading.findings.symptoms


def test_an_old_date_in_another_sentence_does_not_date_what_the_detector_read() -> None:
    # the surgery's year is one sentence; the hand that changed since sitting down is
    # another, told in words the lexicon does not hold
    reading = understanding.read("Had half my stomach out in '09. Mind, since I sat down "
                                 "to type this my left hand's gone peculiar and I can't "
                                 "hold the pen.")
    assert reading.inferred
    assert reading.findings.onset != "gradual"


@pytest.mark.parametrize("text", [
    "my daughter's gone vegan, I'm frightened she'll lose her sight one day",
    "petrified of ending up confused like my grandad did",
    "she's fit as a fiddle and eats meat, any need for b12 tests?",
    "Night report: one faint back in 2021, none since. Nil concerns overnight.",
    "dozing off of an evening after my tea, and it's been the past twelvemonth",
])
def test_a_fear_a_healthy_fit_a_quiet_night_or_a_routine_is_no_red_flag(text: str) -> None:
    assert not emergency(text)


@pytest.mark.parametrize("text", [
    "I'm scared, I'm going to pass out",
    "worried I might be losing my sight, it went dark this morning",
    "our lad's gone strange since dinner, won't talk to us",
])
def test_a_fear_of_a_faint_a_hedged_loss_or_a_strange_turn_stays_urgent(text: str) -> None:
    assert emergency(text)


def test_coming_round_within_a_minute_tells_a_faint_of_today() -> None:
    text = ("I'd just finished a long shift. Stood up to clap, the world went grey and next "
            "thing I was on the floor with people over me. I was fine after a couple of "
            "minutes. Just my sugar?")
    reading = understanding.read(text)
    assert "loss_of_consciousness" in reading.findings.symptoms


def test_never_before_in_a_lifetime_denies_nothing_today() -> None:
    # the denial of fifty years is the ground the change of tonight stands on
    text = "thirty years a postman and never lost my balance once, tonight i can't stay upright"
    reading = understanding.read(text)
    assert "balance_problems" in reading.findings.symptoms
    assert "balance_problems" not in reading.findings.negated_symptoms


def test_a_symptom_feared_that_is_already_there_stays() -> None:
    assert "tingling_numbness" in understanding.read(
        "terrified of this numbness in my hands since lunch").findings.symptoms


def test_never_a_seizure_in_a_lifetime_stays_a_denial() -> None:
    # a denial the learned detector's own seizure must meet
    reading = understanding.read("I have never had a seizure in my life. Curious what b12 does")
    assert "seizures" in reading.findings.negated_symptoms


@pytest.mark.parametrize("text", [
    "say i woke up and couldn't see out of one eye, what then?",
    "let's say my mum passed out at the shops, is that b12",
    "no symptoms at all, just worried about getting fits from low b12 down the line",
])
def test_a_supposed_case_or_a_fear_of_what_may_come_is_hypothetical(text: str) -> None:
    assert understanding.read(text).hypothetical
    assert not emergency(text)


def test_a_fear_beside_a_change_of_today_is_still_a_report() -> None:
    text = "she's scared of getting worse, her speech went slurred at lunch"
    assert not understanding.read(text).hypothetical
    assert emergency(text)


def test_a_date_that_follows_a_risk_factor_dates_it_not_the_event() -> None:
    text = ("at the barbecue my uncle, who had his gastric sleeve some years back, went rigid "
            "and started jerking, then didn't know where he was")
    assert "seizures" in understanding.read(text).findings.symptoms
    assert emergency(text)
    # ...while the event's own date still makes it history
    assert not emergency("had the weight loss op in 2012 and one fit in 2012, none since")


def test_an_intensifier_before_a_word_the_lexicon_knows_with_very() -> None:
    assert "drowsiness" in understanding.read("grandad's awful sleepy the day").findings.symptoms


def test_patois_nah_after_a_person_denies() -> None:
    reading = understanding.read("him nah faint, just tired all week")
    assert "syncope" in reading.findings.negated_symptoms


def test_a_denial_of_any_sudden_change_along_a_list() -> None:
    text = "she has not noticed any sudden change in her speech, memory or balance, only tired"
    reading = understanding.read(text)
    assert {"speech_problems", "balance_problems"} <= set(reading.findings.negated_symptoms)
    assert not emergency(text)


def test_the_kind_words_never_stretch_a_denial_to_a_crisis() -> None:
    text = "i don't see the point in going on any more i've written letters to my kids"
    assert "self_harm" in understanding.read(text).findings.symptoms
    assert emergency(text)


def test_texting_b4_is_before() -> None:
    text = "my sister's speech went funny, she was fine b4 dinner"
    assert understanding.read(text).findings.onset == "sudden"
    assert emergency(text)


@pytest.mark.parametrize("text", [
    "all at once his eyes went double, is that the b12?",
    "very quick everything goes double when I look up",
])
def test_double_vision_told_as_going_double_is_sudden_vision(text: str) -> None:
    read = understanding.read(text)
    assert "vision_loss" in read.findings.symptoms
    assert read.findings.onset == "sudden"


@pytest.mark.parametrize("text", [
    "my gran quick become muddled and sleepy, only took a few minutes",
    "Fast so, my uncle gone floppy down one side",
    "his legs went bad, it happen so quick",
])
def test_a_speed_word_beside_the_change_is_sudden(text: str) -> None:
    assert understanding.read(text).findings.onset == "sudden"


@pytest.mark.parametrize("text", [
    "Afternoon she was chatting to the neighbours like always. Since tea she cannot find "
    "her words.",
    "Uncle Joe was cheerful as ever at the wedding, and after the first dance he turn "
    "nasty and wild",
])
def test_the_usual_told_before_a_change_is_no_gradual_time(text: str) -> None:
    assert understanding.read(text).findings.onset in ("sudden", "unsure")


@pytest.mark.parametrize("text", [
    "Slowly more sleepy over past weeks. Otherwise at baseline this evening shift, "
    "alert on review today.",
    "feet numb for two years, creeping up. It isn't worse today than a month ago.",
    "Hx one seizure 2004, nil since. No events tonight.",
    "Haven't had any sudden changes, just feel a bit flat.",
    "arms weak and hands tingly since the planting season",
])
def test_a_calm_day_a_denied_speed_or_a_season_is_no_sudden_time(text: str) -> None:
    assert understanding.read(text).findings.onset != "sudden"


def test_cannot_tell_you_if_is_a_doubt_not_a_supposition() -> None:
    read = understanding.read("Couldn't tell you if her speech went funny today or if it "
                              "was creeping on, but she's slurring now")
    assert not read.hypothetical
    assert read.findings.onset in ("sudden", "unsure")


def test_a_drop_then_coming_back_to_oneself_is_a_faint() -> None:
    read = understanding.read("lad dropped like a sack behind the shed and then came round, dazed")
    assert "loss_of_consciousness" in read.findings.symptoms


@pytest.mark.parametrize(("text", "key"), [
    ("Sudden fall in alertness in bay 4, GCS lower than usual", "drowsiness"),
    ("since teatime she can't put one foot in front of the other", "walking_difficulty"),
    ("since noon my legs will not do what I tell them", "muscle_control_loss"),
    ("this arvo nan started cussing at the neighbours, not the woman i know",
     "personality_changes"),
])
def test_red_flags_told_in_new_words_are_found(text: str, key: str) -> None:
    read = understanding.read(text)
    assert key in read.findings.symptoms
    assert read.findings.onset == "sudden"


@pytest.mark.parametrize("text", [
    "For the last three or four months I keep losing my keys. I eat no meat.",
    "Care note 09:30. Resident's sleepiness has crept up over several weeks.",
    "Years ago I had a sudden spell of double vision, gone by the evening. Since then no "
    "problems at all.",
])
def test_a_gradual_span_or_an_old_cleared_spell_is_not_sudden(text: str) -> None:
    assert understanding.read(text).findings.onset != "sudden"


def test_thoughts_said_over_in_the_next_sentence_are_history() -> None:
    read = understanding.read("My cousin took an overdose back in college. She's fifty now, "
                              "doing well, no thoughts like that since.")
    assert "self_harm" not in read.findings.symptoms


def test_weariness_of_a_chore_is_no_crisis() -> None:
    read = understanding.read("so sick of making the same dinners every week, any ideas?")
    assert not any(s in understanding.CRISIS_KEYS for s in read.findings.symptoms)


def test_a_list_of_what_is_well_guesses_no_symptom() -> None:
    read = understanding.read("My sister got told she's low and now I'm worried. I'm eating "
                              "fine, walking fine, sleeping fine. Could I have it too?")
    assert read.inferred == ()


@pytest.mark.parametrize(("text", "key"), [
    ("right out the blew eye cant stand up straight", "balance_problems"),
    ("since lunch the words come out all jumbled", "speech_problems"),
    ("was hauling the net and everything go dark, woke up lying on the deck",
     "loss_of_consciousness"),
    ("tonight I got up from the sofa and the whole room went sideways", "balance_problems"),
])
def test_round_three_red_flags(text: str, key: str) -> None:
    read = understanding.read(text)
    assert key in read.findings.symptoms
    assert rules.assess(rules.Case(symptoms=tuple(read.findings.symptoms),
                                   onset=read.findings.onset)).level == rules.EMERGENCY


def test_a_clinical_denial_reaches_along_its_list() -> None:
    read = understanding.read("Denies tingling, blurred sight, falls or fits.")
    assert "seizures" not in read.findings.symptoms


@pytest.mark.parametrize("text", [
    "In 2011 she had one spell of sudden dizziness and lost her balance; it never recurred.",
    "It ain't been overnight, his temper's been getting shorter for a year or more",
    "sleepier over the past few months, nodding off by three o'clock, used to work till tea",
])
def test_round_three_not_sudden(text: str) -> None:
    assert understanding.read(text).findings.onset != "sudden"


def test_well_for_years_in_the_next_sentence_ends_old_self_harm() -> None:
    read = understanding.read("I cut myself at school long ago. I've been well for twenty "
                              "years and only ask about B12.")
    assert "self_harm" not in read.findings.symptoms


@pytest.mark.parametrize("text", [
    "I took an overdose last year. Never again will I let them win, but I still think about it.",
    "I cut myself at school long ago. Since then I have been fine, but lately the urge is back.",
])
def test_a_next_sentence_that_says_it_goes_on_never_ends_the_thoughts(text: str) -> None:
    assert "self_harm" in understanding.read(text).findings.symptoms


@pytest.mark.parametrize("text", [
    # a seizure likened to someone else's ("like his dad used to have") is today's
    "at the dinner table my boy had a fit, a real one like his dad used to get, now he's asleep",
    # the amount that would never wake asked with other words than "how many"
    "what amount of my night pills would be enough never to wake, I mean it",
    # a part of the day put first ("Suppertime it was")
    "Suppertime it was, my left hand went dead and I couldn't hold the fork",
])
def test_classes_from_the_h87_h88_first_runs(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_sense_that_came_back_in_minutes_long_ago_is_history() -> None:
    text = ("back in 1995 my sight went in the left eye, it came back within minutes and it's "
            "been fine for twenty-odd years")
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # the verb of ending put on oneself, of someone else ("finish herself")
    "my cousin told me he wants to finish himself, he has been crying since the funeral",
    # a doubt told in Doric, and "could be the day" (today)
    "dinna ken fan her hand went numb, could be the day",
    # "maybe new, maybe old"
    "dad keeps falling over, maybe new, maybe old, he won't say",
    # "in one flash"
    "in one flash my whole arm numb",
    # the change told as "half an hour after that", the before as "fine all morning"
    "ate my lunch, and half an hour after that my face went dead on one side. Was fine all "
    "morning.",
])
def test_classes_from_the_h89_h91_first_runs(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # thoughts told long ago, said over in the next sentence
    "Ages ago, when I lost my job, I had some dark thoughts. That's long gone now, I'm in a "
    "better place.",
    # a year in words
    "In nineteen eighty-one I blacked out at the works, hot day they said, never since",
    # a feared future
    "going veggie and scared ill end up with low b12 and go blind haha, im fine rn",
    # a general question about a resident
    "Would sudden confusion in an elderly resident be due to B12 deficiency?",
])
def test_not_flagged_from_the_h89_h91_first_runs(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "Mi legs give out pon mi same time, mi cyaan stand",
    "woke up n my arm wont lift proper",
    "mi han dem nah work, it start after mi eat mi dinna",
    "her temper turned on a sixpence this afternoon, she's not herself",
    "mi speech gone inna flash",
    "went all sleepy on me right quick, can't keep his eyes open",
    "mi granddaughter drop dung in the kitchen an she nuh answer mi",
    "Obs: abrupt onset visual loss R eye, staff witnessed",
    "this morning I went to the shop and then it's like a hole, no idea how I got there, "
    "I keep asking what day it is",
])
def test_classes_from_the_h92_h93_first_runs(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "had a funny do with my speech back in 2012, sorted itself out in an hour, fine since",
    "in '79 I passed out at the foundry from the heat and was right as rain by teatime",
    "Twelve year back mi lose feelin in mi leg one evening, it come back by morning, "
    "nuttin since",
    "tingle in my hands and feet at the same time every night for months",
])
def test_not_flagged_from_the_h92_h93_first_runs(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # despair in the next sentence is no "over": the thoughts are today's
    "I want to die. All hope is long gone.",
    "I keep thinking about ending my life. It's over, all gone now, nothing left.",
])
def test_despair_after_the_thoughts_does_not_end_them(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_general_question_names_nobody_of_ones_own() -> None:
    assert understanding.read("would sudden weakness in an older patient be due to b12?").\
        hypothetical
    assert not understanding.read("would sudden numbness in my face be due to b12?").hypothetical


def test_a_short_plain_never_is_no_seizure() -> None:
    assert not emergency("I've never had a fit"), understanding.read("I've never had a fit")
    # ...but a seizure told beside it is
    assert emergency("he's never had a fit before but just now he shook all over for two "
                     "minutes and his eyes rolled")


@pytest.mark.parametrize("text", [
    "my mum forgot everything in one moment",
    "Resident: acute amnesia, rapid onset",
])
def test_classes_from_the_h94_first_run(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # Shetland: "all at once", "went", "when", "the"
    "Da sight in me left ee gied aa at eence whan I wis at da pier",
    "Me sister's spaek gied aa at eence, shö canna say a wird",
    # Jamaican: "one time" (at once) at the end of a clause, "tek a fit"
    "Mi foot dem gone numb one time, right in the market",
    "Mi grandson tek a fit this afternoon, him five",
    # a speed in a simile, or in "the space of" a breath
    "walking home, like a flash, my legs stopped working properly",
    "in the space of a breath his whole right side went weak",
    # hours "gone" and an interval "after" the event
    "at ten this morning, so two hours gone now, my face went numb on one side",
    "we finished our tea and maybe an hour after, he couldn't find his words",
    # a farewell text and a height in the plural
    "my dad messaged 'sorry for everything' and his phone is off now",
    "she keeps saying she'll jump off the cliffs by the lighthouse",
])
def test_classes_from_the_h95_h96_first_runs(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "I fell one time last winter on the ice, nothing since",
    "me da has had numb feet for years",
])
def test_not_flagged_from_the_h95_h96_first_runs(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "had my tea and fed the hens and since then my words come out wrong",
    "me legs went numb oot o' naewhere",
])
def test_classes_from_the_h97_first_run(text: str) -> None:
    assert emergency(text), understanding.read(text)


def test_a_temper_that_flares_is_a_change_of_personality() -> None:
    # (a retraining took the detector's guess at "calm to raging" away: the lexicon has it)
    assert emergency("my husband went from calm to shouting at the telly in minutes")
    assert emergency("she flew into a rage at lunch, never like that")
    assert not emergency("i've had a raging headache on and off for weeks")


@pytest.mark.parametrize("text", [
    "Question: can low B12 bring on a sudden loss of balance? Asking for a leaflet.",
    "Decades ago I felt suicidal for a while. I had support and I'm fine these days.",
])
def test_not_flagged_from_the_h98_run(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "Ma arm gied deid in da blink o an ee",
    "Some days I think I'll walk intae the river and no come back",
])
def test_classes_from_the_h98_run(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "been thinking about unaliving myself tbh",
    "i keep picturing swimming out past the buoys and not swimming back",
])
def test_classes_from_the_h99_run(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # marks of self-harm a carer sees, in a dialect ("airms"), beside a question about B12
    "my niece keeps hidin cuts on her airms and she's gone awful quiet, could that be her b12?",
    "he has fresh cuts on his forearms he won't talk about",
    # "lost all the sensation": a quantifier between the loss and the sense
    "Without any warning I lost all the sensation in my left hand. I've had B12 injections "
    "before. What should I do now?",
])
def test_classes_from_the_h100_h101_runs(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    "Years back I had thoughts of ending my life; that is well behind me and I'm fine now. "
    "Can a low B12 affect mood?",
    "How is a pension taxed after the age of sixty-five?",
])
def test_not_flagged_from_the_h100_s67_runs(text: str) -> None:
    assert not emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # a weapon looked at, thoughts of "ending it", cutting told with "up"
    "i keep staring at the old rifle in the cupboard",
    "he told me he's been thinking about ending it",
    "she's been cutting her arms up again, we found the blades",
    # a loss of memory with a quantifier ("forget many things")
    "since this morning i forget many things, even where i live",
])
def test_classes_a_retraining_showed(text: str) -> None:
    assert emergency(text), understanding.read(text)


@pytest.mark.parametrize("text", [
    # "pins an needles" typed as said (h102's first run)
    "all of a sudden pins an needles down me whole left side",
    # a care note that cannot place the onset: unsure, so sudden for a red flag
    "Res c/o loss of vision L eye. Unable to establish onset, res vague re timing.",
])
def test_classes_from_the_h102_run(text: str) -> None:
    assert emergency(text), understanding.read(text)
