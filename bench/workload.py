"""Seeded workload generator: realistic conversations for our bot and for the reference.

Every conversation has exactly ``turns`` user messages.  It opens with a greeting,
then draws blocks (a FAQ question, a symptom report followed by its form answers,
a chit-chat turn) until it is full, and closes with a goodbye when there is room.
The reference bot (``rasa init``) gets the same shape built from ITS intents:
greet, mood answers (with the follow-up yes/no), bot challenge, goodbye.

The same seed always yields the same messages, so two runs (and the two stacks)
see the same mix.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

Block = Sequence[str]

# --- ours -----------------------------------------------------------------
OURS_GREET = ["hello", "hi", "hey there", "good morning", "hi, is this the b12 bot"]
OURS_BYE = ["bye", "goodbye", "thanks, bye", "see you later"]
OURS_FAQ = [
    "what is vitamin b12",
    "what is b12 deficiency",
    "what foods have b12",
    "what foods contain b12",
    "can symptoms be reversed",
    "what are the physical symptoms of b12 deficiency",
    "which warning signs need emergency care",
    "how much b12 should i aim for every day",
    "can b12 deficiency give you anemia",
    "who is at risk of b12 deficiency",
    "how is b12 deficiency treated",
    "does metformin lower b12",
]
OURS_CHITCHAT = ["thanks", "thank you", "are you a bot?", "what can you do", "ok",
                 "what are the symptoms of diabetes"]
# A symptom report (calls the form's actions and the triage action) and its answers.
OURS_SYMPTOM_FLOWS: list[Block] = [
    ("I've had a sore tongue and no appetite for a few months", "I'm vegan"),
    ("my 5 year old son has been tired and pale for weeks", "none of those"),
    ("tingling in the feet, came on slowly", "me", "no"),
    ("I've been so tired for months", "gradually", "me", "none of those"),
    ("my balance has been off", "not sure"),
    ("my feet feel numb", "yes"),
    ("I suddenly can't see out of my left eye",),
]

# --- reference (rasa init) --------------------------------------------------
REF_GREET = ["hello", "hi", "hey there", "good morning", "hey"]
REF_BYE = ["bye", "goodbye", "see you around", "good night"]
REF_MOOD_FLOWS: list[Block] = [
    ("I am feeling great",),
    ("perfect",),
    ("I am sad", "yes"),
    ("very unhappy", "no"),
    ("I don't feel very good", "indeed"),
]
REF_CHITCHAT = ["are you a bot?", "am I talking to a human?", "are you a human?",
                "great", "no"]


def _conversation(rng: random.Random, turns: int, greet: Sequence[str], bye: Sequence[str],
                  blocks: list[tuple[float, list[Block]]]) -> list[str]:
    msgs = [rng.choice(greet)]
    weights = [w for w, _ in blocks]
    pools = [p for _, p in blocks]
    while len(msgs) < turns - 1:
        pool = rng.choices(pools, weights)[0]
        msgs.extend(rng.choice(pool))
    msgs = msgs[: max(turns - 1, 1)]
    if turns > 1:
        msgs.append(rng.choice(bye))
    return msgs[:turns]


def conversations(kind: str, count: int, turns: int, seed: int) -> list[list[str]]:
    """``count`` conversations of ``turns`` messages for ``kind`` ('ours' or 'reference')."""
    rng = random.Random(f"{seed}-{kind}-{turns}")
    out = []
    for _ in range(count):
        if kind == "ours":
            blocks = [
                (0.45, [(q,) for q in OURS_FAQ]),
                (0.35, list(OURS_SYMPTOM_FLOWS)),
                (0.20, [(c,) for c in OURS_CHITCHAT]),
            ]
            out.append(_conversation(rng, turns, OURS_GREET, OURS_BYE, blocks))
        elif kind == "reference":
            blocks = [
                (0.60, list(REF_MOOD_FLOWS)),
                (0.40, [(c,) for c in REF_CHITCHAT]),
            ]
            out.append(_conversation(rng, turns, REF_GREET, REF_BYE, blocks))
        else:
            raise ValueError(kind)
    return out
