"""The time reader: when a change began, in the words people use (examples written here,
not taken from any held-out set)."""

from __future__ import annotations

import pytest

from bot.nlp import time_reader
from bot.nlp.time_reader import GRADUAL, PAST, SUDDEN, UNSURE


@pytest.mark.parametrize("text", [
    "my arm went numb since lunch",
    "after my nap i couldnt read the clock",
    "when i got up this morning the room was tilting",
    "dad started slurring at dinner",
    "earlier today she stopped making sense",
    "this evening he cant lift his cup",
    "from morning my mother is not able to walk",
    "in the last hour my vision has doubled",
    "she was fine yesterday and now she doesnt know me",
    "went from normal to barely awake in an hour",
    "my leg stopped working 20 mins ago",
    "since 2 hours he is not talking properly",
    "it happened 3 hrs back",
    "since 15:00 she cannot stand",
    "woke up with a numb face",
    "overnight my speech went funny",
    "last night she started acting paranoid",
    "it came on all of a sudden",
    "~2 hrs",
    "at 1800 he was ok, by 2200 he couldnt walk",
    "since ma dinner my arm is jerky",
])
def test_hours_ago_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN, time_reader.cues(text)


@pytest.mark.parametrize("text", [
    "i don't know when it started",
    "not sure if it was sudden or slow",
    "a few days ago maybe",
    "since monday she has been unsteady",
    "onset unclear per handover",
])
def test_days_or_not_knowing_is_unsure(text: str) -> None:
    assert time_reader.onset(text) == UNSURE, time_reader.cues(text)


@pytest.mark.parametrize("text", [
    "my feet have tingled for months",
    "over the past year my memory got worse",
    "on and off since christmas",
    "slowly getting more unsteady",
    "it has been creeping up over the last few weeks",
    "since the beginning of the year i get dizzy sometimes",
    "it wasn't sudden at all",
    "nothing sudden about it, same as always",
    "numb at night for weeks",
])
def test_weeks_months_years_or_a_denied_speed_is_gradual(text: str) -> None:
    assert time_reader.onset(text) == GRADUAL, time_reader.cues(text)


@pytest.mark.parametrize("text", [
    "had one fit as a teenager",
    "fainted in 2009",
    "years ago i lost my sight in one eye for a bit",
    "when he was 5 he had a convulsion",
])
def test_long_ago_is_past(text: str) -> None:
    assert time_reader.onset(text) == PAST, time_reader.cues(text)


def test_most_urgent_wins() -> None:
    """Numb feet for months, and since this morning he cannot walk: a new sudden change."""
    assert time_reader.onset("numb feet for months and since this morning he cant walk") == SUDDEN


def test_a_weak_cue_gives_way_to_a_gradual_time() -> None:
    assert time_reader.onset("since she retired, slowly more forgetful over the years") == GRADUAL
    assert time_reader.onset("since she came home from the shops she cant see") == UNSURE


def test_a_denied_time_is_no_onset() -> None:
    assert time_reader.onset("no worse today than last month") is None


def test_habits_and_other_numbers_are_no_onset() -> None:
    for text in ("i sleep 6 hours a night", "i take 1000 mcg", "she is 84", "tired at night"):
        assert time_reader.onset(text) is None, (text, time_reader.cues(text))


def test_years_are_not_clock_times() -> None:
    assert time_reader.onset("vegan since 2020, feet numb for months") == GRADUAL


@pytest.mark.parametrize("text", [
    # part of the way into a day's event, and Scots "ma" for "my"
    "feet went numb halfway thru shift, was right at start of shift",
    "after ma shift cannae walk right",
    "in the middle of the service she slumped over",
    # arriving at a part of today
    "came to evening prayers limping, walked to morning mass with no trouble",
])
def test_a_part_of_todays_day_is_a_recent_event(text: str) -> None:
    assert time_reader.onset(text) == UNSURE, time_reader.cues(text)


@pytest.mark.parametrize("text", [
    # the day dates the asking
    "brain fog creeping up on me for weeks, finally got round to asking today",
    # a school term is months
    "quiet an low dis whole term at school",
])
def test_a_time_beside_a_gradual_one_that_dates_something_else(text: str) -> None:
    assert time_reader.onset(text) == GRADUAL, time_reader.cues(text)


def test_coming_to_wakes_only_without_a_place() -> None:
    assert time_reader.onset("he fainted and since he came to he cant talk right") == SUDDEN
    assert time_reader.onset("used to faint at school, not once since i came to uni 3 years "
                             "ago") != SUDDEN


