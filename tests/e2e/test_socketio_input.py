"""Hostile or broken input over socket.io: a polite reply or a refused frame, never a hang.

The socket.io twin of test_bad_input.py (REST). Most cases run over both engine.io transports,
long-polling and websocket, with one client and session per case, all cases at once.
"""

from __future__ import annotations

import asyncio
import json
import socket
import urllib.error
import urllib.request
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
import pytest
import socketio

from bot.rasa_ext.socketio_channel import UNREADABLE
from tests.support.stack import RunningStack, run_async

REPLY_TIMEOUT = 10.0  # a normal answer takes well under a second
TRANSPORTS = ["polling", "websocket"]
T = TypeVar("T")


@pytest.fixture(autouse=True)
def _aiohttp_39_websockets(monkeypatch: pytest.MonkeyPatch) -> None:
    # python-engineio 4.12+ builds aiohttp.ClientWSTimeout (aiohttp 3.10+), but Rasa 3.6 pins
    # aiohttp 3.9, whose ws_connect takes that close timeout as a plain float.
    if not hasattr(aiohttp, "ClientWSTimeout"):
        monkeypatch.setattr(aiohttp, "ClientWSTimeout",
                            lambda ws_close=None, **_: ws_close, raising=False)


@pytest.fixture(scope="module", autouse=True)
def rasa_log_start(stack: RunningStack) -> int:
    """Where the Rasa log stood before this module, so only its own requests are checked."""
    log = rasa_log(stack)
    return log.stat().st_size if log.exists() else 0


def rasa_log(stack: RunningStack) -> Path:
    assert stack.settings.log_dir is not None
    return stack.settings.log_dir / "rasa.log"  # see Stack.spawn in bot/ops/serve.py


def run(coro: Coroutine[Any, Any, T]) -> T:
    return run_async(asyncio.wait_for(coro, 60))  # a hang fails the test instead of pytest


