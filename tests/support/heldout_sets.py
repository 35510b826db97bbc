"""The held-out sets of tests/heldout/ written by independent writers (never in data/):
loading, and the figures the held-out tests and `make bench` report.

Red-flag sets (heldout_redflag_*.yml): single messages labelled red_flag (with a
domain and a wording class) or not_flag (with a kind), and conversations whose
last turn expects an emergency or not. Scope sets (heldout_scope_*.yml): FAQ,
out-of-scope, diagnosis and dosing requests, other languages, follow-ups.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HELDOUT_DIR = Path(__file__).resolve().parents[1] / "heldout"
ALWAYS_URGENT = ("seizure", "fainting", "crisis")


@dataclass(frozen=True)
class Item:
    set: str
    text: str
    category: str
    domain: str | None = None
    wording: str | None = None
    kind: str | None = None
    topic: str | None = None
    also: str | None = None
    language: str | None = None
    answer_opening: str | None = None


@dataclass(frozen=True)
class Conversation:
    set: str
    turns: tuple[str, ...]
    expect: str
    note: str = ""


@dataclass
class HeldoutSet:
    items: list[Item] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)


def _opening(value: Any) -> str | None:
    # YAML reads an unquoted yes/no as a boolean.
    if isinstance(value, bool):
        return "yes" if value else "no"
    return None if value is None else str(value)


# `make test` runs a sample of a fixed size: the newest sets and older ones spread evenly by
# number, so the whole of it stays under 30 minutes on 2 cores however many sets are added;
# `make test-heldout` (HELDOUT_SETS=all) runs them all.
NEWEST_SETS = 6
OLDER_SETS = 6


def _number(path: Path) -> int:
    return int(re.search(r"(\d+)$", path.stem).group(1))  # type: ignore[union-attr]


def set_paths(prefix: str, which: str = "all") -> list[Path]:
    """The files of ``prefix``'s sets, by number: ``all`` of them, or the ``e2e`` sample (the
    newest NEWEST_SETS and OLDER_SETS older ones spread evenly among the rest, chosen by
    number, not by result)."""
    paths = sorted(HELDOUT_DIR.glob(f"{prefix}*.yml"), key=_number)
    if which == "all" or len(paths) <= NEWEST_SETS + OLDER_SETS:
        return paths
    older, newest = paths[:-NEWEST_SETS], paths[-NEWEST_SETS:]
    step = len(older) / OLDER_SETS
    return [older[int(step * (i + 0.5))] for i in range(OLDER_SETS)] + newest


def e2e_sets() -> str:
    """Which sets the held-out e2e tests run: HELDOUT_SETS=all, or the sample by default."""
    return "all" if os.environ.get("HELDOUT_SETS") == "all" else "e2e"


def read_yaml(path: Path) -> Any:
    """A YAML file through libyaml when PyYAML has it: ten times faster on the ~200 held-out
    files, with the same result as yaml.safe_load."""
    return yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


# The writers of these sets were handed topic names that were not the project's keys (a slip
# in their prompt, not in their labels): "what_is_b" for what_is_b12, and "sources" for where
# B12 comes from (food_sources; our "sources" key is where the answers come from). Renamed
# here as they are read, so the frozen files stay as written.
_WRITER_TOPIC_NAMES: dict[str, dict[str, str]] = {
    name: {"what_is_b": "what_is_b12", "sources": "food_sources"}
    for name in ("heldout_scope_s110", "heldout_scope_s111")}


def _topic(set_name: str, topic: Any) -> str | None:
    if topic is None:
        return None
    return _WRITER_TOPIC_NAMES.get(set_name, {}).get(str(topic), str(topic))


def load(prefix: str, which: str = "all") -> HeldoutSet:
    """The sets whose file name starts with ``prefix`` (heldout_redflag, heldout_scope):
    ``all`` of them or the ``e2e`` sample (set_paths)."""
    out = HeldoutSet()
    for path in set_paths(prefix, which):
        data = read_yaml(path)
        name = data.get("set") or path.stem
        for m in data.get("messages") or []:
            out.items.append(Item(
                name, str(m["text"]), str(m["category"]), m.get("domain"), m.get("wording"),
                m.get("kind"), _topic(name, m.get("topic")), _topic(name, m.get("also")),
                m.get("language"),
                _opening(m.get("answer_opening"))))
        for c in data.get("conversations") or []:
            expect = str(c["expect"])
            if expect.startswith("follow_up:"):
                expect = f"follow_up:{_topic(name, expect.split(':', 1)[1])}"
            out.conversations.append(
                Conversation(name, tuple(str(t) for t in c["turns"]), expect,
                             str(c.get("note") or "")))
    return out


def all_texts() -> list[str]:
    """Every message of every independent held-out set (for the hygiene test)."""
    texts: list[str] = []
    for prefix in ("heldout_redflag", "heldout_scope"):
        sets = load(prefix)
        texts += [i.text for i in sets.items]
        texts += [t for c in sets.conversations for t in c.turns]
    return texts


def wilson_lower(successes: int, total: int, z: float = 1.96) -> float:
    """95 % lower confidence bound of a proportion (Wilson score interval)."""
    if total == 0:
        return 0.0
    p = successes / total
    centre = p + z * z / (2 * total)
    margin = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return (centre - margin) / (1 + z * z / total)


@dataclass
class Figure:
    name: str
    ok: int
    total: int
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.ok / self.total if self.total else 0.0

    def row(self) -> str:
        return (f"| {self.name} | {self.ok}/{self.total} | {100 * self.rate:.1f} % | "
                f"{100 * wilson_lower(self.ok, self.total):.1f} % |")


def wording_class(item: Item) -> str:
    """The README's wording classes: explicit sudden, time, unsure, crisis, described..."""
    if item.domain in ALWAYS_URGENT:
        if item.domain == "crisis":
            return "crisis, direct" if item.wording == "crisis_direct" else "crisis, indirect"
        return ("seizure/faint, described" if item.wording == "described"
                else "seizure/faint, named")
    return {"explicit_sudden": "explicit 'sudden'", "time_expression": "time expression",
            "unsure_onset": "unsure onset"}.get(item.wording or "", "other wording")


