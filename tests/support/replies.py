"""Reading the bot's REST replies: the triage payloads, the text, the safe advice."""

from __future__ import annotations

from typing import Any

from bot.triage.advice import CHECK_UNAVAILABLE
from bot.triage.lexicon import EMERGENCY_DOMAINS


def triage(replies: list[dict[str, Any]]) -> list[str]:
    return [r["custom"]["triage"] for r in replies if "triage" in (r.get("custom") or {})]


def texts(replies: list[dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def assert_safe_advice(replies: list[dict[str, Any]]) -> None:
    """The check-unavailable message (action server down): said once, with both rules in it."""
    assert triage(replies) == ["unavailable"], replies
    said = texts(replies)
    assert said.count(CHECK_UNAVAILABLE) == 1, said
    assert said.startswith("Call 911 now"), said  # the action first
    assert "contact a healthcare provider" in said
    for domain in EMERGENCY_DOMAINS.values():
        assert domain.lower() in said.lower(), domain


def asks_onset(replies: list[dict[str, Any]]) -> bool:
    """The check's onset question (its buttons are the way to answer it)."""
    titles = [b.get("title") for r in replies for b in r.get("buttons") or []]
    return "Suddenly" in titles and "Gradually" in titles and not triage(replies)