class Chat:
    """One socket.io client in its own session, as a chat widget would be."""

    def __init__(self, url: str, transport: str) -> None:
        self.url, self.transport = url, transport
        self.session_id = "sio-" + uuid.uuid4().hex[:8]
        self.client = socketio.AsyncClient(reconnection=False)
        self.replies: asyncio.Queue[Any] = asyncio.Queue()
        self.disconnected = asyncio.Event()
        self.client.on("bot_uttered", self.replies.put)
        self.client.on("disconnect", lambda *_: self.disconnected.set())

    async def __aenter__(self) -> Chat:
        confirmed: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.client.on("session_confirm", confirmed.set_result)
        await self.client.connect(self.url, transports=[self.transport],
                                  wait_timeout=REPLY_TIMEOUT)
        await self.client.emit("session_request", {"session_id": self.session_id})
        assert await asyncio.wait_for(confirmed, REPLY_TIMEOUT) == self.session_id
        return self

    async def __aexit__(self, *exc: object) -> None:
        # abort: a clean close over long-polling waits up to 30 s for the pending poll.
        await self.client.eio.disconnect(abort=True)

    async def say(self, text: str) -> None:
        await self.client.emit("user_uttered", {"message": text, "session_id": self.session_id})

    async def replies_until(self, done: Callable[[list[Any]], bool]) -> list[Any]:
        got: list[Any] = []

        async def collect() -> None:
            while not done(got):
                got.append(await self.replies.get())

        try:
            await asyncio.wait_for(collect(), REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            pytest.fail(f"no complete answer within {REPLY_TIMEOUT:.0f}s; got {got!r:.300}")
        return got


def any_reply(replies: list[Any]) -> bool:
    return bool(replies)


def has_emergency(replies: list[Any]) -> bool:
    return any(isinstance(r, dict) and (r.get("custom") or {}).get("triage") == "emergency"
               for r in replies)


async def in_chats(stack: RunningStack, transport: str, cases: dict[str, T],
                   talk: Callable[[Chat, T], Awaitable[list[Any]]]) -> dict[str, list[Any]]:
    """Each case in its own client and session, all at once: fast, and replies cannot mix."""

    async def one(case: T) -> list[Any]:
        async with Chat(stack.url, transport) as chat:
            return await talk(chat, case)

    answers = await asyncio.gather(*(one(case) for case in cases.values()))
    return dict(zip(cases, answers, strict=True))


def bad_payloads(session_id: str) -> dict[str, Any]:
    def m(message: Any) -> dict[str, Any]:
        return {"message": message, "session_id": session_id}

    return {
        "a string, not an object": '{"message": "hi"',
        "no data": None,
        "a number": 5,
        "a list": ["hi"],
        "two arguments": (m("hi"), m("hi")),
        "no message": {"session_id": session_id},
        "message is a number": m(5),
        "message is null": m(None),
        "message is a list": m(["hi"]),
        "message is invalid utf-8 bytes": m(b"\xff\xfe"),
        "message is a lone surrogate": m("\ud800"),
        "no session_id": {"message": "hi"},
        "session_id is a number": {"message": "hi", "session_id": 12},
        "session_id is blank": {"message": "hi", "session_id": "  "},
        "session_id is too long": {"message": "hi", "session_id": "x" * 129},
    }


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_malformed_messages_get_a_polite_reply(stack: RunningStack, transport: str) -> None:
    async def talk(chat: Chat, name: str) -> list[Any]:
        await chat.client.emit("user_uttered", bad_payloads(chat.session_id)[name])
        return await chat.replies_until(any_reply)

    names = list(bad_payloads(""))
    answers = run(in_chats(stack, transport, {name: name for name in names}, talk))
    assert {name: replies[0] for name, replies in answers.items()} == {
        name: {"text": UNREADABLE} for name in names
    }


# Packets that are not socket.io events at all, sent below the socket.io client's API.
BAD_PACKETS: dict[str, str | bytes] = {
    "invalid json": '2["user_uttered",{"message": "hi"',
    "event is not a list": '2{"message":"hi"}',
    "event name is a list": '2[["user_uttered"],{"message":"hi"}]',
    "reserved event name": '2["connect",{}]',
    "empty packet": "",
    "binary, invalid utf-8": b"\xff\xfe",
}


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_undecodable_packets_get_a_polite_reply(stack: RunningStack, transport: str) -> None:
    async def talk(chat: Chat, packet: str | bytes) -> list[Any]:
        await chat.client.eio.send(packet)  # engine.io message = socket.io packet
        return await chat.replies_until(any_reply)

    answers = run(in_chats(stack, transport, BAD_PACKETS, talk))
    assert {name: replies[0] for name, replies in answers.items()} == {
        name: {"text": UNREADABLE} for name in BAD_PACKETS
    }


ODD_TEXTS = ["", "   ", "hi\x00\x07\x1b there", "😀 مرحبا 你好 b12?", "<script>alert(1)</script>",
             "<b>tired</b> <img src=x onerror=alert(1)>",
             "{emergency_number} {{x}} ' OR 1=1; DROP TABLE events; --", "%s %d ${HOME}"]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_odd_text_gets_a_normal_reply(stack: RunningStack, transport: str) -> None:
    async def talk(chat: Chat, text: str) -> list[Any]:
        await chat.say(text)
        return await chat.replies_until(any_reply)

    answers = run(in_chats(stack, transport, {repr(t): t for t in ODD_TEXTS}, talk))
    for text, replies in answers.items():
        assert isinstance(replies[0], dict) and replies[0].get("text"), text
        assert replies[0]["text"] != UNREADABLE, text
        assert "Traceback" not in json.dumps(replies), text


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_long_message_asks_for_a_shorter_one_but_still_reads_the_start(
    stack: RunningStack, transport: str,
) -> None:
    text = "I suddenly can't see out of my left eye. " + "and so on " * 10_000  # ~100 KB

    async def talk() -> list[Any]:
        async with Chat(stack.url, transport) as chat:
            await chat.say(text)
            return await chat.replies_until(has_emergency)

    replies = run(talk())
    assert "shorter message" in replies[0]["text"]


def test_five_megabyte_frame_closes_the_websocket(stack: RunningStack) -> None:
    async def talk() -> None:
        async with Chat(stack.url, "websocket") as chat:
            await chat.say("x" * 5_000_000)
            await asyncio.wait_for(chat.disconnected.wait(), REPLY_TIMEOUT)

    run(talk())


def polling_session(stack: RunningStack) -> str:
    """An engine.io long-polling session with the socket.io namespace connected: its sid."""
    base = f"{stack.url}/socket.io/?EIO=4&transport=polling"
    with urllib.request.urlopen(base, timeout=REPLY_TIMEOUT) as resp:
        sid = json.loads(resp.read()[1:])["sid"]  # "0{...}": the engine.io open packet
    assert polling_post(stack, sid, b"40") == 200
    return str(sid)


def polling_post(stack: RunningStack, sid: str, body: bytes) -> int:
    req = urllib.request.Request(f"{stack.url}/socket.io/?EIO=4&transport=polling&sid={sid}",
                                 data=body, headers={"Content-Type": "text/plain;charset=UTF-8"})
    try:
        with urllib.request.urlopen(req, timeout=REPLY_TIMEOUT) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as err:
        return err.code


def test_five_megabyte_polling_body_is_refused(stack: RunningStack) -> None:
    # As for REST: 413 from the headers, before the body is read.
    sid = polling_session(stack)
    with socket.create_connection(("127.0.0.1", stack.settings.rasa_port), timeout=10) as sock:
        sock.sendall(f"POST /socket.io/?EIO=4&transport=polling&sid={sid} HTTP/1.1\r\n"
                     "Host: localhost\r\nContent-Type: text/plain;charset=UTF-8\r\n"
                     "Content-Length: 5000000\r\n\r\n".encode())
        sock.sendall(b"4" + b"x" * 65536)
        status_line = sock.recv(200).split(b"\r\n")[0]
    assert b" 413 " in status_line, status_line


@pytest.mark.parametrize("body", [b"\xff\xfe", b"x", b"4\x1e\x1e", b"d=zz"])
def test_undecodable_polling_body_gets_400(stack: RunningStack, body: bytes) -> None:
    assert polling_post(stack, polling_session(stack), body) == 400


def test_undecodable_websocket_frame_closes_the_connection(stack: RunningStack) -> None:
    async def talk() -> aiohttp.WSMsgType:
        url = stack.url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket"
        async with aiohttp.ClientSession() as http, http.ws_connect(url) as ws:
            await ws.receive()  # engine.io open packet
            await ws.send_str("40")
            await ws.receive()  # socket.io connect confirmation
            await ws.send_str("not an engine.io packet")
            return (await ws.receive(timeout=REPLY_TIMEOUT)).type

    closed = {aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED,
              aiohttp.WSMsgType.ERROR}
    assert run(talk()) in closed


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_server_still_answers_afterwards(stack: RunningStack, transport: str) -> None:
    async def talk() -> tuple[list[Any], list[Any]]:
        async with Chat(stack.url, transport) as chat:
            await chat.say("what is vitamin b12")
            answer = await chat.replies_until(any_reply)
            await chat.say("my vision went blurry all of a sudden")
            return answer, await chat.replies_until(has_emergency)

    answer, emergency = run(talk())
    assert "B12" in answer[0]["text"]
    assert any("emergency" in (r.get("text") or "") for r in emergency)


def test_no_traceback_in_the_rasa_log(stack: RunningStack, rasa_log_start: int) -> None:
    with rasa_log(stack).open("rb") as log:
        log.seek(rasa_log_start)
        text = log.read().decode("utf-8", "replace")
    assert "Traceback" not in text, text[-3000:]
