"""The emergency number and crisis line this deployment is configured with, from the
first message on.

domain.yml can only hold the defaults (911, 988) as the slots' initial values; TriagePolicy
sets the configured ones when it gives the emergency reply. Every other reply that names
the number (out of scope, another language) read the default until then, so a deployment
with EMERGENCY_NUMBER=112 said "call 911". Here the slots' initial values are the
configured ones (bot.settings) whenever Rasa builds a domain.
"""

from __future__ import annotations

from typing import Any

from rasa.shared.core.domain import Domain

from bot import settings
from bot.triage import names

_rasa_init = Domain.__init__


def _init(self: Domain, *args: Any, **kwargs: Any) -> None:
    _rasa_init(self, *args, **kwargs)
    configured = {names.SLOT_EMERGENCY_NUMBER: settings.emergency_number(),
                  names.SLOT_CRISIS_LINE: settings.crisis_line()}
    for slot in self.slots:
        if slot.name in configured:
            slot.initial_value = configured[slot.name]
            slot.value = configured[slot.name]


def install() -> None:
    Domain.__init__ = _init  # type: ignore[method-assign]
