"""Start and stop the two stacks under test, and read their memory.

ours:      bot.ops.serve.Stack, exactly the processes `make run` starts (action server,
           then Rasa), on free loopback ports, tracker db in the bench work dir.
           The web demo page server is not started: it is not in the message path.
reference: the `rasa init` project: `rasa run actions` in its folder, then
           `rasa run` with its stock config (in-memory tracker store).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.ops.serve import BIN, Stack, free_port, wait_http
from bot.settings import Settings


def bench_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment the Makefile exports, for every child we start."""
    env = dict(os.environ)
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("PYTHONWARNINGS", "ignore")
    env["RASA_TELEMETRY_ENABLED"] = "false"
    env.update(extra or {})
    return env


@dataclass
class Started:
    """A running stack: its URL, its processes and how long it took to be ready."""

    kind: str
    url: str
    procs: dict[str, subprocess.Popen[bytes]]
    ready_s: float
    stop_fn: object = field(repr=False, default=None)

    def pids(self) -> dict[str, int]:
        return {name: p.pid for name, p in self.procs.items()}

    def stop(self) -> None:
        if callable(self.stop_fn):
            self.stop_fn()


def start_ours(workdir: Path, model: Path, timeout: float = 300) -> Started:
    settings = Settings.from_env({})
    settings.rasa_port = free_port()
    settings.action_port = free_port()
    settings.web_port = free_port()
    settings.tracker_db = str(workdir / "tracker.db")
    settings.model = str(model)
    settings.log_dir = workdir / "logs"
    stack = Stack(settings)
    t0 = time.perf_counter()
    try:
        stack.start_servers(timeout=timeout)  # as `make run` starts them
    except BaseException:
        stack.stop()
        raise
    ready = time.perf_counter() - t0
    return Started("ours", f"http://127.0.0.1:{settings.rasa_port}", stack.procs, ready,
                   stop_fn=stack.stop)


class _Group:
    """Child processes in their own process groups, stopped with SIGTERM then SIGKILL."""

    def __init__(self, cwd: Path, log_dir: Path, env: dict[str, str]) -> None:
        self.cwd, self.log_dir, self.env = cwd, log_dir, env
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def spawn(self, name: str, cmd: list[str]) -> subprocess.Popen[bytes]:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_dir / f"{name}.log", "ab") as out:
            proc = subprocess.Popen(cmd, cwd=self.cwd, env=self.env, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        self.procs[name] = proc
        return proc

    def stop(self, grace: float = 10) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for proc in self.procs.values():
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.procs.clear()


def start_reference(project: Path, model: Path, workdir: Path, timeout: float = 300) -> Started:
    rasa_port, action_port = free_port(), free_port()
    endpoints = workdir / "endpoints.yml"
    workdir.mkdir(parents=True, exist_ok=True)
    endpoints.write_text(f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n")
    group = _Group(project, workdir / "logs", bench_env())
    rasa = str(BIN / "rasa")
    t0 = time.perf_counter()
    try:
        proc = group.spawn("actions", [rasa, "run", "actions", "--port", str(action_port)])
        wait_http(f"http://127.0.0.1:{action_port}/health", timeout, proc)
        proc = group.spawn("rasa", [rasa, "run", "--model", str(model), "--port", str(rasa_port),
                                    "--endpoints", str(endpoints),
                                    "--credentials", str(project / "credentials.yml")])
        wait_http(f"http://127.0.0.1:{rasa_port}/", timeout, proc)
    except BaseException:
        group.stop()
        raise
    ready = time.perf_counter() - t0
    return Started("reference", f"http://127.0.0.1:{rasa_port}", dict(group.procs), ready,
                   stop_fn=group.stop)


# --- memory -------------------------------------------------------------------
def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    tree = _children()
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo.extend(tree.get(p, []))
    return seen


def cpu_s(pid: int) -> float:
    """CPU time (user + system) used so far by ``pid`` and its living descendants."""
    total = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (peak) of ``pid`` and all its descendants, in MB."""
    seen = _tree(pid)
    return {
        "rss_mb": sum(_status_kb(p, "VmRSS") for p in seen) / 1024,
        "peak_mb": sum(_status_kb(p, "VmHWM") for p in seen) / 1024,
    }
