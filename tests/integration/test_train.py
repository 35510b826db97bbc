"""bot/training/train.py: a response-text edit updates the model without retraining, and
the result is what a full ``rasa train`` of the edited project would serve.

The model under test is the one ``make test`` trained (models/current.tar.gz) from
the project as it is; every edit happens in a copy in a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import tarfile
from pathlib import Path

import pytest
import yaml

from bot.rasa_ext import faq_selector
from bot.settings import ROOT
from bot.training import train
from tests.support.holdout import nlu_holdout_texts
from tests.support.stack import run_async

GREETING_EDIT = "Edited greeting for the test."
FAQ_EDIT = "Edited FAQ answer for the test."
SELECTOR_RESPONSES = faq_selector.RESPONSES_FILE


def _project(dest: Path) -> train.Inputs:
    inputs = train.copy_inputs(dest)
    inputs.out.mkdir()
    shutil.copy2(ROOT / "models" / "current.tar.gz", inputs.model)
    return inputs


def _edit_yaml(path: Path, edit: object) -> None:
    data = yaml.safe_load(path.read_text())
    edit(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def _edit_responses(inputs: train.Inputs) -> None:
    def greet(d: dict) -> None:
        d["responses"]["utter_greet"][0]["text"] = GREETING_EDIT

    def faq(d: dict) -> None:
        d["responses"]["utter_faq/daily_amount"][0]["text"] = FAQ_EDIT

    _edit_yaml(inputs.domain, greet)
    _edit_yaml(inputs.data[1], faq)


def _members(model: Path) -> dict[str, bytes]:
    with tarfile.open(model, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar if m.isfile()}  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> train.Inputs:
    """A copy of the project whose model was trained from exactly these inputs."""
    inputs = _project(tmp_path_factory.mktemp("train") / "project")
    train._record(inputs, train.snapshot(inputs))
    return inputs


def test_nothing_changed_is_not_a_full_training(trained: train.Inputs, tmp_path: Path) -> None:
    assert train.responses_only_changed(trained, train.snapshot(trained))
    inputs = _project(tmp_path / "p")
    shutil.copy2(trained.stamp, inputs.stamp)
    before = inputs.model.read_bytes()
    assert train.train(inputs) == "up to date"
    assert inputs.model.read_bytes() == before


@pytest.mark.parametrize("edit", ["nlu example", "example order", "story", "config", "slot"])
def test_any_other_change_needs_a_full_training(trained: train.Inputs, tmp_path: Path,
                                                edit: str) -> None:
    inputs = _project(tmp_path / "p")
    shutil.copy2(trained.stamp, inputs.stamp)
    if edit == "nlu example":
        nlu = inputs.data[0] / "nlu" / "basics.yml"
        hello = "      - hello\n"
        nlu.write_text(nlu.read_text().replace(hello, hello + "      - hullo there\n", 1))
        assert "hullo there" in nlu.read_text()
    elif edit == "example order":  # the same examples, trained in another order
        faq = inputs.data[0] / "nlu" / "faq" / "reversible.yml"
        lines = faq.read_text().splitlines(keepends=True)
        first = next(i for i, line in enumerate(lines) if line.startswith("      - "))
        lines[first], lines[first + 1] = lines[first + 1], lines[first]
        faq.write_text("".join(lines))
    elif edit == "story":
        _edit_yaml(inputs.data[0] / "stories" / "symptom_check.yml",
                   lambda d: d["stories"].append(d["stories"][0] | {"story": "copy"}))
    elif edit == "config":
        _edit_yaml(inputs.config, lambda d: d["policies"][-1].update(max_history=4))
    else:
        _edit_yaml(inputs.domain, lambda d: d["slots"].update(extra={
            "type": "text", "influence_conversation": False, "mappings": [{"type": "custom"}]}))
    assert not train.responses_only_changed(inputs, train.snapshot(inputs))


def test_a_replaced_model_is_not_patched(trained: train.Inputs, tmp_path: Path) -> None:
    inputs = _project(tmp_path / "p")
    stamp = json.loads(trained.stamp.read_text())
    inputs.stamp.write_text(json.dumps({**stamp, "model_id": "another model"}))
    assert not train.responses_only_changed(inputs, train.snapshot(inputs))
    inputs.stamp.unlink()
    assert not train.responses_only_changed(inputs, train.snapshot(inputs))


@pytest.fixture(scope="module")
def patched(trained: train.Inputs, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[train.Inputs, dict[str, bytes], dict[str, bytes]]:
    before = _members(trained.model)
    _edit_responses(trained)
    assert train.train(trained) == "responses updated"
    return trained, before, _members(trained.model)


def test_only_the_response_files_change(
        patched: tuple[train.Inputs, dict[str, bytes], dict[str, bytes]]) -> None:
    _, before, after = patched
    assert before.keys() == after.keys()
    changed = {name for name in before if before[name] != after[name]}
    assert {name.rsplit("/", 1)[-1] for name in changed} == {
        "metadata.json", "domain.yml", SELECTOR_RESPONSES}
    old_meta, new_meta = json.loads(before["metadata.json"]), json.loads(after["metadata.json"])
    assert new_meta["model_id"] != old_meta["model_id"]
    assert {k for k in old_meta if old_meta[k] != new_meta[k]} == {
        "domain", "model_id", "trained_at"}


def test_the_new_texts_are_where_rasa_reads_them(
        patched: tuple[train.Inputs, dict[str, bytes], dict[str, bytes]]) -> None:
    inputs, _, after = patched
    snap = train.snapshot(inputs)  # what a full training of the edited project stores
    meta = json.loads(after["metadata.json"])
    assert meta["domain"] == snap.domain
    assert meta["domain"]["responses"]["utter_greet"][0]["text"] == GREETING_EDIT
    domain_yml = yaml.safe_load(after[train.DOMAIN_FILE])
    assert domain_yml["responses"]["utter_greet"][0]["text"] == GREETING_EDIT
    selector = next(v for k, v in after.items() if k.endswith(SELECTOR_RESPONSES))
    assert json.loads(selector)["utter_faq/daily_amount"][0]["text"] == FAQ_EDIT
    # the stamp now names the patched model, so a second edit takes the same path
    assert train.responses_only_changed(inputs, snap)


def test_the_patched_model_serves_the_new_texts(
        patched: tuple[train.Inputs, dict[str, bytes], dict[str, bytes]]) -> None:
    from rasa.core.agent import Agent

    inputs, _, _ = patched
    agent = Agent.load(str(inputs.model))

    async def say(text: str, sender: str) -> list[str]:
        return [r.get("text", "") for r in await agent.handle_text(text, sender_id=sender)]

    assert GREETING_EDIT in run_async(say("hello", "a"))
    assert FAQ_EDIT in run_async(say("how much b12 do adults need each day", "b"))


def test_a_full_training_of_the_edit_predicts_the_same(
        patched: tuple[train.Inputs, dict[str, bytes], dict[str, bytes]],
        tmp_path: Path) -> None:
    """The claim behind the shortcut: no trained component depends on a response
    text. Trains the edited project for real (about a minute) and compares."""
    from rasa.core.agent import Agent

    inputs, _, after = patched
    full = train.Inputs(inputs.config, inputs.domain, inputs.data, tmp_path, "full")
    old_cache = os.environ.get("RASA_CACHE_DIRECTORY")
    os.environ["RASA_CACHE_DIRECTORY"] = str(ROOT / ".rasa" / "cache")  # make's cache
    try:
        assert train.train(full, force=True) == "trained"
    finally:
        if old_cache is None:
            os.environ.pop("RASA_CACHE_DIRECTORY")
        else:
            os.environ["RASA_CACHE_DIRECTORY"] = old_cache
    retrained = _members(full.model)
    assert retrained.keys() == after.keys()
    assert json.loads(after["metadata.json"])["domain"] == \
        json.loads(retrained["metadata.json"])["domain"]
    for name in after:
        if name.endswith(("domain.yml", SELECTOR_RESPONSES)):
            assert after[name] == retrained[name], name
        elif name.endswith("vocabularies.json"):
            a, b = json.loads(after[name]), json.loads(retrained[name])
            # only the vocabulary of the answers' own words differs; no component
            # reads it (the selector's labels are the faq/<key> names)
            assert {k for k in a if a[k] != b[k]} <= {"response"}, name

    texts = nlu_holdout_texts()

    def predictions(model: Path) -> list[tuple[str, str | None]]:
        agent = Agent.load(str(model))

        async def parse_all() -> list[tuple[str, str | None]]:
            out = []
            for text in texts:
                p = await agent.parse_message(text)
                key = p["response_selector"]["faq"]["response"]["intent_response_key"]
                out.append((p["intent"]["name"], key))
            return out

        return run_async(parse_all())

    assert predictions(inputs.model) == predictions(full.model)
