"""The symptom form's questions, with their quick-reply buttons (no Rasa imports).

Asked by the ``action_ask_<slot>`` actions.  Button payloads set the slot
directly (``/inform{"onset":"sudden"}``), so a tap never depends on the
classifier; the risk-factor buttons come from the lexicon.
"""

from __future__ import annotations

from typing import Any

from bot import settings
from bot.triage import knowledge, lexicon, names, rules


def _inform(entity: str, value: str) -> str:
    return names.button_payload(names.INTENT_INFORM, {entity: value})


def _button(title: str, payload: str) -> dict[str, str]:
    return {"title": title, "payload": payload}


def question(slot: str, emergency_number: str | None = None) -> dict[str, Any]:
    """``{"text": ..., "buttons": [...]}`` for the form slot ``slot`` (the onset question
    names ``emergency_number``, by default the configured one)."""
    number = emergency_number or settings.emergency_number()
    if slot == rules.ASK_SYMPTOMS:
        # Whatever the message was ("crushing chest pain"), the way to emergency care.
        # (carers write about someone else: not only "your child")
        return {"text": "Tell me in your own words what you (or the person you are asking "
                        "for) have noticed, for example "
                        "\u201ctired all the time and my feet tingle\u201d. "
                        f"Very unwell right now? Call {number}.",
                "buttons": []}
    if slot == rules.ASK_ONSET:
        # The action before the question: a sudden change is an emergency (the rules).
        return {"text": "Did this come on suddenly (within minutes or hours), or gradually? "
                        f"If it was sudden, call {number} now.",
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
        # Pregnancy and breastfeeding are asked too (they raise the daily need), but they
        # are not called risk factors; every choice is a button, so nothing must be typed.
        risks = [r.label for r in lexicon.RISK_FACTORS if not r.higher_need]
        need = rules.join_words(
            [r.label for r in lexicon.RISK_FACTORS if r.higher_need], "or")
        return {"text": "Do any of these apply? Tap one, or tap None of these.\n"
                        f"{knowledge.bullets(risks)}\n"
                        f"If {need} applies, tap it too: you need more B12 then.",
                "buttons": [_button("None of these", names.button_payload(names.INTENT_DENY))]
                + [_button(r.button, _inform(names.ENTITY_RISK_FACTOR, r.key))
                   for r in lexicon.RISK_FACTORS]}
    raise KeyError(slot)
