"""The Debian packages that `make run-cluster` and `make test` need, installed when missing.

    python -m bot.ops.system_packages cluster   # PostgreSQL, Redis, nginx
    python -m bot.ops.system_packages test      # the same, and Chromium for the browser tests

As root (CI, these machines) the missing ones are installed with apt-get; otherwise it
stops with the exact command to run. Nothing is done when all are there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bot.ops.local_services import find_postgres_bin
from bot.ops.proxy import find_nginx


def _chromium() -> bool:
    """The browser tests use B12_CHROMIUM when set (tests/browser/conftest.py)."""
    chosen = os.environ.get("B12_CHROMIUM")
    return Path(chosen).exists() if chosen else shutil.which("chromium") is not None


# Debian package -> is it installed (found where the code that uses it looks)?
PRESENT: dict[str, Callable[[], bool]] = {
    "postgresql": lambda: find_postgres_bin() is not None,
    "redis-server": lambda: shutil.which("redis-server") is not None,
    "nginx": lambda: find_nginx() is not None,
    "chromium": _chromium,
}
NEEDS = {
    "cluster": ("postgresql", "redis-server", "nginx"),
    "test": ("postgresql", "redis-server", "nginx", "chromium"),
}


def missing(profile: str) -> list[str]:
    return [package for package in NEEDS[profile] if not PRESENT[package]()]


def command_for(packages: list[str]) -> str:
    """What a user who is not root runs."""
    return f"sudo apt-get update && sudo apt-get install -y {' '.join(packages)}"


def main(argv: list[str]) -> int:
    profile = argv[0] if argv else "test"
    todo = missing(profile)
    if not todo:
        return 0
    if os.geteuid() != 0:
        print(f"Missing for `make {'run-cluster' if profile == 'cluster' else 'test'}`: "
              f"{' '.join(todo)}. Run:\n  {command_for(todo)}", file=sys.stderr)
        return 1
    print(f"Installing {' '.join(todo)} (apt-get)...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", *todo], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    still = missing(profile)
    if still:
        print(f"Installed, but still not found: {' '.join(still)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
