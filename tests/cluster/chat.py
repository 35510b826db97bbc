"""Talking to the cluster, and reading what PostgreSQL stored, for the cluster tests."""

from __future__ import annotations

import json
from contextlib import closing
from typing import Any

from bot.ops.cluster import Cluster
from tests.support.events import Event
from tests.support.stack import API_TOKEN, get_json, post_json


def send(base_url: str, sender: str, message: str, turn: int | None = None,
         timeout: float = 60) -> list[dict[str, Any]]:
    """One user message over REST; ``turn`` is stored with it (metadata) to find it again."""
    body: dict[str, Any] = {"sender": sender, "message": message}
    if turn is not None:
        body["metadata"] = {"turn": turn}
    return post_json(f"{base_url}/webhooks/rest/webhook", body, timeout=timeout)


def tracker(base_url: str, sender: str) -> dict[str, Any]:
    return get_json(f"{base_url}/conversations/{sender}/tracker?token={API_TOKEN}")


def texts(replies: list[dict[str, Any]]) -> list[str]:
    return [r["text"] for r in replies if r.get("text")]


def triage(replies: list[dict[str, Any]]) -> list[str]:
    return [r["custom"]["triage"] for r in replies if "triage" in (r.get("custom") or {})]


def stored_events(cluster: Cluster, sender: str) -> list[Event]:
    """The conversation's rows in PostgreSQL, in the order they were written."""
    with closing(cluster.postgres.connect()) as conn, conn.cursor() as cur:
        cur.execute("SELECT data FROM events WHERE sender_id = %s ORDER BY id", (sender,))
        return [json.loads(data) for (data,) in cur.fetchall()]