@pytest.mark.parametrize("text", [
    "mate's lost the whole arvo, cant remember the tour",  # a span of today lost
    "wobbly three times during the eleven o'clock service",
])
def test_a_lost_part_of_today_or_a_service_by_the_clock_is_recent(text: str) -> None:
    assert time_reader.onset(text) in (SUDDEN, UNSURE), time_reader.cues(text)


def test_a_small_childs_age_at_an_event_told_beside_now_is_past() -> None:
    assert time_reader.onset("had a febrile convulsion at 18 months, she's 6 now and fine") != (
        SUDDEN)


def test_fine_at_bedtime_and_changed_on_waking_is_sudden() -> None:
    assert time_reader.onset("missus went to bed normal and woke up a different person") == SUDDEN


@pytest.mark.parametrize("text", [
    "could of been quick, could not, honestly no idea",
    "might of come on fast i suppose",
    "not sure if it's just the day or it's been a while",
])
def test_a_doubt_said_as_it_sounds_is_unsure(text: str) -> None:
    assert time_reader.onset(text) == UNSURE


@pytest.mark.parametrize("text", [
    "she woke from a nap and can't find her words",
    "he woke up from his sleep and couldn't lift his arm",
    "in the morning he was fine, look at him now",
    "then about seven I went to read and the page was a blur",
    "out of the clear blue my hand stopped working",
])
def test_waking_from_a_nap_an_earlier_morning_and_a_told_hour_are_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


@pytest.mark.parametrize("text", [
    "she's fine in the morning and muddled by teatime, most days now",
    "in the morning she is fine but in the evening she gets confused",
])
def test_a_daily_pattern_is_no_onset(text: str) -> None:
    assert time_reader.onset(text) != SUDDEN


def test_a_day_that_dates_the_settling_is_no_onset() -> None:
    assert time_reader.onset("low for three weeks, much calmer today, nil new issues") == GRADUAL


def test_breakfast_holds_no_speed_word() -> None:
    assert not time_reader.is_speed_word("was fine after breakfast, now")
    assert time_reader.is_speed_word("came on fast")


@pytest.mark.parametrize("text", [
    "her arm went dead in a split second",
    "my eye just go off sharp sharp",
    "legs went weak quick, like someone hit a switch",
    "it came on dead fast in the queue",
    "immediately after I lifted the box my hand went numb",
    "one minute he was chatting, the next minute he couldn't get a word out",
    "at 3 she was fine, by half four she was slurring",
])
def test_speed_said_plainly_or_by_two_moments_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


@pytest.mark.parametrize("text", [
    "I've been going downhill slowly for months, just noticed it more this week",
    "moody for months, started around christmas and slowly worse",
])
def test_noticing_or_a_start_beside_a_gradual_time_is_gradual(text: str) -> None:
    assert time_reader.onset(text) == GRADUAL


def test_a_childhood_is_long_ago() -> None:
    assert time_reader.onset("had a febrile fit in childhood") == PAST


def test_not_noticing_the_day_of_a_gradual_change_is_no_doubt() -> None:
    assert time_reader.onset("slowly more forgetful over a year, didn't notice when it began") \
        == GRADUAL
    assert time_reader.onset("didnt notice when it started, she was just like this") == UNSURE


@pytest.mark.parametrize(("text", "onset"), [
    ("Pt acute onset L sided weakness at handover", SUDDEN),
    ("new onset confusion noted by night staff", SUDDEN),
    ("my balance went like that, snap", SUDDEN),
    ("from after she eat her lunch she cyaan see", SUDDEN),
    ("I cannot say when it began", UNSURE),
    ("I am uncertain how long it has been so", UNSURE),
    ("divvent knaa if it came on the day or been buildin", UNSURE),
])
def test_clinical_onsets_and_dialect_doubts(text: str, onset: str) -> None:
    assert time_reader.onset(text) == onset


@pytest.mark.parametrize("text", [
    "his legs went in a matter of seconds",
    "an instant loss of feeling down her left side",
    "it happened in the blink of an eye",
    "pt calm at 1400, now (1700) agitated",
    "speech slurred as of 1600",
    "my hand went dead in science 2nd period",
    "since I came ashore at eleven the world is tipping",
])
def test_more_plain_speeds_and_clocks(text: str) -> None:
    assert time_reader.onset(text) in (SUDDEN, UNSURE)


def test_steady_as_ever_is_a_state_not_a_time() -> None:
    assert time_reader.onset("was on the boat steady as ever") is None


