"""Held-out figures printed by `make bench` next to the speed figures, so a speed-up that
costs understanding shows (tests/support/heldout_sets.py; README: Red flags).

    python -m bench.heldout [URL]   # against a running stack (default: make run's)
"""

from __future__ import annotations

import sys
import time
import uuid
from typing import Any

from tests.support.heldout_sets import load, redflag_figures, run_redflags, scope_figures
from tests.support.stack import post_json

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
    else:
        print(full_table(url) if "--all" in sys.argv else heldout_table(url)[0])
