"""When the action server is down or too slow, say so and give the safe advice.

Rasa 3.6 logs a failed custom action and carries on with no events, so a symptom
turn would end in silence. Here every call to the action server gets a deadline
(settings.action_timeout) and, on failure, returns instead:
- one message that the check cannot be completed now, with the emergency signs
  and the contact-a-provider rule (bot.triage.advice), marked ``{"triage": "unavailable"}``;
- the events that close the symptom form, so the next turn starts clean.
Later failed calls in the same turn add nothing, so the message is not repeated.

The emergency rule needs none of this: TriagePolicy runs inside the Rasa server.
Switched on by ``bot.rasa_ext.install()``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.events import ActiveLoop, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.exceptions import RasaException

from bot import settings
from bot.triage import names
from bot.triage.advice import check_unavailable_advice

logger = logging.getLogger(__name__)

UNAVAILABLE = names.TRIAGE_UNAVAILABLE
_rasa_run = RemoteAction.run


def _said_this_turn(tracker: Any) -> bool:
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and (event.data or {}).get("custom", {}).get(
            names.CUSTOM_TRIAGE
        ) == UNAVAILABLE:
            return True
    return False


def unavailable_events(tracker: Any) -> list[Event]:
    close_form = [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]
    if _said_this_turn(tracker):
        return close_form
    number = settings.emergency_number()
    message = BotUttered(
        check_unavailable_advice(number),
        data={"custom": {names.CUSTOM_TRIAGE: UNAVAILABLE, names.CUSTOM_EMERGENCY_NUMBER: number}},
    )
    return [message, *close_form]


async def _run_retrying_once(self: RemoteAction, *args: Any) -> list[Event]:
    try:
        return await _rasa_run(self, *args)
    except RasaException as exc:
        # A dropped connection (the server closed it while our loop was busy) is worth
        # one more try: our actions only read the tracker, so running one twice is harmless.
        if not isinstance(exc.__cause__ or exc.__context__, aiohttp.ClientConnectionError):
            raise
        logger.warning("Action server connection failed for '%s'; trying once more.",
                       self.name())
        return await _rasa_run(self, *args)


async def _run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any,
               domain: Any) -> list[Event]:
    try:
        return await asyncio.wait_for(
            _run_retrying_once(self, output_channel, nlg, tracker, domain),
            settings.action_timeout(),
        )
    except ActionExecutionRejection:
        raise  # the action declined on purpose; Rasa lets other policies choose
    except (RasaException, asyncio.TimeoutError, OSError) as exc:
        # Names only: the exception text can quote the request, which holds the chat.
        logger.error("Action server failed for '%s' (%s); sent the safe advice instead.",
                     self.name(), type(exc).__name__)
        return unavailable_events(tracker)


def install() -> None:
    RemoteAction.run = _run  # type: ignore[method-assign]