Send = Any  # (sender, text) -> list of reply dicts, as RunningStack.send


def is_emergency(replies: list[dict[str, Any]]) -> bool:
    return any((r.get("custom") or {}).get("triage") == "emergency" for r in replies)


def faq_key(replies: list[dict[str, Any]]) -> str | None:
    """The FAQ key whose answer the replies hold, if any."""
    from bot.triage import knowledge

    by_text = {knowledge.render(a): a.key for a in knowledge.ANSWERS}
    return next((by_text[r["text"]] for r in replies if r.get("text") in by_text), None)


def reply_text(replies: list[dict[str, Any]]) -> str:
    return " / ".join((r.get("text") or "")[:70] for r in replies)


@dataclass
class RedFlagRun:
    """Each red-flag held-out message's first-turn reply, and each conversation's."""

    single: list[tuple[Item, list[dict[str, Any]]]]
    conversations: list[tuple[Conversation, list[list[dict[str, Any]]]]]

    def flagged(self, item: Item) -> bool:
        return next(is_emergency(r) for i, r in self.single if i is item)


def run_redflags(send: Send, sets: HeldoutSet, tag: str = "h") -> RedFlagRun:
    single = [(item, send(f"{tag}-{n}", item.text)) for n, item in enumerate(sets.items)]
    convs = []
    for n, conv in enumerate(sets.conversations):
        convs.append((conv, [send(f"{tag}-c{n}", turn) for turn in conv.turns]))
    return RedFlagRun(single, convs)


# What an emergency reply must name for each labelled class (lexicon labels).
def domain_named(item: Item, replies: list[dict[str, Any]]) -> bool:
    from bot.triage import lexicon

    text = " ".join(r.get("text") or "" for r in replies).lower()
    if item.domain == "crisis":
        return "crisis lifeline" in text
    if item.domain == "seizure":
        return "seizure" in text
    if item.domain == "fainting":
        return any(w in text for w in ("fainting", "passing out", "consciousness"))
    return lexicon.EMERGENCY_DOMAINS[str(item.domain)].lower() in text


def _counter(figs: dict[str, Figure]) -> Any:
    """``add(name, ok, miss)``: count one case under ``name`` in ``figs``."""
    def add(name: str, ok: bool, miss: str) -> None:
        fig = figs.setdefault(name, Figure(name, 0, 0))
        fig.total += 1
        fig.ok += ok
        if not ok:
            fig.misses.append(miss)
    return add


