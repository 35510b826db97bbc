"""TypoMender: typos of the words the assistant was trained on are read as those words.

People type on phones: "neurological effects of b12 defficiency" shared no word feature
with the examples that say "deficiency", and the FAQ selector picked the answer whose
example shared the rest. This component sits between the tokenizer and the featurizers.
It learns the training examples' words, and at parse time sets each token's lemma (what
CountVectorsFeaturizer counts) to the training word it is one edit from
(bot.nlp.spelling.mend_to). Words English already knows, and everything the training data
never used (drug and disease names of other topics), stay as typed. The message text,
its tokens' offsets and every entity are unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import dump_obj_as_json_to_file, read_json_file
from wordfreq import zipf_frequency

from bot.nlp import spelling

VOCABULARY_FILE = "vocabulary.json"
MIN_USES = 3  # a word English does not know is ours when the writers used it this often
_WORD = re.compile(r"[a-z]+")


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True
)
class TypoMender(GraphComponent):
    """Sets token lemmas to the training word a typo stands for."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def __init__(self, model_storage: ModelStorage, resource: Resource,
                 vocabulary: frozenset[str] = frozenset()) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.vocabulary = vocabulary

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> TypoMender:
        return cls(model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        counts = Counter(w for m in training_data.training_examples
                         for w in _WORD.findall((m.get(TEXT) or "").lower()))
        # A word the writers used once and English does not know is a typo of theirs
        # ("defficiency"), to be mended like the user's, not learnt as a word.
        words = {w for w, n in counts.items()
                 if n >= MIN_USES or zipf_frequency(w, "en") >= spelling.UNKNOWN_ZIPF}
        self.vocabulary = frozenset(words) | spelling.vocabulary()
        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(directory / VOCABULARY_FILE, sorted(self.vocabulary))
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> TypoMender:
        try:
            with model_storage.read_from(resource) as directory:
                vocabulary = frozenset(read_json_file(directory / VOCABULARY_FILE))
        except ValueError:  # never trained: mends nothing
            vocabulary = frozenset()
        return cls(model_storage, resource, vocabulary)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        if not self.vocabulary:
            return messages
        for message in messages:
            for token in message.get(TOKENS_NAMES[TEXT]) or []:
                word = token.lemma.lower()
                mended = spelling.mend_to(word, self.vocabulary)
                if mended != word:
                    token.lemma = mended
        return messages
