"""The held-out NLU messages (tests/heldout/nlu_holdout.yml), which no training file contains
(tests/unit/training/test_data_hygiene.py checks that)."""

from __future__ import annotations

from pathlib import Path

import yaml

NLU_HOLDOUT = Path(__file__).resolve().parents[1] / "heldout" / "nlu_holdout.yml"


def nlu_holdout() -> list[tuple[str, str]]:
    """(intent, message) for every held-out example."""
    data = yaml.safe_load(NLU_HOLDOUT.read_text())
    return [(block["intent"], line.strip()[2:]) for block in data["nlu"]
            for line in block["examples"].splitlines() if line.strip().startswith("- ")]


def nlu_holdout_texts() -> list[str]:
    return [text for _intent, text in nlu_holdout()]
