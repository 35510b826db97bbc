"""Held-out figures printed by `make bench` next to the speed figures, so a speed-up that
costs understanding shows (tests/support/heldout_sets.py; README: Red flags).

    python -m bench.heldout [URL]          # red flags, against a running stack (make run's)
    python -m bench.heldout --faq [URL]    # FAQ keys, emergencies, other conditions
    python -m bench.heldout --scope [URL]  # the scope sets
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path
from typing import Any

import yaml

from tests.support.heldout_sets import (
    Figure,
    faq_key,
    is_emergency,
    load,
    redflag_figures,
    run_redflags,
    scope_figures,
)
from tests.support.holdout import nlu_holdout
from tests.support.stack import post_json

TRIAGE = Path(__file__).resolve().parents[1] / "tests" / "heldout" / "triage.yml"

ROWS = ("all red flags", "crisis, seizures and fainting", "in-conversation red flags",
        "not flagged (gradual, negated, past, hypothetical...)",
        "domain named in the emergency reply")


def sender(url: str) -> Any:
    tag = uuid.uuid4().hex[:8]
    return lambda who, text: post_json(f"{url}/webhooks/rest/webhook",
                                       {"sender": f"bench-{tag}-{who}", "message": text}, 60)


def heldout_table(url: str) -> tuple[str, dict[str, Any]]:
    """The red-flag held-out figures of the stack at ``url``, as Markdown and as data."""
    start = time.perf_counter()
    figs = redflag_figures(run_redflags(sender(url), load("heldout_redflag")))
    elapsed = time.perf_counter() - start
    lines = ["| held-out (same turn, through REST) | ok/total | rate | 95 % lower bound |",
             "|---|---:|---:|---:|"] + [figs[name].row() for name in ROWS if name in figs]
    data = {name: {"ok": f.ok, "total": f.total} for name, f in figs.items()}
    sent = figs["all red flags"].total + figs[ROWS[3]].total
    return "\n".join(lines) + f"\n\n({sent} messages in {elapsed:.0f} s)", data


def full_table(url: str) -> str:
    """Every figure: per domain and per wording class too (the README's table)."""
    figs = redflag_figures(run_redflags(sender(url), load("heldout_redflag")))
    order = sorted(figs, key=lambda n: (n.startswith(("domain:", "wording:", "not flagged:")),
                                        n.split(":")[0], n))
    return "\n".join(["| figure | ok/total | rate | 95 % lower bound |",
                      "|---|---:|---:|---:|"] + [figs[n].row() for n in order])


def faq_figures(url: str) -> dict[str, Figure]:
    """First-turn replies to the older held-out sets (nlu_holdout.yml, triage.yml): the FAQ
    answer given, emergencies, and no B12 answer to other conditions."""
    send, sets = sender(url), yaml.safe_load(TRIAGE.read_text())
    figs: dict[str, Figure] = {}

    def count(name: str, ok: bool, miss: str) -> None:
        fig = figs.setdefault(name, Figure(name, 0, 0))
        fig.total, fig.ok = fig.total + 1, fig.ok + ok
        if not ok:
            fig.misses.append(miss)

    for n, (intent, text) in enumerate(nlu_holdout()):
        replies = send(f"h{n}", text)
        if intent.startswith("faq/"):
            got = faq_key(replies)
            count("held-out FAQ keys (nlu_holdout)", f"faq/{got}" == intent,
                  f"{intent} -> {got}: {text}")
        elif intent == "emergency":
            count("held-out emergencies (nlu_holdout)", is_emergency(replies), text)
    for n, (key, text) in enumerate((k, m) for k, ms in sets["faq_paraphrases"].items()
                                    for m in ms):
        got = faq_key(send(f"p{n}", text))
        count("FAQ paraphrases (triage.yml)", got == key, f"{key} -> {got}: {text}")
    for n, text in enumerate(sets["sudden_red_flag"]):
        count("sudden red flags: emergency (triage.yml)", is_emergency(send(f"r{n}", text)), text)
    for n, text in enumerate(sets["other_conditions"]):
        got = faq_key(send(f"o{n}", text))
        count("other conditions: no B12 answer (triage.yml)", got is None, f"{got}: {text}")
    return figs


def faq_table(url: str) -> str:
    figs = faq_figures(url)
    head = "| held-out FAQ and triage (through REST) | ok/total | rate | 95 % lower bound |"
    return "\n".join([head, "|---|---:|---:|---:|"] + [f.row() for f in figs.values()])


def scope_table(url: str, prefix: str = "heldout_scope") -> str:
    """The scope held-out figures (issue #14): declines, topics, boundaries, languages."""
    figs = scope_figures(sender(url), load(prefix))
    return "\n".join(["| held-out scope (through REST) | ok/total | rate | 95 % lower bound |",
                      "|---|---:|---:|---:|"] + [f.row() for f in figs.values()])


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    url = args[0] if args else "http://127.0.0.1:5005"
    if "--scope" in sys.argv:
        print(scope_table(url))
    elif "--faq" in sys.argv:
        print(faq_table(url))
    else:
        print(full_table(url) if "--all" in sys.argv else heldout_table(url)[0])
