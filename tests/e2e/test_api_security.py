"""Rasa's HTTP API: on only with a token, and then every call needs that token."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from tests.support.stack import RunningStack


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


@pytest.mark.parametrize("path", ["/conversations/someone/tracker", "/status", "/domain"])
def test_api_refuses_missing_or_wrong_token(stack: RunningStack, path: str) -> None:
    assert status_of(f"{stack.url}{path}") == 401
    assert status_of(f"{stack.url}{path}?token=wrong") == 401
    assert status_of(f"{stack.url}{path}?token=test-token") == 200


def test_api_is_off_without_a_token() -> None:
    from bot.ops.serve import rasa_cmd
    from bot.settings import Settings

    settings = Settings.from_env({})
    assert "--enable-api" not in rasa_cmd(settings)
    settings = Settings.from_env({"RASA_API_TOKEN": "s3cret"})
    cmd = rasa_cmd(settings)
    assert "--enable-api" in cmd and cmd[cmd.index("--auth-token") + 1] == "s3cret"


def _allow_origin(stack: RunningStack, origin: str) -> str | None:
    req = urllib.request.Request(
        f"{stack.url}/webhooks/rest/webhook", method="OPTIONS",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as err:
        return err.headers.get("Access-Control-Allow-Origin")


def test_cors_allows_only_the_configured_origin(stack: RunningStack) -> None:
    allowed = stack.settings.cors_origins[0]
    assert _allow_origin(stack, allowed) == allowed
    assert _allow_origin(stack, "http://evil.example") in (None, "")
    assert "*" not in stack.settings.cors_origins
