"""`make run`'s launcher stops every process on Ctrl-C, also when it was started from a
shell that ignores SIGINT for its background jobs (Python keeps an inherited ignore)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

from bot.ops.serve import free_port, wait_http
from bot.settings import ROOT


def _alive(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            continue
        alive.append(pid)
    return alive


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def test_sigint_stops_the_stack_although_it_was_ignored(tmp_path: Path) -> None:
    ports = {"RASA_PORT": free_port(), "ACTION_PORT": free_port(), "WEB_PORT": free_port()}
    env = {**os.environ, **{k: str(v) for k, v in ports.items()},
           "TRACKER_DB": str(tmp_path / "tracker.db")}
    with open(tmp_path / "serve.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.ops.serve", "run"], cwd=ROOT, env=env, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))  # noqa: PLW1509
    children: list[int] = []
    try:
        wait_http(f"http://127.0.0.1:{ports['WEB_PORT']}/healthz", 180, proc)
        children = _children(proc.pid)
        assert len(children) == 3  # action server, Rasa, demo page
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in the terminal sends
        assert proc.wait(timeout=30) == 0
        assert _alive(children) == []
    finally:  # each child has a process group of its own
        for pid in [proc.pid, *_alive(children)]:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        proc.wait()
