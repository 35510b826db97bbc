"""Figures for README "Scaling out": what the scaled profile costs and gains on this machine.

    .venv/bin/python -m bench.cluster            # about 10 minutes on 2 cores

1. Added latency per turn: one client, turn after turn, against the embedded profile
   (bot.ops.serve: SQLite, in-memory lock) and against one replica of the cluster directly
   (PostgreSQL, Redis; its action calls go through nginx), then through nginx with 2
   replicas (round robin: consecutive turns on different replicas) and with 1.
2. Throughput and p99 through nginx with 2 replicas, then with 1 (the other stopped):
   20 concurrent conversations (bench/load.py, bench/workload.py, as `make bench`), and
   how many of the machine's cores were busy meanwhile.
Both profiles run at once and their phases alternate, so drift in the machine's load
hits both alike. Every phase is repeated REPS times; the table shows medians. Writes
artifacts/bench/cluster.json. Run it on a quiet machine: the load average is printed.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from bench import workload
from bench.run import OUT_DIR, SEED, log, median, phase_figures, run_load
from bench.stacks import bench_env, start_ours
from bot.ops.cluster import Cluster, ClusterSettings
from bot.settings import ROOT

REPS = 5
TURNS = 6
SINGLE_MSGS = 60  # one client: messages per repetition
LOAD_S = 12.0  # 20 concurrent: no new conversation after this
CONCURRENCY = 20


def single(url: str, tag: str, rep: int, work: Path) -> dict[str, Any]:
    convs = workload.conversations("ours", SINGLE_MSGS // TURNS, TURNS, SEED + rep)
    return phase_figures(run_load(url, convs, 1, 600, f"{tag}-c1-r{rep}", work))


def _cpu_times() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    fields = [float(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def concurrent(url: str, tag: str, rep: int, work: Path) -> dict[str, Any]:
    convs = workload.conversations("ours", 2000, TURNS, SEED + 100 + rep)
    busy0, total0 = _cpu_times()
    figures = phase_figures(run_load(url, convs, CONCURRENCY, LOAD_S, f"{tag}-c20-r{rep}",
                                     work))
    busy1, total1 = _cpu_times()
    figures["busy_cores"] = (busy1 - busy0) / (total1 - total0) * (os.cpu_count() or 1)
    return figures


def warm_up(url: str, tag: str, work: Path) -> None:
    run_load(url, workload.conversations("ours", 4, TURNS, SEED + 999), 2, 60, f"{tag}-warm",
             work)


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "p50_ms": median([r["p50_ms"] for r in runs]),
        "p99_ms": median([r["p99_ms"] for r in runs]),
        "throughput_msg_s": median([r["throughput_msg_s"] for r in runs]),
        "errors": sum(r["errors"] for r in runs),
        "busy_cores": median([r.get("busy_cores") for r in runs]),
        "runs": runs,
    }


def measure(work: Path, model: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both profiles up at once, their phases interleaved: drift hits both alike."""
    log("starting the embedded profile (SQLite, in-memory lock) and the cluster (PostgreSQL, "
        "Redis, 2 replicas, 2 action servers, nginx)")
    # PostgreSQL runs as the postgres user, who must reach its folder: not under work/.
    run_dir = Path(tempfile.mkdtemp(prefix="b12-bench-cluster-"))
    cluster = Cluster(ClusterSettings.on_free_ports(run_dir))
    embedded = start_ours(work / "embedded", model)
    runs: dict[str, list[dict[str, Any]]] = {}

    def phase(name: str, fn: Any, url: str, rep: int) -> None:
        runs.setdefault(name, []).append(fn(url, name, rep, work))

    try:
        cluster.start(web=False)
        warm_up(embedded.url, "embedded", work)
        warm_up(cluster.url, "cluster", work)
        for rep in range(REPS):
            phase("c1_embedded", single, embedded.url, rep)
            phase("c1_replica", single, cluster.replica_url(0), rep)
            phase("c1_two", single, cluster.url, rep)
        for rep in range(REPS):
            phase("c20_embedded", concurrent, embedded.url, rep)
            phase("c20_two", concurrent, cluster.url, rep)
        embedded.stop()
        log("stopping replica 1: the same phases on one replica")
        cluster.stack.stop("rasa-1")
        for rep in range(REPS):
            phase("c1_one", single, cluster.url, rep)
            phase("c20_one", concurrent, cluster.url, rep)
    finally:
        embedded.stop()
        cluster.stop()
        shutil.rmtree(run_dir, ignore_errors=True)
    out = {name: summarise(phase_runs) for name, phase_runs in runs.items()}
    # Per repetition, replica minus embedded: the two ran one after the other.
    out["added_ms"] = median([r["p50_ms"] - e["p50_ms"] for r, e in
                              zip(runs["c1_replica"], runs["c1_embedded"], strict=True)])
    return {"c1": out.pop("c1_embedded"), "c20": out.pop("c20_embedded")}, out


