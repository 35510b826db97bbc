"""Every environment setting and its default, and the repository root: one place.

Imports nothing from ``bot``; every layer may import it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_EMERGENCY_NUMBER = "911"
DEFAULT_CRISIS_LINE = "988"


def emergency_number() -> str:
    """The number the emergency advice tells people to call (EMERGENCY_NUMBER)."""
    return os.environ.get("EMERGENCY_NUMBER", "").strip() or DEFAULT_EMERGENCY_NUMBER


def crisis_line() -> str:
    """Suicide and crisis line named next to the emergency number (CRISIS_LINE)."""
    return os.environ.get("CRISIS_LINE", "").strip() or DEFAULT_CRISIS_LINE


RASA_PATCHES_SWITCH = "B12_RASA_PATCHES"


def rasa_patches_enabled() -> bool:
    """The same-result speed-ups of bot/rasa_patches are on unless B12_RASA_PATCHES is
    off (or 0, false, no): then Rasa runs exactly as shipped."""
    value = os.environ.get(RASA_PATCHES_SWITCH, "on").strip().lower()
    return value not in {"off", "0", "false", "no"}


DEFAULT_MAX_MESSAGE_CHARS = 2000


def max_message_chars() -> int:
    """Longer messages get a request to shorten them (MAX_MESSAGE_CHARS)."""
    return int(_number("MAX_MESSAGE_CHARS", DEFAULT_MAX_MESSAGE_CHARS, 1))


DEFAULT_WIDGET_KEEP_HOURS = 4.0


def widget_keep_hours() -> float:
    """Hours the chat widget keeps a conversation on the device after its last message
    (WIDGET_KEEP_HOURS): a shared computer must not show the next person someone's symptoms."""
    return _number("WIDGET_KEEP_HOURS", DEFAULT_WIDGET_KEEP_HOURS, 0.01)


DEFAULT_ACTION_TIMEOUT = 10.0


def action_timeout() -> float:
    """Seconds Rasa waits for the action server before giving the safe advice (ACTION_TIMEOUT).

    Rasa's own limit is 5 minutes: far too long for someone waiting for an answer.
    """
    return _number("ACTION_TIMEOUT", DEFAULT_ACTION_TIMEOUT, 0.1)


DEFAULT_LOCK_LEASE = 10.0


def lock_lease() -> float:
    """Seconds a conversation's Redis lock outlives a replica that stopped renewing it
    (LOCK_LEASE; bot/rasa_ext/lock_store.py): how long a crashed replica's conversations wait."""
    return _number("LOCK_LEASE", DEFAULT_LOCK_LEASE, 1.0)


def _number(name: str, default: float, minimum: float) -> float:
    """A numeric knob from the environment; a bad value falls back to the default."""
    try:
        return max(minimum, float(os.environ.get(name, default)))
    except ValueError:
        return default


# --- the stack's processes (bot.ops.serve, bot.ops.cluster) ---------------------------
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
REDIS_LOCK_STORE = "bot.rasa_ext.lock_store.ReplicaSafeRedisLockStore"


@dataclass
class Settings:
    rasa_port: int = 5005
    action_port: int = 5055
    # Only Rasa calls the action server: loopback unless a deployment opens it (ACTION_HOST).
    action_host: str = "127.0.0.1"
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
        s.action_host = env.get("ACTION_HOST", s.action_host)
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
            # Where rasa_sdk listens (its default: every interface). Rasa and the demo page
            # are given their address on the command line, so this moves only the actions.
            SANIC_HOST=self.action_host,
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
