"""Rasa extension points that change behaviour on purpose: the NLU component,
TriagePolicy, conversation facts from events, the action-server call and its
fallback, follow-up questions read with the question before them, tracker and
lock stores, the REST and socket.io channels, the server's readiness probe.

May import: bot.settings, bot.triage, bot.nlp, bot.rasa_ext (and Rasa).
Never imports: rasa_sdk.
"""

from __future__ import annotations

_installed = False


def install() -> None:
    """Switch on the behaviour that lives in Rasa's own classes (idempotent).

    The action-server fallback keeps FAQ and emergency answers coming when the
    action server is down, so the NLU component calls this too: wherever our model
    runs, that safety net is on, whatever process loaded it.
    """
    global _installed
    if _installed:
        return
    from bot.rasa_ext import action_call, action_fallback, deployment_numbers, follow_up, readiness

    deployment_numbers.install()
    readiness.install()
    action_fallback.install()
    action_call.install()
    follow_up.install()
    _installed = True
