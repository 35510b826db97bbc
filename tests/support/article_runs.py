"""The article's 12-word runs as hashes (tests/support/article_runs.txt), so the check that no
answer pastes an article sentence runs wherever the tests run, with or without the article
beside the repo. The hashes hold none of the article's words.

    python -m tests.support.article_runs   # rewrite the file from ../shared/article/
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bot.settings import ROOT

ARTICLE = ROOT.parent / "shared" / "article" / "b12-deficiency-article.txt"
STORED = Path(__file__).with_name("article_runs.txt")
RUN = 12  # words


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def digest(run: str) -> str:
    return hashlib.sha1(run.encode()).hexdigest()[:16]


def runs(text: str) -> list[str]:
    """Every run of RUN words, in order."""
    w = words(text)
    return [" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1)]


def fingerprint(text: str) -> set[str]:
    return {digest(r) for r in runs(text)}


def stored() -> set[str]:
    return set(STORED.read_text().split())


if __name__ == "__main__":
    STORED.write_text("\n".join(sorted(fingerprint(ARTICLE.read_text()))) + "\n")
    print(f"{len(stored())} runs written to {STORED}")
