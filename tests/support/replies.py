"""Reading the bot's REST replies: the triage payloads, the text, the safe advice."""

from __future__ import annotations

from typing import Any

from bot.triage.lexicon import EMERGENCY_DOMAINS


def triage(replies: list[dict[str, Any]]) -> list[str]:
    return [r["custom"]["triage"] for r in replies if "triage" in (r.get("custom") or {})]


def texts(replies: list[dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def assert_safe_advice(replies: list[dict[str, Any]]) -> None:
    """The check-unavailable message (action server down): said once, with both rules in it."""
    assert triage(replies) == ["unavailable"], replies
    said = texts(replies)
    assert said.count("can't complete the symptom check") == 1
    assert "call 911" in said and "contact a healthcare provider" in said
    for domain in EMERGENCY_DOMAINS.values():
        assert domain in said
