"""The default emergency number (and crisis line) is bot/settings.py's. The widget's script and
domain.yml cannot import it, so their copies are checked here (with the widget's other
defaults: the message length limit and how long a conversation is kept)."""

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


def test_widget_limits_are_the_settings_defaults() -> None:
    js = WIDGET.read_text()
    chars = re.findall(r"maxChars:\s*parseInt\(ds\.maxChars, 10\)\s*\|\|\s*(\d+)", js)
    assert chars == [str(settings.DEFAULT_MAX_MESSAGE_CHARS)]
    keep = re.findall(r"keepHours:\s*parseFloat\(ds\.keepHours\)\s*\|\|\s*([\d.]+)", js)
    assert [float(k) for k in keep] == [settings.DEFAULT_WIDGET_KEEP_HOURS]


def test_demo_page_passes_the_settings_to_the_widget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIDGET_KEEP_HOURS", "0.5")
    monkeypatch.setenv("MAX_MESSAGE_CHARS", "1500")
    values = server.make_app("http://127.0.0.1:5005", "112")[server.PAGE_VALUES_KEY]
    page = (server.STATIC_DIR / "index.html").read_text(encoding="utf-8")
    assert {"{{" + name + "}}" for name in values} == set(re.findall(r"\{\{[A-Z_]+\}\}", page))
    assert values["WIDGET_KEEP_HOURS"] == "0.5" and values["MAX_MESSAGE_CHARS"] == "1500"
    assert values["EMERGENCY_NUMBER"] == "112"


def test_demo_origins_allowed_by_default() -> None:
    """The demo page opened at either loopback spelling can talk to Rasa."""
    origins = settings.Settings.from_env({"WEB_PORT": "8180"}).cors_origins
    assert set(origins) == {"http://localhost:8180", "http://127.0.0.1:8180"}
