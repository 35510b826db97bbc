"""Rasa's TensorFlow model load, without two tracing costs that added 5 s to every start.

Rasa builds a saved model's variables by training it on one example, then overwrites
them all with the saved weights. Keras traced that step as a graph with gradients:
3.7 s of a 22 s start for our ResponseSelector (py-spy). Run eagerly, the same step
creates the same variables, optimizer slots included, so the weights restore onto the
same objects. Prediction is still traced once at load, as Rasa does, but without
autograph's rewrite of the source (most of the trace): Rasa's prediction code has no
Python branch on a tensor, and if it ever had, tracing would fail at load rather than
answer differently. Start to ready went from 11.6-13.5 s to 6.6-7.6 s (README:
Performance). Fine-tuning (``rasa train --finetune``) keeps Rasa's load. Installed by
``bot.rasa_patches.speedups``; tests/integration/test_model_load.py compares weights and every
held-out parse with Rasa's own load.
"""

from __future__ import annotations

from typing import Any

import tensorflow as tf
from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
from rasa.utils.tensorflow.model_data import RasaModelData
from rasa.utils.tensorflow.models import RasaModel
from rasa.utils.train_utils import create_data_generators

_rasa_load = RasaModel.load.__func__  # type: ignore[attr-defined]


def load(cls: type[RasaModel], model_file_name: str, model_data_example: RasaModelData,
         predict_data_example: RasaModelData | None = None, finetune_mode: bool = False,
         *args: Any, **kwargs: Any) -> RasaModel:
    """``RasaModel.load`` (Rasa 3.6.21): the build step eager, prediction traced plainly."""
    if finetune_mode:
        return _rasa_load(cls, model_file_name, model_data_example, predict_data_example,
                          finetune_mode, *args, **kwargs)
    model = cls(*args, **kwargs)
    config = kwargs.get("config", {})
    model.compile(optimizer=tf.keras.optimizers.Adam(config.get(LEARNING_RATE, 0.001)),
                  run_eagerly=True)
    model.fit(RasaBatchDataGenerator(model_data_example, batch_size=1), verbose=False)
    model.run_eagerly = config.get(RUN_EAGERLY)  # what Rasa's compile would have set
    model.load_weights(model_file_name)
    if predict_data_example:
        batch = next(iter(create_data_generators(predict_data_example, batch_sizes=1, epochs=1,
                                                  shuffle=False)[0]))[0]
        model._tf_predict_step = tf.function(model.predict_step, autograph=False,
                                             input_signature=model._dynamic_signature(batch))
        model._rasa_predict(batch)  # traces it now, as Rasa's run_inference does
    return model


def install() -> None:
    RasaModel.load = classmethod(load)  # type: ignore[method-assign, assignment]
