"""Events told without their name: suicidal methods (crisis_means), seizures (seizure_signs),
collapses (collapse_signs)."""

import pytest

from bot.nlp import collapse_signs, crisis_means, intent_guard, seizure_signs, understanding


@pytest.mark.parametrize("text", [
    "some nights i picture myself stepping off the roof of our building",
    "my brother keeps saying he might just walk in front of a lorry",
    "been thinking about swallowing the whole packet of painkillers",
    "she told me she wants to drive her car into a wall",
    "I have looked up how high the multistorey car park is, i think about going off the top floor",
    "i want to hang myself",
    "i keep thinking i could wade out into the sea and not come back",
    "my brother says he's got the shotgun out and he's done. he's been low for months",
    "keep staring at the tablets in the cupboard a lot longer than i should",
])
def test_a_method_with_its_means_is_a_crisis(text: str) -> None:
    assert crisis_means.spans(text)
    assert "self_harm" in understanding.read(text).findings.symptoms


@pytest.mark.parametrize("text", [
    "we went bungee jumping off a bridge in queenstown, want to go again",
    "i took all my tablets this morning like the pharmacist said",
    "jumped off the bus to catch my mate, think i twisted my ankle",
    "thinking of going down to the beach and swimming out into the sea later",
    "the kids were jumping off the wall into the pool all afternoon, want a break",
    "i would never jump off a bridge, i'm scared of heights",
    "can low b12 cause thoughts about jumping off a building?",
    "dad says he got the rifle out for the rabbits this morning",
    "was looking at the tablets to check the dose, i think it says 1000",
])
def test_the_same_words_without_intent_are_not(text: str) -> None:
    # a question in general is answered, not triaged (intent_guard.is_general_question)
    assert not crisis_means.spans(text) or intent_guard.is_general_question(text)


def test_the_crisis_is_placed_on_its_own_sentence() -> None:
    # "for years" dates the B12, not the thought: the history reader must see only the
    # sentence that told the method.
    reading = understanding.read(
        "Some days I think of throwing myself off the flyover. My b12 has been low for years.")
    assert "self_harm" in reading.findings.symptoms
    mention = next(m for m in reading.findings.mentions if m.key == "self_harm")
    assert "years" not in mention.text


def test_a_resolved_past_stays_history() -> None:
    reading = understanding.read(
        "years ago i planned to jump off a bridge, that's long gone now and i'm well")
    assert "self_harm" not in reading.findings.symptoms


@pytest.mark.parametrize("text", [
    "his arms and legs were jerking and he wasn't answering",
    "her eyes went up and she went rigid then shook",
    "there was froth all round his mouth",
])
def test_a_seizure_told_by_what_was_seen(text: str) -> None:
    assert seizure_signs.spans(text)
    assert "seizures" in understanding.read(text).findings.symptoms


@pytest.mark.parametrize("text", [
    "my whole body shakes when i'm nervous",
    "shivering all over from the cold",
    "she rolled her eyes at me",
    "my legs twitch at night",
])
def test_shivers_nerves_and_eye_rolls_are_not_seizures(text: str) -> None:
    assert not seizure_signs.spans(text)


@pytest.mark.parametrize("text", [
    "ive been hoarding my dads painkillers in my wardrobe",
    "she admitted she's been saving up her sleeping pills for weeks",
    "been stashing away my meds instead of taking them, i have nearly a month's worth",
    "i googled how many of grandad's tablets it would take",
])
def test_a_supply_put_by_or_the_amount_looked_up_is_a_crisis(text: str) -> None:
    assert crisis_means.spans(text)
    assert "self_harm" in understanding.read(text).findings.symptoms


@pytest.mark.parametrize("text", [
    "i collect my tablets from the chemist on fridays",
    "how many b12 tablets can i take in a day",
    "we're saving up for a holiday and i take my tablets with breakfast",
])
def test_everyday_tablets_and_dose_questions_are_not(text: str) -> None:
    assert not crisis_means.spans(text)


@pytest.mark.parametrize("text", [
    "he came round on the kitchen lino with his tongue bitten and no idea what day it was",
    "her left hand started jerking in a steady rhythm and then her whole arm",
])
def test_a_bitten_tongue_on_waking_or_rhythmic_jerking_is_a_seizure(text: str) -> None:
    assert seizure_signs.spans(text)


@pytest.mark.parametrize("text", [
    "woke up with a white coated tongue, is that b12?",
    "the boys were thrashing about on the floor playing at wrestling",
])
def test_a_tongue_or_rough_play_alone_is_not(text: str) -> None:
    assert not seizure_signs.spans(text)


def test_not_wanting_to_be_alive_asked_for_oneself_is_a_crisis() -> None:
    text = "does b12 deficiency make you not want to be alive anymore? asking for me"
    assert "self_harm" in understanding.read(text).findings.symptoms
    assert not intent_guard.is_general_question(text)


