"""One cluster for every test in this folder, started as `make run-cluster` starts it
(bot/ops/cluster.py): PostgreSQL, Redis, 2 Rasa replicas, 2 action servers, nginx and the
demo page, each on a free loopback port."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.ops.cluster import Cluster, ClusterSettings
from tests.support.stack import API_TOKEN


@pytest.fixture(scope="package")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    # Not under pytest's folders: PostgreSQL runs as the postgres user, who may not
    # enter them (owner-only).
    run_dir = Path(tempfile.mkdtemp(prefix="b12-cluster-"))
    cfg = ClusterSettings.on_free_ports(run_dir)
    cfg.front.api_token = API_TOKEN
    running = Cluster(cfg)
    try:
        try:
            running.start(timeout=300)
        except Exception as exc:  # say why: the logs go away with the folder
            tails = {log.name: log.read_text(errors="replace")[-1500:]
                     for log in sorted(run_dir.glob("**/*.log"))}
            raise RuntimeError(f"the cluster did not start: {exc}\n{tails}") from exc
        yield running
    finally:
        running.stop()
        kept = tmp_path_factory.mktemp("cluster-logs")
        for log in [*run_dir.glob("logs/*.log"), *run_dir.glob("nginx*.log")]:
            shutil.copy(log, kept)
        shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture()
def two_replicas(cluster: Cluster) -> Cluster:
    """Both replicas up: a test before this one may have killed one."""
    for i in range(len(cluster.cfg.rasa_ports)):
        proc = cluster.stack.procs.get(f"rasa-{i}")
        if proc is None or proc.poll() is not None:
            cluster.stack.procs.pop(f"rasa-{i}", None)
            cluster.spawn_replica(i)
        cluster.wait_replica(i)
    return cluster
