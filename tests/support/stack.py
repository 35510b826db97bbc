"""Helpers to run the real stack (action server + Rasa) in tests, on free ports."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from bot.ops.serve import Stack, free_port
from bot.settings import Settings

API_TOKEN = "test-token"
T = TypeVar("T")


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    """asyncio.run on a thread of its own: the browser tests' Playwright (sync API) keeps an
    event loop running on the main thread for the whole session."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def post_json(url: str, body: Any, timeout: float = 30) -> Any:
    req = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read() or b"null")


def get_json(url: str, timeout: float = 30) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read())


@dataclass
class RunningStack:
    settings: Settings
    stack: Stack

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.settings.rasa_port}"

    def send(self, sender: str, message: str) -> list[dict[str, Any]]:
        return post_json(f"{self.url}/webhooks/rest/webhook",
                         {"sender": sender, "message": message})

    def parse(self, text: str) -> dict[str, Any]:
        return post_json(f"{self.url}/model/parse?token={API_TOKEN}", {"text": text})

    def tracker(self, sender: str) -> dict[str, Any]:
        return get_json(f"{self.url}/conversations/{sender}/tracker?token={API_TOKEN}")

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.web_port}"


def start_stack(workdir: Path, **overrides: Any) -> RunningStack:
    settings = Settings.from_env({})
    settings.rasa_port = free_port()
    settings.action_port = free_port()
    settings.web_port = free_port()
    # The default origins (both loopback spellings of the demo page), as `make run` allows.
    settings.cors_origins = Settings.from_env({"WEB_PORT": str(settings.web_port)}).cors_origins
    settings.api_token = API_TOKEN
    settings.tracker_db = str(workdir / "tracker.db")
    settings.log_dir = workdir / "logs"
    for key, value in overrides.items():
        setattr(settings, key, value)
    stack = Stack(settings)
    try:
        stack.start_servers(timeout=180)
    except BaseException:
        stack.stop()
        raise
    return RunningStack(settings, stack)
