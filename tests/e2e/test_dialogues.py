"""Dialogue tests in tests/stories/, run by `rasa test core --fail-on-prediction-errors`."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from bot.ops.serve import BIN
from bot.settings import ROOT
from tests.support.stack import RunningStack


def test_rasa_test_stories_pass(stack: RunningStack, tmp_path: Path) -> None:
    env = stack.settings.child_env()
    env["TRACKER_DB"] = str(tmp_path / "test-tracker.db")
    cmd = [
        str(BIN / "rasa"), "test", "core",
        "--model", stack.settings.model,
        "--stories", str(ROOT / "tests" / "stories"),
        "--endpoints", str(ROOT / "endpoints.yml"),
        "--e2e",
        "--fail-on-prediction-errors",
        "--no-plot",
        "--out", str(tmp_path / "results"),
    ]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    report = proc.stdout[-6000:] + proc.stderr[-6000:]
    assert proc.returncode == 0, report
    failed = tmp_path / "results" / "failed_test_stories.yml"
    assert not failed.exists() or "stories: []" in failed.read_text() or \
        "story:" not in failed.read_text(), failed.read_text()
    assert os.path.exists(tmp_path / "results" / "story_report.json")
