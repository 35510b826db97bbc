"""One endpoints.yml, two profiles: every ${VAR} in it has a default in bot/ops/serve.py."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore
from rasa.core.utils import AvailableEndpoints, read_endpoints_from_path

from bot.ops.cluster import ClusterSettings, ports_in_use
from bot.rasa_ext.lock_store import ReplicaSafeRedisLockStore
from bot.settings import ENDPOINT_VARS, ROOT, Settings

ENDPOINTS = ROOT / "endpoints.yml"


def read_with(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> AvailableEndpoints:
    for var in ENDPOINT_VARS:
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    return read_endpoints_from_path(ENDPOINTS)


def test_every_variable_in_endpoints_yml_has_a_default() -> None:
    config = "\n".join(line.split("#")[0] for line in ENDPOINTS.read_text().splitlines())
    used = set(re.findall(r"\$\{(\w+)\}", config))
    assert used == set(ENDPOINT_VARS)
    assert set(Settings().endpoint_env()) == used


def test_defaults_are_the_embedded_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings.from_env({"ACTION_PORT": "5099"})
    endpoints = read_with(settings.endpoint_env(), monkeypatch)
    store = endpoints.tracker_store
    assert store.type == "bot.rasa_ext.tracker_store.ResilientSQLTrackerStore"
    assert store.kwargs["dialect"] == "sqlite"
    assert store.kwargs["db"] == str(ROOT / "var" / "tracker.db")
    assert endpoints.action.url == "http://127.0.0.1:5099/webhook"
    assert isinstance(LockStore.create(endpoints.lock_store), InMemoryLockStore)


def test_cluster_profile_uses_postgresql_and_redis(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    cluster = ClusterSettings.from_env({"CLUSTER_DIR": str(tmp_path)})
    endpoints = read_with(cluster.profile("s3cret").endpoint_env(), monkeypatch)
    store = endpoints.tracker_store
    assert (store.kwargs["dialect"], store.url, store.kwargs["port"], store.kwargs["db"],
            store.kwargs["password"]) == ("postgresql", "127.0.0.1", "5433", "b12", "s3cret")
    assert endpoints.action.url == "http://127.0.0.1:5055/webhook"  # nginx, not one server
    lock = LockStore.create(endpoints.lock_store)
    assert isinstance(lock, ReplicaSafeRedisLockStore)
    assert lock.key_prefix == "b12:lock:"
    assert lock.red.connection_pool.connection_kwargs["port"] == 6380
    assert cluster.rasa_ports == [5006, 5007] and cluster.action_ports == [5056, 5057]


def test_cluster_launcher_names_a_port_in_use(tmp_path: Path) -> None:
    cluster = ClusterSettings.on_free_ports(tmp_path)
    assert ports_in_use(cluster) == []
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", cluster.rasa_ports[1]))
        taken.listen()
        assert ports_in_use(cluster) == [f"{cluster.rasa_ports[1]} (set RASA_PORT to move it)"]


def test_action_server_on_loopback_unless_opened(tmp_path: Path) -> None:
    """Only Rasa calls the action server; ACTION_HOST opens it where a deployment needs it.
    (tests/e2e/test_supervision.py checks the port from a non-loopback address.)"""
    assert Settings.from_env({}).child_env()["SANIC_HOST"] == "127.0.0.1"
    opened = Settings.from_env({"ACTION_HOST": "0.0.0.0"})
    assert opened.child_env()["SANIC_HOST"] == "0.0.0.0"
    cluster = ClusterSettings.from_env({"ACTION_HOST": "0.0.0.0", "CLUSTER_DIR": str(tmp_path)})
    assert cluster.profile("").child_env()["SANIC_HOST"] == "127.0.0.1"  # behind nginx
