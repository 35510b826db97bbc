"""Two trained models side by side on every held-out set, through the real stack: how the
README's FaqSelector vs ResponseSelector table was made (about 10 minutes a model).

    python -m bench.selector_compare NAME=MODEL.tar.gz NAME=MODEL.tar.gz

Each model is served by the same stack as the e2e tests (tests/support/stack.py); the
detectors and the spaCy pipeline come from build/ for both. Rows: the held-out intent
parse of tests/e2e/test_heldout.py, then the REST figures bench.heldout prints.
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from pathlib import Path

from bench.heldout import ROWS, faq_figures, sender
from tests.support.heldout_sets import (
    Figure,
    load,
    redflag_figures,
    run_redflags,
    scope_figures,
)
from tests.support.holdout import nlu_holdout
from tests.support.stack import RunningStack, start_stack


def parse_figures(stack: RunningStack) -> dict[str, Figure]:
    """tests/e2e/test_heldout.py's measure: the parsed intent, FAQ by selector key."""
    faq, every, emergency = (Figure("parse: held-out FAQ keys", 0, 0),
                             Figure("parse: held-out intents (FAQ by key)", 0, 0),
                             Figure("parse: held-out emergency intent", 0, 0))
    for expected, text in nlu_holdout():
        parsed = stack.parse(text)
        name = parsed["intent"]["name"]
        if name == "faq":
            name = parsed["response_selector"]["faq"]["response"]["intent_response_key"]
        for fig, counts in ((faq, expected.startswith("faq/")), (every, True),
                            (emergency, expected == "emergency")):
            if counts:
                fig.total += 1
                fig.ok += name == expected
                if name != expected:
                    fig.misses.append(f"{expected} -> {name}: {text}")
    return {f.name: f for f in (faq, every, emergency)}


def all_figures(model: Path) -> dict[str, Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        stack = start_stack(Path(tmp), model=str(model))
        try:
            figs = parse_figures(stack)
            figs.update(faq_figures(stack.url))
            red = redflag_figures(run_redflags(sender(stack.url), load("heldout_redflag")))
            figs.update({name: red[name] for name in ROWS if name in red})
            figs.update(scope_figures(sender(stack.url), load("heldout_scope"),
                                      uuid.uuid4().hex[:8]))
        finally:
            stack.stack.stop()
    return figs


def main(argv: list[str]) -> int:
    models = dict(arg.split("=", 1) for arg in argv)
    results = {name: all_figures(Path(path)) for name, path in models.items()}
    names = list(results)
    print("| held-out figure | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for row in results[names[0]]:
        cells = [f"{r[row].ok}/{r[row].total}" if row in r else "-" for r in results.values()]
        print(f"| {row} | " + " | ".join(cells) + " |")
    for name, figs in results.items():
        print(f"\n## misses: {name}")
        for fig in figs.values():
            for miss in fig.misses:
                print(f"- [{fig.name}] {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
