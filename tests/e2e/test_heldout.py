"""Held-out messages (tests/nlu, tests/heldout; never in data/) against the running bot.

The thresholds are the product's promises: every sudden red-flag message gets
the emergency payload in its first turn; FAQ paraphrases get the right answer
at least 90% of the time; gradual, ordinary reports are rarely (<= 5%) called
an emergency and almost always (>= 90%) get symptom handling; questions about
other conditions get no B12 answer (>= 90%).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.triage import rules
from bot.triage.questions import question
from tests.support.heldout_sets import faq_key, is_emergency
from tests.support.holdout import nlu_holdout
from tests.support.stack import RunningStack

HELDOUT = Path(__file__).resolve().parents[1] / "heldout" / "triage.yml"
SETS: dict[str, Any] = yaml.safe_load(HELDOUT.read_text())
# Any question of the symptom check counts as symptom handling.
FORM_QUESTIONS = tuple(question(slot)["text"] for slot in
                       (rules.ASK_SYMPTOMS, rules.ASK_ONSET, rules.ASK_WHO, rules.ASK_RISK))


def first_turn(stack: RunningStack, text: str) -> list[dict[str, Any]]:
    return stack.send("heldout-" + uuid.uuid4().hex[:12], text)


def report(name: str, misses: list[str], total: int) -> str:
    return f"{name}: {total - len(misses)}/{total} ok; misses:\n  " + "\n  ".join(misses)


def test_every_sudden_red_flag_is_an_emergency_in_the_first_turn(stack: RunningStack) -> None:
    messages = SETS["sudden_red_flag"]
    misses = [m for m in messages if not is_emergency(first_turn(stack, m))]
    print(report("sudden red flag -> emergency", misses, len(messages)))
    assert not misses, report("sudden red flag -> emergency", misses, len(messages))


def test_gradual_reports_get_symptom_handling_not_emergency(stack: RunningStack) -> None:
    messages = SETS["gradual_ordinary"]
    flagged, unhandled = [], []
    for message in messages:
        replies = first_turn(stack, message)
        text = "\n".join(r.get("text") or "" for r in replies)
        if is_emergency(replies):
            flagged.append(message)
        handled = any(q in text for q in FORM_QUESTIONS) or any(
            (r.get("custom") or {}).get("triage") == "provider" for r in replies)
        if not handled:
            unhandled.append(f"{message} -> {text[:80]!r}")
    print(report("gradual -> not emergency", flagged, len(messages)))
    print(report("gradual -> symptom handling", unhandled, len(messages)))
    assert len(flagged) <= 0.05 * len(messages), report("flagged", flagged, len(messages))
    assert len(unhandled) <= 0.10 * len(messages), report("unhandled", unhandled, len(messages))


def test_other_conditions_get_no_b12_answer(stack: RunningStack) -> None:
    messages = SETS["other_conditions"]
    answered = [m for m in messages if faq_key(first_turn(stack, m)) is not None]
    print(report("other conditions -> no B12 answer", answered, len(messages)))
    assert len(answered) <= 0.10 * len(messages), report("answered", answered, len(messages))


def test_faq_paraphrases_get_the_right_answer(stack: RunningStack) -> None:
    pairs = [(key, m) for key, ms in SETS["faq_paraphrases"].items() for m in ms]
    misses = []
    for key, message in pairs:
        got = faq_key(first_turn(stack, message))
        if got != key:
            misses.append(f"{key}: {message!r} -> {got}")
    print(report("FAQ paraphrases", misses, len(pairs)))
    assert len(misses) <= 0.10 * len(pairs), report("FAQ paraphrases", misses, len(pairs))


@pytest.fixture(scope="module")
def holdout_predictions(stack: RunningStack) -> list[tuple[str, str, str]]:
    out = []
    for expected, text in nlu_holdout():
        parsed = stack.parse(text)
        name = parsed["intent"]["name"]
        if name == "faq":
            key = parsed["response_selector"]["faq"]["response"]["intent_response_key"]
            name = key
        out.append((expected, name, text))
    return out


def test_heldout_faq_key_accuracy(holdout_predictions: list[tuple[str, str, str]]) -> None:
    faq = [(e, p, t) for e, p, t in holdout_predictions if e.startswith("faq/")]
    assert len(faq) >= 160
    misses = [f"{e} -> {p}: {t}" for e, p, t in faq if e != p]
    print(report("held-out FAQ keys", misses, len(faq)))
    assert len(misses) <= 0.10 * len(faq), report("held-out FAQ keys", misses, len(faq))


def test_heldout_intents_overall(holdout_predictions: list[tuple[str, str, str]]) -> None:
    # The emergency intent must never be missed on held-out emergency messages.
    emergencies = [(p, t) for e, p, t in holdout_predictions if e == "emergency"]
    missed = [(p, t) for p, t in emergencies if p != "emergency"]
    assert emergencies and not missed, missed
    right = sum(e == p for e, p, _ in holdout_predictions)
    print(f"held-out intents (FAQ by key): {right}/{len(holdout_predictions)}")
    assert right >= 0.85 * len(holdout_predictions)
