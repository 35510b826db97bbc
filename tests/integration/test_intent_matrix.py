"""bot/rasa_patches/intent_matrix.py builds the matrix Rasa's own
LogisticRegressionClassifier._create_X builds, so every held-out intent is the same."""

from __future__ import annotations

import numpy as np
import pytest
from rasa.core.agent import Agent
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message

from bot.rasa_patches import intent_matrix
from bot.settings import ROOT
from tests.support.holdout import nlu_holdout_texts


@pytest.fixture(scope="module")
def pipeline() -> tuple[LogisticRegressionClassifier, list[Message]]:
    agent = Agent.load(str(ROOT / "models" / "current.tar.gz"))
    components = [node._component for node in
                  agent.processor.graph_runner._instantiated_nodes.values()]  # type: ignore[union-attr]
    classifier = next(c for c in components if isinstance(c, LogisticRegressionClassifier))
    readers = [c for c in components if isinstance(c, (WhitespaceTokenizer,
                                                       CountVectorsFeaturizer))]
    messages = [Message(data={TEXT: t}) for t in nlu_holdout_texts() + ["qqqq", "ok"]]
    for reader in sorted(readers, key=lambda c: not isinstance(c, WhitespaceTokenizer)):
        reader.process(messages)
    return classifier, messages


def test_installed() -> None:
    assert LogisticRegressionClassifier._create_X is intent_matrix.create_X


def test_same_matrix_and_probabilities_per_message(
        pipeline: tuple[LogisticRegressionClassifier, list[Message]]) -> None:
    classifier, messages = pipeline
    for message in messages:
        ours = intent_matrix.create_X(classifier, [message])
        rasas = intent_matrix._rasa_create_X(classifier, [message])
        assert ours.shape == rasas.shape and (ours != rasas).nnz == 0
        assert np.array_equal(classifier.clf.predict_proba(ours),
                              classifier.clf.predict_proba(rasas))


def test_same_matrix_for_many_messages(
        pipeline: tuple[LogisticRegressionClassifier, list[Message]]) -> None:
    classifier, messages = pipeline
    ours = intent_matrix.create_X(classifier, messages)
    rasas = intent_matrix._rasa_create_X(classifier, messages)
    assert ours.shape == rasas.shape == (len(messages), rasas.shape[1])
    assert (ours != rasas).nnz == 0


def test_dense_features_take_rasas_path(
        pipeline: tuple[LogisticRegressionClassifier, list[Message]]) -> None:
    classifier, messages = pipeline
    message = Message(data={TEXT: "hello"})
    message.features = list(messages[0].features) + [
        Features(np.ones((1, 3)), "sentence", TEXT, "dense")]
    ours = intent_matrix.create_X(classifier, [message])
    assert ours.shape[1] == intent_matrix._rasa_create_X(classifier, [message]).shape[1]
    assert (ours != intent_matrix._rasa_create_X(classifier, [message])).nnz == 0
