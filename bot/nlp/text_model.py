"""The text classifier both learned detectors use (red flags, scope): word and character
n-gram TF-IDF and a logistic regression, saved with skops to build/ by `make build`.

Numbers become one token ("2 hrs" and "3 hrs" look alike), quotes are straightened.
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
    return model


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
