"""FaqSelector (bot/rasa_ext/faq_selector.py) gives the `response_selector` output Rasa's
ResponseSelector gives, and picks the held-out FAQ keys at least as well: our model
(models/current.tar.gz) against config-response-selector.yml's, trained by the session
fixture from the same data, parsing every held-out message in this process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rasa.core.agent import Agent
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.rasa_ext import faq_selector
from bot.rasa_ext.faq_selector import FaqSelector
from bot.settings import ROOT
from tests.support.holdout import nlu_holdout
from tests.support.stack import run_async

MODEL = str(ROOT / "models" / "current.tar.gz")
HELDOUT = nlu_holdout()
FAQ = "faq"
# Held-out FAQ keys the new selector must reach (README: Performance; ResponseSelector 150/160).
LEAST_FAQ_KEYS = 0.93


def _parse_all(model: str) -> list[dict[str, Any]]:
    agent = Agent.load(model)

    async def go() -> list[dict[str, Any]]:
        return [await agent.parse_message(text) for _intent, text in HELDOUT]
    return run_async(go())


@pytest.fixture(scope="module")
def parses(response_selector_model: Path) -> dict[str, list[dict[str, Any]]]:
    return {"ours": _parse_all(MODEL), "rasa": _parse_all(str(response_selector_model))}


def shape(value: Any) -> Any:
    """The structure of a value: dict keys, list item shapes, scalar types."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


def without_responses(selector: dict[str, Any]) -> dict[str, Any]:
    """The selector output less the chosen key's response texts (their shape is the key's:
    some answers have buttons); test_same_responses_for_the_same_key compares those."""
    response = {k: v for k, v in selector[FAQ]["response"].items() if k != "responses"}
    return {**selector, FAQ: {**selector[FAQ], "response": response}}


def test_same_output_shape_as_responseselector(parses: dict[str, list[dict[str, Any]]]) -> None:
    for (_intent, text), ours, rasas in zip(HELDOUT, parses["ours"], parses["rasa"],
                                            strict=True):
        assert shape(without_responses(ours["response_selector"])) == \
            shape(without_responses(rasas["response_selector"])), text
        assert set(ours["response_selector"][FAQ]["response"]) == \
            set(rasas["response_selector"][FAQ]["response"]), text
        assert len(ours["response_selector"][FAQ]["ranking"]) == \
            len(rasas["response_selector"][FAQ]["ranking"]), text


def test_the_output_is_consistent(parses: dict[str, list[dict[str, Any]]]) -> None:
    for (_intent, text), parsed in zip(HELDOUT, parses["ours"], strict=True):
        selector = parsed["response_selector"]
        assert selector["all_retrieval_intents"] == [FAQ]
        response, ranking = selector[FAQ]["response"], selector[FAQ]["ranking"]
        key = response["intent_response_key"]
        assert key.startswith(f"{FAQ}/"), text
        assert response["utter_action"] == f"utter_{key}", text
        confidences = [r["confidence"] for r in ranking]
        assert confidences == sorted(confidences, reverse=True)
        assert all(0.0 <= c <= 1.0 for c in confidences)
        if response["responses"]:  # our NLU component empties them when it re-points the key
            assert ranking[0] == {"confidence": response["confidence"],
                                  "intent_response_key": key}, text
            assert all(r["text"] for r in response["responses"]), text


def test_same_responses_for_the_same_key(parses: dict[str, list[dict[str, Any]]]) -> None:
    same = 0
    for ours, rasas in zip(parses["ours"], parses["rasa"], strict=True):
        a = ours["response_selector"][FAQ]["response"]
        b = rasas["response_selector"][FAQ]["response"]
        if a["intent_response_key"] == b["intent_response_key"] and a["responses"] \
                and b["responses"]:
            assert a["responses"] == b["responses"]
            same += 1
    assert same > 100


def _faq_keys_right(parsed: list[dict[str, Any]]) -> int:
    return sum(p["response_selector"][FAQ]["response"]["intent_response_key"] == intent
               for (intent, _text), p in zip(HELDOUT, parsed, strict=True)
               if intent.startswith(f"{FAQ}/"))


def test_heldout_faq_keys_at_least_as_good(parses: dict[str, list[dict[str, Any]]]) -> None:
    total = sum(intent.startswith(f"{FAQ}/") for intent, _text in HELDOUT)
    ours, rasas = _faq_keys_right(parses["ours"]), _faq_keys_right(parses["rasa"])
    print(f"held-out FAQ keys: FaqSelector {ours}/{total}, ResponseSelector {rasas}/{total}")
    assert ours >= LEAST_FAQ_KEYS * total
    assert ours >= rasas


def test_fast_scoring_equals_the_pipelines() -> None:
    """FaqSelector scores a message with text_model.LinearScorer on the featurizers' counts;
    it must give the trained pipeline's own predict_proba on Rasa's combined features."""
    agent = Agent.load(MODEL)
    components = [node._component for node in
                  agent.processor.graph_runner._instantiated_nodes.values()]  # type: ignore[union-attr]
    selector = next(c for c in components if isinstance(c, FaqSelector))
    readers = [c for c in components if isinstance(c, (WhitespaceTokenizer,
                                                       CountVectorsFeaturizer))]
    assert len(readers) == 3 and isinstance(readers[0], WhitespaceTokenizer)
    messages = [Message(data={TEXT: text}) for _intent, text in HELDOUT] + \
        [Message(data={TEXT: "zzzz"})]
    for reader in readers:
        reader.process(messages)
    for message in messages:
        counts = faq_selector.sentence_counts(message)
        assert counts is not None
        fast = selector._scorer.probabilities([counts])
        rasas = selector._model.predict_proba(faq_selector.features([message]))[0]
        np.testing.assert_allclose(fast, rasas, rtol=0, atol=1e-12)
