"""Performance benchmark: our stack against the stock `rasa init` bot, in one run.

    .venv/bin/python -m bench.run            # full run (~15 min on 2 cores)
    .venv/bin/python -m bench.run --quick    # smoke version (< 3 min + creating the reference)
    B12_RASA_PATCHES=off .venv/bin/python -m bench.run --out artifacts/bench/patches-off
        # our stack with Rasa as shipped (make bench-patches-off)

Writes artifacts/bench/results.json and artifacts/bench/profile.txt and prints a
markdown table.  See bench/README.md for what every figure means.  Never edits
the project's files: training runs on a copy in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import profile, workload
from bench.heldout import faq_table, heldout_table, scope_table
from bench.stacks import Started, bench_env, cpu_s, memory_mb, start_ours, start_reference
from bot import rasa_patches
from bot.ops.serve import BIN
from bot.settings import ROOT
from bot.training.train import copy_inputs

OUT_DIR = ROOT / "artifacts" / "bench"
SEED = 20240501
TIMEOUT_S = 30.0  # per request


@dataclass
class Plan:
    reps: int  # start + workload repetitions per stack (medians over these)
    train: bool  # measure full training and retraining (once each per stack)
    turns: int  # turns per conversation in the load phases
    single_msgs: int  # one client: at most this many messages ...
    single_s: float  # ... and no conversation started after this many seconds
    load_s: float  # 20 / 50 concurrent: no conversation started after this
    long_turns: int  # the long conversation
    profile_s: int  # py-spy sampling of our Rasa server under 20-concurrent load


FULL = Plan(reps=3, train=True, turns=6, single_msgs=120, single_s=10, load_s=10,
            long_turns=200, profile_s=20)
QUICK = Plan(reps=1, train=False, turns=6, single_msgs=30, single_s=5, load_s=4,
             long_turns=40, profile_s=5)


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- statistics -------------------------------------------------------------------
def pct(values: list[float], q: float) -> float | None:
    """Percentile ``q`` (0..100) with linear interpolation; None if empty."""
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def median(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return statistics.median(vals) if vals else None


# --- training ---------------------------------------------------------------------
def _train(cmd: list[str], cwd: Path, cache: Path, log_file: Path) -> float:
    env = bench_env({"RASA_CACHE_DIRECTORY": str(cache),
                     "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")})
    t0 = time.perf_counter()
    with open(log_file, "ab") as out:
        subprocess.run(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                       check=True, timeout=1800)
    return time.perf_counter() - t0


def edit_first_response(domain: Path) -> None:
    """Change the text of the first response in a (copied) domain file."""
    text = domain.read_text()
    start = text.index("\nresponses:")
    m = re.compile(r'(- text: "?)([^"\n]*)').search(text, start)
    if m is None:
        raise RuntimeError(f"no response text in {domain}")
    domain.write_text(text[: m.end(1)] + "Edited for the benchmark. " + text[m.end(1):])


def ours_train_cmd(out: Path, name: str) -> list[str]:
    # the Makefile's command line (bot/training/train.py), with our own output folder
    return [str(BIN / "python"), "-m", "bot.training.train", "--data", "data",
            "build/data/faq_responses.yml", "--domain", "domain.yml", "--config", "config.yml",
            "--out", str(out), "--fixed-model-name", name]


def ref_train_cmd(out: Path, name: str) -> list[str]:
    return [str(BIN / "rasa"), "train", "--out", str(out), "--fixed-model-name", name]


def measure_training(kind: str, project: Path, cmd: Callable[[Path, str], list[str]],
                     work: Path) -> tuple[dict[str, float], Path]:
    """Full training with an empty cache, then retraining after a response edit."""
    cache, models = work / f"{kind}-cache", work / f"{kind}-models"
    log_file = work / f"{kind}-train.log"
    log(f"{kind}: full training (empty cache)")
    full = _train(cmd(models, "bench"), project, cache, log_file)
    shutil.copy2(models / "bench.tar.gz", models / "served.tar.gz")
    edit_first_response(project / "domain.yml")
    log(f"{kind}: full training took {full:.1f}s; retraining after a response edit")
    # the same command and model name again, as `make train` after the edit
    retrain = _train(cmd(models, "bench"), project, cache, log_file)
    log(f"{kind}: retraining took {retrain:.1f}s")
    return {"train_full_s": full, "retrain_response_s": retrain}, models / "served.tar.gz"


def reference_model(project: Path) -> Path:
    return max((project / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)


def create_reference(work: Path, reuse: Path | None) -> tuple[Path, Path]:
    """The stock bot: ``rasa init --no-prompt`` (creates and trains it) in ``work``.

    With ``reuse`` (a folder a previous run saved), that project is copied instead.
    """
    project = work / "reference"
    if reuse is not None and list((reuse / "models").glob("*.tar.gz")):
        log(f"reference: reusing the rasa init project saved in {reuse}")
        shutil.copytree(reuse, project)
        return project, reference_model(project)
    project.mkdir(parents=True)
    log("reference: rasa init --no-prompt (creates and trains the stock bot)")
    with open(work / "reference-init.log", "wb") as out:
        subprocess.run([str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(project)],
                       cwd=work, env=bench_env(), stdout=out, stderr=subprocess.STDOUT,
                       check=True, timeout=1800, stdin=subprocess.DEVNULL)
    return project, reference_model(project)


# --- load -------------------------------------------------------------------------
def run_load(url: str, convs: list[list[str]], concurrency: int, duration: float,
             prefix: str, work: Path) -> dict[str, Any]:
    spec = {"url": url, "conversations": convs, "concurrency": concurrency,
            "duration_s": duration, "timeout_s": TIMEOUT_S, "sender_prefix": prefix}
    spec_file, out_file = work / f"{prefix}.spec.json", work / f"{prefix}.out.json"
    spec_file.write_text(json.dumps(spec))
    subprocess.run([sys.executable, "-m", "bench.load", str(spec_file), str(out_file)],
                   cwd=ROOT, env=bench_env({"PYTHONPATH": str(ROOT)}), check=True,
                   timeout=duration + 2 * TIMEOUT_S + 60)
    result: dict[str, Any] = json.loads(out_file.read_text())
    return result


def phase_figures(res: dict[str, Any]) -> dict[str, Any]:
    lat = [s[1] * 1000 for s in res["samples"] if s[2]]
    ok = len(lat)
    return {
        "messages": res["messages"], "ok": ok, "errors": res["errors"],
        "error_kinds": res["error_kinds"], "empty_replies": res["empty"],
        "p50_ms": pct(lat, 50), "p99_ms": pct(lat, 99),
        "throughput_msg_s": ok / res["wall_s"] if res["wall_s"] > 0 else None,
    }


def first_reply_ms(url: str) -> float:
    body = json.dumps({"sender": "bench-first", "message": "hello"}).encode()
    req = urllib.request.Request(f"{url}/webhooks/rest/webhook", data=body,
                                 headers={"Content-Type": "application/json"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:
        resp.read()
    return (time.perf_counter() - t0) * 1000


def total_memory(stack: Started) -> dict[str, float]:
    per = {name: memory_mb(pid) for name, pid in stack.pids().items()}
    return {
        "rss_mb": sum(m["rss_mb"] for m in per.values()),
        "peak_mb": sum(m["peak_mb"] for m in per.values()),
        **{f"{name}_rss_mb": m["rss_mb"] for name, m in per.items()},
    }


def serve_rep(kind: str, rep: int, plan: Plan, start: Callable[[Path], Started],
              work: Path, profile_out: Path | None = None) -> dict[str, Any]:
    rdir = work / f"{kind}-rep{rep}"
    rdir.mkdir(parents=True)
    log(f"{kind} rep {rep + 1}/{plan.reps}: starting")
    stack = start(rdir)
    fig: dict[str, Any] = {"ready_s": stack.ready_s}
    try:
        fig["first_reply_ms"] = first_reply_ms(stack.url)
        fig["memory_idle"] = total_memory(stack)
        seed = SEED + rep
        # warm-up (not counted): two conversations
        run_load(stack.url, workload.conversations(kind, 2, plan.turns, seed + 999), 1, 30,
                 f"{kind}-r{rep}-warm", rdir)
        single = workload.conversations(kind, -(-plan.single_msgs // plan.turns), plan.turns, seed)
        fig["c1"] = phase_figures(run_load(stack.url, single, 1, plan.single_s,
                                           f"{kind}-r{rep}-c1", rdir))
        log(f"{kind}: 1 client p50 {fig['c1']['p50_ms']:.0f} ms")
        for c in (20, 50):
            convs = workload.conversations(kind, 2000, plan.turns, seed + c)
            cpu0 = {name: cpu_s(pid) for name, pid in stack.pids().items()}
            fig[f"c{c}"] = phase_figures(run_load(stack.url, convs, c, plan.load_s,
                                                  f"{kind}-r{rep}-c{c}", rdir))
            # CPU per message: what bounds one server process's throughput
            done = max(fig[f"c{c}"]["messages"], 1)
            fig[f"c{c}"]["cpu_ms_per_msg"] = {
                name: (cpu_s(pid) - cpu0[name]) * 1000 / done
                for name, pid in stack.pids().items()}
            log(f"{kind}: {c} concurrent {fig[f'c{c}']['throughput_msg_s']:.1f} msg/s, "
                f"p99 {fig[f'c{c}']['p99_ms']:.0f} ms, errors {fig[f'c{c}']['errors']}")
        long_conv = workload.conversations(kind, 1, plan.long_turns, seed + 7)
        res = run_load(stack.url, long_conv, 1, 600, f"{kind}-r{rep}-long", rdir)
        lat = {s[0]: s[1] * 1000 for s in res["samples"] if s[2]}
        n = plan.long_turns
        fig["long"] = {
            "turns_done": len(lat), "errors": res["errors"],
            "turn1_ms": lat.get(1), f"turn{n}_ms": lat.get(n),
            "first10_median_ms": median([lat.get(t) for t in range(1, 11)]),
            "last10_median_ms": median([lat.get(t) for t in range(n - 9, n + 1)]),
        }
        fig["memory_after_load"] = total_memory(stack)
        if profile_out is not None:
            fig["profile"] = profile_under_load(stack, kind, plan, rdir, profile_out)
    finally:
        stack.stop()
    return fig


def profile_under_load(stack: Started, kind: str, plan: Plan, rdir: Path,
                       out: Path) -> dict[str, Any]:
    if profile.pyspy() is None:
        log("py-spy not installed: no profile (.venv/bin/pip install py-spy)")
        return {"skipped": "py-spy not installed"}
    log(f"{kind}: profiling Rasa + action server with py-spy for {plan.profile_s}s under "
        "20-concurrent load")
    raws = {name: rdir / f"pyspy-{name}.txt" for name in stack.procs}
    spies = {name: profile.record(stack.procs[name].pid, plan.profile_s, raws[name])
             for name in stack.procs}
    convs = workload.conversations(kind, 2000, plan.turns, SEED + 4242)
    res = run_load(stack.url, convs, 20, plan.profile_s, f"{kind}-profile", rdir)
    errs = {}
    for name, spy in spies.items():
        if spy is not None:
            _, err = spy.communicate(timeout=plan.profile_s + 60)
            if spy.returncode:
                errs[name] = err.decode(errors="replace")[-500:]
    msgs = sum(1 for s in res["samples"] if s[2])
    text = [f"py-spy {plan.profile_s}s at 100 Hz, {kind} stack under 20 concurrent "
            f"conversations ({msgs} messages in {res['wall_s']:.1f}s); "
            f"{os.cpu_count()} cores\n"]
    for name, raw in raws.items():
        text.append(profile.summarise(raw, f"{kind} {name} (pid {stack.procs[name].pid})", msgs))
        if raw.exists():
            shutil.copy2(raw, out.parent / f"pyspy-{kind}-{name}.raw.txt")
    for name, err in errs.items():
        text.append(f"py-spy failed on {name}: {err}\n")
    out.write_text("\n".join(text))
    log(f"profile written to {out}")
    return {"messages": msgs, "errors": errs, "file": str(out)}


# --- figures, table ---------------------------------------------------------------
@dataclass
class Row:
    figure: str
    key: str  # path into the per-stack summary
    unit: str
    target: str = ""
    check: Callable[[float, float | None], bool] | None = None  # (ours, reference) -> met


def summarise_stack(train: dict[str, float], reps: list[dict[str, Any]],
                    long_turns: int) -> dict[str, float | None]:
    def m(fn: Callable[[dict[str, Any]], Any]) -> float | None:
        return median([fn(r) for r in reps])

    s: dict[str, float | None] = {
        "train_full_s": train.get("train_full_s"),
        "retrain_response_s": train.get("retrain_response_s"),
        "ready_s": m(lambda r: r["ready_s"]),
        "first_reply_ms": m(lambda r: r["first_reply_ms"]),
        "memory_mb": m(lambda r: r["memory_after_load"]["rss_mb"]),
        "memory_peak_mb": m(lambda r: r["memory_after_load"]["peak_mb"]),
        "memory_idle_mb": m(lambda r: r["memory_idle"]["rss_mb"]),
        "long_first_ms": m(lambda r: r["long"]["first10_median_ms"]),
        "long_last_ms": m(lambda r: r["long"]["last10_median_ms"]),
    }
    for c in (1, 20, 50):
        s[f"c{c}_p50_ms"] = m(lambda r, c=c: r[f"c{c}"]["p50_ms"])
        s[f"c{c}_p99_ms"] = m(lambda r, c=c: r[f"c{c}"]["p99_ms"])
        s[f"c{c}_msg_s"] = m(lambda r, c=c: r[f"c{c}"]["throughput_msg_s"])
        s[f"c{c}_errors"] = float(sum(r[f"c{c}"]["errors"] for r in reps))
    for c in (20, 50):
        s[f"c{c}_cpu_rasa_ms"] = m(lambda r, c=c: r[f"c{c}"]["cpu_ms_per_msg"]["rasa"])
        s[f"c{c}_cpu_actions_ms"] = m(lambda r, c=c: r[f"c{c}"]["cpu_ms_per_msg"]["actions"])
    first, last = s["long_first_ms"], s["long_last_ms"]
    s["long_growth"] = last / first if first and last else None
    return s


def rows(long_turns: int) -> list[Row]:
    def le(limit: float) -> Callable[[float, float | None], bool]:
        return lambda o, _r: o <= limit

    return [
        Row("full training (s)", "train_full_s", "s", "≤ 30", le(30)),
        Row("retraining after a response-text edit (s)", "retrain_response_s", "s", "≤ 15",
            le(15)),
        Row("start to ready, Rasa + action server (s)", "ready_s", "s", "≤ 4", le(4)),
        Row("first reply after ready (ms)", "first_reply_ms", "ms"),
        Row("resident memory Rasa + actions after load (MB)", "memory_mb", "MB", "≤ 400",
            le(400)),
        Row("peak resident memory Rasa + actions (MB)", "memory_peak_mb", "MB"),
        Row("1 client: p50 (ms)", "c1_p50_ms", "ms", "≤ 10", le(10)),
        Row("1 client: p99 (ms)", "c1_p99_ms", "ms", "≤ 30", le(30)),
        Row("1 client: throughput (msg/s)", "c1_msg_s", "msg/s"),
        Row("20 concurrent: throughput (msg/s)", "c20_msg_s", "msg/s", "≥ 100 and ≥ 5× ref",
            lambda o, r: o >= 100 and (r is None or o >= 5 * r)),
        Row("20 concurrent: p50 (ms)", "c20_p50_ms", "ms"),
        Row("20 concurrent: p99 (ms)", "c20_p99_ms", "ms", "≤ 300", le(300)),
        Row("20 concurrent: errors", "c20_errors", ""),
        Row("20 concurrent: Rasa CPU per message (ms)", "c20_cpu_rasa_ms", "ms"),
        Row("20 concurrent: action server CPU per message (ms)", "c20_cpu_actions_ms", "ms"),
        Row("50 concurrent: throughput (msg/s)", "c50_msg_s", "msg/s"),
        Row("50 concurrent: p50 (ms)", "c50_p50_ms", "ms"),
        Row("50 concurrent: p99 (ms)", "c50_p99_ms", "ms"),
        Row("50 concurrent: errors", "c50_errors", ""),
        Row("long conversation: turns 1–10, median (ms)", "long_first_ms", "ms"),
        Row(f"long conversation: turns {long_turns - 9}–{long_turns}, median (ms)",
            "long_last_ms", "ms"),
        Row(f"long conversation: turn {long_turns} / turn 1 (×)", "long_growth", "×", "≤ 1.2",
            le(1.2)),
    ]


def fmt(v: float | None) -> str:
    if v is None:
        return "–"
    if float(v).is_integer() and abs(v) < 1e6:
        return f"{v:.0f}"
    return f"{v:.0f}" if abs(v) >= 100 else f"{v:.1f}" if abs(v) >= 10 else f"{v:.2f}"


def table(ours: dict[str, float | None], ref: dict[str, float | None],
          long_turns: int) -> tuple[str, list[dict[str, Any]]]:
    lines = ["| figure | ours | reference | ours / ref | target | met? |",
             "|---|---:|---:|---:|---|---|"]
    out = []
    for row in rows(long_turns):
        o, r = ours.get(row.key), ref.get(row.key)
        ratio = o / r if o is not None and r else None
        met = None if row.check is None or o is None else row.check(o, r)
        mark = "" if met is None else ("yes" if met else "**no**")
        lines.append(f"| {row.figure} | {fmt(o)} | {fmt(r)} | {fmt(ratio)} | {row.target} | "
                     f"{mark} |")
        out.append({**asdict(row), "check": None, "ours": o, "reference": r, "ratio": ratio,
                    "met": met})
    return "\n".join(lines), out


# --- main -------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small smoke version")
    ap.add_argument("--reps", type=int, help="start + workload repetitions per stack")
    ap.add_argument("--no-train", action="store_true", help="skip the training figures")
    ap.add_argument("--no-profile", action="store_true", help="skip the py-spy profile")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="results folder")
    ap.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    ap.add_argument("--fresh-reference", action="store_true",
                    help="with --quick: run `rasa init` even if a saved reference exists")
    args = ap.parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.reps:
        plan.reps = args.reps
    if args.no_train:
        plan.train = False
    os.environ.update(bench_env())
    args.out.mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()
    load_before = os.getloadavg()
    # Our processes inherit the switch (bot.rasa_patches); the reference never reads it.
    patches = "on" if rasa_patches.enabled_by_env() else "off"
    log(f"{'quick' if args.quick else 'full'} run, {os.cpu_count()} cores, load average "
        f"{load_before[0]:.2f} (should be near 0), Rasa patches {patches} in ours "
        f"({rasa_patches.SWITCH}), plan {plan}")
    if not (ROOT / "build" / "spacy_b12" / "config.cfg").exists() or \
            not (ROOT / "build" / "data" / "faq_responses.yml").exists():
        log("make build")
        subprocess.run(["make", "build"], cwd=ROOT, check=True)

    work = Path(tempfile.mkdtemp(prefix="b12-bench-"))
    log(f"work folder {work}")
    try:
        saved = args.out / "reference-project"
        reuse = saved if args.quick and not args.fresh_reference else None
        ref_project, ref_model = create_reference(work, reuse)
        if reuse is None:  # keep it for later --quick runs (artifacts/ is git-ignored)
            shutil.rmtree(saved, ignore_errors=True)
            shutil.copytree(ref_project, saved, ignore=shutil.ignore_patterns(".rasa"))
        ours_model = work / "ours-current.tar.gz"
        train: dict[str, dict[str, float]] = {"ours": {}, "reference": {}}
        if plan.train:
            copy_inputs(work / "ours-project")  # edited there, never here
            train["ours"], trained = measure_training(
                "ours", work / "ours-project", ours_train_cmd, work)
            shutil.copy2(trained, ours_model)
            ref_copy = work / "reference-train"
            shutil.copytree(ref_project, ref_copy, ignore=shutil.ignore_patterns("models", ".rasa"))
            train["reference"], _ = measure_training("reference", ref_copy, ref_train_cmd, work)
        else:
            current = ROOT / "models" / "current.tar.gz"
            if not current.exists():
                raise SystemExit("no models/current.tar.gz: run `make train` or drop --no-train")
            shutil.copy2(current, ours_model)

        starters: dict[str, Callable[[Path], Started]] = {
            "ours": lambda d: start_ours(d, ours_model),
            "reference": lambda d: start_reference(ref_project, ref_model, d),
        }
        reps: dict[str, list[dict[str, Any]]] = {"ours": [], "reference": []}
        for rep in range(plan.reps):
            for kind in ("ours", "reference"):  # interleaved, so drift hits both
                last = rep == plan.reps - 1
                prof = args.out / "profile.txt" if kind == "ours" and last and \
                    not args.no_profile else None
                reps[kind].append(serve_rep(kind, rep, plan, starters[kind], work, prof))

        # Understanding next to speed: the held-out red-flag figures of this same build.
        heldout_stack = starters["ours"](work / "heldout")
        try:
            heldout_md, heldout_data = heldout_table(heldout_stack.url)
            heldout_md += "\n\n" + faq_table(heldout_stack.url)
            heldout_md += "\n\n" + scope_table(heldout_stack.url)
        finally:
            heldout_stack.stop()
        summary = {k: summarise_stack(train[k], reps[k], plan.long_turns) for k in reps}
        md, table_rows = table(summary["ours"], summary["reference"], plan.long_turns)
        elapsed = time.perf_counter() - t_start
        header = (f"B12 assistant vs stock `rasa init` bot — {os.cpu_count()} cores, "
                  f"{'quick' if args.quick else 'full'} run, medians of {plan.reps} start+load "
                  f"repetition(s) per stack; training figures: "
                  f"{'1 run each' if plan.train else 'not measured'}; "
                  f"{plan.turns} turns per conversation; total {elapsed / 60:.1f} min; "
                  f"1-min load average before the run {load_before[0]:.2f}; "
                  f"Rasa patches {patches} in ours")
        results = {
            "header": header, "cores": os.cpu_count(), "quick": args.quick,
            "plan": asdict(plan), "rasa_patches": patches, "seed": SEED,
            "request_timeout_s": TIMEOUT_S,
            "elapsed_s": elapsed, "loadavg_before": load_before, "table": table_rows,
            "summary": summary,
            "training": train, "repetitions": reps, "heldout": heldout_data,
        }
        (args.out / "results.json").write_text(json.dumps(results, indent=2))
        print(f"\n{header}\n\n{md}\n\n{heldout_md}\n\nresults: {args.out / 'results.json'}")
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
