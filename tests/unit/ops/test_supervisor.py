"""The supervisor's loop (bot/ops/supervisor.py): back-off, reset, crash loop, others untouched.

The policy is checked on a fake clock and fake processes; the crash loop once more with
real processes: one that exits at once and a web server that must keep answering.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field

import pytest

from bot.ops.serve import free_port, http_ready, wait_http
from bot.ops.supervisor import Program, RestartPolicy, Supervisor, describe_exit


@dataclass
class FakeProc:
    pid: int
    code: int | None = None

    def poll(self) -> int | None:
        return self.code


@dataclass
class Clock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Harness:
    """One program ``crashy`` (and a steady ``other``) under a supervisor on a fake clock."""

    clock: Clock = field(default_factory=Clock)
    lines: list[str] = field(default_factory=list)
    started: list[FakeProc] = field(default_factory=list)
    ready: bool = True

    def __post_init__(self) -> None:
        self.other = FakeProc(2)
        self.sup = Supervisor(
            [Program("crashy", self._start, lambda: self.ready),
             Program("other", lambda: pytest.fail("other must not be restarted"),
                     lambda: True)],
            {"crashy": FakeProc(1), "other": self.other},
            log=self.lines.append, clock=self.clock, reap=lambda pid: None)

    def _start(self) -> FakeProc:
        proc = FakeProc(100 + len(self.started))
        self.started.append(proc)
        return proc

    @property
    def current(self) -> FakeProc:
        return self.started[-1] if self.started else self.sup.states["crashy"].proc  # type: ignore[return-value]

    def crash(self, code: int = 1) -> float:
        """The current process exits; returns the back-off the supervisor chose."""
        self.current.code = code
        self.sup.tick()
        state = self.sup.states["crashy"]
        assert state.restart_at is not None
        return state.restart_at - self.clock.now

    def wait(self, seconds: float) -> None:
        self.clock.now += seconds
        self.sup.tick()


def test_back_off_doubles_up_to_30_s() -> None:
    h = Harness()
    delays = []
    for _ in range(7):
        delay = h.crash()
        delays.append(delay)
        h.wait(delay)  # started again
        h.wait(0.5)  # ready, then dies again soon
    assert delays == [1, 2, 4, 8, 16, 30, 30]
    assert len(h.started) == 7
    assert h.other.code is None and h.sup.states["other"].restart_at is None


def test_back_off_starts_again_after_a_minute_up() -> None:
    h = Harness()
    for expected in (1, 2, 4):
        assert h.crash() == expected
        h.wait(expected)
    h.wait(60)
    assert h.crash() == 1


def test_one_line_per_exit_says_which_code_and_next_try() -> None:
    h = Harness()
    h.crash(code=-9)
    h.wait(1)
    h.wait(0.5)
    h.crash(code=3)
    assert h.lines == [
        "crashy (pid 1) stopped unexpectedly (killed by SIGKILL); starting it again in 1 s.",
        "crashy is ready again (pid 100), 1.5 s after it stopped.",
        "crashy (pid 100) stopped unexpectedly (exit code 3); starting it again in 2 s.",
    ]


def test_not_ready_until_the_probe_says_so() -> None:
    h = Harness(ready=False)
    h.wait(h.crash())
    h.wait(5)
    assert not any("ready again" in line for line in h.lines)
    h.ready = True
    h.wait(0.2)
    assert h.lines[-1] == "crashy is ready again (pid 100), 6.2 s after it stopped."


def test_crash_loop_said_once_after_five_exits_in_two_minutes() -> None:
    h = Harness()
    for _ in range(4):
        h.wait(h.crash())
    assert not any("CRASH LOOP" in line for line in h.lines)
    h.wait(h.crash())
    h.wait(h.crash())
    loops = [line for line in h.lines if "CRASH LOOP" in line]
    assert loops == ["CRASH LOOP: crashy stopped 5 times within 120 s. It is tried again at "
                     "most every 30 s; the other servers (other) keep serving. Its own output "
                     "says why."]


def test_slow_exits_are_no_crash_loop() -> None:
    h = Harness()
    for _ in range(6):
        h.wait(h.crash())
        h.wait(40)  # five exits, but never five within two minutes
    assert not any("CRASH LOOP" in line for line in h.lines)


def test_exit_descriptions() -> None:
    assert describe_exit(-15) == "killed by SIGTERM"
    assert describe_exit(0) == "exit code 0"


def test_a_real_crash_loop_leaves_the_other_server_serving() -> None:
    port = free_port()
    steady = subprocess.Popen([sys.executable, "-m", "http.server", str(port),
                               "--bind", "127.0.0.1"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)

    def failing() -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"],
                                start_new_session=True)

    lines: list[str] = []
    url = f"http://127.0.0.1:{port}/"
    sup = None
    try:
        wait_http(url, 10, steady)
        sup = Supervisor([Program("failing", failing, lambda: False),
                          Program("steady", lambda: pytest.fail("restarted"),
                                  lambda: http_ready(url))],
                         {"failing": failing(), "steady": steady},
                         policy=RestartPolicy(first_delay_s=0.05, max_delay_s=0.4),
                         log=lines.append)
        deadline = time.monotonic() + 20
        while not any("CRASH LOOP" in line for line in lines):
            assert time.monotonic() < deadline, lines
            sup.tick()
            time.sleep(0.02)
        with urllib.request.urlopen(url, timeout=2) as resp:
            assert resp.status == 200
        assert steady.poll() is None
        exits = [line for line in lines if "stopped unexpectedly (exit code 3)" in line]
        assert len(exits) == 5, lines
        assert lines[-1].startswith("CRASH LOOP: failing stopped 5 times within 120 s")
        assert "the other servers (steady) keep serving" in lines[-1]
    finally:
        steady.kill()
        steady.wait()
        if sup is not None:
            sup.states["failing"].proc.poll()  # collect the last one
