"""The independent held-out sets (tests/heldout/heldout_*.yml) stay out of every
training file, and stay as their writers froze them."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from bot.nlp import redflag_detector, scope_detector
from bot.settings import ROOT
from tests.support.heldout_sets import HELDOUT_DIR, all_texts, load, read_yaml
from tests.unit.training.test_data_hygiene import normalise as normal


def training_texts() -> set[str]:
    # (each learned model's corpus: some writers train one of them only)
    texts = {normal(t) for _, t, _ in redflag_detector.corpus() + scope_detector.corpus()}
    for path in (ROOT / "data" / "nlu").rglob("*.yml"):
        for block in (read_yaml(path) or {}).get("nlu") or []:
            for line in str(block.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    texts.add(normal(line.strip()[2:]))
    return texts


def button_texts() -> set[str]:
    """The questions the topic buttons send (domain.yml): the bot must be trained on them,
    so a writer who happens to type one exactly is not testing anything held out."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    return {normal(b["payload"]) for variants in domain["responses"].values()
            for v in variants for b in v.get("buttons") or []
            if not b["payload"].startswith("/")}


def test_no_heldout_message_is_in_training() -> None:
    train = training_texts() - button_texts()
    bags = {tuple(sorted(t.split())) for t in train}
    # A one-word turn ("ok", "right") has no other wording to hold out: a writer who types
    # it tests the conversation around it, and the bot must still be trained on the word.
    leaked = [t for t in all_texts() if len(normal(t).split()) > 1 and (
        normal(t) in train or tuple(sorted(normal(t).split())) in bags)]
    assert not leaked, leaked[:10]


def test_the_sets_are_big_enough() -> None:
    red = load("heldout_redflag")
    flags = [i for i in red.items if i.category == "red_flag"]
    urgent = [i for i in flags if i.domain in ("seizure", "fainting", "crisis")]
    timed = [i for i in flags if i.wording == "time_expression"]
    assert len(flags) >= 600 and len(urgent) >= 150
    assert len(timed) >= 0.4 * len([i for i in flags if i.domain not in
                                     ("seizure", "fainting", "crisis")])
    assert len([i for i in red.items if i.category == "not_flag"]) >= 250
    assert len(red.conversations) >= 40


@pytest.mark.parametrize("path", sorted(HELDOUT_DIR.glob("heldout_*.yml")), ids=lambda p: p.name)
def test_each_set_is_as_its_writer_froze_it(path: Path) -> None:
    digest = (path.parent / (path.name + ".sha256")).read_text().split()[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, path.name


def test_normal_ignores_case_and_punctuation() -> None:
    assert normal("My Dad, suddenly!") == normal("my dad suddenly")
    assert re.fullmatch(r"[a-z0-9 ]*", normal("Can’t see?"))
