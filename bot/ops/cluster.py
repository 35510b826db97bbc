"""The scaled profile on one machine: several Rasa replicas on PostgreSQL and Redis.

    python -m bot.ops.cluster        # what `make run-cluster` calls

Starts, all on loopback and as children of this process: PostgreSQL and Redis
(Debian's packages; data in CLUSTER_DIR), RASA_REPLICAS Rasa replicas, ACTION_SERVERS
action servers, nginx in front of both, and the demo page pointed at nginx. Once all
are ready, bot/ops/supervisor.py keeps them up: any of them that dies is started again
with a back-off (as Kubernetes would) while the rest keep serving; Ctrl-C stops
everything. The same Settings as bot/ops/serve.py, with the scaled profile's endpoint
variables (ClusterSettings.profile), so one endpoints.yml serves both profiles.

Ports: nginx serves Rasa on RASA_PORT (5005) and the action servers on ACTION_PORT
(5055); replica i listens on RASA_PORT + 1 + i, action server i on ACTION_PORT + 1 + i;
PostgreSQL on TRACKER_PORT (5433), Redis on REDIS_PORT (6380), the demo page on WEB_PORT
(8080).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot import settings
from bot.ops import proxy
from bot.ops.local_services import PG_DATABASE, PG_USER, LocalPostgres, LocalRedis, os_user
from bot.ops.serve import (
    READY_PATHS,
    Stack,
    action_server_cmd,
    free_ports,
    http_ready,
    ignore_stop_signals,
    install_stop_signals,
    rasa_cmd,
    wait_http,
)
from bot.ops.supervisor import Program, Supervisor
from bot.settings import REDIS_LOCK_STORE, ROOT, Settings

# Not 5432 / 6379: a system PostgreSQL or Redis may already hold those.
LOCAL_POSTGRES_PORT = 5433
LOCAL_REDIS_PORT = 6380


@dataclass
class ClusterSettings:
    front: Settings  # rasa_port, action_port: nginx's two fronts; web_port, model, token
    rasa_ports: list[int]
    action_ports: list[int]
    postgres_port: int = LOCAL_POSTGRES_PORT
    redis_port: int = LOCAL_REDIS_PORT
    run_dir: Path = field(default_factory=lambda: ROOT / "var" / "cluster")

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> ClusterSettings:
        front = Settings.from_env(env)
        replicas = int(env.get("RASA_REPLICAS", 2))
        servers = int(env.get("ACTION_SERVERS", 2))
        return cls(
            front=front,
            rasa_ports=[front.rasa_port + 1 + i for i in range(replicas)],
            action_ports=[front.action_port + 1 + i for i in range(servers)],
            postgres_port=int(front.tracker_port or LOCAL_POSTGRES_PORT),
            redis_port=int(front.redis_port or LOCAL_REDIS_PORT),
            run_dir=Path(env.get("CLUSTER_DIR", ROOT / "var" / "cluster")),
        )

    @classmethod
    def on_free_ports(cls, run_dir: Path, replicas: int = 2,
                      action_servers: int = 2) -> ClusterSettings:
        """Every process on a free loopback port (the tests and the benchmark)."""
        front = Settings.from_env({})
        ports = free_ports(3 + replicas + action_servers + 2)  # all different
        front.rasa_port, front.action_port, front.web_port = ports[:3]
        front.cors_origins = [f"http://127.0.0.1:{front.web_port}"]
        rasa_ports = ports[3:3 + replicas]
        action_ports = ports[3 + replicas:3 + replicas + action_servers]
        postgres_port, redis_port = ports[-2:]
        return cls(front, rasa_ports=rasa_ports, action_ports=action_ports,
                   postgres_port=postgres_port, redis_port=redis_port, run_dir=run_dir)

    def profile(self, tracker_password: str) -> Settings:
        """What every replica and action server runs with: the scaled profile."""
        return replace(
            self.front,
            interface="127.0.0.1",
            action_url=f"http://127.0.0.1:{self.front.action_port}/webhook",  # nginx
            tracker_dialect="postgresql",
            tracker_host="127.0.0.1",
            tracker_port=str(self.postgres_port),
            tracker_db=PG_DATABASE,
            tracker_user=PG_USER,
            tracker_password=tracker_password,
            lock_store=REDIS_LOCK_STORE,
            redis_host="127.0.0.1",
            redis_port=str(self.redis_port),
            log_dir=self.run_dir / "logs",
            action_host="127.0.0.1",  # only nginx calls them, whatever ACTION_HOST says
        )


class Cluster:
    """The running cluster; process names: postgres, redis, actions-<i>, rasa-<i>, nginx, web."""

    def __init__(self, cfg: ClusterSettings) -> None:
        self.cfg = cfg
        self.postgres = LocalPostgres(cfg.run_dir / "postgres", cfg.postgres_port)
        self.redis = LocalRedis(cfg.run_dir, cfg.redis_port)
        self.settings = cfg.profile("")
        self.stack = Stack(self.settings)
        self.nginx_conf = cfg.run_dir / "nginx.conf"

    @property
    def url(self) -> str:
        """nginx: where clients (the widget, curl, the tests) talk to Rasa."""
        return f"http://127.0.0.1:{self.cfg.front.rasa_port}"

    def replica_url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.cfg.rasa_ports[i]}"

    def start(self, timeout: float = 300, web: bool = True) -> None:
        cfg = self.cfg
        cfg.run_dir.mkdir(parents=True, exist_ok=True)
        if os_user() is not None:
            cfg.run_dir.chmod(cfg.run_dir.stat().st_mode | 0o111)  # postgres passes through
        try:
            self.postgres.init()
            self.settings = cfg.profile(self.postgres.password())
            self.stack.settings = self.settings
            self.postgres.wait_ready(60, self.spawn_postgres())
            self.redis.wait_ready(30, self.spawn_redis())
            # Replicas and action servers load in parallel: Rasa's start is the slow part.
            for i in range(len(cfg.action_ports)):
                self.spawn_action_server(i)
            for i in range(len(cfg.rasa_ports)):
                self.spawn_replica(i)
            self.nginx_conf = proxy.write_config(cfg.run_dir, cfg.front.rasa_port,
                                                 cfg.rasa_ports, cfg.front.action_port,
                                                 cfg.action_ports, settings.action_timeout())
            nginx = self.spawn_nginx()
            for i in range(len(cfg.action_ports)):
                self.wait_action_server(i, timeout)
            for i in range(len(cfg.rasa_ports)):
                self.wait_replica(i, timeout)
            wait_http(self.url + "/", 30, nginx)
            if web:
                self.stack.start_web()
        except BaseException:
            self.stop()
            raise

    def spawn_postgres(self) -> subprocess.Popen[bytes]:
        return self.stack.spawn("postgres", self.postgres.command(), user=os_user())

    def spawn_redis(self) -> subprocess.Popen[bytes]:
        return self.stack.spawn("redis", self.redis.command())

    def spawn_nginx(self) -> subprocess.Popen[bytes]:
        return self.stack.spawn("nginx", proxy.command(self.nginx_conf, self.cfg.run_dir))

    def spawn_replica(self, i: int) -> subprocess.Popen[bytes]:
        port_settings = replace(self.settings, rasa_port=self.cfg.rasa_ports[i])
        return self.stack.spawn(f"rasa-{i}", rasa_cmd(port_settings))

    def replica_ready_url(self, i: int) -> str:
        return self.replica_url(i) + READY_PATHS["rasa"]

    def wait_replica(self, i: int, timeout: float = 300) -> None:
        wait_http(self.replica_ready_url(i), timeout, self.stack.procs[f"rasa-{i}"])

    def spawn_action_server(self, i: int) -> subprocess.Popen[bytes]:
        port_settings = replace(self.settings, action_port=self.cfg.action_ports[i])
        return self.stack.spawn(f"actions-{i}", action_server_cmd(port_settings))

    def action_server_ready_url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.cfg.action_ports[i]}{READY_PATHS['actions']}"

    def wait_action_server(self, i: int, timeout: float = 60) -> None:
        wait_http(self.action_server_ready_url(i), timeout, self.stack.procs[f"actions-{i}"])

    def programs(self) -> list[Program]:
        """Every process as the supervisor restarts it, with its readiness probe."""
        progs = [Program("postgres", self.spawn_postgres, self.postgres.accepting),
                 Program("redis", self.spawn_redis, self.redis.answering)]
        for i in range(len(self.cfg.action_ports)):
            url = self.action_server_ready_url(i)
            progs.append(Program(f"actions-{i}", lambda i=i: self.spawn_action_server(i),
                                 lambda url=url: http_ready(url)))
        for i in range(len(self.cfg.rasa_ports)):
            url = self.replica_ready_url(i)
            progs.append(Program(f"rasa-{i}", lambda i=i: self.spawn_replica(i),
                                 lambda url=url: http_ready(url)))
        front = self.cfg.front.rasa_port
        progs.append(Program("nginx", self.spawn_nginx, lambda: port_open(front)))
        if "web" in self.stack.procs:
            progs.append(self.stack.program("web"))
        return progs

    def kill(self, name: str) -> None:
        """SIGKILL one process (a crash, as in the failover tests)."""
        self.stack.stop(name, sig=signal.SIGKILL)

    def stop(self) -> None:
        # Clients first, the databases last; PostgreSQL's fast shutdown is SIGINT
        # (SIGTERM would wait for every client to leave).
        clients = [n for n in self.stack.procs if n not in ("postgres", "redis")]
        if clients:
            self.stack.stop(*clients)
        self.stack.stop("redis")
        self.stack.stop("postgres", sig=signal.SIGINT)


def ports_in_use(cfg: ClusterSettings) -> list[str]:
    """Which of the cluster's ports something else already listens on, and how to move it."""
    wanted = [(cfg.front.rasa_port, "RASA_PORT"), (cfg.front.action_port, "ACTION_PORT"),
              (cfg.front.web_port, "WEB_PORT"), (cfg.postgres_port, "TRACKER_PORT"),
              (cfg.redis_port, "REDIS_PORT")]
    wanted += [(port, "RASA_PORT") for port in cfg.rasa_ports]
    wanted += [(port, "ACTION_PORT") for port in cfg.action_ports]
    busy = []
    for port, var in wanted:
        with socket.socket() as sock:
            # As the servers bind: a port with only closed connections lingering is free.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                busy.append(f"{port} (set {var} to move it)")
    return busy


