"""The speed-ups of bot.rasa_patches.speedups give exactly what Rasa's own code gives."""

from __future__ import annotations

from pathlib import Path
from random import Random
from typing import Any

import pytest
from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActiveLoop,
    Event,
    LoopInterrupted,
    Restarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_patches.speedups import _rasa_states_for_tracker_history
from bot.settings import ROOT

VALID = {
    "events": [{"event": "slot", "name": "triage_level", "value": "provider"}],
    "responses": [{"text": "hi", "buttons": [], "custom": {"triage": "provider"}}],
}
INVALID = [
    {"events": "not a list"},
    {"events": [{"event": "no-such-event"}]},
    {"responses": "text"},
]


@pytest.fixture
def action() -> RemoteAction:
    return RemoteAction("action_triage", EndpointConfig("http://127.0.0.1:1/webhook"))


def test_patched_method_is_installed() -> None:
    assert RemoteAction._validate_action_result.__module__ == "bot.rasa_patches.speedups"


def test_valid_reply_accepted(action: RemoteAction) -> None:
    assert action._validate_action_result(VALID) is True


@pytest.mark.parametrize("reply", INVALID)
def test_invalid_reply_rejected_with_rasas_message(action: RemoteAction, reply: dict) -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(reply)


def _rasa_event_dicts() -> list[dict[str, Any]]:
    from datetime import datetime

    from rasa.shared.core import events as ev

    return [e.as_dict() for e in [
        UserUttered("hi", {"name": "greet", "confidence": 1.0},
                    [{"entity": "symptom", "value": "fatigue", "start": 0, "end": 2}]),
        ev.BotUttered("hello", {"buttons": []}), SlotSet("who", "self"),
        ActionExecuted("action_listen"), ActiveLoop("symptom_form"), ActiveLoop(None),
        LoopInterrupted(True), ActionExecutionRejected("symptom_form"),
        ev.FollowupAction("action_triage"), Restarted(), ev.AllSlotsReset(),
        UserUtteranceReverted(), ev.ActionReverted(), ev.SessionStarted(),
        ev.ConversationPaused(), ev.ConversationResumed(), ev.StoryExported(),
        ev.EntitiesAdded([{"entity": "symptom", "value": "fatigue"}]),
        ev.ReminderCancelled(name="r"), ev.ReminderScheduled("EXTERNAL_x", datetime.now()),
        ev.AgentUttered("x"), ev.DefinePrevUserUtteredFeaturization(True)]] + [
        # Rasa 2 names, still in the schema (Rasa 3 writes these as active_loop/loop_*)
        {"event": "form", "name": "symptom_form"}, {"event": "form_validation", "validate": True}]


JUNK: list[Any] = [None, 1, -2.5, "x", "", True, [], {}, [1], {"a": 1}, [{"text": "t"}]]


def _mutated(rng: Random, base: list[dict[str, Any]]) -> Any:
    events = [dict(rng.choice(base)) for _ in range(rng.randint(0, 4))]
    for event in events:
        roll = rng.random()
        if roll < 0.2 and event:
            event[rng.choice(sorted(event))] = rng.choice(JUNK)
        elif roll < 0.3 and event:
            del event[rng.choice(sorted(event))]
        elif roll < 0.4:
            event["event"] = rng.choice([*(b["event"] for b in base), "nope", 3, None])
        elif roll < 0.45:
            event[rng.choice(["extra", "name", "text", "value", "timestamp"])] = rng.choice(JUNK)
    reply: Any = {"events": events, "responses": [{"text": "t"}]}
    roll = rng.random()
    if roll < 0.05:
        reply["events"] = rng.choice(JUNK)
    elif roll < 0.1:
        reply["responses"] = rng.choice(JUNK)
    elif roll < 0.13:
        reply = rng.choice(JUNK)
    elif roll < 0.16:
        events.append(rng.choice(JUNK))
    return reply


def test_per_event_check_agrees_with_the_full_schema() -> None:
    """The per-event-type check accepts exactly the replies Rasa's schema accepts."""
    from bot.rasa_patches.speedups import valid_action_result

    schema = RemoteAction.action_response_format_spec()
    full = validator_for(schema)(schema)
    base = _rasa_event_dicts()
    assert {e["event"] for e in base} == {
        alt["properties"]["event"]["const"]
        for alt in schema["properties"]["events"]["items"]["oneOf"]}  # every event type
    rng = Random(7)
    verdicts = []
    for _ in range(3000):
        reply = _mutated(rng, base)
        verdicts.append(full.is_valid(reply))
        assert valid_action_result(reply) == verdicts[-1], reply
    assert 500 < sum(verdicts) < 2500  # both kinds were tried


