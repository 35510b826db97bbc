"""Negation scope: ours (bot/nlp/pipeline.py) against negspacy's NegEx on the same
lexicon entities, on the held-out red-flag sets (README: Red flags).

Right on a negated report ("no numbness, just tired") when no red-flag symptom is left
un-negated; right on a red flag when at least one is (among messages where the lexicon
names one at all).

    python -m bench.negation [EXTRA_SITE_PACKAGES]   # negspacy is not in the lock
"""

from __future__ import annotations

import sys

from bot.nlp import pipeline
from bot.triage import lexicon
from tests.support.heldout_sets import load


def red(keys: list[str]) -> bool:
    return any(lexicon.SYMPTOMS_BY_KEY[k].domain or lexicon.SYMPTOMS_BY_KEY[k].always_urgent
               for k in keys)


def main(argv: list[str]) -> int:
    if argv:
        sys.path.append(argv[0])
    items = load("heldout_redflag").items
    nlp = pipeline.load()
    negated = [i.text for i in items if i.category == "not_flag" and i.kind == "negated"]
    flags = [i.text for i in items if i.category == "red_flag"]
    ours = {t: red(pipeline.extract(t, nlp).symptoms) for t in negated + flags}
    rows = [("ours", ours)]
    try:
        from negspacy.negation import Negex  # noqa: F401  (registers the factory)
        from negspacy.termsets import termset

        nlp2 = pipeline.spacy.load(pipeline.DEFAULT_PATH)  # a fresh copy with NegEx added
        nlp2.add_pipe("sentencizer", first=True)
        nlp2.add_pipe("negex", config={"neg_termset": termset("en_clinical").get_patterns(),
                                       "ent_types": ["SYMPTOM"]})
        theirs = {}
        for t in negated + flags:
            doc = nlp2(pipeline.normalise(t))
            theirs[t] = red([e.ent_id_ for e in doc.ents
                             if e.label_ == "SYMPTOM" and not e._.negex])
        rows.append(("negspacy 1.1 NegEx (en_clinical)", theirs))
    except ImportError:
        print("negspacy not installed: pass a folder where it is")
    named = [t for t in flags if ours[t] or any(r[1][t] for r in rows[1:])]
    print("| negation | negated reports with no red flag left | red flags still named |\n"
          "|---|---:|---:|")
    for name, res in rows:
        ok_neg = sum(not res[t] for t in negated)
        ok_flag = sum(res[t] for t in named)
        print(f"| {name} | {ok_neg}/{len(negated)} | {ok_flag}/{len(named)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