def redflag_figures(run: RedFlagRun) -> dict[str, Figure]:
    """Recall (same turn) per domain and wording class, false alarms, conversations."""
    figs: dict[str, Figure] = {}
    add = _counter(figs)

    for item, replies in run.single:
        hit = is_emergency(replies)
        miss = f"[{item.set}] {item.text[:160]!r} -> {reply_text(replies)[:140]}"
        if item.category == "red_flag":
            add("all red flags", hit, miss)
            add(f"domain: {item.domain}", hit, miss)
            add(f"wording: {wording_class(item)}", hit, miss)
            if hit:
                add("domain named in the emergency reply", domain_named(item, replies), miss)
            if item.domain in ALWAYS_URGENT:
                add("crisis, seizures and fainting", hit, miss)
            else:
                add("nine domains", hit, miss)
        elif item.category == "not_flag":
            add("not flagged (gradual, negated, past, hypothetical...)", not hit, miss)
            add(f"not flagged: {item.kind}", not hit, miss)
    for conv, turns in run.conversations:
        hit = any(is_emergency(r) for r in turns)
        miss = f"[{conv.set}] {conv.turns} -> {reply_text(turns[-1])[:140]}"
        if conv.expect == "emergency":
            add("in-conversation red flags", hit, miss)
        else:
            add("conversations that must not be flagged", not hit, miss)
    return figs


# ---- scope sets (issue #14) ----
BOUNDARY_DOSING = ("dosing", "stop_medicine", "interactions")
_DOSING_OR_STOP = ("dosing", "stop_medicine")
_YES_NO = re.compile(r"^\s*(yes|no|usually,? (yes|no)|not usually)\b", re.IGNORECASE)


def other_language_reply(replies: list[dict[str, Any]]) -> bool:
    from bot.triage import names

    return any(r.get("custom", {}).get(names.PAYLOAD_OTHER_LANGUAGE) for r in replies
               if isinstance(r.get("custom"), dict))


def said_no_diagnosis(replies: list[dict[str, Any]]) -> bool:
    from bot.triage import knowledge

    return any(knowledge.NO_DIAGNOSIS in (r.get("text") or "") for r in replies)


def wrong_opening(item: Item, replies: list[dict[str, Any]]) -> bool:
    """A yes/no question answered with the opposite word first ("Usually, yes" to "is the
    damage permanent?" when the truthful answer is "it depends")."""
    first = next((r.get("text") or "" for r in replies if r.get("text")), "")
    m = _YES_NO.match(first)
    if not m or not item.answer_opening:
        return False
    said = "yes" if "yes" in m.group(0).lower() else "no"
    return said != item.answer_opening


def scope_figures(send: Send, sets: HeldoutSet, tag: str = "s") -> dict[str, Figure]:
    """Declined, on topic, boundaries, other languages, yes/no openings, follow-ups."""
    figs: dict[str, Figure] = {}
    add = _counter(figs)

    for n, item in enumerate(sets.items):
        replies = send(f"{tag}-{n}", item.text)
        key = faq_key(replies)
        miss = f"[{item.set}] {item.text[:110]!r} -> {key or reply_text(replies)[:90]}"
        if item.category == "out_of_scope":
            add("out of scope declined", key is None and not is_emergency(replies), miss)
        elif item.category == "faq":
            add("linked conditions answered on topic", key in (item.topic, item.also), miss)
            if item.answer_opening:
                add("yes/no questions: no wrong opening", not wrong_opening(item, replies),
                    miss)
        elif item.category == "diagnosis_request":
            add("diagnosis requests: no diagnosis, said so", said_no_diagnosis(replies), miss)
        elif item.category == "dosing_request":
            add("dosing/medicine requests: boundary answer", key in BOUNDARY_DOSING, miss)
        elif item.category == "non_english":
            add("other languages: told English only", other_language_reply(replies), miss)
    for n, conv in enumerate(sets.conversations):
        turns = [send(f"{tag}-c{n}", t) for t in conv.turns]
        last = turns[-1]
        miss = f"[{conv.set}] {conv.turns} -> {faq_key(last) or reply_text(last)[:90]}"
        if conv.expect.startswith("follow_up:"):
            want = conv.expect.split(":")[1]
            # writers were told that stopping a medicine is the dosing boundary: either of
            # those two answers fits it
            fits = (faq_key(last) in _DOSING_OR_STOP if want == "dosing"
                    else faq_key(last) == want)
            add("follow-ups answered in context", fits, miss)
        elif conv.expect == "out_of_scope":
            add("conversations leaving B12 declined",
                faq_key(last) is None and not is_emergency(last), miss)
    return figs