# --- incremental dialogue states ---------------------------------------------------
DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def _featurized(domain: Domain) -> Domain:
    """The domain with slots that reach the states (ours reach none), so the fold's slot
    copies are compared too."""
    data = domain.as_dict()
    for name in ("onset", "symptoms", "who", "triage_level"):
        data["slots"][name]["influence_conversation"] = True
    return Domain.from_dict(data)


FEATURIZED = _featurized(DOMAIN)
RULE_ONLY = [None, {"slots": ["requested_slot"], "loops": ["symptom_form"]}]


def random_event(rng: Random) -> Event:
    roll = rng.random()
    if roll < 0.25:
        intent = rng.choice(DOMAIN.intents)
        ents = [{"entity": "symptom", "value": "fatigue"}] if rng.random() < 0.3 else []
        return UserUttered(rng.choice(["hi", "tired", ""]), {"name": intent}, ents)
    if roll < 0.7:
        name = rng.choice(DOMAIN.action_names_or_texts[:40] + ["action_listen", "symptom_form"])
        return ActionExecuted(name, hide_rule_turn=rng.random() < 0.2)
    if roll < 0.88:
        slot = rng.choice(DOMAIN.slots)
        value = rng.choice([None, "sudden", True, ["fatigue"], 1.0])
        return SlotSet(slot.name, value)
    if roll < 0.92:
        return ActiveLoop(rng.choice(["symptom_form", None]))
    if roll < 0.95:  # change the active loop in place
        return rng.choice([LoopInterrupted(rng.random() < 0.5),
                           ActionExecutionRejected("symptom_form")])
    return rng.choice([UserUtteranceReverted(), Restarted()])


@pytest.mark.parametrize("domain", [DOMAIN, FEATURIZED], ids=["ours", "featurized"])
@pytest.mark.parametrize("seed", range(100, 110))  # 103 once caught a real bug
def test_incremental_states_equal_rasas_at_every_step(seed: int, domain: Domain) -> None:
    rng = Random(seed)
    tracker = DialogueStateTracker.from_events(f"fold-{seed}", [], domain.slots)
    for step in range(150):
        tracker.update(random_event(rng), domain)
        if step % 40 == 39:  # a reloaded tracker: same events, new objects
            tracker = DialogueStateTracker.from_dict(
                tracker.sender_id, [e.as_dict() for e in tracker.events], domain.slots)
        for omit in (False, True):
            for rule_only in RULE_ONLY:
                for ignore in (False, True):
                    ours = domain.states_for_tracker_history(tracker, omit, ignore, rule_only)
                    theirs = _rasa_states_for_tracker_history(
                        domain, tracker, omit, ignore, rule_only)
                    assert ours == theirs, (seed, step, omit, ignore)


def test_states_given_out_are_copies() -> None:
    tracker = DialogueStateTracker.from_events(
        "fold-copy", [ActionExecuted("action_listen"),
                      UserUttered("hi", {"name": "greet"}), ActionExecuted("utter_greet")],
        DOMAIN.slots)
    first = DOMAIN.states_for_tracker_history(tracker)
    first[0].clear()
    for state in first:
        state.get("user", {}).clear()
    assert DOMAIN.states_for_tracker_history(tracker) == _rasa_states_for_tracker_history(
        DOMAIN, tracker)


def form_conversation(rounds: int) -> list[Event]:
    """Symptom forms and FAQs, shaped like the real thing (form runs collapse in Rasa)."""
    events: list[Event] = [ActionExecuted("action_listen")]
    for n in range(rounds):
        if n % 3 == 2:
            events += [UserUttered("what is b12", {"name": "faq"}),
                       ActionExecuted("utter_faq"), ActionExecuted("action_listen")]
            continue
        events += [UserUttered("tired", {"name": "report_symptoms"},
                               [{"entity": "symptom", "value": "fatigue"}]),
                   ActionExecuted("symptom_form"), ActiveLoop("symptom_form"),
                   SlotSet("requested_slot", "who"), ActionExecuted("action_ask_who"),
                   ActionExecuted("action_listen"),
                   UserUttered("me", {"name": "inform"}, [{"entity": "who", "value": "self"}]),
                   ActionExecuted("symptom_form"), SlotSet("who", "self"),
                   SlotSet("requested_slot", None), ActiveLoop(None),
                   ActionExecuted("action_triage"), SlotSet("triage_level", "provider"),
                   ActionExecuted("action_listen")]
    return events