def port_open(port: int) -> bool:
    """nginx's readiness: it accepts connections (its upstreams have probes of their own)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def main() -> int:
    cfg = ClusterSettings.from_env()
    if not Path(cfg.front.model).exists():
        raise SystemExit(f"No trained model at {cfg.front.model}: run `make train`.")
    busy = ports_in_use(cfg)
    if busy:
        raise SystemExit("Ports already in use: " + ", ".join(busy))
    cluster = Cluster(cfg)
    install_stop_signals(cluster.stack)
    try:
        print(f"Starting PostgreSQL, Redis, {len(cfg.rasa_ports)} Rasa replicas, "
              f"{len(cfg.action_ports)} action servers and nginx (Rasa takes about a minute)...",
              flush=True)
        cluster.start()
        print(banner(cluster), flush=True)
        Supervisor(cluster.programs(), cluster.stack.procs).run()
        return 1  # not reached: only an exception ends the supervisor
    except KeyboardInterrupt:
        return 0
    finally:
        ignore_stop_signals()
        cluster.stop()


def banner(cluster: Cluster) -> str:
    cfg, procs = cluster.cfg, cluster.stack.procs
    replicas = "\n".join(f"    rasa-{i}: {cluster.replica_url(i)}  (pid {procs[f'rasa-{i}'].pid})"
                         for i in range(len(cfg.rasa_ports)))
    actions = "\n".join(
        f"    actions-{i}: http://127.0.0.1:{port}  (pid {procs[f'actions-{i}'].pid})"
        for i, port in enumerate(cfg.action_ports))
    return (
        f"\nB12 assistant cluster is up (logs in {cfg.run_dir / 'logs'}).\n"
        f"  Demo page:     http://localhost:{cfg.front.web_port}/  (the widget talks to nginx)\n"
        f"  nginx:         {cluster.url}  (REST round robin, /socket.io sticky by client IP)\n"
        f"  Chat:          curl -s -XPOST {cluster.url}/webhooks/rest/webhook "
        f"-H 'Content-Type: application/json' -d '{{\"sender\":\"me\",\"message\":\"hi\"}}'\n"
        f"  Rasa replicas:\n{replicas}\n"
        f"  Action servers, behind nginx at http://127.0.0.1:{cfg.front.action_port}:\n{actions}\n"
        f"  Redis locks:   127.0.0.1:{cfg.redis_port}\n"
        f"  PostgreSQL:    PGPASSWORD=$(cat {cluster.postgres.password_file}) psql -h 127.0.0.1 "
        f"-p {cfg.postgres_port} -U {PG_USER} {PG_DATABASE}\n"
        f"  A server that stops is started again. Ctrl-C stops everything.\n"
    )


if __name__ == "__main__":
    raise SystemExit(main())
