"""Runtime settings read from the environment (one place for every knob)."""

from __future__ import annotations

import os

DEFAULT_EMERGENCY_NUMBER = "911"
DEFAULT_CRISIS_LINE = "988"


def emergency_number() -> str:
    """The number the emergency advice tells people to call (EMERGENCY_NUMBER)."""
    return os.environ.get("EMERGENCY_NUMBER", "").strip() or DEFAULT_EMERGENCY_NUMBER


def crisis_line() -> str:
    """Suicide and crisis line named next to the emergency number (CRISIS_LINE)."""
    return os.environ.get("CRISIS_LINE", "").strip() or DEFAULT_CRISIS_LINE


DEFAULT_MAX_MESSAGE_CHARS = 2000


def max_message_chars() -> int:
    """Longer messages get a request to shorten them (MAX_MESSAGE_CHARS)."""
    return int(_number("MAX_MESSAGE_CHARS", DEFAULT_MAX_MESSAGE_CHARS, 1))


DEFAULT_ACTION_TIMEOUT = 10.0


def action_timeout() -> float:
    """Seconds Rasa waits for the action server before giving the safe advice (ACTION_TIMEOUT).

    Rasa's own limit is 5 minutes: far too long for someone waiting for an answer.
    """
    return _number("ACTION_TIMEOUT", DEFAULT_ACTION_TIMEOUT, 0.1)


DEFAULT_LOCK_LEASE = 10.0


def lock_lease() -> float:
    """Seconds a conversation's Redis lock outlives a replica that stopped renewing it
    (LOCK_LEASE; bot/lock_store.py): how long a crashed replica's conversations wait."""
    return _number("LOCK_LEASE", DEFAULT_LOCK_LEASE, 1.0)


def _number(name: str, default: float, minimum: float) -> float:
    """A numeric knob from the environment; a bad value falls back to the default."""
    try:
        return max(minimum, float(os.environ.get(name, default)))
    except ValueError:
        return default
