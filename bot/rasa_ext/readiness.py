"""``GET /healthz`` on the Rasa server: 200 once the model is loaded, 503 before.

Rasa's own ``GET /`` answers as soon as Sanic does, even when the model failed to load;
``/status`` needs the HTTP API and its token. The supervisor (bot/ops/supervisor.py)
and a container orchestrator's readiness probe use this one. It does not ask the action
server: Rasa gives FAQ answers and every emergency reply without it, so it must stay in
service while the action server is down. Switched on by ``bot.rasa_ext.install()``.
"""

from __future__ import annotations

from typing import Any

from rasa import server
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

PATH = "/healthz"
_add_root_route = server.add_root_route


def _with_readiness(app: Sanic) -> None:
    _add_root_route(app)

    @app.get(PATH)
    async def healthz(request: Request) -> HTTPResponse:
        agent: Any = getattr(request.app.ctx, "agent", None)
        if agent is not None and agent.is_ready():
            return response.json({"status": "ready"})
        return response.json({"status": "loading"}, status=503)


def install() -> None:
    """Both of Rasa's app builders (with and without the HTTP API) add the root route."""
    server.add_root_route = _with_readiness
