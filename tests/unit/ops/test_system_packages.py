"""`make test` and `make run-cluster` install the Debian packages they need when missing
(bot/ops/system_packages.py): as root with apt-get, otherwise stopping with the command."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from bot.ops import system_packages


@pytest.fixture()
def without_chromium_and_nginx(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Chromium and nginx missing until apt-get "installs" them; the apt-get calls."""
    installed = {"postgresql", "redis-server"}
    calls: list[list[str]] = []

    def fake_run(cmd: list[str], **_kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(cmd)
        if cmd[:2] == ["apt-get", "install"]:
            installed.update(p for p in cmd if not p.startswith("-"))
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(system_packages, "PRESENT",
                        {p: (lambda p=p: p in installed) for p in system_packages.PRESENT})
    monkeypatch.setattr(system_packages.subprocess, "run", fake_run)
    return calls


def test_as_a_user_it_stops_with_the_exact_command(
        without_chromium_and_nginx: list[list[str]], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(system_packages.os, "geteuid", lambda: 1000)
    assert system_packages.main(["test"]) == 1
    told = capsys.readouterr().err
    assert "sudo apt-get update && sudo apt-get install -y nginx chromium" in told
    assert without_chromium_and_nginx == []


def test_as_root_it_installs_only_what_is_missing(
        without_chromium_and_nginx: list[list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_packages.os, "geteuid", lambda: 0)
    assert system_packages.main(["test"]) == 0
    assert without_chromium_and_nginx[-1] == ["apt-get", "install", "-y", "-qq", "nginx",
                                              "chromium"]
    assert system_packages.main(["test"]) == 0  # nothing left to do: no apt-get
    assert len(without_chromium_and_nginx) == 2


def test_the_cluster_needs_no_browser(without_chromium_and_nginx: list[list[str]]) -> None:
    assert system_packages.missing("cluster") == ["nginx"]
    assert system_packages.missing("test") == ["nginx", "chromium"]
