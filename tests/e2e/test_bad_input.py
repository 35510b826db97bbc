"""Hostile or broken input over REST: a 4xx or a polite reply, never a 500 or a hang."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
import uuid

import pytest

from tests.support.stack import RunningStack


def post(stack: RunningStack, body: bytes) -> tuple[int, object]:
    req = urllib.request.Request(f"{stack.url}/webhooks/rest/webhook", data=body,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, err.read()[:200]


def message(text: object, sender: object = "bad-input") -> bytes:
    return json.dumps({"sender": sender, "message": text}).encode()


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("invalid json", b"{not json"),
        ("invalid utf-8", b'{"sender":"a","message":"\xff\xfe"}'),
        ("a list", b"[1, 2]"),
        ("message is a number", message(5)),
        ("message is null", message(None)),
        ("message is a list", message(["hi"])),
        ("no sender", json.dumps({"message": "hi"}).encode()),
        ("sender is a number", message("hi", 12)),
    ],
)
def test_malformed_requests_get_400(stack: RunningStack, name: str, body: bytes) -> None:
    status, _ = post(stack, body)
    assert status == 400, name


def test_five_megabyte_body_is_refused(stack: RunningStack) -> None:
    # The server answers 413 from the headers and closes without reading the body.
    port = stack.settings.rasa_port
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: localhost\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 5000000\r\n\r\n")
        sock.sendall(b"{" + b"x" * 65536)
        status_line = sock.recv(200).split(b"\r\n")[0]
    assert b" 413 " in status_line, status_line


@pytest.mark.parametrize(
    "text",
    ["", "   ", "hi\x00\x07\x1b there", "😀 مرحبا 你好 b12?", "<script>alert(1)</script>",
     "{emergency_number} {{x}} ' OR 1=1; DROP TABLE events; --", "%s %d ${HOME}"],
)
def test_odd_text_gets_a_normal_reply(stack: RunningStack, text: str) -> None:
    status, replies = post(stack, message(text, "odd-" + uuid.uuid4().hex[:8]))
    assert status == 200
    assert isinstance(replies, list) and replies, text
    assert all("Traceback" not in json.dumps(r) for r in replies)


def test_long_message_asks_for_a_shorter_one_but_still_reads_the_start(
    stack: RunningStack,
) -> None:
    text = "I suddenly can't see out of my left eye. " + "and so on " * 10_000  # ~100 KB
    started = time.monotonic()
    status, replies = post(stack, message(text, "long-" + uuid.uuid4().hex[:8]))
    assert status == 200 and time.monotonic() - started < 20
    assert isinstance(replies, list)
    assert "shorter message" in replies[0]["text"]
    assert any((r.get("custom") or {}).get("triage") == "emergency" for r in replies)


def test_server_still_answers_afterwards(stack: RunningStack) -> None:
    status, replies = post(stack, message("hello", "after-" + uuid.uuid4().hex[:8]))
    assert status == 200 and replies
