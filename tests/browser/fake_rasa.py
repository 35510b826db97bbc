"""A tiny stand-in for Rasa's REST channel, for browser tests and widget development.

    python tests/browser/fake_rasa.py --port 5005
    python tests/browser/fake_rasa.py --port 5006 --upstream http://localhost:5005

With ``--upstream`` it is a transparent forwarding proxy instead (the browser tests use that
to "stop" and "start" a real Rasa server without touching it).
The fake answers CORS for the origins given with ``--cors`` (any origin without it), like
``rasa run --cors``; the proxy passes the upstream's CORS headers through unchanged.
A resent message (``"resend": true`` with a known ``message_id``) gets its recorded replies,
as bot/rasa_ext/channels.py answers it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
UPSTREAM_KEY = web.AppKey("upstream", str)
ORIGINS_KEY = web.AppKey("origins", list)
RECORDED_KEY = web.AppKey("recorded", dict)

REVERSIBLE = (
    "Many symptoms improve with treatment, especially when it starts early. Tiredness and anaemia "
    "usually get better within weeks. Nerve damage (numbness, tingling, balance problems) can be "
    "partly reversible, but may be permanent if treatment is delayed.\n"
    "Source: NHS, Vitamin B12 or folate deficiency anaemia"
)
FAQ_BUTTONS = [
    {"title": "Who is at risk?", "payload": "/faq_risk"},
    {"title": "How is it tested?", "payload": "/faq_test"},
]
GREETING_BUTTONS = [
    {"title": "Can symptoms be reversed?", "payload": "/faq_reversible"},
    {"title": "I have symptoms", "payload": "/report_symptoms"},
]


def reply(message: str) -> list[dict[str, Any]]:
    """The fake bot's answer to one user message (or button payload)."""
    text = message.strip().lower()
    if text == "/restart":
        return []
    if text == "/faq_reversible" or "revers" in text:
        return [{"text": REVERSIBLE, "buttons": FAQ_BUTTONS}]
    if "suddenly" in text and "vision" in text or text.startswith('/inform{"onset":"sudden"'):
        return [
            {
                "text": "A sudden change in vision needs urgent care. Call emergency services now "
                "or go to the nearest emergency department."
            },
            {"custom": {"triage": "emergency", "emergency_number": "911"}},
        ]
    if any(w in text for w in ("tingl", "numb", "tired")) or text == "/report_symptoms":
        return [
            {
                "text": "Tingling or numbness that lasts more than a few weeks should be checked. "
                "Please book an appointment with your doctor and ask about a vitamin B12 "
                "blood test."
            },
            {"custom": {"triage": "provider"}},
        ]
    if text in {"hi", "hello", "hey", "/greet"}:
        return [
            {
                "text": "Hello! What would you like to know about vitamin B12?",
                "buttons": GREETING_BUTTONS,
            }
        ]
    if text in {"/faq_risk", "/faq_test"}:
        return [
            {"text": "That is a good question. (Fake bot: no more detail here.)\nSource: Fake bot"}
        ]
    return [
        {
            "text": "Sorry, I did not understand. You can ask, for example, whether "
            "symptoms can be reversed.",
            "buttons": GREETING_BUTTONS,
        }
    ]


@web.middleware
async def cors(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.method == "OPTIONS":
        response: web.StreamResponse = web.Response(status=204)
    else:
        response = await handler(request)
    origin = request.headers.get("Origin", "*")
    allowed = request.app[ORIGINS_KEY]
    if allowed and origin not in allowed:
        return response  # no CORS headers: the browser refuses the answer, as Rasa's would be
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type"
    response.headers["Vary"] = "Origin"
    return response


async def webhook(request: web.Request) -> web.Response:
    try:
        body = await request.json()
        sender, message = str(body["sender"]), str(body["message"])
    except (ValueError, KeyError, TypeError):
        return web.json_response({"error": "expected {sender, message}"}, status=400)
    if not sender:
        return web.json_response({"error": "empty sender"}, status=400)
    message_id = body.get("message_id")
    recorded = request.app[RECORDED_KEY]
    if body.get("resend") is True and (sender, message_id) in recorded:
        return web.json_response(recorded[sender, message_id])
    if message.lower().startswith("slow"):
        await asyncio.sleep(1.5)  # lets tests see the typing indicator
    answer = reply(message)
    if isinstance(message_id, str):
        recorded[sender, message_id] = answer
    return web.json_response(answer)


async def erase(request: web.Request) -> web.Response:
    try:
        sender = (await request.json())["sender"]
    except (ValueError, KeyError, TypeError):
        return web.json_response({"error": "expected {sender}"}, status=400)
    return web.json_response({"erased": 0 if not sender else 1})


async def rest_health(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def root(_request: web.Request) -> web.Response:
    return web.Response(text="Hello from fake Rasa")


HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "content-encoding",
    "host",
    "accept-encoding",
}


async def forward(request: web.Request) -> web.Response:
    """Proxy mode: forward the request (CORS headers included) verbatim to the upstream server."""
    url = request.app[UPSTREAM_KEY] + request.rel_url.path_qs
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
    data = await request.read()
    async with (
        ClientSession(timeout=ClientTimeout(total=120)) as session,
        session.request(request.method, url, data=data, headers=headers) as up,
    ):
        body = await up.read()
        out = {k: v for k, v in up.headers.items() if k.lower() not in HOP_BY_HOP}
        return web.Response(body=body, status=up.status, headers=out)


def make_app(upstream: str | None = None, origins: list[str] | None = None) -> web.Application:
    if upstream:
        app = web.Application()
        app[UPSTREAM_KEY] = upstream.rstrip("/")
        app.router.add_route("*", "/{tail:.*}", forward)
    else:
        app = web.Application(middlewares=[cors])
        app[ORIGINS_KEY] = list(origins or [])
        app[RECORDED_KEY] = {}
        app.router.add_post("/webhooks/rest/webhook", webhook)
        app.router.add_post("/webhooks/rest/erase", erase)
        app.router.add_get("/webhooks/rest/", rest_health)
        app.router.add_get("/", root)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5005)
    parser.add_argument(
        "--upstream", default=None, help="proxy to this Rasa URL instead of faking it"
    )
    parser.add_argument("--cors", nargs="*", default=[], help="allowed origins (default: any)")
    args = parser.parse_args(argv)
    print(
        json.dumps({"fake_rasa": f"http://{args.host}:{args.port}", "upstream": args.upstream}),
        flush=True,
    )
    web.run_app(make_app(args.upstream, args.cors), host=args.host, port=args.port, print=None)


if __name__ == "__main__":
    main()
