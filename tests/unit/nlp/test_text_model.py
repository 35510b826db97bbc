"""bot/nlp/text_model.py: a saved detector loads back as the same model (the vocabulary is
stored as one array of terms, not a dict; README: Performance)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.nlp import text_model

TEXTS = ["sudden numbness in my feet", "how much b12 do i need", "my vision went blurry",
         "what foods have b12", "i can't feel my hands since yesterday", "is b12 safe",
         "tips for a sore knee", "best pizza in town"] * 2
LABELS = ["flag", "other", "flag", "other", "flag", "other", "other", "other"] * 2


def test_saved_model_loads_back_with_the_same_vocabulary_and_answers(tmp_path: Path) -> None:
    model = text_model.make_model().fit(TEXTS, LABELS)
    path = tmp_path / "model.skops"
    text_model.save(model, path)
    loaded = text_model.load(path)
    for (name, before), (_, after) in zip(text_model._vectorizers(model),
                                          text_model._vectorizers(loaded), strict=True):
        assert isinstance(before.vocabulary_, dict), f"{name}: save changed the live model"
        assert after.vocabulary_ == before.vocabulary_, name
    probe = ["numb feet all of a sudden", "b12 in eggs?", "nothing to do with it", ""]
    assert np.array_equal(loaded.predict_proba(probe), model.predict_proba(probe))
