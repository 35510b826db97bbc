"""Is a message a follow-up to the FAQ just answered ("and for kids?", "how long till it
kicks in", "even the nerve stuff?")? Such a message only makes sense with the question
before it, so it is read together with that question (bot.rasa_ext.follow_up).

May import: bot.nlp, bot.triage (nothing from Rasa).
"""

from __future__ import annotations

import re

from bot.nlp import boundaries, intent_guard
from bot.nlp.pipeline import normalise

# Longer than this, a message carries its own topic.
MAX_WORDS = 14
# Intents a follow-up is mistaken for when read alone. One read alone as an FAQ keeps that
# reading: re-read with the question before it, the earlier question's words won more often
# than they helped (9 of 14 of our own follow-up pairs right this way, 8 re-reading all).
# Answers to a form question (inform, affirm, deny, unsure) are never follow-ups.
_LOST_ALONE = frozenset({"out_of_scope", "nlu_fallback", "help", "report_symptoms"})
_WORD = re.compile(r"[^\W\d_]+")


def is_follow_up(text: str, intent: str | None, has_symptoms: bool) -> bool:
    """A short message that leans on the previous question and names no other topic."""
    text = normalise(text)
    words = _WORD.findall(text)
    if not words or len(words) > MAX_WORDS or has_symptoms:
        return False
    if intent not in _LOST_ALONE:
        return False
    # "and is macular degeneration reversible?" leaves B12
    return not (intent_guard.topic(text) == "other" or boundaries.names_another_substance(text))


def combined(previous: str, text: str) -> str:
    """The text read in place of a follow-up: the question before it, then the follow-up."""
    return f"{previous.strip()} {text.strip()}"