@pytest.mark.parametrize("text", [
    "I keep ending up standing on the edge of the quarry too long, you know what i mean",
    "he drives out to the viaduct every night and sits there looking down",
])
def test_lingering_at_a_height_with_a_hint_is_a_crisis(text: str) -> None:
    assert crisis_means.spans(text)


@pytest.mark.parametrize("text", [
    "we stood on the bridge for ages watching the rowers",
    "walked up to the cliffs to see the puffins this morning",
])
def test_a_view_from_a_height_is_not(text: str) -> None:
    assert not crisis_means.spans(text)


@pytest.mark.parametrize("text", [
    "grandad went down in the garden, not answering us",
    "she dropped by the sink and we can't wake her",
])
def test_a_collapse_told_by_what_was_seen(text: str) -> None:
    assert collapse_signs.spans(text)
    assert "loss_of_consciousness" in understanding.read(text).findings.symptoms


def test_an_unanswered_phone_is_no_collapse() -> None:
    assert not collapse_signs.spans("mum went down to the shops and isn't answering her phone")


@pytest.mark.parametrize("text", [
    "might just drive off somewhere and not come back",
    "thinking of walking into the forest and never coming back",
])
def test_going_off_and_not_coming_back_with_a_hint_is_a_crisis(text: str) -> None:
    assert crisis_means.spans(text)


@pytest.mark.parametrize("text", [
    "going to the shop and not coming back without milk",
    "she went out and did not come back until six",
])
def test_an_errand_is_not(text: str) -> None:
    assert not crisis_means.spans(text)


@pytest.mark.parametrize(("text", "rousable"), [
    ("grandad won't wake up properly", False),
    ("I can't wake him, he's breathing", False),
    ("my son won't wake up for school", True),
    ("I can't wake up in the mornings", True),
])
def test_someone_who_cannot_be_woken_now(text: str, rousable: bool) -> None:
    assert bool(collapse_signs.spans(text)) is not rousable


@pytest.mark.parametrize("text", [
    "that's me finished. wrote the letters for the girls, they're on the table",
    "im done. wrote notes to everyone",
    "left a note for my husband, it's time",
])
def test_farewell_notes_with_an_end_said_are_a_crisis(text: str) -> None:
    assert crisis_means.spans(text)
    assert "self_harm" in understanding.read(text).findings.symptoms


@pytest.mark.parametrize("text", [
    "wrote up my notes for the gp appointment, I'm done for today",
    "finished my letters to the council about the bins",
    "Last night I wrote two letters. Today I want to ask about b12 tablets",
    "im done with the blood test, left a note for the nurse",
])
def test_everyday_notes_or_an_intent_word_elsewhere_are_not(text: str) -> None:
    assert not crisis_means.spans(text)


@pytest.mark.parametrize("text", [
    "can't see the point since my wife went, got all my pills saved up",
    "I stood at the sink and it all went black, when I opened my eyes I was lying on the lino",
])
def test_a_supply_told_first_or_dark_then_lying_down(text: str) -> None:
    reading = understanding.read(text)
    assert reading.findings.symptoms and not reading.findings.negated_symptoms


def test_not_since_a_loss_dates_a_wish_it_does_not_end_it() -> None:
    text = "don't want to be here no more, not since mum died"
    assert "self_harm" in understanding.read(text).findings.symptoms


@pytest.mark.parametrize("text", [
    "lately i've been wishing not to wake up at all",
    "most nights i pray i never wake",
    "she says she wants to not be here anymore",
    "he keeps hoping he won't see another morning",
])
def test_a_wish_not_to_wake_or_be_here_is_a_crisis(text: str) -> None:
    assert crisis_means.spans(text)


@pytest.mark.parametrize("text", [
    "creeping round so as not to wake the twins",
    "i hope i never wake up in a ward like that again",
    "we wish not to be any trouble to the nurses",
    "i hope not to live in sheltered housing",
])
def test_a_wish_about_sleep_or_a_place_is_not(text: str) -> None:
    assert not crisis_means.spans(text)


def test_going_off_in_a_boat_and_not_returning_is_a_crisis() -> None:
    assert crisis_means.spans("been thinking of taking the dinghy out and just not coming back")
    assert "self_harm" in understanding.read(
        "me tinkin of takin de canoe out an never comin back").findings.symptoms
    assert not crisis_means.spans("we took the boat out and came back by teatime")


@pytest.mark.parametrize("text", [
    "sometimes i wonder if anybody would even notice if i wasn't around",
    "would they care if i just didn't wake one morning",
    "been keeping my mum's old sleeping tablets hidden in a shoebox, i know how many it would take",
])
def test_asking_who_would_notice_or_a_supply_kept_is_a_crisis(text: str) -> None:
    assert crisis_means.spans(text)


def test_tablets_kept_for_an_everyday_reason_are_not() -> None:
    assert not crisis_means.spans("i saved my husband's tablets for the pharmacist to take back")


def test_a_jump_told_as_what_someone_is_saying_is_a_crisis() -> None:
    assert crisis_means.spans("my cousin keeps saying she will jump off the roof terrace")
    assert not crisis_means.spans("we sat out on the terrace and had tea")
