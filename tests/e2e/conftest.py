"""The held-out sets' replies, sent once for both held-out test modules: the red-flag sets
to the session's stack and the scope sets to a second stack at the same time. One Rasa
process keeps one core busy; two use both of the machine's cores, so the two sample runs
take the time of the longer one (README: Tests)."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest

from tests.support.heldout_sets import (
    Figure,
    RedFlagRun,
    e2e_sets,
    load,
    run_redflags,
    scope_figures,
)
from tests.support.stack import RunningStack, start_stack


@dataclass
class HeldoutRuns:
    redflags: RedFlagRun
    scope: dict[str, Figure]


@pytest.fixture(scope="session")
def heldout_runs(stack: RunningStack, tmp_path_factory: pytest.TempPathFactory) -> HeldoutRuns:
    tag = uuid.uuid4().hex[:8]

    def scope() -> dict[str, Figure]:
        second = start_stack(tmp_path_factory.mktemp("scope_stack"))
        try:
            return scope_figures(second.send, load("heldout_scope", e2e_sets()), tag)
        finally:
            second.stack.stop()

    with ThreadPoolExecutor(1) as pool:
        scope_run = pool.submit(scope)
        red = run_redflags(lambda who, text: stack.send(f"{tag}-{who}", text),
                           load("heldout_redflag", e2e_sets()))
        return HeldoutRuns(red, scope_run.result())
