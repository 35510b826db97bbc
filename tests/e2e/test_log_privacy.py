"""At the default log level nothing a person typed, or what it meant, reaches the logs."""

from __future__ import annotations

import uuid

from tests.support.stack import RunningStack


def test_logs_hold_no_message_text_or_symptoms(stack: RunningStack) -> None:
    marker = "zebra" + uuid.uuid4().hex[:8]
    sender = "privacy-" + uuid.uuid4().hex[:8]
    stack.send(sender, f"{marker} my feet have been tingling for months")
    stack.send(sender, f"i take metformin {marker}")
    assert stack.settings.log_dir is not None
    logs = "".join(p.read_text(errors="replace") for p in stack.settings.log_dir.glob("*.log"))
    assert logs, "no logs were written"
    for secret in (marker, "tingling", "metformin", "tingling_numbness", "medications"):
        assert secret not in logs, secret
