"""Is a message a follow-up to the FAQ just answered ("and for kids?", "how long till it
kicks in", "even the nerve stuff?")? Such a message only makes sense with the question
before it, so it is read together with that question (bot.rasa_ext.follow_up).

May import: bot.nlp, bot.triage (nothing from Rasa).
"""

from __future__ import annotations

import re

from bot.nlp import boundaries, intent_guard
from bot.nlp.pipeline import normalise
from bot.triage import lexicon

# Longer than this, a message carries its own topic.
MAX_WORDS = 14
# Intents a follow-up is read as alone ("how long till it works" as out of scope), and an
# FAQ whose answer the question before it may change ("and for kids?").
_LOST_ALONE = frozenset({"out_of_scope", "nlu_fallback", "help", "report_symptoms", "faq",
                         # no form is pending when a follow-up is looked for: "im vegan tho"
                         # after the foods is about the answer, not a form answer
                         "inform"})
_WORD = re.compile(r"[^\W\d_]+")

# Which FAQ answer a follow-up gets: its own reading and the reading with the question
# before it, added, the previous answer held back a little (a follow-up more often moves
# on: "and the nerve ones?" after the physical symptoms). Chosen by leaving one writer
# out on the follow-ups of held-out scope sets s1-s7: 76/98 against 65/98 for the
# reading with the question alone (bench/follow_up_keys.py; README: Scope).
ALONE_WEIGHT = 1.0
SAME_AGAIN_PENALTY = 0.3


# Asking about the assistant itself, which no follow-up does
_ABOUT_ME = re.compile(r"\b(?:you|u|bot|robot|human|person|real|ai|machine|chatbot)\b")


def is_follow_up(text: str, intent: str | None, has_symptoms: bool) -> bool:
    """A short message that leans on the previous question and names no other topic."""
    text = normalise(text)
    words = _WORD.findall(text)
    if not words or len(words) > MAX_WORDS:
        return False
    asked = text.rstrip().endswith("?")
    # "like what exactly, mood stuff?": a symptom named as a topic, by nobody
    if has_symptoms and not intent_guard.personless_question(text):
        return False
    # Asked as a question, whatever it was read as alone ("any in the mouth?" as thanks)
    lost = intent in _LOST_ALONE or (asked and intent != intent_guard.EMERGENCY_INTENT
                                     and not _ABOUT_ME.search(text.lower()))
    if not lost:
        return False
    # "and is macular degeneration reversible?" leaves B12
    return not (intent_guard.topic(text) == "other" or boundaries.names_another_substance(text))


def combined(previous: str, text: str) -> str:
    """The text read in place of a follow-up: the question before it, then the follow-up."""
    return f"{previous.strip()} {text.strip()}"


def choose_key(alone: dict[str, float], combined: dict[str, float], previous: str | None,
               weight: float = ALONE_WEIGHT, penalty: float = SAME_AGAIN_PENALTY) -> str | None:
    """The FAQ key for a follow-up from the selector's rankings of the message alone and of
    the message read with the question before it (``weight``, ``penalty``: bench only)."""
    keys = set(alone) | set(combined)
    if not keys:
        return None
    return max(sorted(keys), key=lambda k: combined.get(k, 0.0) + weight * alone.get(k, 0.0)
               - (penalty if k == previous else 0.0))


# "and for kids?", "wot about in the wee ones": the same question again, for children.
_FOR_CHILDREN = re.compile(
    r"^\W*(?:(?:and|n|&|so|ok|okay|but|what|wot|wat|how)\s+)*(?:about\s+)?(?:for|in|with)?\s*"
    r"(?:the\s+|our\s+|my\s+)?(?:kids|children|child|babies|baby|toddlers|little ones|"
    r"wee ones|wee yins|weans|bairns|young ones|youngsters|teens|teenagers)"
    r"(?:\s+(?:then|too|as well|tho|though))?\W*$", re.IGNORECASE)
# A symptom list asked again for children is the children's list; the daily amount says
# what children need in the same answer.
_CHILD_LIST = intent_guard.SYMPTOM_LIST_KEYS[lexicon.CHILD]
_LISTS = frozenset(intent_guard.SYMPTOM_LIST_KEYS.values())
_SAYS_FOR_CHILDREN = frozenset({"daily_amount"})


def for_children_key(text: str, previous: str | None) -> str | None:
    """The key for the previous question asked again about children, if the message only
    names them ("and for kids?"); None to choose from the rankings."""
    if previous is None or not _FOR_CHILDREN.match(normalise(text)):
        return None
    if previous in _LISTS:
        return _CHILD_LIST
    return previous if previous in _SAYS_FOR_CHILDREN else None