def test_snapping_at_someone_and_time_passing_are_no_speed() -> None:
    assert time_reader.onset("moody for months, she'll snap at the kids") == GRADUAL
    assert time_reader.onset("my memory went like that, snap") == SUDDEN


@pytest.mark.parametrize("text", [
    "her hand go weak, e just drop like that",
    "his words went, fast",
    "hit him like a ton of bricks at the bus stop",
    "the dizzy spell came on like lightning",
    "his face went numb quick as anything",
])
def test_speed_as_an_idiom_or_a_word_set_off_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


@pytest.mark.parametrize("text", [
    "it was not gradual at all",
    "her arm no start slow",
    "it didn't creep up, nothing gradual about it",
])
def test_a_denied_slowness_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


@pytest.mark.parametrize("text", [
    "she just talks like that, always has",
    "I can run as fast as you like",
    "no, it's been slow, months of it",
])
def test_a_manner_or_a_slowness_said_plainly_is_no_speed(text: str) -> None:
    assert time_reader.onset(text) != SUDDEN


def test_a_scots_doubt_about_today_is_unsure() -> None:
    assert time_reader.onset("cannae say if it's the day or a while back") == time_reader.UNSURE


@pytest.mark.parametrize("text", [
    "his speech went wrong, came on really quickly",
    "fine at first light, by teatime she couldn't stand",
    "one sec he's laughing, next sec he can't get a word out",
    "over the last forty-five minutes his arm has gone useless",
    "grandad went all vacant quick",
    "she was not like this yday",
])
def test_more_speeds_dawns_and_spans_are_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


def test_a_formal_or_geordie_doubt_is_unsure() -> None:
    assert time_reader.onset("I am unable to determine whether it began recently") == UNSURE
    assert time_reader.onset("divvent kna when it come on") == UNSURE


@pytest.mark.parametrize("text", [
    "my hands went weak and clumsy and useless real fast",
    "lost the sight in one eye fast",
    "the dizziness came on me super quick",
])
def test_a_speed_a_few_words_after_the_change_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


@pytest.mark.parametrize("text", ["lost weight fast after the baby", "the weeks went by real fast"])
def test_weight_or_time_going_fast_is_no_onset(text: str) -> None:
    assert time_reader.onset(text) != SUDDEN


def test_not_a_clue_or_not_rightly_knowing_is_unsure() -> None:
    assert time_reader.onset("haven't a clue if it came on overnight") == UNSURE
    assert time_reader.onset("don't rightly know if it came on slow or fast") == UNSURE


@pytest.mark.parametrize("text", [
    "she just stopped mid-sentence and stared",
    "halfway through a sentence my words went to mush",
    "we were chatting and right in the middle his face went funny",
])
def test_a_change_inside_one_sentence_or_talk_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


def test_the_middle_of_a_place_on_the_body_is_no_onset() -> None:
    assert time_reader.onset("an ache right in the middle of my back") is None


@pytest.mark.parametrize("text", [
    "Really quickly, my wife she can't hold her cup",
    "fast his legs gave out under him",
])
def test_a_speed_that_opens_the_sentence_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


def test_asking_quickly_is_no_onset() -> None:
    assert time_reader.onset("please answer quickly, is b12 in eggs") is None


@pytest.mark.parametrize("text", [
    "she had fits as toddler and none since",
    "he had turns when he was ten, they stopped",
])
def test_a_childhood_without_the_article_is_past(text: str) -> None:
    assert time_reader.onset(text) == "past"


@pytest.mark.parametrize("text", [
    "eyes getting blurry over the past 4 months, I sit at a laptop 10 hours",
    "memory slipping for a year now. no different today",
    "he's been crabbier and crabbier, more and more every month",
])
def test_hours_of_a_doing_a_calm_day_or_more_and_more_beside_a_gradual_time(text: str) -> None:
    assert time_reader.onset(text) == "gradual"


def test_a_bare_count_of_hours_after_a_symptom_stays_sudden() -> None:
    assert time_reader.onset("weak for weeks, now my face numb 2 hrs") == SUDDEN


@pytest.mark.parametrize("text", [
    "calm as anything after mass, by the evening she was shouting at us all",
    "Resident alert and orientated at 0645. Now unable to name staff.",
    "obs stable until 1400 hrs, now drowsy",
])
def test_by_evening_or_a_care_notes_clock_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


