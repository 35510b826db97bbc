"""A message longer than the limit, cut so that no red flag is lost.

Past the limit (settings.max_message_chars) the channels used to read only the
start, so a seizure told at the end of a long story was missed. ``condense`` reads
the *whole* text sentence by sentence and keeps, in their order: first every sentence
with a red flag (a red-flag-domain symptom, a seizure, a faint, a crisis; those the
lexicon names before those only the learned detector infers), then those
with any other symptom, a time or a risk factor, then the story's other sentences from
the start, as long as they fit.
"""

from __future__ import annotations

from bot.nlp import pipeline, redflag_detector, time_reader
from bot.nlp.sentences import spans as sentence_spans
from bot.triage import lexicon

GAP = "…"


_PIECE = 240  # dictated text has no full stops: longer runs are cut at a comma or a word


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for run in (text[start:end].strip() for start, end in sentence_spans(text)):
        while len(run) > _PIECE:
            cut = max(run.rfind(", ", 0, _PIECE), run.rfind(" and ", 0, _PIECE))
            cut = cut if cut > _PIECE // 3 else run.rfind(" ", 0, _PIECE)
            cut = cut if cut > 0 else _PIECE
            out.append(run[:cut].strip(" ,"))
            run = run[cut:].strip(" ,")
        if run:
            out.append(run)
    return out


def _priority(sentence: str, nlp: object | None,
              detector: redflag_detector.Detector | None) -> int:
    """4: a red flag the lexicon names; 3: one the learned detector infers (it also
    over-reads plain story sentences, so these come second); 2: a recent time; 1: any
    symptom, time or risk factor."""
    found = pipeline.extract(sentence, nlp)  # type: ignore[arg-type]
    named = [lexicon.SYMPTOMS_BY_KEY[s] for s in found.symptoms]
    if any(s.domain or s.always_urgent for s in named):
        return 4
    if detector is not None and detector.predict(sentence).domain_p >= 0.5:
        return 3
    times = {c.onset for c in time_reader.cues(sentence)}
    if times & {time_reader.SUDDEN, time_reader.UNSURE}:
        return 2
    if named or found.negated_symptoms or found.risk_factors or times:
        return 1
    return 0


def condense(text: str, limit: int, nlp: object | None = None,
             detector: redflag_detector.Detector | None = None) -> str:
    """``text`` itself when it fits; else at most ``limit`` characters of its sentences,
    the most telling first, shown in the order they were written."""
    if len(text) <= limit:
        return text
    parts = sentences(text)
    detector = detector or redflag_detector.load()
    # A flood repeats itself ("and so on" x 10,000): each distinct piece is read once.
    rank_of: dict[str, int] = {}
    ranks = [rank_of[s] if s in rank_of else rank_of.setdefault(s, _priority(s, nlp, detector))
             for s in parts]
    chosen: set[int] = set()
    room = limit
    for rank in (4, 3, 2, 1, 0):
        for i, part in enumerate(parts):
            cost = len(part) + len(GAP) + 2
            if ranks[i] == rank and cost <= room:
                chosen.add(i)
                room -= cost
    out: list[str] = []
    for i, part in enumerate(parts):
        if i in chosen:
            out.append(part)
        elif not out or out[-1] != GAP:
            out.append(GAP)
    return " ".join(out)[:limit]
