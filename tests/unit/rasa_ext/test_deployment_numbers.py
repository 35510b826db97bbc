"""Replies that name the emergency number use the configured one from the first turn."""

from __future__ import annotations

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot import rasa_ext
from bot.settings import ROOT
from bot.triage import names


def test_a_new_conversation_starts_with_the_configured_numbers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rasa_ext.install()
    monkeypatch.setenv("EMERGENCY_NUMBER", "112")
    monkeypatch.setenv("CRISIS_LINE", "116 123")
    domain = Domain.load(str(ROOT / "domain.yml"))
    tracker = DialogueStateTracker("someone", domain.slots)
    assert tracker.get_slot(names.SLOT_EMERGENCY_NUMBER) == "112"
    assert tracker.get_slot(names.SLOT_CRISIS_LINE) == "116 123"
