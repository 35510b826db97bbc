"""Static server for the chat widget and its demo page.

    python -m bot.web.server --port 8080 --rasa-url http://localhost:5005

Serves ``bot/web/static/`` with a strict Content-Security-Policy built from the Rasa URL,
``X-Content-Type-Options: nosniff`` and a ``/healthz`` endpoint.
"""

from __future__ import annotations

import argparse
import html
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web

from bot import settings

STATIC_DIR = Path(__file__).parent / "static"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
RASA_URL_KEY = web.AppKey("rasa_url", str)
EMERGENCY_KEY = web.AppKey("emergency_number", str)
PAGE_VALUES_KEY = web.AppKey("page_values", dict)
CSP_KEY = web.AppKey("csp", str)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def origin_of(url: str) -> str:
    """Return ``scheme://host[:port]`` of an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"Rasa URL must be an absolute http(s) URL, got {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


def build_csp(rasa_url: str) -> str:
    """Strict policy: own scripts/styles only, network access only to the Rasa origin."""
    directives = [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        f"connect-src {origin_of(rasa_url)}",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ]
    return "; ".join(directives)


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = exc
    response.headers["Content-Security-Policy"] = request.app[CSP_KEY]
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Permissions-Policy"] = (
        "camera=(), microphone=(), geolocation=(), interest-cohort=()"
    )
    response.headers.setdefault("Cache-Control", "no-cache")
    return response


async def index(request: web.Request) -> web.Response:
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    for name, value in request.app[PAGE_VALUES_KEY].items():
        page = page.replace("{{" + name + "}}", html.escape(value, quote=True))
    return web.Response(text=page, content_type="text/html", charset="utf-8")


async def static_file(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    path = STATIC_DIR / name
    if name == "index.html" or path.suffix not in CONTENT_TYPES or not path.is_file():
        raise web.HTTPNotFound()
    response = web.Response(body=path.read_bytes())
    response.headers["Content-Type"] = CONTENT_TYPES[path.suffix]
    if name == "widget.js" or name == "widget.css":
        response.headers["Access-Control-Allow-Origin"] = "*"  # embeddable from any site
    return response


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def make_app(rasa_url: str,
             emergency_number: str = settings.DEFAULT_EMERGENCY_NUMBER) -> web.Application:
    app = web.Application(middlewares=[security_headers])
    app[RASA_URL_KEY] = rasa_url.rstrip("/")
    app[EMERGENCY_KEY] = emergency_number
    # The demo page's data-* attributes: the widget follows the server's settings.
    app[PAGE_VALUES_KEY] = {
        "RASA_URL": app[RASA_URL_KEY],
        "EMERGENCY_NUMBER": emergency_number,
        "MAX_MESSAGE_CHARS": str(settings.max_message_chars()),
        "WIDGET_KEEP_HOURS": f"{settings.widget_keep_hours():g}",
    }
    app[CSP_KEY] = build_csp(rasa_url)
    app.router.add_get("/", index)
    app.router.add_get("/index.html", index)
    app.router.add_get("/healthz", healthz)
    app.router.add_get(r"/{name:[A-Za-z0-9_-]+\.[a-z]+}", static_file)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the B12 chat widget and demo page.")
    parser.add_argument("--host", default=os.environ.get("WEB_HOST", "0.0.0.0"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("WEB_PORT", "8080")))
    parser.add_argument("--rasa-url", default=os.environ.get("RASA_URL", "http://localhost:5005"))
    parser.add_argument("--emergency-number", default=settings.emergency_number())
    args = parser.parse_args(argv)
    app = make_app(args.rasa_url, args.emergency_number)
    print(
        f"Chat widget demo on http://{args.host}:{args.port}/ (Rasa: {args.rasa_url})",
        flush=True,
    )
    web.run_app(app, host=args.host, port=args.port, print=None)


if __name__ == "__main__":
    main()
