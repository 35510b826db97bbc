"""Sample a running server with py-spy and summarise where the time goes.

py-spy (``.venv/bin/pip install py-spy``) records collapsed stacks
(``--format raw --nolineno --nonblocking``) of a process while load runs.  The
summary groups samples into the parts of a message's path (NLU components,
policies, action server round-trips, tracker store, web server / event loop)
and lists the top functions by self and by inclusive samples.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bot.ops.serve import BIN

# A stack counts for the FIRST stage (in this order) that any of its frames
# matches, so numpy work under FaqSelector is FaqSelector's.
# py-spy is a CPU sampler: time spent awaiting the action server's reply is
# idle time in the event loop and is not sampled (the action server process is
# profiled separately; the round-trip itself is in the latency figures).
STAGES: list[tuple[str, re.Pattern[str]]] = [
    # RemoteAction._validate_action_result: jsonschema on every action server reply
    # (py-spy cuts very deep stacks, so bare jsonschema frames count here too)
    ("actions: validating action server replies (jsonschema)",
     re.compile(r"jsonschema/|_validate_action_result")),
    ("NLU: FaqSelector (bot.rasa_ext.faq_selector)", re.compile(r"bot/rasa_ext/faq_selector\.py")),
    ("NLU: B12Extractor: spaCy, detectors, guard (bot.rasa_ext.nlu_component, bot.nlp)",
     re.compile(r"bot/rasa_ext/nlu_component\.py|bot/nlp/|spacy/")),
    ("NLU: ResponseSelector (TensorFlow)", re.compile(r"response_selector\.py|tensorflow/")),
    ("NLU: LogisticRegressionClassifier", re.compile(r"logistic_regression_classifier\.py")),
    ("NLU: CountVectorsFeaturizer", re.compile(r"count_vectors_featurizer\.py")),
    ("NLU: tokenizer / fallback / other", re.compile(r"rasa/nlu/")),
    ("policies: TriagePolicy", re.compile(r"bot/rasa_ext/triage_policy\.py")),
    ("policies: RulePolicy / Memoization", re.compile(r"rule_policy\.py|memoization\.py")),
    ("policies: ensemble / featurisation / other",
     re.compile(r"rasa/core/policies/|rasa/core/featurizers/")),
    ("actions: responses + action server calls (aiohttp client)",
     re.compile(r"rasa/core/actions/action\.py|rasa/utils/endpoints\.py|aiohttp/client")),
    ("tracker store (SQL)", re.compile(r"tracker_store\.py|sqlalchemy/")),
    ("graph runner / processor glue",
     re.compile(r"rasa/engine/|rasa/core/processor\.py|rasa/core/agent\.py|"
                r"bot/rasa_patches/runner\.py|dask/")),
    ("domain / events / tracker objects", re.compile(r"rasa/shared/")),
    ("web server (sanic) / asyncio / other", re.compile(r".")),
]


# The event loop waiting for I/O: not work.  (--nonblocking sampling cannot tell
# idle threads apart, so these leaves are dropped explicitly.)
IDLE_LEAVES = re.compile(r"^(serve \(sanic/server/runners\.py\)|select \(selectors\.py\)|"
                         r"run_forever \(asyncio/base_events\.py\)|"
                         r"_run_once \(asyncio/base_events\.py\)|poll \(selectors\.py\))$")


def pyspy() -> str | None:
    exe = BIN / "py-spy"
    return str(exe) if exe.exists() else shutil.which("py-spy")


def record(pid: int, seconds: int, out: Path, rate: int = 100) -> subprocess.Popen[bytes] | None:
    """Start py-spy on ``pid`` for ``seconds``; returns the process (None if no py-spy)."""
    exe = pyspy()
    if exe is None:
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(
        [exe, "record", "--pid", str(pid), "--duration", str(seconds), "--rate", str(rate),
         "--format", "raw", "--nolineno", "--nonblocking", "--output", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _parse(raw: Path) -> list[tuple[list[str], int]]:
    stacks = []
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stacks.append((stack.split(";"), int(count)))
    return stacks


def _short(frame: str) -> str:
    return re.sub(r"\(/\S*?/site-packages/", "(", frame).replace("/work/main/", "")


def stage_of(frames: list[str]) -> str:
    for name, pattern in STAGES:
        if any(pattern.search(f) for f in frames):
            return name
    return STAGES[-1][0]


def summarise(raw: Path, label: str, messages: int, rate: int = 100, top: int = 25) -> str:
    """A text report of one py-spy raw profile; ``messages`` served while sampling."""
    every = _parse(raw) if raw.exists() else []
    stacks = [(f, c) for f, c in every if not (f and IDLE_LEAVES.match(_short(f[-1])))]
    idle = sum(c for _, c in every) - sum(c for _, c in stacks)
    roots = ("<module>", "_run_module_as_main")
    cut = sum(c for f, c in stacks if f and not f[0].startswith(roots))
    total = sum(c for _, c in stacks)
    if not total:
        return f"== {label}: no busy samples ({idle} idle)\n"
    per_msg = 1000.0 / rate / max(messages, 1)  # ms of sampled (busy) time per sample per msg
    lines = [f"== {label}: {total} busy samples at {rate} Hz = {total / rate:.1f} s busy "
             f"in Python; {messages} messages served while sampling "
             f"-> {total * per_msg:.1f} ms busy per message; {idle} idle samples (event loop "
             f"waiting) left out; {cut} busy stacks cut short by py-spy"]
    stages: Counter[str] = Counter()
    self_c: Counter[str] = Counter()
    incl: Counter[str] = Counter()
    for frames, count in stacks:
        stages[stage_of(frames)] += count
        if frames:
            self_c[_short(frames[-1])] += count
        for f in set(frames):
            incl[_short(f)] += count
    lines.append("\n-- by stage of the message path (share of busy samples, ms per message)")
    for name, c in stages.most_common():
        lines.append(f"{100 * c / total:6.1f}%  {c * per_msg:7.2f} ms  {name}")
    lines.append(f"\n-- top {top} functions by inclusive samples")
    for f, c in incl.most_common(top):
        lines.append(f"{100 * c / total:6.1f}%  {f}")
    lines.append(f"\n-- top {top} functions by self samples")
    for f, c in self_c.most_common(top):
        lines.append(f"{100 * c / total:6.1f}%  {f}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m bench.profile RAW LABEL MESSAGES
    print(summarise(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
