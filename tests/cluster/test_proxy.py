"""nginx in front of the replicas: Socket.IO stays on one replica, the demo page talks
to nginx, oversized bodies stop at the proxy, and no log of the cluster holds a message."""

from __future__ import annotations

import asyncio
import subprocess
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import socketio

from bot.ops import proxy
from bot.ops.cluster import Cluster
from tests.cluster.chat import send
from tests.support.stack import run_async

QUESTIONS = ["what is vitamin b12", "what foods have b12", "can symptoms be reversed"]


@pytest.fixture()
def aiohttp_39_websockets(monkeypatch: pytest.MonkeyPatch) -> None:
    # As in tests/e2e/test_socketio_input.py: python-engineio builds aiohttp.ClientWSTimeout
    # (aiohttp 3.10+); Rasa 3.6 pins aiohttp 3.9, which takes a plain float there.
    if not hasattr(aiohttp, "ClientWSTimeout"):
        monkeypatch.setattr(aiohttp, "ClientWSTimeout",
                            lambda ws_close=None, **_: ws_close, raising=False)


def test_rendered_config_is_valid_nginx(tmp_path: Path) -> None:
    conf = proxy.write_config(tmp_path, 5005, [5006, 5007], 5055, [5056, 5057], 10.0)
    done = subprocess.run(proxy.command(conf, tmp_path, test=True), capture_output=True,
                          text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    text = conf.read_text()
    assert text.count("server 127.0.0.1:5006") == 2  # in the REST and the sticky upstream
    assert "proxy_read_timeout 5000ms" in text  # half of ACTION_TIMEOUT per action try


async def socketio_chat(url: str, transports: list[str]) -> list[dict[str, Any]]:
    """A widget-like Socket.IO client (Rasa's session_request, then user_uttered)."""
    client = socketio.AsyncClient(reconnection=False)
    answers: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    confirmed = asyncio.Event()
    client.on("bot_uttered", answers.put_nowait)
    client.on("session_confirm", lambda _session: confirmed.set())
    session = "sio-" + uuid.uuid4().hex[:8]
    await client.connect(url, transports=transports)
    try:
        await client.emit("session_request", {"session_id": session})
        await asyncio.wait_for(confirmed.wait(), 30)
        replies = []
        for question in QUESTIONS:
            await client.emit("user_uttered", {"message": question, "session_id": session})
            replies.append(await asyncio.wait_for(answers.get(), 30))
            await asyncio.sleep(0.5)  # let a few long-poll requests go through nginx
        return replies
    finally:
        await client.eio.disconnect(abort=True)  # a clean close waits for the pending poll


@pytest.mark.usefixtures("aiohttp_39_websockets")
@pytest.mark.parametrize("transports", [["polling"], ["websocket"]])
def test_socketio_session_sticks_to_one_replica(cluster: Cluster, transports: list[str]) -> None:
    # Long polling sends many requests per session; round robin would send some to the
    # replica that does not know the session, and the session would break.
    replies = run_async(socketio_chat(cluster.url, transports))
    assert all("Source:" in (r.get("text") or "") for r in replies), replies


def test_demo_page_talks_to_nginx(cluster: Cluster) -> None:
    page_url = f"http://127.0.0.1:{cluster.cfg.front.web_port}/"
    with urllib.request.urlopen(page_url, timeout=10) as resp:
        page = resp.read().decode()
    assert f'data-server-url="{cluster.url}"' in page


def test_oversized_body_stops_at_nginx(cluster: Cluster) -> None:
    body = b'{"sender": "big", "message": "' + b"x" * (1024 * 1024 + 10) + b'"}'
    req = urllib.request.Request(f"{cluster.url}/webhooks/rest/webhook", data=body,
                                 headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=30)
    assert err.value.code == 413


def test_logs_name_the_replica_but_hold_no_message(cluster: Cluster) -> None:
    marker = "quill" + uuid.uuid4().hex[:8]
    send(cluster.url, "log-" + uuid.uuid4().hex[:8], f"my feet tingle {marker}")
    access = (cluster.cfg.run_dir / "nginx-access.log").read_text()
    assert "upstream=127.0.0.1:" in access.splitlines()[-1]
    logs = [*cluster.cfg.run_dir.glob("nginx-*.log"), *cluster.cfg.run_dir.glob("logs/*.log")]
    assert {p.name for p in logs} >= {"postgres.log", "redis.log", "nginx-access.log"}
    for log in logs:  # nginx, PostgreSQL, Redis, replicas, action servers
        assert marker not in log.read_text(errors="replace"), log.name
