"""The symptom form's questions, with their quick-reply buttons (no Rasa imports).

Asked by the ``action_ask_<slot>`` actions.  Button payloads set the slot
directly (``/inform{"onset":"sudden"}``), so a tap never depends on the
classifier; the risk-factor buttons come from the lexicon.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot.triage import lexicon, rules


def _inform(entity: str, value: str) -> str:
    return "/inform" + json.dumps({entity: value}, separators=(",", ":"))


def _button(title: str, payload: str) -> dict[str, str]:
    return {"title": title, "payload": payload}


def question(slot: str) -> dict[str, Any]:
    """``{"text": ..., "buttons": [...]}`` for the form slot ``slot``."""
    if slot == rules.ASK_SYMPTOMS:
        return {"text": "Tell me in your own words what you (or your child) have noticed, "
                        "for example \u201ctired all the time and my feet tingle\u201d.",
                "buttons": []}
    if slot == rules.ASK_ONSET:
        return {"text": "Important: did this come on suddenly (within minutes or hours), "
                        "or gradually?",
                "buttons": [_button("Suddenly", _inform("onset", rules.SUDDEN)),
                            _button("Gradually", _inform("onset", rules.GRADUAL)),
                            _button("Not sure", _inform("onset", rules.UNSURE))]}
    if slot == rules.ASK_WHO:
        return {"text": "Who is this about?",
                "buttons": [_button("Me", _inform("who", "self")),
                            _button("Another adult", _inform("who", "adult")),
                            _button("A child", _inform("who", "child")),
                            _button("A baby (under 1)", _inform("who", "infant"))]}
    if slot == rules.ASK_RISK:
        # Labels without the "(which raises how much B12 you need)" aside.
        names = rules.join_words(
            (re.sub(r" \(which [^)]*\)", "", r.label) for r in lexicon.RISK_FACTORS),
            "or",
        )
        return {"text": f"Do any of these apply: {names}? Tap one, type which, or say none.",
                "buttons": [_button("None of these", "/deny")]
                + [_button(r.button, _inform("risk_factor", r.key))
                   for r in lexicon.RISK_FACTORS]}
    raise KeyError(slot)
