"""bot/rasa_patches/model_load.py loads a real TensorFlow model (the ResponseSelector of
config-response-selector.yml, trained by the session fixture) to the same weights and the
same answers as Rasa's own RasaModel.load: every variable, and every held-out message's
parse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rasa.core.agent import Agent
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.utils.tensorflow.models import RasaModel

from bot.rasa_patches import model_load as rasa_model_load
from tests.support.holdout import nlu_holdout_texts
from tests.support.stack import run_async


def _selector(agent: Agent) -> ResponseSelector:
    runner = agent.processor.graph_runner  # type: ignore[union-attr]
    found = [node._component for node in runner._instantiated_nodes.values()
             if isinstance(node._component, ResponseSelector)]
    assert len(found) == 1
    return found[0]


@pytest.fixture(scope="module")
def agents(response_selector_model: Path) -> dict[str, Agent]:
    # installed when Rasa imported its TensorFlow models (bot/rasa_patches/lazy_tensorflow.py)
    assert RasaModel.load.__func__ is rasa_model_load.load  # type: ignore[attr-defined]
    ours = Agent.load(str(response_selector_model))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(RasaModel, "load", classmethod(rasa_model_load._rasa_load))
        rasas = Agent.load(str(response_selector_model))
    return {"ours": ours, "rasa": rasas}


def test_same_variables(agents: dict[str, Agent]) -> None:
    ours, rasas = (_selector(agents[k]).model for k in ("ours", "rasa"))
    assert ours is not None and rasas is not None
    names = [v.name for v in rasas.weights]
    assert names and [v.name for v in ours.weights] == names
    for a, b in zip(ours.weights, rasas.weights, strict=True):
        np.testing.assert_array_equal(a.numpy(), b.numpy(), err_msg=a.name)
    # the throw-away training step ran eagerly, prediction stays a traced graph
    assert ours._tf_predict_step is not None and not ours.run_eagerly


def _parse(agent: Agent, texts: list[str]) -> list[dict[str, Any]]:
    async def go() -> list[dict[str, Any]]:
        return [await agent.parse_message(t) for t in texts]
    return run_async(go())


def test_same_parse_of_every_heldout_message(agents: dict[str, Agent]) -> None:
    texts = nlu_holdout_texts()
    assert len(texts) > 100
    ours, rasas = (_parse(agents[k], texts) for k in ("ours", "rasa"))
    for text, a, b in zip(texts, ours, rasas, strict=True):
        sa, sb = a["response_selector"]["faq"], b["response_selector"]["faq"]
        assert sa["response"]["intent_response_key"] == sb["response"]["intent_response_key"], text
        assert sa["response"]["confidence"] == pytest.approx(sb["response"]["confidence"],
                                                             abs=1e-6), text
        assert [r["intent_response_key"] for r in sa["ranking"]] == \
            [r["intent_response_key"] for r in sb["ranking"]], text
        assert a["intent"] == b["intent"], text


def test_finetuning_keeps_rasas_load(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(rasa_model_load, "_rasa_load", lambda *a, **k: calls.append(a))
    RasaModel.load("weights", None, None, True)  # type: ignore[arg-type]
    assert calls == [(RasaModel, "weights", None, None, True)]
