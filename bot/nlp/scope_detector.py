"""Is a question about B12 at all? A learned scope gate that does not list other diseases.

A B12 answer to a question about another disease, drug or everyday matter is a confident
answer about the wrong thing. A hand list of other topics cannot name every condition,
so this model learns the difference from examples: word and character n-grams
(``text_model``) over two classes, ``b12`` (the assistant's FAQ examples, and the
independent writers' FAQ questions and symptom reports in ``data/detector/``) and
``other`` (the writers' out-of-scope questions: other conditions, drugs, supplements,
procedures, animals, everyday and lookalike questions, and our out_of_scope examples).

It only ever turns a B12 answer into a polite decline (``bot.nlp.intent_guard``); it
never touches a red flag, a named B12 term or a risk factor the article ties to B12.

    python -m bot.nlp.scope_detector build build/scope_detector.skops   # make build
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import yaml

from bot.nlp import redflag_detector, text_model
from bot.settings import ROOT
from bot.triage import lexicon

CORPUS_DIR = ROOT / "data" / "detector"
NLU_DIR = ROOT / "data" / "nlu"
DEFAULT_PATH = ROOT / "build" / "scope_detector.skops"
B12, OTHER = "b12", "other"
_IN_SCOPE_INTENTS = frozenset({"report_symptoms", "emergency", "inform"})
# A greeting or salutation before the question carries no topic: everyday messages open
# with one more often, so "Good morning. What are the signs in children?" read 0.87 other
# (0.44 without it).
_SALUTE = (r"(?:good\s+(?:morning|afternoon|evening|day)|hello|hiya|hi|hey|howdy|greetings|"
           r"g'?day|namaste|salaam|assalamu?\s+alaikum|kia\s+ora|"
           r"dear\s+(?:sir\s+or\s+madam|sir|madam|doctor|team|all))"
           r"(?:\s+(?:there|all|everyone|sir|madam|doc|doctor|team|bot))?\b[\W_]*")
# a bare part of the day only with a stop after it ("morning sickness" is a topic)
_DAYPART = r"(?:morning|evening|afternoon)\s*[,.!;:]+\s*"
# ...and a word of address set off by a stop: "Ji, can low B12 ...", "Sir, ...", "Doc, ..."
_VOCATIVE = (r"(?:ji|sir|madam|ma'?am|doc|doctor|please|pls|plz|bro|mate|yo|po|lah|boss|abeg|"
             r"auntie|aunty|uncle|"
             # a label before the question: "Query: can B12 deficiency cause ...?"
             r"query|question|quick question|q|enquiry|inquiry|general question)\s*[,.!;:]+\s*")
# ...and thanks or an "ok" set off by a stop, before the next question ("thanks. how long do
# the jabs take"): everyday chat opens with them as often as a B12 question does
_ACK_WORD = "(?:" + "|".join(sorted((*lexicon.ACKNOWLEDGEMENTS, *lexicon.THANKS), key=len,
                                     reverse=True)) + ")"
_ACKNOWLEDGED = rf"{_ACK_WORD}(?:\s+{_ACK_WORD})*\s*[,.!;:]+\s*"  # "ok great, ..."
_GREETING = re.compile(rf"^\W*(?:{_SALUTE}|{_DAYPART}|{_VOCATIVE}|{_ACKNOWLEDGED})+",
                       re.IGNORECASE)


def without_greeting(text: str) -> str:
    """``text`` without the greeting it opens with, unless that is all there is."""
    rest = _GREETING.sub("", text, count=1)
    return rest if rest.strip() else text


def corpus() -> list[tuple[str, str, str]]:
    """(source, text, b12 | other) for every training message."""
    rows: list[tuple[str, str, str]] = []
    for path in sorted(CORPUS_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text())
        name = str(data.get("set") or path.stem)
        if (name in redflag_detector.RULES_ONLY_WRITERS
                or name in redflag_detector.DETECTOR_ONLY_WRITERS):
            continue
        for m in data.get("messages") or []:
            # everyday text (training_t7) is not about B12 either
            other = m["category"] == "out_of_scope" or m.get("kind") == "everyday"
            label = OTHER if other else B12
            rows.append((name, without_greeting(str(m["text"])), label))
    for path in sorted(NLU_DIR.rglob("*.yml")):
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            intent = str(block.get("intent", ""))
            if intent == "out_of_scope":
                label = OTHER
            elif intent.startswith("faq/") or intent in _IN_SCOPE_INTENTS:
                label = B12
            else:
                continue  # small talk is neither
            rows += [("nlu", without_greeting(line.strip()[2:]), label)
                     for line in str(block.get("examples") or "").splitlines()
                     if line.strip().startswith("- ")]
    return rows


class ScopeDetector:
    def __init__(self, model: object) -> None:
        self._model = model
        self._other = [str(c) for c in model.classes_].index(OTHER)  # type: ignore[attr-defined]

    def off_topic(self, text: str) -> float:
        """Probability that ``text`` is about something other than B12."""
        return float(self._model.predict_proba([without_greeting(text)])[0][  # type: ignore[attr-defined]
            self._other])


# Everyday text (training_t7) counts less than a question: at full weight it pushed our own
# "what are the red flags that mean go to the ER" over the line (0.56); at 0.3 the held-out
# other-topic questions caught went from 507 to 504 of 580 and that question stays (0.44).
EVERYDAY_WEIGHT = 0.3
EVERYDAY_SET = "training_t7"
# training_t18 (other topics in consumer-health wording, with B12 questions) counts as
# little: at full weight its many "What causes X?" questions pushed B12 questions that name
# no B12 over the bar (46 held-out FAQ questions, "is the nerve damage permanent?"), at
# 0.3 nine, while 443 more held-out other-topic questions crossed it (9280 -> 9723 of
# 10580; by the detector alone, before the other gates).
LIGHT_SETS = frozenset({EVERYDAY_SET, "training_t18"})


def train(rows: list[tuple[str, str, str]] | None = None) -> ScopeDetector:
    rows = corpus() if rows is None else rows
    model = text_model.make_model(c=10.0)
    weights = [EVERYDAY_WEIGHT if source in LIGHT_SETS else 1.0 for source, _, _ in rows]
    model.fit([t for _, t, _ in rows], [label for _, _, label in rows],
              classifier__sample_weight=weights)
    return ScopeDetector(model)


@lru_cache(maxsize=2)
def load(path: str | Path = DEFAULT_PATH) -> ScopeDetector:
    return ScopeDetector(text_model.load(Path(path)))


def main(argv: list[str]) -> int:
    return text_model.build_main(argv, __spec__.name if __spec__ else __name__,
                                 lambda: train()._model)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
