"""Suicidal thinking told by its means, without the words.

"Sometimes I think of jumping from my balcony", "he keeps talking about stepping in front
of a train", "thought about taking all my sleeping tablets", "saving up my tablets": a
method joined to its means in one sentence (``lexicon.CRISIS_MEANS``), with a thought,
urge or plan beside it unless the method is plain on its own ("hang myself"); or the
amount that would kill looked up ("googled how many it would take"). A sentence about
sport, play or travel does not count. The words stay in the lexicon; this module only
reads the forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlp import sentences
from bot.triage import lexicon


def _words(options: tuple[str, ...], stem: bool) -> str:
    tail = r"\w*" if stem else r"\b"
    return "(?:" + "|".join(re.escape(o) + tail for o in options) + ")"


@lru_cache(maxsize=1)
def _families() -> dict[str, re.Pattern[str]]:
    # (the words between may be possessives: "saved my husband's tablets")
    return {name: re.compile(r"\b" + _words(verbs, stem=True) + joint
                             + r"(?:\s+[\w']+){0,4}?\s+" + _words(means, stem=False))
            for name, (verbs, joint, means) in lexicon.CRISIS_MEANS.items()}


_INTENT = re.compile(lexicon.CRISIS_MEANS_INTENT)
_RESEARCH = re.compile(lexicon.CRISIS_MEANS_RESEARCH)
_WISH = re.compile(lexicon.CRISIS_PASSIVE_WISH)
_SEARCHED = re.compile(lexicon.CRISIS_MEANS_SEARCHED)
# Word starts only: "pool" must not find "Liverpool", nor "show" "shower".
_LEISURE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.CRISIS_MEANS_LEISURE)
                      + ")")


# Words that tell a family's method itself are no intent for it: a stay at a height
# ("stood on"), going off and not coming back.
_OWN_WORDS: dict[str, frozenset[str]] = {
    "linger": frozenset({"standing on", "stood on", "sat on the edge", "sitting on the edge"}),
    "leave": frozenset({"never come back", "not come back", "not coming back",
                        "never coming back", "not bother coming back", "going to"}),
}


_NEVER_BACK = re.compile(r"\bnever (?:come|coming|be) back\b")
# A thing that goes and never comes back is a symptom gone: "after it go away and never come
# back" (only a person leaving is a method)
_A_THING_LEFT = re.compile(r"\b(?:it|its|it'?s|they|that|this|which|these|those)\s+(?:(?:all|just|"
                           r"then|has|had|did|does|would|will|to|soon|slowly)\s+)*$")


_TOO_LONG = re.compile(r"\b" + lexicon.CRISIS_MEANS_TOO_LONG + r"\b")


@lru_cache(maxsize=1)
def _everyday() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(r"\b" + _words(words, stem=True))
            for name, words in lexicon.CRISIS_MEANS_EVERYDAY.items()}


@lru_cache(maxsize=1)
def _own_intent() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(rx) for name, rx in lexicon.CRISIS_MEANS_OWN_INTENT.items()}


def _intends(said: str, family: str) -> bool:
    if family in lexicon.CRISIS_MEANS_ONLY_TOO_LONG:
        return bool(_TOO_LONG.search(said))  # a look at tablets is no hint on its own
    own = _OWN_WORDS.get(family, frozenset())
    return any(m.group(0) not in own for m in _INTENT.finditer(said))


def researched(text: str) -> bool:
    """A lethal amount looked up or asked ("what happens if u take a whole bottle of
    tylenol?"): a means, whether or not it is put as a question."""
    low = text.lower().replace("\u2019", "'")
    return bool(_SEARCHED.search(low) or _RESEARCH.search(low))


def spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences that tell a suicidal method."""
    low = text.lower().replace("\u2019", "'")
    found = [m.span() for m in _SEARCHED.finditer(low)]
    for start, end in sentences.spans(low):
        said = low[start:end]
        if _WISH.search(said):  # (its "never" is the wish, not a refusal)
            found.append((start, end))
            continue
        # ("never" in "never coming back" or "enough never to wake" is the method, not a
        # refusal of it)
        if _LEISURE.search(_NEVER_BACK.sub(" ", _RESEARCH.sub(" ", said))):
            continue
        if _RESEARCH.search(said):
            found.append((start, end))
            continue
        for name, pattern in _families().items():
            method = pattern.search(said)
            if not method or (name == "leave" and _A_THING_LEFT.search(said[:method.start()])):
                continue
            everyday = _everyday().get(name)
            if everyday is not None and everyday.search(said):
                continue
            own = _own_intent().get(name)
            if own is not None:
                if own.search(low):
                    found.append((start, end))
                    break
                continue
            if name in lexicon.CRISIS_MEANS_PLAIN or _intends(said, name):
                found.append((start, end))
                break
    return found
