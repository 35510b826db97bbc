"""Starts the stack: action server + Rasa server (or `rasa shell`), and stops it cleanly.

    python -m bot.serve run      # what `make run` calls
    python -m bot.serve shell    # what `make shell` calls

One launcher for people, `make`, and the end-to-end tests, so they all run the
same processes with the same settings.  Ctrl-C (SIGINT) or SIGTERM stops every
child process group; nothing is left behind.

Environment: RASA_PORT (5005), ACTION_PORT (5055), WEB_PORT (8080, the demo
page with the chat widget), RASA_API_TOKEN (HTTP API
off unless set), TRACKER_DB (var/tracker.db), CORS_ORIGINS (space separated;
default: the demo page's origin), MODEL (models/current.tar.gz),
EMERGENCY_NUMBER (911), CRISIS_LINE (988), ACTION_TIMEOUT (10 s), MAX_MESSAGE_CHARS
(2000), and the ${VAR}s of endpoints.yml (ENDPOINT_VARS below; their defaults are
the embedded profile: SQLite, in-memory lock, this stack's action server).
bot/cluster.py starts the scaled profile with the same Settings.
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
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# Every ${VAR} in endpoints.yml -> the Settings field that gives its value. Rasa refuses
# an unset ${VAR}, so every process that reads endpoints.yml gets all of them
# (Settings.endpoint_env). An empty value means "unused" or "the library's default".
ENDPOINT_VARS = {
    "ACTION_URL": "action_url",
    "TRACKER_DIALECT": "tracker_dialect",
    "TRACKER_HOST": "tracker_host",
    "TRACKER_PORT": "tracker_port",
    "TRACKER_DB": "tracker_db",
    "TRACKER_USER": "tracker_user",
    "TRACKER_PASSWORD": "tracker_password",
    "LOCK_STORE": "lock_store",
    "REDIS_HOST": "redis_host",
    "REDIS_PORT": "redis_port",
    "REDIS_DB": "redis_db",
    "REDIS_PASSWORD": "redis_password",
    "LOCK_KEY_PREFIX": "lock_key_prefix",
}
REDIS_LOCK_STORE = "bot.lock_store.ReplicaSafeRedisLockStore"


@dataclass
class Settings:
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8080
    api_token: str | None = None
    tracker_db: str = str(ROOT / "var" / "tracker.db")
    model: str = str(ROOT / "models" / "current.tar.gz")
    cors_origins: list[str] = field(default_factory=list)
    log_dir: Path | None = None  # None: children inherit our stdout/stderr
    extra_env: dict[str, str] = field(default_factory=dict)  # e.g. ACTION_TIMEOUT in tests
    interface: str = "0.0.0.0"  # where Rasa listens (the cluster's replicas: loopback only)
    # endpoints.yml (ENDPOINT_VARS); the defaults are the embedded profile.
    action_url: str = ""  # empty: this stack's own action server on action_port
    tracker_dialect: str = "sqlite"  # or "postgresql" (then tracker_db is a database name)
    tracker_host: str = ""
    tracker_port: str = ""
    tracker_user: str = ""
    tracker_password: str = ""
    lock_store: str = "in_memory"  # one process; several replicas need REDIS_LOCK_STORE
    redis_host: str = ""
    redis_port: str = ""
    redis_db: str = ""
    redis_password: str = ""
    lock_key_prefix: str = "b12"  # Rasa accepts letters and digits only

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> Settings:
        s = cls()
        s.rasa_port = int(env.get("RASA_PORT", s.rasa_port))
        s.action_port = int(env.get("ACTION_PORT", s.action_port))
        s.web_port = int(env.get("WEB_PORT", s.web_port))
        s.api_token = env.get("RASA_API_TOKEN") or None
        for var, attr in ENDPOINT_VARS.items():
            setattr(s, attr, env.get(var, getattr(s, attr)))
        s.model = env.get("MODEL", s.model)
        origins = env.get("CORS_ORIGINS", "").split()
        s.cors_origins = origins or [
            f"http://localhost:{s.web_port}",
            f"http://127.0.0.1:{s.web_port}",
        ]
        return s

    def endpoint_env(self) -> dict[str, str]:
        """The value of every ${VAR} in endpoints.yml."""
        env = {var: str(getattr(self, attr)) for var, attr in ENDPOINT_VARS.items()}
        env["ACTION_URL"] = self.action_url or f"http://127.0.0.1:{self.action_port}/webhook"
        return env

    def child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(self.endpoint_env())
        env.update(
            ACTION_PORT=str(self.action_port),
            PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
            SQLALCHEMY_SILENCE_UBER_WARNING="1",
            # Bodies over 1 MB get 413 from the web server before any parsing.
            SANIC_REQUEST_MAX_SIZE=env.get("SANIC_REQUEST_MAX_SIZE", str(1024 * 1024)),
            # Sanic drops a new connection that sends nothing for 5 s; under load Rasa can
            # take that long between opening an action call's connection and writing to it.
            SANIC_KEEP_ALIVE_TIMEOUT=env.get("SANIC_KEEP_ALIVE_TIMEOUT", "30"),
        )
        env.update(self.extra_env)
        return env


def action_server_cmd(s: Settings) -> list[str]:
    return [str(BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
            "--port", str(s.action_port)]


def web_cmd(s: Settings) -> list[str]:
    return [str(BIN / "python"), "-m", "bot.web.server", "--host", "127.0.0.1",
            "--port", str(s.web_port), "--rasa-url", f"http://127.0.0.1:{s.rasa_port}"]


def rasa_cmd(s: Settings, mode: str = "run") -> list[str]:
    cmd = [str(BIN / "python"), "-m", "bot.rasa_main", mode, "--model", s.model,
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

    def spawn(self, name: str, cmd: list[str], foreground: bool = False,
              user: str | None = None) -> subprocess.Popen[bytes]:
        """Start ``cmd`` in its own process group (as ``user`` if given; needs root)."""
        out = None
        if self.settings.log_dir is not None and not foreground:
            self.settings.log_dir.mkdir(parents=True, exist_ok=True)
            out = open(self.settings.log_dir / f"{name}.log", "ab")  # noqa: SIM115
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=self.settings.child_env(), stdout=out,
            stderr=subprocess.STDOUT if out else None,
            start_new_session=not foreground,
            umask=0o077,  # conversations may hold health details: owner-only files
            user=user, group=user, extra_groups=[] if user else None,
        )
        self.procs[name] = proc
        return proc

    def _ready_urls(self) -> dict[str, str]:
        return {"actions": f"http://127.0.0.1:{self.settings.action_port}/health",
                "rasa": f"http://127.0.0.1:{self.settings.rasa_port}/"}

    def _start(self, names: tuple[str, ...], timeout: float) -> None:
        """Spawn all of ``names`` first, then wait until each answers."""
        cmds = {"actions": action_server_cmd, "rasa": rasa_cmd}
        procs = {name: self.spawn(name, cmds[name](self.settings)) for name in names}
        for name, proc in procs.items():
            wait_http(self._ready_urls()[name], timeout, proc)

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
        proc = self.spawn("web", web_cmd(self.settings))
        wait_http(f"http://127.0.0.1:{self.settings.web_port}/healthz", timeout, proc)

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
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "run"
    settings = Settings.from_env()
    _prepare(settings)
    stack = Stack(settings)

    def _stop(signum: int, _frame: object) -> None:
        stack.stop()
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _stop)
    # Ctrl-C stops everything even when started from a shell that ignores SIGINT for its
    # background jobs (`make run &` in a script): Python keeps an inherited "ignore".
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        if mode == "shell":
            stack.start_actions()
            return stack.spawn("shell", rasa_cmd(settings, "shell"), foreground=True).wait()
        stack.start_servers()
        stack.start_web()
        print(_banner(settings), flush=True)
        while all(p.poll() is None for p in stack.procs.values()):
            time.sleep(0.5)
        print("A server stopped; shutting down.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
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
        f"  Ctrl-C stops everything.\n"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
