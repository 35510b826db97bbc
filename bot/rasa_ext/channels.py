"""The REST channel with input checks: bad requests get a 4xx, long messages a polite reply.

Same URL and reply format as Rasa's ``rest`` channel (``/webhooks/rest/webhook``),
so the widget and any Rasa client work unchanged. Configured in credentials.yml.
``POST /webhooks/rest/erase`` with ``{"sender": id}`` deletes that conversation from
the tracker store (the widget's "Start over"); knowing the random id is what lets
a client talk as that sender, so it is also what lets it erase.

A message may carry the client's ``message_id``. When it comes again with ``"resend": true``
(the widget lost the answer: a reload, a timeout, a dropped connection) and the conversation
already holds that message, the recorded replies are returned and the turn is not run twice.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings
from bot.nlp import long_text
from bot.rasa_ext.tracker_store import TrackerStoreUnavailable

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128
MAX_MESSAGE_ID_CHARS = 64
TOO_LONG = (
    "That message is very long, so I read the parts about symptoms and timing "
    "(up to {limit} characters). Could you send a shorter message with the main points "
    "(what you notice, and whether it came on suddenly)?"
)


class B12RestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"  # keeps /webhooks/rest/webhook

    def blueprint(self, on_new_message: Any) -> Blueprint:
        hook = Blueprint("b12_rest_webhook", __name__)

        @hook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = _json_body(request)
            if body is None:
                return _bad("the body must be a JSON object")
            sender, text = body.get("sender"), body.get("message")
            if not _valid_sender(sender):
                return _bad(f"'sender' must be a non-empty string (at most {MAX_SENDER_CHARS})")
            if not isinstance(text, str):
                return _bad("'message' must be a string")
            message_id = body.get("message_id")
            if message_id is not None and not _valid_message_id(message_id):
                return _bad(f"'message_id' must be a short string (at most {MAX_MESSAGE_ID_CHARS})")
            if message_id and body.get("resend") is True:
                recorded = await _recorded_replies(request.app.ctx.agent, sender, message_id)
                if recorded is not None:
                    return response.json(recorded)
            limit = settings.max_message_chars()
            notice = []
            if len(text) > limit:
                # Still read the start, so an emergency stated there is not missed.
                notice = [{"recipient_id": sender, "text": TOO_LONG.format(limit=limit)}]
                text = long_text.condense(text, limit)
            collector = CollectingOutputChannel()
            await on_new_message(
                UserMessage(text, collector, sender, input_channel=self.name(),
                            message_id=message_id or None,
                            metadata=body.get("metadata") if isinstance(body.get("metadata"), dict)
                            else None)
            )
            return response.json(notice + collector.messages)

        @hook.route("/erase", methods=["POST"])
        async def erase(request: Request) -> HTTPResponse:
            body = _json_body(request)
            sender = body.get("sender") if body else None
            if not _valid_sender(sender):
                return _bad(f"'sender' must be a non-empty string (at most {MAX_SENDER_CHARS})")
            agent = request.app.ctx.agent
            store = getattr(agent.tracker_store, "_tracker_store", agent.tracker_store)
            if not hasattr(store, "erase"):
                return response.json({"error": "this tracker store cannot erase"}, status=501)
            # Under the conversation's lock, so a turn in progress cannot write it back.
            async with agent.lock_store.lock(sender):
                try:
                    erased = store.erase(sender)
                except TrackerStoreUnavailable as exc:
                    logger.error("Could not erase conversation %s: %s", sender, exc)
                    return response.json({"error": "try again later"}, status=503)
            logger.info("Erased conversation %s (%d events).", sender, erased)
            return response.json({"erased": erased})

        return hook


async def _recorded_replies(agent: Any, sender: str, message_id: str) -> list[dict] | None:
    """The bot's replies to the user message ``message_id``, or None if it never arrived.

    Read under the conversation's lock, so a turn still running is waited for, not cut.
    """
    async with agent.lock_store.lock(sender):
        tracker = await agent.tracker_store.retrieve(sender)
    events = list(tracker.events) if tracker else []
    start = next((i for i, e in enumerate(events)
                  if isinstance(e, UserUttered) and e.message_id == message_id), None)
    if start is None:
        return None
    replies: list[dict] = []
    for event in events[start + 1:]:
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            replies += bot_messages(sender, event)
    return replies


def bot_messages(sender: str, event: BotUttered) -> list[dict[str, Any]]:
    """A recorded bot utterance as the REST channel sent it (text and buttons, then custom)."""
    data = event.data or {}
    out: list[dict[str, Any]] = []
    if event.text:
        out.append({"recipient_id": sender, "text": event.text,
                    **({"buttons": data["buttons"]} if data.get("buttons") else {})})
    for key in ("custom", "image", "attachment"):
        if data.get(key):
            out.append({"recipient_id": sender, key: data[key]})
    return out


def _valid_message_id(message_id: object) -> bool:
    return isinstance(message_id, str) and 0 < len(message_id) <= MAX_MESSAGE_ID_CHARS


def _valid_sender(sender: object) -> bool:
    return isinstance(sender, str) and bool(sender.strip()) and len(sender) <= MAX_SENDER_CHARS


def _json_body(request: Request) -> dict[str, Any] | None:
    try:
        body = request.json
    except Exception:  # sanic raises on malformed JSON or bad encoding
        return None
    return body if isinstance(body, dict) else None


def _bad(reason: str) -> HTTPResponse:
    return response.json({"status": 400, "error": reason}, status=400)
