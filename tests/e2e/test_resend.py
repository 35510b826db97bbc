"""A resent message (the widget lost the answer) gets the recorded replies, not a second turn."""

from __future__ import annotations

from tests.support.stack import RunningStack, post_json

MESSAGE = "I suddenly lost vision in one eye"

def test_resend_returns_the_recorded_replies_once(stack: RunningStack) -> None:
    url = f"{stack.url}/webhooks/rest/webhook"

    body = {"sender": "resend-1", "message": MESSAGE, "message_id": "m-1"}
    first = post_json(url, body)
    again = post_json(url, {**body, "resend": True})
    assert again == first and any((m.get("custom") or {}).get("triage") == "emergency"
                                  for m in again)
    users = [e for e in stack.tracker("resend-1")["events"] if e["event"] == "user"]
    assert [(e["text"], e["message_id"]) for e in users] == [(MESSAGE, "m-1")]
    # A resend the server never received runs as a new turn.
    fresh = post_json(url, {"sender": "resend-2", "message": MESSAGE, "message_id": "m-2",
                            "resend": True})
    assert fresh == [{**m, "recipient_id": "resend-2"} for m in first]
