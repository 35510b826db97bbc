"""Starts the stack: action server + Rasa server (or `rasa shell`), and stops it cleanly.

    python -m bot.ops.serve run      # what `make run` calls
    python -m bot.ops.serve shell    # what `make shell` calls

One launcher for people, `make`, and the end-to-end tests, so they all run the
same processes with the same settings. Once all three servers are ready,
bot/ops/supervisor.py keeps them up: one that dies is started again with a back-off
while the others keep serving. Ctrl-C (SIGINT) or SIGTERM stops every child process
group; nothing is left behind.

Readiness (what the supervisor and a container orchestrator probe): READY_PATHS.

Environment: RASA_PORT (5005), ACTION_PORT (5055), ACTION_HOST (127.0.0.1: only Rasa
calls the action server), WEB_PORT (8080, the demo page with the chat widget),
RASA_API_TOKEN (HTTP API off unless set), TRACKER_DB (var/tracker.db), CORS_ORIGINS
(space separated; default: the demo page's origin), MODEL (models/current.tar.gz),
EMERGENCY_NUMBER, CRISIS_LINE, ACTION_TIMEOUT, MAX_MESSAGE_CHARS, and the ${VAR}s of
endpoints.yml (ENDPOINT_VARS; their defaults are the embedded profile: SQLite, in-memory
lock, this stack's action server), B12_RASA_PATCHES (on; off runs Rasa as shipped,
bot/rasa_patches). Their defaults are in bot/settings.py.
bot/ops/cluster.py starts the scaled profile with the same Settings.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bot.ops.supervisor import Program, Supervisor
from bot.settings import ROOT, Settings

BIN = Path(sys.executable).parent
# GET <path> answers 2xx once the server can do its work: the action server once its
# actions are loaded (rasa_sdk's own route), Rasa once its model is loaded (503 before;
# bot/rasa_ext/readiness.py), the demo page at once. Rasa's does not depend on the action
# server: Rasa answers emergencies without it, so it must stay in service.
READY_PATHS = {"actions": "/health", "rasa": "/healthz", "web": "/healthz"}

def action_server_cmd(s: Settings) -> list[str]:
    return [str(BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
            "--port", str(s.action_port)]


def web_cmd(s: Settings) -> list[str]:
    return [str(BIN / "python"), "-m", "bot.web.server", "--host", "127.0.0.1",
            "--port", str(s.web_port), "--rasa-url", f"http://127.0.0.1:{s.rasa_port}"]


def rasa_cmd(s: Settings, mode: str = "run") -> list[str]:
    cmd = [str(BIN / "python"), "-m", "bot.ops.rasa_main", mode, "--model", s.model,
           "--endpoints", str(ROOT / "endpoints.yml")]
    cmd += ["--port", str(s.rasa_port)]
    if mode == "run":
        cmd += ["--interface", s.interface]
        cmd += ["--credentials", str(ROOT / "credentials.yml")]
        cmd += ["--cors", *s.cors_origins]
        if s.api_token:
            cmd += ["--enable-api", "--auth-token", s.api_token]
    return cmd


class Stack:
    """The running child processes, each in its own process group."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.spawning = False
        self.pending_signal: int | None = None

    def spawn(self, name: str, cmd: list[str], foreground: bool = False,
              user: str | None = None) -> subprocess.Popen[bytes]:
        """Start ``cmd`` in its own process group (as ``user`` if given; needs root).

        Ctrl-C or SIGTERM arriving meanwhile is raised only once the child is in
        ``procs``, so that stop() finds it (install_stop_signals)."""
        out = None
        if self.settings.log_dir is not None and not foreground:
            self.settings.log_dir.mkdir(parents=True, exist_ok=True)
            out = open(self.settings.log_dir / f"{name}.log", "ab")  # noqa: SIM115
        self.spawning = True
        try:
            proc = subprocess.Popen(
                cmd, cwd=ROOT, env=self.settings.child_env(), stdout=out,
                stderr=subprocess.STDOUT if out else None,
                start_new_session=not foreground,
                umask=0o077,  # conversations may hold health details: owner-only files
                user=user, group=user, extra_groups=[] if user else None,
            )
            self.procs[name] = proc
        finally:
            self.spawning = False
        if self.pending_signal is not None:
            raise stop_exception(self.pending_signal)
        return proc

    def ready_url(self, name: str) -> str:
        port = {"actions": self.settings.action_port, "rasa": self.settings.rasa_port,
                "web": self.settings.web_port}[name]
        return f"http://127.0.0.1:{port}{READY_PATHS[name]}"

    def spawn_server(self, name: str) -> subprocess.Popen[bytes]:
        cmds = {"actions": action_server_cmd, "rasa": rasa_cmd, "web": web_cmd}
        return self.spawn(name, cmds[name](self.settings))

    def _start(self, names: tuple[str, ...], timeout: float) -> None:
        """Spawn all of ``names`` first, then wait until each is ready."""
        procs = {name: self.spawn_server(name) for name in names}
        for name, proc in procs.items():
            wait_http(self.ready_url(name), timeout, proc)

    def start_actions(self, timeout: float = 60) -> None:
        self._start(("actions",), timeout)

    def start_rasa(self, timeout: float = 120) -> None:
        self._start(("rasa",), timeout)

    def start_servers(self, timeout: float = 120) -> None:
        """The action server and Rasa at once: neither needs the other to start, and
        on 2 cores the action server's start-up then hides inside Rasa's (README:
        Performance)."""
        self._start(("actions", "rasa"), timeout)

    def start_web(self, timeout: float = 30) -> None:
        self._start(("web",), timeout)

    def program(self, name: str) -> Program:
        """``name`` as the supervisor restarts it: the same command, the same probe."""
        url = self.ready_url(name)
        return Program(name, lambda: self.spawn_server(name), lambda: http_ready(url))

    def stop(self, *names: str, grace: float = 10, sig: int = signal.SIGTERM) -> None:
        """Stop the named processes (default: all), SIGKILL after ``grace`` seconds."""
        chosen = {n: p for n, p in self.procs.items() if not names or n in names}
        for proc in chosen.values():
            _signal_group(proc, sig)
        deadline = time.monotonic() + grace
        for name, proc in chosen.items():
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal_group(proc, signal.SIGKILL)
                proc.wait()
            del self.procs[name]


