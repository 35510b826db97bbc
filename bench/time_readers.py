"""Which time reader says best *when* a change began? Ours (bot/nlp/time_reader.py)
against maintained libraries, on the held-out red-flag sets' labels (README: Red flags).

A reader is right on a red flag of the nine domains when it calls the onset sudden or
unsure (the rule treats both as sudden), and right on a gradual report when it does not.
The libraries turn a time expression into a date; a date within 48 hours counts as
sudden, one a week or more back as gradual.

    python -m bench.time_readers [EXTRA_SITE_PACKAGES]

The libraries are not in requirements.lock (dateparser and ctparse need newer `regex`
than Rasa 3.6 allows): install them into a separate folder and pass it, e.g.
``pip install --target /tmp/extra dateparser ctparse``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.nlp import time_reader
from tests.support.heldout_sets import load

NOW = datetime(2026, 11, 28, 21, 0)


def by_date(dates: list[datetime]) -> str | None:
    """sudden within 48 h, gradual a week or more back, else unsure; None without a date."""
    if not dates:
        return None
    ages = [NOW - d for d in dates]
    if any(timedelta(0) <= a <= timedelta(hours=48) or a < timedelta(0) for a in ages):
        return "sudden"
    if all(a >= timedelta(days=7) for a in ages):
        return "gradual"
    return "unsure"


def dateparser_reader() -> Callable[[str], str | None]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": NOW, "PREFER_DATES_FROM": "past"}

    def read(text: str) -> str | None:
        found = search_dates(text, languages=["en"], settings=settings) or []
        return by_date([d for _, d in found])

    return read


def ctparse_reader() -> Callable[[str], str | None]:
    from ctparse import ctparse

    def read(text: str) -> str | None:
        parsed = ctparse(text, ts=NOW, timeout=1)
        if parsed is None:
            return None
        res = parsed.resolution
        start = getattr(res, "start", None) or res
        try:
            day = datetime(start.year or NOW.year, start.month or NOW.month,
                           start.day or NOW.day, start.hour or 0, start.minute or 0)
        except (TypeError, ValueError, AttributeError):
            return None
        return by_date([day])

    return read


def score(read: Callable[[str], str | None]) -> tuple[int, int, int, int, float]:
    items = load("heldout_redflag").items
    flags = [i for i in items if i.category == "red_flag"
             and i.wording in ("time_expression", "unsure_onset")]
    gradual = [i for i in items if i.category == "not_flag" and i.kind == "gradual"]
    start = time.perf_counter()
    hit = sum(read(i.text) in ("sudden", "unsure") for i in flags)
    kept = sum(read(i.text) not in ("sudden", "unsure") for i in gradual)
    per_ms = 1000 * (time.perf_counter() - start) / (len(flags) + len(gradual))
    return hit, len(flags), kept, len(gradual), per_ms


def main(argv: list[str]) -> int:
    if argv:
        sys.path.append(argv[0])  # after ours, so the project's own pins win
    readers: dict[str, Callable[[], Callable[[str], str | None]]] = {
        "ours (bot/nlp/time_reader.py)": lambda: time_reader.onset,
        "dateparser 1.5 search_dates": dateparser_reader,
        "ctparse 0.3.6": ctparse_reader,
    }
    print("| time reader | timed/unsure red flags read as sudden | gradual reports kept "
          "gradual | ms per message |\n|---|---:|---:|---:|")
    for name, make in readers.items():
        try:
            read = make()
        except ImportError as exc:
            print(f"| {name} | not installed ({exc.name}) | | |")
            continue
        hit, n, kept, m, ms = score(read)
        print(f"| {name} | {hit}/{n} ({100 * hit / n:.1f} %) | {kept}/{m} "
              f"({100 * kept / m:.1f} %) | {ms:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
