"""Rasa's socket.io channel with input checks: bad input gets a polite reply, never a traceback.

Same name ("socketio"), path (``/socket.io``) and events as Rasa's channel, so clients work
unchanged. Configured in credentials.yml. Besides the checks it works around three problems of
Rasa 3.6's ``SocketIOInput`` with the pinned python-socketio 5.x / python-engineio 4.x:

* ``enter_room`` is a coroutine in python-socketio 5 and Rasa does not await it, so with
  ``session_persistence`` the client never joins its session room and gets no replies at all;
* ``send_custom_json`` passes the custom payload's keys to ``emit()`` as keyword arguments,
  so ``{"triage": "emergency"}`` raises TypeError and the payload never arrives; here it is
  sent as ``{"custom": {...}}``, the same shape as a REST reply item;
* socket.io/engine.io packets that do not decode make the libraries log a traceback; here they
  get a polite reply (bad socket.io packet), a 400 (bad polling body) or a closed websocket.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import engineio
import rasa.core.channels.channel
from engineio.async_drivers.sanic import WebSocket
from engineio.packet import Packet
from engineio.payload import Payload
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot import settings
from bot.nlp import long_text
from bot.rasa_ext.channels import MAX_SENDER_CHARS, TOO_LONG

logger = logging.getLogger(__name__)

# One frame or polling body at most; matches Sanic's WEBSOCKET_MAX_SIZE and the
# SANIC_REQUEST_MAX_SIZE that bot/ops/serve.py sets, so every transport has the same limit.
MAX_FRAME_BYTES = 1024 * 1024
UNREADABLE = "Sorry, I couldn't read that message. Please type it again."
FAILED = "Sorry, something went wrong on my side. Please try again in a moment."


class B12SocketIOOutput(SocketIOOutput):
    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        # Rasa does emit(event, **json_message): any key but data/room/... is a TypeError.
        await self.sio.emit(self.bot_message_evt, {"custom": json_message}, room=recipient_id)


class B12SocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"  # keeps /socket.io and the "socketio" input channel in trackers

    def get_output_channel(self) -> OutputChannel | None:
        if self.sio is None:
            return super().get_output_channel()  # Rasa's warning for multi-worker setups
        return B12SocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # cors_allowed_origins=[] as in Rasa: engine.io's own CORS and origin checks are off;
        # Sanic-CORS (`rasa run --cors`) answers for HTTP.
        sio = _CheckedServer(self.bot_message_evt, self.namespace, async_mode="sanic",
                             cors_allowed_origins=[], max_http_buffer_size=MAX_FRAME_BYTES)
        socketio_webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio  # get_output_channel needs it

        async def reply(sid: str, text: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": text}, room=sid,
                           namespace=self.namespace)

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
            if self.jwt_key:
                token = auth.get("token") if isinstance(auth, dict) else None
                if not isinstance(token, str) or not token:
                    return False
                if not rasa.core.channels.channel.decode_bearer_token(
                    token, self.jwt_key, self.jwt_algorithm
                ):
                    return False
            logger.debug("User %s connected to socketIO endpoint.", sid)
            return True

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: str, reason: Any = None) -> None:
            logger.debug("User %s disconnected from socketIO endpoint.", sid)

        # *args: a client may emit any number of arguments; a fixed signature would raise.
        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, *args: Any) -> None:
            data = args[0] if args and isinstance(args[0], dict) else {}
            session_id = data.get("session_id")
            if not _valid_sender(session_id):
                session_id = uuid.uuid4().hex  # also for an unusable one, not only a missing one
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)
            logger.debug("User %s started a socket.io session.", sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, *args: Any) -> None:
            data = args[0] if len(args) == 1 and isinstance(args[0], dict) else {}
            text = data.get("message")
            sender_id = data.get("session_id") if self.session_persistence else sid
            if not _readable(text) or not _valid_sender(sender_id):
                logger.info("Unreadable socket.io message from %s", sid)  # no content: privacy
                await reply(sid, UNREADABLE)
                return
            output_channel = B12SocketIOOutput(sio, self.bot_message_evt)
            limit = settings.max_message_chars()
            if len(text) > limit:
                # Every red flag in the whole text is kept (bot.nlp.long_text), as REST does.
                await output_channel.send_text_message(sender_id, TOO_LONG.format(limit=limit))
                text = long_text.condense(text, limit)
            message = UserMessage(text, output_channel, sender_id, input_channel=self.name(),
                                  metadata=_metadata(data.get(self.metadata_key)))
            try:
                await on_new_message(message)
            except Exception:
                # A bug, so keep the traceback; but socket.io has no status code, and without
                # an answer the user would wait forever.
                logger.exception("Failed to handle a socket.io message")
                await reply(sid, FAILED)

        return socketio_webhook


class _CheckedServer(AsyncServer):
    """Answers socket.io packets that do not decode politely instead of logging a traceback."""

    def __init__(self, bot_message_evt: str, namespace: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._bot_message_evt = bot_message_evt
        self._namespace = namespace or "/"

    def _engineio_server_class(self) -> type[engineio.AsyncServer]:
        return _CheckedEngineIO

    async def _handle_eio_message(self, eio_sid: str, data: Any) -> None:
        try:
            await super()._handle_eio_message(eio_sid, data)
        except Exception as err:  # invalid JSON, wrong packet shape, stray binary attachment
            self._binary_packet.pop(eio_sid, None)
            logger.info("Unreadable socket.io packet from %s: %s", eio_sid, type(err).__name__)
            sid = self.manager.sid_from_eio_sid(eio_sid, self._namespace)
            if sid is not None:
                await self.emit(self._bot_message_evt, {"text": UNREADABLE}, room=sid,
                                namespace=self._namespace)

    async def _handle_event(self, eio_sid: str, namespace: str | None, packet_id: int | None,
                            data: Any) -> None:
        # python-socketio looks the event name up in a dict and calls the handler in a
        # background task: an unhashable name or "connect" sent as an event would fail there.
        if not (isinstance(data, list) and data and isinstance(data[0], str)
                and data[0] not in self.reserved_events):
            raise ValueError("not an event")
        await super()._handle_event(eio_sid, namespace, packet_id, data)


class _CheckedEngineIO(engineio.AsyncServer):
    """Refuses engine.io input that does not decode (400 / closed websocket), without a traceback.

    Without this, python-engineio logs "post request handler error" with a traceback for a
    polling body that is not UTF-8, and a websocket text frame that is not an engine.io packet
    escapes its websocket handler.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if self._async.get("websocket") is WebSocket:
            self._async = {**self._async, "websocket": _CheckedWebSocket}  # a shared dict: copy

    async def handle_request(self, *args: Any, **kwargs: Any) -> Any:
        request = args[0] if args else None
        if isinstance(request, Request) and request.method == "POST":
            try:
                Payload(encoded_payload=request.body.decode("utf-8"))
            except Exception:
                return response.json({"status": 400, "error": "unreadable payload"}, status=400)
        return await super().handle_request(*args, **kwargs)


class _CheckedWebSocket(WebSocket):
    async def wait(self) -> str | bytes:
        frame = await super().wait()
        # OSError is what engine.io expects from a broken socket: it closes it quietly.
        if len(frame) > self.server.max_http_buffer_size:
            raise OSError("frame too large")
        try:
            Packet(encoded_packet=frame)
        except Exception as err:
            raise OSError("unreadable frame") from err
        return frame


def _readable(text: Any) -> bool:
    if not isinstance(text, str):
        return False
    try:
        text.encode("utf-8")  # JSON "\ud800" escapes give lone surrogates: not text
    except UnicodeEncodeError:
        return False
    return True


def _valid_sender(sender_id: Any) -> bool:
    return isinstance(sender_id, str) and bool(sender_id.strip()) and (
        len(sender_id) <= MAX_SENDER_CHARS
    )


def _metadata(value: Any) -> dict[str, Any] | None:
    if isinstance(value, str):  # Rasa accepts metadata as a JSON string too
        try:
            value = json.loads(value)
        except ValueError:
            return None
    return value if isinstance(value, dict) else None
