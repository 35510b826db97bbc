"""Keeps the stack's servers up: a child that exits unexpectedly is started again.

Used by `make run` (bot/ops/serve.py) and `make run-cluster` (bot/ops/cluster.py) once
every server answered its readiness probe. Per server:

- an exit is logged on one line (which server, pid, exit code or signal, next try), the
  server is started again after a back-off (RestartPolicy: 1 s, 2 s, 4 s ... at most 30 s;
  back to 1 s once it had run a minute), and "ready again" is logged when its readiness
  probe answers, with the time since it stopped;
- five exits within two minutes is a crash loop: said plainly once, tries go on at the
  back-off, and the other servers keep serving;
- the others are never touched: Rasa answers emergencies with the action server down.

A server that is alive but slow is left alone: restarting a busy Rasa would cut off every
conversation in it. Ctrl-C and SIGTERM end the loop by exception (bot/ops/serve.py), and
the caller stops every process. Our own loop rather than supervisord or circus: README,
"Supervision", says why.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol


class Process(Protocol):
    """What the loop needs of a child (subprocess.Popen; fakes in the unit tests)."""

    pid: int

    def poll(self) -> int | None: ...


@dataclass(frozen=True)
class RestartPolicy:
    first_delay_s: float = 1.0
    max_delay_s: float = 30.0
    reset_after_up_s: float = 60.0  # a server up this long starts its back-off anew
    crash_loop_exits: int = 5
    crash_loop_window_s: float = 120.0

    def delay(self, restarts_in_a_row: int) -> float:
        return min(self.first_delay_s * 2 ** restarts_in_a_row, self.max_delay_s)


@dataclass
class Program:
    """One supervised server: how to start it (registering it with the stack) and whether
    it is ready (its readiness probe: must answer within about a second)."""

    name: str
    start: Callable[[], Process]
    ready: Callable[[], bool]


@dataclass
class _State:
    proc: Process
    started: float
    ready: bool = True
    restarts_in_a_row: int = 0
    exits: deque[float] = field(default_factory=deque)
    down_since: float | None = None
    restart_at: float | None = None
    crash_loop: bool = False


def describe_exit(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def log_stderr(line: str) -> None:
    print(f"[supervisor] {line}", file=sys.stderr, flush=True)


def kill_group(pid: int) -> None:
    """What a dead server left in its process group (each child leads its own)."""
    if pid <= 0:  # 0 or less would be our own group, or every process we may signal
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


class Supervisor:
    def __init__(self, programs: list[Program], running: Mapping[str, Process],
                 policy: RestartPolicy | None = None,
                 log: Callable[[str], None] = log_stderr,
                 clock: Callable[[], float] = time.monotonic,
                 reap: Callable[[int], None] = kill_group) -> None:
        """``running``: each program's process as started (and found ready) by the caller."""
        self.programs = programs
        self.policy = policy or RestartPolicy()
        self.log, self.clock, self.reap = log, clock, reap
        now = clock()
        self.states = {p.name: _State(running[p.name], now) for p in programs}

    def run(self, tick_s: float = 0.2) -> None:
        """Supervise until an exception (KeyboardInterrupt, SystemExit) ends it."""
        while True:
            self.tick()
            time.sleep(tick_s)

    def tick(self) -> None:
        for program in self.programs:
            state = self.states[program.name]
            now = self.clock()
            if state.restart_at is not None:
                if now >= state.restart_at:
                    self._restart(program, state, now)
                continue
            code = state.proc.poll()
            if code is not None:
                self._exited(program, state, code, now)
            elif not state.ready and program.ready():
                self._ready(program, state, self.clock())
            elif state.crash_loop and now - state.started >= self.policy.reset_after_up_s:
                state.crash_loop = False
                self.log(f"{program.name} has run {self.policy.reset_after_up_s:g} s: "
                         "the crash loop is over.")

    def _exited(self, program: Program, state: _State, code: int, now: float) -> None:
        policy = self.policy
        self.reap(state.proc.pid)
        if now - state.started >= policy.reset_after_up_s:
            state.restarts_in_a_row = 0
        delay = policy.delay(state.restarts_in_a_row)
        state.restarts_in_a_row += 1
        state.restart_at = now + delay
        if state.down_since is None:
            state.down_since = now
        state.exits.append(now)
        while now - state.exits[0] > policy.crash_loop_window_s:
            state.exits.popleft()
        self.log(f"{program.name} (pid {state.proc.pid}) stopped unexpectedly "
                 f"({describe_exit(code)}); starting it again in {delay:g} s.")
        if len(state.exits) >= policy.crash_loop_exits and not state.crash_loop:
            state.crash_loop = True
            others = ", ".join(p.name for p in self.programs if p is not program)
            self.log(f"CRASH LOOP: {program.name} stopped {len(state.exits)} times within "
                     f"{policy.crash_loop_window_s:g} s. It is tried again at most every "
                     f"{policy.max_delay_s:g} s; the other servers ({others}) keep serving. "
                     "Its own output says why.")

    def _restart(self, program: Program, state: _State, now: float) -> None:
        state.restart_at = None
        state.started, state.ready = now, False
        try:
            state.proc = program.start()
        except OSError as exc:  # e.g. out of processes: try again later, as for an exit
            self.log(f"{program.name} could not be started: {exc}")
            state.proc = _NotStarted()

    def _ready(self, program: Program, state: _State, now: float) -> None:
        state.ready = True
        since = now - (state.down_since if state.down_since is not None else state.started)
        state.down_since = None
        self.log(f"{program.name} is ready again (pid {state.proc.pid}), {since:.1f} s after "
                 "it stopped.")


class _NotStarted:
    """A start that failed counts as an immediate exit."""

    pid = 0

    def poll(self) -> int:
        return 1
