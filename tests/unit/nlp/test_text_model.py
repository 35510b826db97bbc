"""bot/nlp/text_model.py: a saved detector loads back as the same model (the vocabulary is
stored as one array of terms, not a dict; README: Performance)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

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
    loaded = loaded.pipeline  # the saved pipeline itself (the fast path: the test below)
    for (name, before), (_, after) in zip(text_model._vectorizers(model),
                                          text_model._vectorizers(loaded), strict=True):
        assert isinstance(before.vocabulary_, dict), f"{name}: save changed the live model"
        assert after.vocabulary_ == before.vocabulary_, name
    probe = ["numb feet all of a sudden", "b12 in eggs?", "nothing to do with it", ""]
    assert np.array_equal(loaded.predict_proba(probe), model.predict_proba(probe))


@pytest.mark.parametrize("labels", [LABELS, ["flag", "other", "flag", "food", "flag", "food",
                                             "other", "other"] * 2], ids=["two", "three"])
def test_fast_path_gives_the_pipelines_probabilities(tmp_path: Path, labels: list[str]) -> None:
    """FastModel (what load returns) against scikit-learn's own predict_proba: one-vs-rest
    for two classes, softmax for more; texts with no known term, unknown words, numbers."""
    path = tmp_path / "model.skops"
    text_model.save(text_model.make_model().fit(TEXTS, labels), path)
    loaded = text_model.load(path)
    assert isinstance(loaded, text_model.FastModel)
    probe = TEXTS + ["", "zzz qqq", "numb feet for 3 days", "B12?? in EGGS", "it's sudden"]
    fast, sklearn = loaded.predict_proba(probe), loaded.pipeline.predict_proba(probe)
    assert fast.shape == sklearn.shape
    np.testing.assert_allclose(fast, sklearn, rtol=0, atol=1e-12)
    assert list(loaded.classes_) == sorted(set(labels))