@pytest.mark.parametrize("text", ["vegan since 2019", "tired since 1998"])
def test_a_year_is_no_care_note_clock(text: str) -> None:
    assert time_reader.onset(text) != SUDDEN


def test_never_in_so_many_years_says_new_not_slow() -> None:
    assert time_reader.onset("he has never sworn at me in thirty years") is None
    assert time_reader.onset("he has never walked right for years") == "gradual"


def test_a_long_time_before_is_history() -> None:
    from bot.nlp import understanding
    reading = understanding.read("a long time before, I blacked out once")
    assert "past" in [c.onset for c in time_reader.cues("a long time before, I blacked out once")]
    assert not reading.findings.symptoms


@pytest.mark.parametrize("text", [
    "him face jus go crooked pon him one time",
    "Alright when I clocked on, now my left hand won't grip",
])
def test_patois_one_time_and_a_subjectless_fine_then_now_are_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


def test_how_fast_it_went_off_is_no_onset() -> None:
    assert time_reader.onset("my speech went funny once, years back, it went off in an hour") \
        == "past"


def test_how_often_a_food_is_eaten_dates_no_symptom() -> None:
    text = "Chicken every day. But now my face has gone numb since I sat down to write this"
    assert time_reader.onset(text) in (SUDDEN, "unsure")
    assert time_reader.onset("numb feet every day for months") == "gradual"


def test_closing_time_is_an_event_of_today() -> None:
    assert time_reader.onset("locked up at closing and the room spun, can't stand") in (
        SUDDEN, "unsure")


@pytest.mark.parametrize("text", [
    "without the slightest warning his left arm went dead",
    "with not a moment's warning she couldn't get her words out",
    "hold on, as i'm typing this my hand has gone numb",
])
def test_no_warning_or_happening_as_they_type_is_sudden(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN


def test_as_they_type_beside_months_is_the_state_not_the_start() -> None:
    assert time_reader.onset("my fingers tingle while i type this, it's been months") == GRADUAL


def test_aint_sure_when_is_unsure() -> None:
    assert time_reader.onset("ain't sure when it started but he's talking funny") == UNSURE


def test_how_long_it_has_been() -> None:
    assert time_reader.onset("its been months, the pins and needles") == GRADUAL
    assert time_reader.onset("it's been about two hours and his words are still muddled") == SUDDEN


def test_precipitous_and_a_doubt_whether_it_came_on_today() -> None:
    assert time_reader.onset("his walking has worsened precipitously") == SUDDEN
    assert time_reader.onset("cannae say if it's come on the day or been going a while") == UNSURE


def test_kept_home_from_school_is_an_absence_not_a_time() -> None:
    assert time_reader.onset("must my girl stay home from school with chickenpox") is None
    assert time_reader.onset("her speech went odd after school") == UNSURE


def test_a_notes_own_clock_beside_a_gradual_time_is_no_start() -> None:
    assert time_reader.onset("Review 10:15. Her sleepiness has built up over several weeks.") == (
        "gradual")
    # ...but a clock that says when it began stays one
    assert time_reader.onset("From 11:40 he cannot find words. He typed this slowly.") == "sudden"


def test_a_calm_state_denied_still_dates_the_change() -> None:
    assert time_reader.onset("her gait is not stable today, she walked fine yesterday") == "sudden"


@pytest.mark.parametrize("text", [
    "Teatime it was, I went to lift the pot and my arm wouldn't come up",
    "Lunch time it was all fine, now she cant get her words out",
])
def test_a_part_of_the_day_put_first_dates_the_change(text: str) -> None:
    assert time_reader.onset(text) == SUDDEN, time_reader.cues(text)


def test_how_soon_a_lost_sense_came_back_is_no_onset() -> None:
    cues = time_reader.cues("in 1999 the feeling in my hand went, it returned within the hour")
    assert [c.onset for c in cues] == ["past"], cues
    # ...but a symptom that comes back is new again
    assert time_reader.onset("the numbness came back within the hour") == SUDDEN


@pytest.mark.parametrize(("text", "expected"), [
    # a care note's doubt about the onset (h102's first run)
    ("Res reports blurred vision L eye. Unable to establish onset, res vague re timing.",
     time_reader.UNSURE),
    ("numb hand, could be hours or days, she cannot say", time_reader.UNSURE),
    # ...not a wait told in days or weeks
    ("could be days or weeks before the clinic rings back", None),
])
def test_a_care_notes_doubt_about_the_onset(text: str, expected: str | None) -> None:
    assert time_reader.onset(text) == expected
