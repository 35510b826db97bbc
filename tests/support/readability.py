"""Flesch-Kincaid grade of the texts a person reads (issue #17), offline.

textstat 0.7.3 counts syllables with pyphen's bundled hyphenation dictionaries, so it
needs no network (newer versions download a dictionary at run time). A bulleted line
counts as a sentence of its own, as plain-language editors count it.

    python -m tests.support.readability     # the grade of every FAQ answer and advice text
"""

from __future__ import annotations

import re

import textstat

from bot.triage import advice, knowledge

MAX_GRADE = 8.0


def as_sentences(text: str) -> str:
    """Each line (a bullet, a heading, the source line) ends as a sentence."""
    lines = [re.sub(r"^\s*[\u2022*-]\s*", "", line).strip() for line in text.splitlines()]
    return " ".join(line if line[-1] in ".!?:" else line + "."
                    for line in lines if line)


def grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(as_sentences(text)))


def faq_grades() -> dict[str, float]:
    return {a.key: grade(knowledge.render(a)) for a in knowledge.ANSWERS}


if __name__ == "__main__":
    for key, value in faq_grades().items():
        print(f"{key:24} {value:5.1f}")
    print(f"{'check_unavailable':24} {grade(advice.check_unavailable_advice('911')):5.1f}")
