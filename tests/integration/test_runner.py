"""bot/rasa_patches/runner.py gives exactly what Rasa's dask runner gives, on the real model:
every NLU parse of the held-out messages, and every policy prediction along real
conversations (FAQ, symptom report and form answers, red flags, chit-chat)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from rasa.core.agent import Agent
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_patches import runner as rasa_runner
from bot.settings import ROOT
from tests.support.holdout import nlu_holdout_texts
from tests.support.stack import run_async

CONVERSATIONS = [
    ["hi", "what is vitamin b12", "how much do i need a day", "thanks", "bye"],
    ["i have been tired and my hands tingle", "it came on slowly over months",
     "it's me", "i'm vegan", "what foods have b12"],
    ["my vision went blurry all of a sudden", "yes"],
    ["my mum's speech is slurred", "not sure"],
    ["are you a bot", "what can you do", "what are the symptoms of diabetes", "stop"],
]


@pytest.fixture(scope="module")
def agent() -> Agent:
    return Agent.load(str(ROOT / "models" / "current.tar.gz"))


@pytest.fixture()
def runners(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Switch DaskGraphRunner.run between Rasa's and ours."""
    impls = {"rasa": rasa_runner._rasa_run, "ours": rasa_runner.run}

    def use(name: str) -> None:
        monkeypatch.setattr(DaskGraphRunner, "run", impls[name])

    yield {"use": use}


def test_installed() -> None:
    from bot import rasa_patches

    assert rasa_patches.install() == "on"

    assert DaskGraphRunner.run is rasa_runner.run


def test_nlu_parses_are_identical(agent: Agent, runners: dict[str, Any]) -> None:
    texts = nlu_holdout_texts()
    assert len(texts) > 300

    def parse_all(impl: str) -> list[dict[str, Any]]:
        runners["use"](impl)

        async def go() -> list[dict[str, Any]]:
            return [await agent.parse_message(t) for t in texts]

        return run_async(go())

    ours, rasas = parse_all("ours"), parse_all("rasa")
    assert ours == rasas
    assert {p["intent"]["name"] for p in ours} >= {"faq", "report_symptoms", "emergency"}


def test_policy_predictions_are_identical_along_conversations(
        agent: Agent, runners: dict[str, Any]) -> None:
    processor = agent.processor
    assert processor is not None
    compared = 0

    def predict(impl: str, tracker: DialogueStateTracker) -> tuple[Any, ...]:
        runners["use"](impl)
        p = processor._predict_next_with_tracker(tracker)
        return (p.policy_name, p.probabilities, p.events, p.optional_events,
                p.is_end_to_end_prediction, p.is_no_user_prediction, p.action_metadata)

    async def play() -> None:
        nonlocal compared
        for n, conversation in enumerate(CONVERSATIONS):
            sender = f"runner-{n}"
            for text in conversation:
                runners["use"]("ours")
                await agent.handle_text(text, sender_id=sender)
                tracker = await agent.tracker_store.retrieve(sender)
                assert tracker is not None
                assert predict("ours", tracker) == predict("rasa", tracker)
                compared += 1

    run_async(play())
    assert compared == sum(map(len, CONVERSATIONS))


def test_an_input_named_like_a_node_is_refused_as_rasa_does(agent: Agent) -> None:
    runner = agent.processor.graph_runner  # type: ignore[union-attr]
    target = agent.processor.model_metadata.nlu_target  # type: ignore[union-attr]
    with pytest.raises(GraphRunError):
        rasa_runner.run(runner, inputs={"__message__": target}, targets=[target])
    with pytest.raises(GraphRunError):
        rasa_runner._rasa_run(runner, inputs={"__message__": target}, targets=[target])
