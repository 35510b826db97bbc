"""FaqSelector: picks the ``faq/<key>`` answer without TensorFlow (README: Performance).

A drop-in for Rasa 3.6's ResponseSelector with ``retrieval_intent: faq``: it fills the
message's ``response_selector`` property exactly as ResponseSelector does (the same keys,
the same ranking shape, the responses from the training data), so ``utter_faq/<key>``,
the rules, ``rasa test``, the NLU component's key corrections and the follow-up re-read
work unchanged. The model is a logistic regression over the sentence features the
pipeline's CountVectorsFeaturizers already computed for the intent classifier, weighted
by sublinear TF-IDF learnt on the FAQ examples. It trains in a second, answers in well
under a millisecond, and keeps TensorFlow (~500 MB, seconds of start-up) out of the
server. The held-out comparison with the ResponseSelector is in the README; the
ResponseSelector stays available in config-response-selector.yml.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_DEFAULT_INTENT,
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_RETRIEVAL_INTENTS,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import (
    FEATURE_TYPE_SENTENCE,
    INTENT,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data import util
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import dump_obj_as_json_to_file, read_json_file
from scipy import sparse

from bot.nlp import text_model

logger = logging.getLogger(__name__)

# Rasa's recipe validator warns that the response examples go unused unless its own
# ResponseSelector is in the pipeline; a pipeline that names this module uses them.
warnings.filterwarnings("ignore", category=UserWarning, message=(
    "You have defined training data with examples for training a response selector"))

MODEL_FILE = "model.skops"


def key_of(entry: dict[str, Any]) -> str | None:
    """The FAQ key ("what_is_b12") of a response or ranking entry, whose
    ``intent_response_key`` is "faq/what_is_b12"."""
    return str(entry.get("intent_response_key") or "").split("/")[-1] or None
# The same names ResponseSelector gives its files: bot/training/train.py rewrites
# "<component dir>/<name>.responses.json" when only answer texts changed.
RESPONSES_FILE = "FaqSelector.responses.json"
RETRIEVAL_INTENTS_FILE = "FaqSelector.retrieval_intents.json"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class FaqSelector(GraphComponent):
    """Selects the answer of a retrieval intent with a linear model over sparse features."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Featurizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "retrieval_intent": None,  # as ResponseSelector: None trains on every one
            "C": 20.0,  # inverse regularisation; 20-50 gave the same held-out keys
            "max_iter": 3000,
            "ranking_length": 10,  # ResponseSelector's default
            "random_seed": 42,
        }

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage,
                 resource: Resource, model: Any = None,
                 responses: dict[str, list[dict[str, Any]]] | None = None,
                 retrieval_intents: list[str] | None = None) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model  # sklearn Pipeline: TfidfTransformer -> LogisticRegression
        self._scorer = None if model is None else scorer(model)
        self.responses = responses or {}
        self.all_retrieval_intents = retrieval_intents or []

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> FaqSelector:
        return cls(config, model_storage, resource)

    @property
    def retrieval_intent(self) -> str | None:
        return self._config["retrieval_intent"]

    # --- training -------------------------------------------------------------------
    def train(self, training_data: TrainingData) -> Resource:
        from sklearn.feature_extraction.text import TfidfTransformer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import Pipeline

        self.all_retrieval_intents = list(training_data.retrieval_intents)
        self.responses = training_data.responses
        examples = [m for m in training_data.intent_examples
                    if m.get(INTENT_RESPONSE_KEY)
                    and (self.retrieval_intent is None
                         or m.get(INTENT) == self.retrieval_intent)]
        labels = sorted({m.get(INTENT_RESPONSE_KEY) for m in examples})
        if len(labels) < 2:
            logger.warning("FaqSelector: fewer than two response keys to learn; "
                           "it will not select any.")
            self._model = None
        else:
            self._model = Pipeline([
                ("tfidf", TfidfTransformer(sublinear_tf=True)),
                ("classifier", LogisticRegression(
                    C=self._config["C"], max_iter=self._config["max_iter"],
                    random_state=self._config["random_seed"])),
            ]).fit(features(examples), [m.get(INTENT_RESPONSE_KEY) for m in examples])
            self._scorer = scorer(self._model)
        self.persist()
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    # --- prediction -----------------------------------------------------------------
    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        for message in messages:
            counts = sentence_counts(message)
            if counts is not None:
                self._set_prediction(message, self._model.classes_,
                                     self._scorer.probabilities([counts]))
        return messages

    def _set_prediction(self, message: Message, keys: np.ndarray, row: np.ndarray) -> None:
        """The same dict ResponseSelector.process builds (Rasa 3.6.21)."""
        order = np.argsort(-row, kind="stable")[: self._config["ranking_length"]]
        top = str(keys[order[0]])
        responses = self.responses.get(util.intent_response_key_to_template_key(top))
        if not responses:
            responses = [{TEXT: top}]  # as ResponseSelector does, after its warning
        prediction = {
            RESPONSE_SELECTOR_PREDICTION_KEY: {
                RESPONSE_SELECTOR_RESPONSES_KEY: responses,
                PREDICTED_CONFIDENCE_KEY: float(row[order[0]]),
                INTENT_RESPONSE_KEY: top,
                RESPONSE_SELECTOR_UTTER_ACTION_KEY:
                    util.intent_response_key_to_template_key(top),
            },
            RESPONSE_SELECTOR_RANKING_KEY: [
                {PREDICTED_CONFIDENCE_KEY: float(row[i]), INTENT_RESPONSE_KEY: str(keys[i])}
                for i in order
            ],
        }
        properties = message.get(RESPONSE_SELECTOR_PROPERTY_NAME, {})
        properties[RESPONSE_SELECTOR_RETRIEVAL_INTENTS] = self.all_retrieval_intents
        properties[self.retrieval_intent or RESPONSE_SELECTOR_DEFAULT_INTENT] = prediction
        message.set(RESPONSE_SELECTOR_PROPERTY_NAME, properties, add_to_output=True)

    # --- storage --------------------------------------------------------------------
    def persist(self) -> None:
        import skops.io

        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(directory / RESPONSES_FILE, self.responses)
            dump_obj_as_json_to_file(directory / RETRIEVAL_INTENTS_FILE,
                                     self.all_retrieval_intents)
            if self._model is not None:
                skops.io.dump(self._model, directory / MODEL_FILE)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> FaqSelector:
        try:
            with model_storage.read_from(resource) as directory:
                responses = read_json_file(directory / RESPONSES_FILE)
                intents = read_json_file(directory / RETRIEVAL_INTENTS_FILE)
                path = directory / MODEL_FILE
                model = _load_model(path) if path.exists() else None
        except ValueError:  # Rasa's word for "this resource was never persisted"
            logger.warning(f"FaqSelector: no trained model found for '{resource.name}'.")
            return cls.create(config, model_storage, resource, execution_context)
        return cls(config, model_storage, resource, model, responses, intents)


TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.")


def _load_model(path: Path) -> Any:
    """The saved pipeline, if it holds only scikit-learn, numpy and scipy types."""
    import skops.io

    unknown = skops.io.get_untrusted_types(file=path)
    foreign = [name for name in unknown if not name.startswith(TRUSTED_PREFIXES)]
    if foreign:
        raise RuntimeError(f"FaqSelector: {path} holds types it never writes: {foreign}")
    return skops.io.load(path, trusted=unknown)


def scorer(model: Any) -> text_model.LinearScorer:
    """The pipeline's arithmetic for one message (the pipeline's predict_proba checks and
    builds sparse matrices: ~1 ms a message; this ~0.05 ms, equal to 1e-12)."""
    return text_model.LinearScorer([(0, model.named_steps["tfidf"].idf_)],
                                   model.named_steps["classifier"])


def sentence_counts(message: Message) -> tuple[np.ndarray, np.ndarray] | None:
    """The columns and counts of ``features([message])``'s one row, read straight from the
    featurizers' sentence features (Rasa's get_sparse_features deep-copies and stacks
    them, sequence features too), in the same column order."""
    columns, counts, first = [], [], 0
    for feature in message.features:
        if (feature.attribute == TEXT and feature.is_sparse()
                and feature.type == FEATURE_TYPE_SENTENCE):
            row = feature.features.tocoo()
            columns.append(row.col + first)
            counts.append(row.data)
            first += row.shape[1]
    if not columns:
        return None
    return np.concatenate(columns).astype(np.intp), np.concatenate(counts).astype(float)


def features(messages: list[Message]) -> sparse.csr_matrix:
    """The sentence-level sparse features of each message's text, one row each (the same
    matrix Rasa's LogisticRegressionClassifier builds, without dense features)."""
    rows = []
    for message in messages:
        sentence = message.get_sparse_features(TEXT)[1]
        rows.append(sparse.csr_matrix(sentence.features))
    return sparse.vstack(rows).tocsr()
