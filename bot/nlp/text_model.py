"""The text classifier the learned detectors use (red flags, scope, diagnosis): word and
character n-gram TF-IDF and a logistic regression, saved with skops to build/ by `make build`.

Numbers become one token ("2 hrs" and "3 hrs" look alike), quotes are straightened.

A loaded model reads one text at a time on the message path. scikit-learn's pipeline took
1.9 ms a text for that (checks and sparse matrices for a handful of terms): ``load``
returns a ``FastModel`` that does the same arithmetic on the text's terms with numpy
(``LinearScorer``, ~0.1 ms), equal to the pipeline's probabilities to 1e-12
(tests/unit/nlp/test_text_model.py). FaqSelector scores Rasa's counts with it too.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

_NUMBER = re.compile(r"\d+")


def prepare(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _NUMBER.sub(" 0 ", text)


def make_model(c: float = 20.0) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        ("words", TfidfVectorizer(preprocessor=prepare, ngram_range=(1, 2), min_df=1,
                                  sublinear_tf=True, token_pattern=r"(?u)\b\w[\w']*\b")),
        ("chars", TfidfVectorizer(preprocessor=prepare, analyzer="char_wb",
                                  ngram_range=(2, 5), min_df=2, sublinear_tf=True)),
    ])
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def save(model: Any, path: Path) -> None:
    import skops.io

    path.parent.mkdir(parents=True, exist_ok=True)
    vocabularies = {name: v.vocabulary_ for name, v in _vectorizers(model)}
    try:
        # skops writes a dict entry by entry (50 MB, ~2.5 s to load each detector); as one
        # array of terms in column order it is a 2-5 MB file that loads in ~0.1 s.
        for name, vectorizer in _vectorizers(model):
            vectorizer.vocabulary_ = np.array(sorted(vocabularies[name],
                                                     key=vocabularies[name].__getitem__))
            vectorizer.stop_words_ = None  # terms min_df dropped: sklearn says unneeded
        skops.io.dump(model, path)
    finally:
        for name, vectorizer in _vectorizers(model):
            vectorizer.vocabulary_ = vocabularies[name]


class LinearScorer:
    """Sublinear TF-IDF with an l2 norm per block of columns, then a logistic regression:
    scikit-learn's TfidfTransformer/TfidfVectorizer and LogisticRegression.predict_proba
    (1.1), for one document given as its term counts."""

    def __init__(self, blocks: list[tuple[int, np.ndarray]], classifier: Any) -> None:
        self._blocks = blocks  # (first column, idf of the block's columns)
        self._coef = np.ascontiguousarray(classifier.coef_.T)  # columns x classes
        self._intercept = np.asarray(classifier.intercept_, dtype=float)
        # sklearn's rule: one-vs-rest for two classes (or multi_class="ovr"), else softmax
        self._ovr = classifier.multi_class == "ovr" or (
            classifier.multi_class == "auto"
            and (len(classifier.classes_) <= 2 or classifier.solver == "liblinear"))

    def probabilities(self, counts: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """``counts``: per block, (column indices within the block, term counts)."""
        decision = self._intercept.copy()
        for (first, idf), (columns, tf) in zip(self._blocks, counts, strict=True):
            if len(columns) == 0:
                continue
            values = (np.log(tf) + 1.0) * idf[columns]
            values /= np.sqrt(np.dot(values, values))
            decision += values @ self._coef[first + columns]
        if self._ovr:
            p = 1.0 / (1.0 + np.exp(-decision))
            return np.array([1.0 - p[0], p[0]]) if p.shape[0] == 1 else p / p.sum()
        e = np.exp(decision - decision.max())
        return e / e.sum()


class FastModel:
    """A loaded detector pipeline whose ``predict_proba`` reads each text with
    ``LinearScorer``; everything else is the pipeline's."""

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.classes_ = pipeline.classes_
        first, blocks = 0, []
        self._readers = []
        for _name, vectorizer in _vectorizers(pipeline):
            blocks.append((first, vectorizer.idf_))
            self._readers.append((vectorizer.build_analyzer(), vectorizer.vocabulary_))
            first += len(vectorizer.vocabulary_)
        self._scorer = LinearScorer(blocks, pipeline.named_steps["classifier"])

    @staticmethod
    def suits(pipeline: Any) -> bool:
        """Whether the pipeline is make_model's shape, the one the fast path computes."""
        return all(v.use_idf and v.sublinear_tf and v.norm == "l2" and not v.binary
                   for _name, v in _vectorizers(pipeline))

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._scorer.probabilities([_counts(analyse(text), vocabulary)
                                                      for analyse, vocabulary in self._readers])
                          for text in texts])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pipeline, name)


def _counts(terms: list[str], vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    found: dict[int, int] = {}
    for term in terms:
        column = vocabulary.get(term)
        if column is not None:
            found[column] = found.get(column, 0) + 1
    return (np.fromiter(found.keys(), dtype=np.intp, count=len(found)),
            np.fromiter(found.values(), dtype=float, count=len(found)))


def load(path: Path) -> Any:
    import skops.io

    if not path.exists():
        raise FileNotFoundError(f"model not found at {path}: run `make build`")
    # Our own file, built by `make build` from data/; the types are ours to trust.
    model = skops.io.load(path, trusted=skops.io.get_untrusted_types(file=path))
    for _name, vectorizer in _vectorizers(model):
        if isinstance(vectorizer.vocabulary_, np.ndarray):
            vectorizer.vocabulary_ = {term: i for i, term in
                                      enumerate(vectorizer.vocabulary_.tolist())}
    return FastModel(model) if FastModel.suits(model) else model


def _vectorizers(model: Any) -> list[tuple[str, Any]]:
    return list(model.named_steps["features"].transformer_list)


def build_main(argv: list[str], module: str, train: Callable[[], Any]) -> int:
    """``python -m <module> build PATH``: train and save (what `make build` runs)."""
    if len(argv) == 2 and argv[0] == "build":
        save(train(), Path(argv[1]))
        print(f"{module}: model written to {argv[1]}")
        return 0
    print(f"usage: python -m {module} build PATH", file=sys.stderr)
    return 2