def _signal_group(proc: subprocess.Popen[bytes], sig: int) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        proc.send_signal(sig)


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now (tests, benchmarks)."""
    return free_ports(1)[0]


def free_ports(count: int) -> list[int]:
    """``count`` different free ports: each is held until all are chosen (one at a time, the
    system may hand out a port just released again: a CI run gave one to two replicas)."""
    held: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket()
            held.append(sock)
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in held]
    finally:
        for sock in held:
            sock.close()


def http_ready(url: str, timeout: float = 1.0) -> bool:
    """One readiness probe: does ``url`` answer 2xx within ``timeout``?"""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return 200 <= resp.status < 300
    except (urllib.error.URLError, OSError):
        return False


def wait_http(url: str, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process for {url} exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status < 500:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{url} not ready after {timeout:.0f}s")


def _prepare(settings: Settings) -> None:
    if settings.tracker_dialect == "sqlite":
        Path(settings.tracker_db).parent.mkdir(parents=True, exist_ok=True)
    if not Path(settings.model).exists():
        raise SystemExit(f"No trained model at {settings.model}: run `make train`.")


def stop_exception(signum: int) -> BaseException:
    """Ctrl-C ends `make run` with 0, SIGTERM with 128 + 15."""
    return KeyboardInterrupt() if signum == signal.SIGINT else SystemExit(128 + signum)


def install_stop_signals(stack: Stack) -> None:
    """SIGINT and SIGTERM end the main loop by exception, so its ``finally`` stops every
    child; never between starting a child and recording it (Stack.spawn raises then).
    SIGINT too: a shell that ignores it for background jobs (`make run &` in a script)
    would otherwise leave Python ignoring Ctrl-C."""
    def on_signal(signum: int, _frame: object) -> None:
        if stack.spawning:
            stack.pending_signal = signum
            return
        raise stop_exception(signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)


def ignore_stop_signals() -> None:
    """While stopping: a second Ctrl-C must not interrupt the stop and leave children."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "run"
    settings = Settings.from_env()
    _prepare(settings)
    stack = Stack(settings)
    install_stop_signals(stack)
    try:
        if mode == "shell":
            stack.start_actions()
            return stack.spawn("shell", rasa_cmd(settings, "shell"), foreground=True).wait()
        stack.start_servers()
        stack.start_web()
        print(_banner(settings), flush=True)
        Supervisor([stack.program(name) for name in READY_PATHS], stack.procs).run()
        return 1  # not reached: only an exception ends the supervisor
    except KeyboardInterrupt:
        return 0
    finally:
        ignore_stop_signals()
        stack.stop()


def _banner(s: Settings) -> str:
    api = "on (token required)" if s.api_token else "off (set RASA_API_TOKEN to enable)"
    return (
        f"\nB12 assistant is up.\n"
        f"  Demo page:       http://localhost:{s.web_port}/  (the chat widget)\n"
        f"  Chat over REST:  curl -s -XPOST http://localhost:{s.rasa_port}/webhooks/rest/webhook "
        f"-H 'Content-Type: application/json' -d '{{\"sender\":\"me\",\"message\":\"hi\"}}'\n"
        f"  Socket.IO:       http://localhost:{s.rasa_port}/socket.io\n"
        f"  In a terminal:   make shell\n"
        f"  Rasa HTTP API:   {api}\n"
        f"  A server that stops is started again. Ctrl-C stops everything.\n"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
