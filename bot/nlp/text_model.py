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
    skops.io.dump(model, path)


def load(path: Path) -> Any:
    import skops.io

    if not path.exists():
        raise FileNotFoundError(f"model not found at {path}: run `make build`")
    # Our own file, built by `make build` from data/; the types are ours to trust.
    return skops.io.load(path, trusted=skops.io.get_untrusted_types(file=path))


def build_main(argv: list[str], module: str, train: Callable[[], Any]) -> int:
    """``python -m <module> build PATH``: train and save (what `make build` runs)."""
    if len(argv) == 2 and argv[0] == "build":
        save(train(), Path(argv[1]))
        print(f"{module}: model written to {argv[1]}")
        return 0
    print(f"usage: python -m {module} build PATH", file=sys.stderr)
    return 2
