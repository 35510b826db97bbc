"""The default emergency number (and crisis line) is bot/settings.py's. The widget's script and
domain.yml cannot import it, so their copies are checked here."""

from __future__ import annotations

import inspect
import re

import pytest
import yaml

from bot import settings
from bot.settings import ROOT
from bot.web import server

WIDGET = ROOT / "bot" / "web" / "static" / "widget.js"


def test_widget_default_is_the_settings_default() -> None:
    found = re.findall(r"emergency:\s*ds\.emergencyNumber\s*\|\|\s*'([^']*)'", WIDGET.read_text())
    assert found == [settings.DEFAULT_EMERGENCY_NUMBER]


def test_domain_initial_values_are_the_settings_defaults() -> None:
    slots = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["slots"]
    assert slots["emergency_number"]["initial_value"] == settings.DEFAULT_EMERGENCY_NUMBER
    assert slots["crisis_line"]["initial_value"] == settings.DEFAULT_CRISIS_LINE


def test_demo_page_server_default_is_the_settings_default() -> None:
    default = inspect.signature(server.make_app).parameters["emergency_number"].default
    assert default == settings.DEFAULT_EMERGENCY_NUMBER


def test_environment_overrides_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMERGENCY_NUMBER", " 112 ")
    assert settings.emergency_number() == "112"
    monkeypatch.setenv("EMERGENCY_NUMBER", "")
    assert settings.emergency_number() == settings.DEFAULT_EMERGENCY_NUMBER