def test_incremental_states_on_form_conversations_reuse_the_fold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bot.rasa_patches.speedups as speedups

    starts: list[int] = []
    real_start = speedups._start_over
    monkeypatch.setattr(speedups, "_start_over",
                        lambda *a: starts.append(1) or real_start(*a))
    tracker = DialogueStateTracker.from_events("fold-forms", [], DOMAIN.slots)
    events = form_conversation(12)
    for event in events:
        tracker.update(event, DOMAIN)
        for ignore in (False, True):
            ours = DOMAIN.states_for_tracker_history(tracker, False, ignore, RULE_ONLY[1])
            assert ours == _rasa_states_for_tracker_history(
                DOMAIN, tracker, False, ignore, RULE_ONLY[1])
    calls = 2 * len(events)
    assert len(starts) < calls / 4, f"the fold was rebuilt {len(starts)} of {calls} times"


_TRUSTED_TYPES = """
import sys
sys.modules["jax"] = None
if sys.argv[1] == "after-rasa":
    import rasa.core.agent, rasa.nlu.classifiers.logistic_regression_classifier  # noqa
import skops.io._trusted_types as t
print(repr([getattr(t, n) for n in sorted(dir(t)) if n.endswith("_TYPE_NAMES")]))
"""


def test_importing_skops_first_gives_the_same_trusted_types() -> None:
    """bot/ops/rasa_main.py imports skops before Rasa (5 s faster); skops decides which
    types a saved classifier may contain from lists it builds at import time."""
    import subprocess
    import sys

    def names(order: str) -> str:
        out = subprocess.run([sys.executable, "-c", _TRUSTED_TYPES, order], check=True,
                             capture_output=True, text=True).stdout
        assert "numpy." in out and "sklearn.linear_model" in out
        return out

    assert names("first") == names("after-rasa")


@pytest.mark.parametrize("package", ["tensorflow", "rasa", "spacy", "sklearn"])
def test_installed_packages_are_byte_compiled(package: str) -> None:
    """`make install` compiles the venv's bytecode: with PYTHONDONTWRITEBYTECODE set, Python
    never caches it, and every start compiled TensorFlow and Rasa again (6-7 s of it)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin is not None
    assert Path(importlib.util.cache_from_source(spec.origin)).is_file()


def test_rule_policy_states_are_formatted_only_when_logged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import logging

    import structlog
    from rasa.core.policies.policy import Policy

    from bot.rasa_patches import speedups as rasa_speedups

    states: list[Any] = [{"user": {"intent": "greet"}, "prev_action": {"action_name": "x"}}]
    rasas = rasa_speedups._rasa_format_tracker_states(states)
    assert "user intent: greet" in rasas
    log = logging.getLogger("rasa.core.policies.rule_policy")
    level = log.level
    try:
        monkeypatch.setattr(structlog, "is_configured", lambda: True)
        log.setLevel(logging.INFO)
        assert Policy.format_tracker_states(states) == ""  # dropped by filter_by_level
        log.setLevel(logging.DEBUG)
        assert Policy.format_tracker_states(states) == rasas
        log.setLevel(logging.INFO)
        monkeypatch.setattr(structlog, "is_configured", lambda: False)  # prints all levels
        assert Policy.format_tracker_states(states) == rasas
    finally:
        log.setLevel(level)


def test_domain_emptiness_as_rasa_says() -> None:
    from rasa.shared.core.domain import Domain

    from bot.rasa_patches import speedups

    ours = Domain.load(str(ROOT / "domain.yml"))
    rasas = speedups._rasa_domain_is_empty
    assert Domain.is_empty is speedups._domain_is_empty
    for domain in (Domain.empty(), ours, Domain.from_dict({"intents": ["greet"]})):
        assert domain.is_empty() == rasas(domain)
    assert Domain.empty().is_empty() and not ours.is_empty()
