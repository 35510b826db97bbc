"""LogisticRegressionClassifier's feature matrix built straight from the featurizers' counts.

Rasa 3.6.21's ``_create_X`` asks each message for its combined features: that deep-copies
the first featurizer's matrices and stacks the rest, for the per-token (sequence)
features too, which this classifier never reads; then it stacks the rows again. Here the
sentence-level counts are read as they are and put into one matrix with the same columns
in the same order: ~1.2 ms of a message's ~20 ms (py-spy, README: Performance). A
message with dense features, or without sparse ones, takes Rasa's own path.
tests/integration/test_intent_matrix.py compares the matrices and every held-out intent.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import coo_matrix, csr_matrix

_rasa_create_X = LogisticRegressionClassifier._create_X


def _sentence_parts(message: Message) -> list[Any] | None:
    """The message's sparse sentence features of its text, in Rasa's order; None when
    Rasa's path must decide (dense features, or no sparse ones)."""
    parts = []
    for feature in message.features:
        if feature.attribute != TEXT or feature.type != FEATURE_TYPE_SENTENCE:
            continue
        if not feature.is_sparse():
            return None
        parts.append(feature.features)
    return parts or None


def create_X(self: LogisticRegressionClassifier, messages: list[Message]) -> csr_matrix:
    """``LogisticRegressionClassifier._create_X`` (Rasa 3.6.21) for sparse-only messages."""
    rows_parts = [_sentence_parts(m) for m in messages]
    if not messages or any(p is None for p in rows_parts):
        return _rasa_create_X(self, messages)
    widths = [sum(part.shape[1] for part in parts) for parts in rows_parts]  # type: ignore[union-attr]
    if len(set(widths)) != 1:
        return _rasa_create_X(self, messages)  # Rasa's vstack would refuse: let it say so
    rows, columns, values = [], [], []
    for index, parts in enumerate(rows_parts):
        first = 0
        for part in parts:  # type: ignore[union-attr]
            block = part.tocoo()
            rows.append(np.full(block.nnz, index, dtype=np.int32))
            columns.append(block.col + first)
            values.append(block.data)
            first += block.shape[1]
    return coo_matrix((np.concatenate(values).astype(float),
                       (np.concatenate(rows), np.concatenate(columns))),
                      shape=(len(messages), widths[0])).tocsr()


def install() -> None:
    LogisticRegressionClassifier._create_X = create_X  # type: ignore[method-assign]
