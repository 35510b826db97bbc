"""Same-result speed-ups of Rasa 3.6.21 internals (README: Performance).

Nothing here changes what the bot says: each patch has a test comparing it with
Rasa's own result. They are switched on in one place, ``install()``, called by
the process entry point (``bot.ops.rasa_main``) and by tests, never by an import.

May import: bot.settings, bot.rasa_patches (and Rasa and its dependencies).
Never imports: rasa_sdk, spacy.
"""

from __future__ import annotations

import logging
import sys
from importlib.metadata import version

from bot import settings

WRITTEN_FOR = "3.6.21"  # the Rasa version these patches were written and tested against
SWITCH = settings.RASA_PATCHES_SWITCH  # "off" (or 0/false/no) leaves Rasa exactly as shipped

logger = logging.getLogger(__name__)
_state: str | None = None  # what install() decided: "on", "off", "mismatch"


def enabled_by_env() -> bool:
    return settings.rasa_patches_enabled()


def install() -> str:
    """Apply every patch, or none: returns "on", "off" or "mismatch" (idempotent)."""
    global _state
    if _state is not None:
        return _state
    installed = version("rasa")
    if not enabled_by_env():
        _state = "off"
        _say(f"Rasa patches off ({SWITCH}); Rasa {installed} runs as shipped.")
    elif installed != WRITTEN_FOR:
        _state = "mismatch"
        _say(f"Rasa patches skipped: written for Rasa {WRITTEN_FOR}, found {installed}.")
    else:
        from bot.rasa_patches import startup

        startup.prepare()  # before Rasa (and TensorFlow) are imported
        from bot.rasa_patches import speedups

        speedups.install()
        from bot.rasa_patches import train_schema

        train_schema.install()
        _state = "on"
        _say(f"Rasa patches on for Rasa {installed}: speed-ups, graph runner, tracker copy, "
             "model load, start-up imports, TensorFlow only when used.")
    return _state


def _say(line: str) -> None:
    # Rasa configures logging after this runs, so one plain line on stderr.
    logger.info(line)
    print(line, file=sys.stderr)
