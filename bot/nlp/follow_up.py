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
# Opening words of a question that leans on the one before it.
_CONTINUES = re.compile(
    r"^\s*(?:and|but|so|also|plus|then|ok|okay|oh|hmm|right|what about|how about|"
    r"what if|even|is that|does that|do they|does it|is it|are they|can it|will it|"
    r"how long|how soon|how fast|how quick|how often|how much|how many|why|where|who|"
    r"which|when|same for|for|in|&)\b",
    re.IGNORECASE)
# Intents a follow-up is mistaken for when read alone.
_LOST_ALONE = frozenset({"out_of_scope", "nlu_fallback", "help", "report_symptoms", "inform",
                         "affirm", "deny", "unsure", "faq"})
_WORD = re.compile(r"[^\W\d_]+")


def is_follow_up(text: str, intent: str | None, has_symptoms: bool) -> bool:
    """A short message that leans on the previous question and names no other topic."""
    text = normalise(text)
    words = _WORD.findall(text)
    if not words or len(words) > MAX_WORDS or has_symptoms:
        return False
    if intent not in _LOST_ALONE:
        return False
    if intent_guard.topic(text) == "other" or boundaries.names_another_substance(text):
        return False  # "and is macular degeneration reversible?" leaves B12
    return bool(_CONTINUES.match(text)) or intent != "faq"


def combined(previous: str, text: str) -> str:
    """The text read in place of a follow-up: the question before it, then the follow-up."""
    return f"{previous.strip()} {text.strip()}"
