"""TensorFlow is imported only by what uses it (bot/rasa_patches/lazy_tensorflow.py,
bot/rasa_patches/train_schema.py): our model loads and answers without it; with the
patches off Rasa imports it as shipped; a model with a TensorFlow component (the
alternative config) still loads and answers, with TensorFlow."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest
from rasa.engine.graph import GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage

from bot.rasa_patches import lazy_tensorflow, train_schema
from bot.settings import ROOT

MODEL = ROOT / "models" / "current.tar.gz"
QUESTION = "how much b12 do i need a day"
# What a Rasa process does with a model: our entry point's set-up, load, one parse.
SERVE = f"""
import asyncio, json, sys
from bot import rasa_ext, rasa_patches
rasa_patches.install()
rasa_ext.install()
from rasa.core.agent import Agent
agent = Agent.load(sys.argv[1])
parsed = asyncio.run(agent.parse_message({QUESTION!r}))
selector = parsed["response_selector"]["faq"]["response"]
print(json.dumps({{"tensorflow": "tensorflow" in sys.modules,
                  "key": selector["intent_response_key"]}}))
"""


def serve(model: Path, **env: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", SERVE, str(model)], cwd=ROOT, check=True,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_our_model_is_served_without_tensorflow() -> None:
    assert serve(MODEL) == {"tensorflow": False, "key": "faq/daily_amount"}


def test_with_the_patches_off_rasa_imports_tensorflow_as_shipped() -> None:
    assert serve(MODEL, B12_RASA_PATCHES="off") == {"tensorflow": True,
                                                     "key": "faq/daily_amount"}


def test_a_tensorflow_model_still_loads_and_answers(response_selector_model: Path) -> None:
    assert serve(response_selector_model) == {"tensorflow": True, "key": "faq/daily_amount"}


def test_the_training_graph_is_the_same_when_read(tmp_path: Path) -> None:
    raw = json.loads(_metadata_file(tmp_path).read_text())
    metadata = LocalModelStorage.metadata_from_archive(MODEL)
    lazy = metadata.train_schema
    assert isinstance(lazy, train_schema.LazyGraphSchema) and not lazy.is_read
    expected = GraphSchema.from_dict(raw["train_schema"])
    assert lazy.nodes == expected.nodes and lazy == expected
    assert metadata.as_dict()["train_schema"] == expected.as_dict()
    assert metadata.predict_schema == GraphSchema.from_dict(raw["predict_schema"])


def _metadata_file(tmp_path: Path) -> Path:
    with tarfile.open(MODEL) as tar:
        member = next(m for m in tar if m.name.endswith("metadata.json"))
        tar.extract(member, tmp_path)
    return tmp_path / member.name


def test_train_utils_names_are_rasas_classes_when_used() -> None:
    from rasa.utils import train_utils

    for name, module in lazy_tensorflow.DEFERRED.items():
        value = getattr(train_utils, name)
        real = getattr(__import__(module, fromlist=[name]), name)
        if isinstance(value, lazy_tensorflow.Deferred):
            assert value.resolve() is real
            assert getattr(train_utils, name) is real  # put in the stand-in's place
        else:
            assert value is real, name


@pytest.mark.parametrize("name", sorted(lazy_tensorflow.DEFERRED))
def test_deferred_names_are_only_used_inside_functions(name: str) -> None:
    """The stand-ins hold only while train_utils uses these names in function bodies (and
    annotations); a module-level use would need the real class at import."""
    source = Path(sys.modules["rasa.utils.train_utils"].__file__ or "").read_text()
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ImportFrom, ast.Import)):
            continue
        used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        assert name not in used, ast.unparse(node)[:200]
