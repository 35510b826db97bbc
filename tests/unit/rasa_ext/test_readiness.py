"""Rasa's GET /healthz (bot/rasa_ext/readiness.py): 503 until the model is loaded."""

from __future__ import annotations

import asyncio
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace
from typing import Any

from rasa import server
from sanic import Sanic

from bot.rasa_ext import readiness


def probe(agent: Any) -> tuple[int, dict[str, str]]:
    readiness.install()
    app = Sanic(f"readiness_{uuid.uuid4().hex}")
    server.add_root_route(app)  # as Rasa's app builders call it
    routes = {route.path: route.handler for route in app.router.routes}
    assert "" in routes, "Rasa's own root route must stay"
    request = SimpleNamespace(app=SimpleNamespace(ctx=SimpleNamespace(agent=agent)))
    # In its own thread: in the whole suite a session fixture (the browser tests') keeps an
    # event loop running in this one, and asyncio.run refuses to start beside it.
    with ThreadPoolExecutor(1) as pool:
        reply = pool.submit(asyncio.run, routes[readiness.PATH.lstrip("/")](request)).result()
    return reply.status, json.loads(reply.body)


def test_loading_until_the_agent_is_ready() -> None:
    assert probe(None) == (503, {"status": "loading"})
    assert probe(SimpleNamespace(is_ready=lambda: False)) == (503, {"status": "loading"})
    assert probe(SimpleNamespace(is_ready=lambda: True)) == (200, {"status": "ready"})
