"""The faster action-reply check accepts and rejects exactly what Rasa's does."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

import bot.rasa_speedups  # noqa: F401

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
    assert RemoteAction._validate_action_result.__module__ == "bot.rasa_speedups"


def test_valid_reply_accepted(action: RemoteAction) -> None:
    assert action._validate_action_result(VALID) is True


@pytest.mark.parametrize("reply", INVALID)
def test_invalid_reply_rejected_with_rasas_message(action: RemoteAction, reply: dict) -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(reply)