def fmt(value: float | None, unit: str = "") -> str:
    return "–" if value is None else f"{value:.0f}{unit}" if value >= 10 else f"{value:.1f}{unit}"


def table(embedded: dict[str, Any], cluster: dict[str, Any]) -> str:
    e1, r1 = embedded["c1"], cluster["c1_replica"]
    n1, n2 = cluster["c1_one"], cluster["c1_two"]
    rows = [
        "| figure | embedded (SQLite) | cluster: 1 replica | cluster: 2 replicas |",
        "|---|---:|---:|---:|",
        f"| 1 client, direct to Rasa: p50 / p99 (ms) | {fmt(e1['p50_ms'])} / "
        f"{fmt(e1['p99_ms'])} | {fmt(r1['p50_ms'])} / {fmt(r1['p99_ms'])} | |",
        f"| 1 client, through nginx: p50 / p99 (ms) | | {fmt(n1['p50_ms'])} / "
        f"{fmt(n1['p99_ms'])} | {fmt(n2['p50_ms'])} / {fmt(n2['p99_ms'])} |",
    ]
    e20, one, two = embedded["c20"], cluster["c20_one"], cluster["c20_two"]
    rows.append(f"| {CONCURRENCY} concurrent: throughput (msg/s) | {fmt(e20['throughput_msg_s'])} "
                f"(direct) | {fmt(one['throughput_msg_s'])} | {fmt(two['throughput_msg_s'])} |")
    rows.append(f"| {CONCURRENCY} concurrent: p50 / p99 (ms) | {fmt(e20['p50_ms'])} / "
                f"{fmt(e20['p99_ms'])} | {fmt(one['p50_ms'])} / {fmt(one['p99_ms'])} | "
                f"{fmt(two['p50_ms'])} / {fmt(two['p99_ms'])} |")
    rows.append(f"| {CONCURRENCY} concurrent: errors | {e20['errors']} | {one['errors']} | "
                f"{two['errors']} |")
    rows.append(f"| {CONCURRENCY} concurrent: busy cores (of {os.cpu_count()}) | "
                f"{fmt(e20['busy_cores'])} | {fmt(one['busy_cores'])} | "
                f"{fmt(two['busy_cores'])} |")

    def diff(a: dict[str, Any], b: dict[str, Any]) -> str:
        return fmt(a["p50_ms"] - b["p50_ms"], " ms") if a["p50_ms"] and b["p50_ms"] else "–"

    rows.append(f"\nAdded per turn (1 client, p50): PostgreSQL + Redis "
                f"{fmt(cluster['added_ms'], ' ms')} (replica direct minus embedded, median of "
                f"the {REPS} paired runs); nginx {diff(n1, r1)}; round robin over 2 replicas "
                f"{diff(n2, n1)} more (each turn reloads the tracker the other replica wrote).")
    return "\n".join(rows)


def main() -> int:
    os.environ.update(bench_env())
    model = ROOT / "models" / "current.tar.gz"
    if not model.exists():
        raise SystemExit("No trained model: run `make train`.")
    load = os.getloadavg()[0]
    log(f"{os.cpu_count()} cores, load average {load:.2f} (should be near 0)")
    work = Path(tempfile.mkdtemp(prefix="b12-bench-"))
    try:
        embedded, cluster = measure(work, model)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    result = {"cores": os.cpu_count(), "load_average_before": load, "reps": REPS,
              "embedded": embedded, "cluster": cluster}
    (OUT_DIR / "cluster.json").write_text(json.dumps(result, indent=2))
    print(f"\n{os.cpu_count()} cores, load average before the run {load:.2f}; "
          f"medians of {REPS} runs\n")
    print(table(embedded, cluster))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
