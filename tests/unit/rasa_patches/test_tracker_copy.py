"""bot/rasa_patches/tracker_copy.py: a tracker copy equals Rasa's replayed copy, at every step of
random conversations (forms, slots, reverts, restarts, reloads), and is independent
of the original afterwards."""

from __future__ import annotations

from random import Random
from typing import Any

import pytest
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.rasa_patches import tracker_copy as rasa_tracker
from tests.integration.test_speedups import DOMAIN, random_event


def _message(t: DialogueStateTracker, m: Any) -> tuple[Any, ...]:
    """An event of the conversation (by identity), or an empty one made afresh
    (whose timestamp is its creation time)."""
    if any(e is m for e in t.events):
        return ("event", id(m))
    return ("fresh", {k: v for k, v in m.as_dict().items() if k != "timestamp"})


def _state(t: DialogueStateTracker) -> tuple[Any, ...]:
    slots = {n: (s.value, s.has_been_set, type(s)) for n, s in t.slots.items()}
    return (t.sender_id, t.is_rule_tracker, t.current_state(EventVerbosity.ALL), slots,
            [id(e) for e in t.events], t.latest_action, t.active_loop, t.followup_action,
            t.is_paused(), _message(t, t.latest_message), _message(t, t.latest_bot_utterance),
            t.model_id, t.assistant_id, t.sender_source,
            DOMAIN.states_for_tracker_history(t, False, False, None))


def test_installed() -> None:
    from bot import rasa_patches

    assert rasa_patches.install() == "on"

    assert DialogueStateTracker.copy is rasa_tracker.copy_tracker


@pytest.mark.parametrize("seed", range(200, 210))
def test_copy_equals_rasas_at_every_step(seed: int) -> None:
    rng = Random(seed)
    tracker = DialogueStateTracker.from_events(f"copy-{seed}", [], DOMAIN.slots)
    tracker.model_id = "m"  # not carried by Rasa's copy either
    for step in range(120):
        tracker.update(random_event(rng), DOMAIN)
        if step % 50 == 49:
            tracker = DialogueStateTracker.from_dict(
                tracker.sender_id, [e.as_dict() for e in tracker.events], DOMAIN.slots)
        ours, theirs = rasa_tracker.copy_tracker(tracker), rasa_tracker._rasa_copy(tracker)
        assert _state(ours) == _state(theirs), (seed, step)
        if step % 10 == 0:  # chains of copies, as the processor makes them
            tracker = ours


def test_a_copy_is_independent_of_its_original() -> None:
    t = DialogueStateTracker.from_events("indep", [
        ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet"}),
        SlotSet("symptoms", ["fatigue"])], DOMAIN.slots)
    t.change_loop_to("symptom_form")
    before = _state(t)
    c = rasa_tracker.copy_tracker(t)
    c.update(SlotSet("onset", "sudden"), DOMAIN)
    c.update(ActionExecuted("utter_greet"), DOMAIN)
    assert c.active_loop is not None
    c.active_loop.rejected = True
    c.reject_action("symptom_form")
    assert _state(t) == before


# --- applied_events, continued from the last call ----------------------------------
def _loop_event(rng: Random) -> Any:
    """Events of a second form, whose name appears only later in the conversation
    (a new loop name changes how earlier events count)."""
    from rasa.shared.core.events import ActiveLoop

    return rng.choice([ActiveLoop("other_form"), ActionExecuted("other_form")])


@pytest.mark.parametrize("seed", range(20))
def test_applied_events_equal_rasas_at_every_step(seed: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    tails: list[int] = []  # events walked by each call that continued
    real_apply = rasa_tracker.continue_applied

    def spy(tr: Any, applied: list[Any], events: Any, names: set[str]) -> list[Any]:
        events = list(events)
        if applied:
            tails.append(len(events))
        return real_apply(tr, applied, events, names)

    monkeypatch.setattr(rasa_tracker, "continue_applied", spy)
    rng = Random(seed)
    tracker = DialogueStateTracker.from_events(f"applied-{seed}", [], DOMAIN.slots)
    for step in range(200):
        event = _loop_event(rng) if rng.random() < 0.04 else random_event(rng)
        tracker.update(event, DOMAIN)
        if step % 50 == 49:  # a reloaded tracker: same events, new objects
            tracker = DialogueStateTracker.from_dict(
                tracker.sender_id, [e.as_dict() for e in tracker.events], DOMAIN.slots)
        for _ in range(rng.choice([1, 2])):  # asked again with nothing new, too
            ours = tracker.applied_events()
            assert ours == rasa_tracker._rasa_applied_events(tracker), (seed, step)
            assert [id(e) for e in ours] == [id(e) for e in
                                             rasa_tracker._rasa_applied_events(tracker)]
            ours.clear()  # a caller changing the list must not change the next answer
    assert len(tails) > 100 and sum(tails) < 3 * len(tails)  # continued over the new events


def test_applied_events_of_a_capped_history_are_rasas() -> None:
    tracker = DialogueStateTracker("capped", DOMAIN.slots, max_event_history=3)
    for name in ["action_listen", "utter_greet", "action_listen", "utter_goodbye"]:
        tracker.update(ActionExecuted(name))
        assert tracker.applied_events() == rasa_tracker._rasa_applied_events(tracker)
    assert not hasattr(tracker, rasa_tracker._APPLIED)


def test_applied_events_after_the_events_were_replaced() -> None:
    """Nothing in Rasa or here assigns a tracker's events, but if anything did, the
    earlier answer must not be continued."""
    from collections import deque

    tracker = DialogueStateTracker.from_events("swap", [
        ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet"})], DOMAIN.slots)
    assert len(tracker.applied_events()) == 2
    tracker.events = deque([ActionExecuted("utter_greet"), ActionExecuted("action_listen"),
                            ActionExecuted("utter_goodbye")])
    assert tracker.applied_events() == rasa_tracker._rasa_applied_events(tracker)
    assert [e.action_name for e in tracker.applied_events()] == [  # type: ignore[attr-defined]
        "utter_greet", "action_listen", "utter_goodbye"]
