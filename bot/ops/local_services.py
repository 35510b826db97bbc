"""PostgreSQL and Redis from Debian's packages, run as child processes on loopback.

The cluster (bot/ops/cluster.py) and its tests run their own servers in a folder of their
own, so nothing under /etc or the system's services is used or changed. PostgreSQL
refuses to run as root: when we are root it runs as the ``postgres`` user, and its
folder belongs to that user.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PG_USER = "b12"  # the cluster's database role (superuser of its own throwaway cluster)
PG_DATABASE = "b12"


def find_postgres_bin() -> Path | None:
    """The newest Debian PostgreSQL (``/usr/lib/postgresql/<version>/bin``), else PATH's."""
    versions = [p for p in Path("/usr/lib/postgresql").glob("*/bin/postgres")
                if p.parent.parent.name.isdigit()]
    if versions:
        return max(versions, key=lambda p: int(p.parent.parent.name)).parent
    on_path = shutil.which("postgres")
    return Path(on_path).parent if on_path else None


def postgres_bin() -> Path:
    found = find_postgres_bin()
    if found is None:
        raise SystemExit("PostgreSQL is missing: apt-get install -y postgresql")
    return found


def redis_server() -> str:
    found = shutil.which("redis-server")
    if not found:
        raise SystemExit("Redis is missing: apt-get install -y redis-server")
    return found


def os_user() -> str | None:
    """The user PostgreSQL runs as: ``postgres`` when we are root, else ourselves."""
    return "postgres" if os.geteuid() == 0 else None


def _chown(path: Path, user: str | None) -> None:
    if user is not None:
        shutil.chown(path, user, user)


def _reachable(path: Path, user: str | None) -> None:
    """Every folder above ``path`` must let ``user`` pass (not list) for PostgreSQL."""
    if user is None:
        return
    check = subprocess.run(["test", "-x", str(path)], user=user, check=False)
    if check.returncode != 0:
        raise SystemExit(f"The {user} user cannot reach {path}: give its parent folders "
                         "o+x, or set CLUSTER_DIR to a folder it can reach.")


@dataclass
class LocalPostgres:
    root: Path  # owned by the server's user: data/ and the password file
    port: int

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def password_file(self) -> Path:
        return self.root / "password"

    def password(self) -> str:
        return self.password_file.read_text().strip()

    def init(self) -> None:
        """Create the database cluster once (``initdb``); later starts reuse it."""
        user = os_user()
        if (self.data_dir / "PG_VERSION").exists():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o700)
        _chown(self.root, user)
        _reachable(self.root, user)
        self.password_file.write_text(secrets.token_urlsafe(24) + "\n")
        self.password_file.chmod(0o600)
        _chown(self.password_file, user)
        # Password authentication even on loopback: other local users must not read
        # anyone's conversations.
        subprocess.run(
            [str(postgres_bin() / "initdb"), "-D", str(self.data_dir), "-U", PG_USER,
             "--auth=scram-sha-256", f"--pwfile={self.password_file}", "-E", "UTF8",
             "--locale=C.UTF-8"],
            user=user, group=user, extra_groups=[] if user else None, cwd=self.root,
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )

    def command(self) -> list[str]:
        return [str(postgres_bin() / "postgres"), "-D", str(self.data_dir),
                "-p", str(self.port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",  # TCP on loopback only
                # A failed statement is logged without its text: it would hold what
                # people typed (psycopg2 sends the values inside the statement).
                "-c", "log_min_error_statement=panic"]

    def connect(self, database: str = PG_DATABASE) -> Any:
        import psycopg2

        return psycopg2.connect(host="127.0.0.1", port=self.port, user=PG_USER,
                                password=self.password(), dbname=database, connect_timeout=2)

    def accepting(self) -> bool:
        """Readiness: the cluster's database takes a connection (within 2 s)."""
        import psycopg2

        try:
            self.connect().close()
        except psycopg2.OperationalError:
            return False
        return True

    def wait_ready(self, timeout: float, proc: subprocess.Popen[bytes]) -> None:
        """Wait until it accepts connections, then create the database if missing."""
        import psycopg2

        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"postgres exited with code {proc.returncode}")
            try:
                conn = self.connect("postgres")
                break
            except psycopg2.OperationalError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"PostgreSQL not ready after {timeout:.0f}s") from None
                time.sleep(0.2)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (PG_DATABASE,))
            if cur.fetchone() is None:
                cur.execute(f"CREATE DATABASE {PG_DATABASE}")
        conn.close()


@dataclass
class LocalRedis:
    folder: Path
    port: int

    def command(self) -> list[str]:
        # Only lock tickets live here, and they are worthless after a restart: no disk.
        return [redis_server(), "--port", str(self.port), "--bind", "127.0.0.1",
                "--protected-mode", "yes", "--save", "", "--appendonly", "no",
                "--dir", str(self.folder)]

    def answering(self) -> bool:
        """Readiness: PING answered within a second."""
        import redis

        try:
            return bool(redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1).ping())
        except redis.ConnectionError:
            return False

    def wait_ready(self, timeout: float, proc: subprocess.Popen[bytes]) -> None:
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=2)
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"redis-server exited with code {proc.returncode}")
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"Redis not ready after {timeout:.0f}s") from None
                time.sleep(0.1)
