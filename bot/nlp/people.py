"""Who a message names, as regexes compiled once from the lexicon's word lists.

May import: bot.triage (nothing from Rasa).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.triage import lexicon


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _words(words: Iterable[str], nouns: Iterable[str] = ()) -> re.Pattern[str]:
    """Any of ``words``, or of ``nouns`` with an optional plural or 's ("mum's")."""
    pattern = _alternatives(words)
    if nouns:
        pattern = rf"{pattern}|(?:{_alternatives(nouns)})(?:'?s)?"
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


# The asker: "i", "we", "my"...
FIRST_PERSON = _words(lexicon.FIRST_PERSON_WORDS + lexicon.FIRST_PERSON_POSSESSIVES)
# "he", "she", "his", "her"...
PRONOUN = _words(lexicon.THIRD_PERSON_WORDS)
# Scots, Irish and northern kin that are other words alone (patois "da" is "the"): a
# person only after a possessive ("ma da", "wor maw").
# ("wor lad", "our lass", "me lad": a son or daughter in the north of England)
_DIALECT_KIN = (r"\b(?:my|ma|me|mi|our|oor|wor|his|her) (?:da|daa|maw|paw|lad|lass|lassie|"
                r"laddie|bairn|wean|kid)\b")
# The asker or a person by relation ("mum's"); not "my": an owner says "my dog".
PERSON = re.compile(_words(lexicon.FIRST_PERSON_WORDS, lexicon.PEOPLE_NOUNS).pattern + "|"
                    + _DIALECT_KIN, re.IGNORECASE)
# "my kids", "her baby": someone the asker knows.
KNOWN = _words(lexicon.KNOWN_POSSESSIVES)
# Anyone at all, named in general.
ANYONE = _words(lexicon.ANYONE_WORDS)


def names_a_person(text: str, anyone: bool = False) -> bool:
    """The asker, a person by relation or a pronoun is named (``anyone``: or anyone at all)."""
    return any(p.search(text) for p in (FIRST_PERSON, PERSON, PRONOUN, *((ANYONE,) if anyone
                                                                         else ())))
# Someone in particular: the asker, a pronoun or one person by relation; not a group
# ("in kids or just adults?") nor anyone of a kind ("as a teen").
_PARTICULAR = (lexicon.FIRST_PERSON_WORDS + lexicon.FIRST_PERSON_POSSESSIVES
               + lexicon.THIRD_PERSON_WORDS)
SOMEONE = re.compile(
    rf"\b(?:{_alternatives(_PARTICULAR)}|"
    rf"(?<!\ba )(?<!\ban )(?:{_alternatives(lexicon.PEOPLE_NOUNS)}))\b", re.IGNORECASE)
