"""The symptom form's questions, with their quick-reply buttons (no Rasa imports).

Asked by the ``action_ask_<slot>`` actions.  Button payloads set the slot
directly (``/inform{"onset":"sudden"}``), so a tap never depends on the
classifier; the risk-factor buttons come from the lexicon.
"""

from __future__ import annotations

import re
from typing import Any

from bot.triage import lexicon, names, rules


def _inform(entity: str, value: str) -> str:
    return names.button_payload(names.INTENT_INFORM, {entity: value})


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
                "buttons": [_button("Suddenly", _inform(names.ENTITY_ONSET, rules.SUDDEN)),
                            _button("Gradually", _inform(names.ENTITY_ONSET, rules.GRADUAL)),
                            _button("Not sure", _inform(names.ENTITY_ONSET, rules.UNSURE))]}
    if slot == rules.ASK_WHO:
        who = names.ENTITY_WHO
        return {"text": "Who is this about?",
                "buttons": [_button("Me", _inform(who, names.WHO_SELF)),
                            _button("Another adult", _inform(who, names.WHO_ADULT)),
                            _button("A child", _inform(who, names.WHO_CHILD)),
                            _button("A baby (under 1)", _inform(who, names.WHO_INFANT))]}
    if slot == rules.ASK_RISK:
        # Labels without the "(which raises how much B12 you need)" aside.
        listed = rules.join_words(
            (re.sub(r" \(which [^)]*\)", "", r.label) for r in lexicon.RISK_FACTORS),
            "or",
        )
        return {"text": f"Do any of these apply: {listed}? Tap one, type which, or say none.",
                "buttons": [_button("None of these", names.button_payload(names.INTENT_DENY))]
                + [_button(r.button, _inform(names.ENTITY_RISK_FACTOR, r.key))
                   for r in lexicon.RISK_FACTORS]}
    raise KeyError(slot)
