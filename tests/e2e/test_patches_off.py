"""With the same-result patches off (B12_RASA_PATCHES=off: Rasa 3.6 as shipped, our
extensions still on) the bot says exactly what it says with them on, only slower.

A second stack, started as tests/support/stack.py starts the session's, with the switch in
its children's environment (Settings.extra_env). Each conversation runs on both stacks and
the replies must be equal.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot import rasa_patches, settings
from bot.triage import knowledge, names
from tests.support.stack import RunningStack, start_stack


@pytest.fixture(scope="module")
def stack_off(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    running = start_stack(tmp_path_factory.mktemp("patches-off"),
                          extra_env={rasa_patches.SWITCH: "off"})
    yield running
    running.stack.stop()


def rasa_log(stack: RunningStack) -> str:
    log_dir = stack.settings.log_dir
    assert log_dir is not None
    return Path(log_dir, "rasa.log").read_text(errors="replace")


Replies = list[list[dict[str, Any]]]


def both(stack_off: RunningStack, stack: RunningStack, messages: list[str],
         sender: str | None = None) -> tuple[Replies, Replies]:
    """The replies of each turn of one conversation, patches off and on (same sender id)."""
    sender = sender or "patches-" + uuid.uuid4().hex[:12]
    return ([stack_off.send(sender, message) for message in messages],
            [stack.send(sender, message) for message in messages])


def texts(replies: list[dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def triage(replies: list[dict[str, Any]]) -> list[str]:
    return [r["custom"][names.CUSTOM_TRIAGE] for r in replies
            if names.CUSTOM_TRIAGE in (r.get("custom") or {})]


def test_rasa_log_says_patches_off(stack_off: RunningStack, stack: RunningStack) -> None:
    assert "Rasa patches off" in rasa_log(stack_off)
    assert "Rasa patches on" not in rasa_log(stack_off)
    # The comparisons below mean something only if the session's stack has them on.
    assert "Rasa patches on" in rasa_log(stack)


def test_greeting(stack_off: RunningStack, stack: RunningStack) -> None:
    [off], [on] = both(stack_off, stack, ["hello"])
    assert "not a doctor" in texts(off) and any(r.get("buttons") for r in off)
    assert off == on


def test_faq_answer_is_the_same(stack_off: RunningStack, stack: RunningStack) -> None:
    [off], [on] = both(stack_off, stack, ["can b12 deficiency be reversed"])
    assert texts(off) == texts(on) == knowledge.render(knowledge.ANSWERS_BY_KEY["reversible"])
    assert off == on


def test_sudden_red_flag_is_an_emergency(stack_off: RunningStack, stack: RunningStack) -> None:
    sender = "patches-" + uuid.uuid4().hex[:12]
    [off], [on] = both(stack_off, stack, ["my dad suddenly cant keep his balance"], sender)
    assert triage(off) == [names.TRIAGE_EMERGENCY]
    assert settings.DEFAULT_EMERGENCY_NUMBER in texts(off)
    assert off == on
    slots = stack_off.tracker(sender)["slots"]
    assert slots[names.SLOT_TRIAGE_LEVEL] == names.TRIAGE_EMERGENCY
    assert slots == stack.tracker(sender)["slots"]


def test_symptom_form_to_provider_advice(stack_off: RunningStack, stack: RunningStack) -> None:
    """The form, the action server and the tracker copies: every turn equal."""
    sender = "patches-" + uuid.uuid4().hex[:12]
    off, on = both(stack_off, stack,
                   ["my feet have been tingling", "gradually, over a few months", "i'm vegan"],
                   sender)
    assert triage(off[-1]) == [names.TRIAGE_PROVIDER]
    assert off == on
    assert stack_off.tracker(sender)["slots"] == stack.tracker(sender)["slots"]
