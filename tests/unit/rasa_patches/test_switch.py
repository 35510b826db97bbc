"""B12_RASA_PATCHES: on unless set to off (or 0, false, no), read in bot/settings.py."""

from __future__ import annotations

import pytest

from bot import rasa_patches, settings


@pytest.mark.parametrize(("value", "on"), [
    (None, True), ("on", True), ("1", True), ("", True),
    ("off", False), (" OFF ", False), ("0", False), ("false", False), ("no", False),
])
def test_switch(value: str | None, on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if value is None:
        monkeypatch.delenv(settings.RASA_PATCHES_SWITCH, raising=False)
    else:
        monkeypatch.setenv(settings.RASA_PATCHES_SWITCH, value)
    assert rasa_patches.enabled_by_env() is on
    assert rasa_patches.SWITCH == settings.RASA_PATCHES_SWITCH == "B12_RASA_PATCHES"
