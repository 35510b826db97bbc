"""Hygiene checks for the NLU training data and the held-out evaluation sets.

- No held-out message (tests/heldout/nlu_holdout.yml, tests/heldout/triage.yml) may appear
  in the training data under data/nlu/, after normalising case, whitespace and
  punctuation, nor as the same bag of words in a different order.
- Every FAQ key has enough training and held-out examples, in one file of its own
  (data/nlu/faq/<key>.yml), and the texts that topic buttons send are training examples.
- Training examples are not duplicated, and carry no entity markup.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import ROOT
from bot.triage import knowledge
from tests.support.holdout import NLU_HOLDOUT

TRAIN_DIR = ROOT / "data" / "nlu"
TRIAGE_HOLDOUT = ROOT / "tests" / "heldout" / "triage.yml"

# One training file per FAQ key (data/nlu/faq/<key>.yml), one answer per key
# (bot/triage/knowledge.py): adding an FAQ adds a file here, not a line to this test.
FAQ_DIR = TRAIN_DIR / "faq"
FAQ_KEYS = knowledge.ARTICLE_KEYS  # held-out per key in nlu_holdout.yml
ALL_KEYS = tuple(knowledge.ANSWERS_BY_KEY)  # boundary answers too (never trained: below)
OTHER_INTENTS = (
    "greet",
    "goodbye",
    "thanks",
    "bot_challenge",
    "help",
    "affirm",
    "deny",
    "unsure",
    "inform",
    "report_symptoms",
    "emergency",
    "out_of_scope",
)
MIN_FAQ_TRAIN = 18
MIN_FAQ_HOLDOUT = 8
TRIAGE_MINIMUMS = {"sudden_red_flag": 60, "gradual_ordinary": 60, "other_conditions": 50}
MIN_TRIAGE_PARAPHRASES = 4

_PUNCT = str.maketrans({c: " " for c in string.punctuation + "’‘“”"})
_ENTITY_MARKUP = re.compile(r"\[[^\]]*\]\s*[({]")

Example = tuple[str, str, str]  # (intent, text, source file)


def normalise(text: str) -> str:
    """Lowercase, drop punctuation, collapse whitespace."""
    return " ".join(text.lower().translate(_PUNCT).split())


def bag_of_words(text: str) -> tuple[str, ...]:
    return tuple(sorted(normalise(text).split()))


def parse_examples(block: str) -> list[str]:
    """The ``- `` lines of an ``examples: |`` block."""
    examples = []
    for line in block.splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            examples.append(stripped[2:].strip())
    return examples


def load_nlu_file(path: Path) -> list[Example]:
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path}: not a YAML mapping"
    rows: list[Example] = []
    for item in data.get("nlu") or []:
        if "intent" not in item:
            continue  # synonyms, regexes, lookups
        block = item.get("examples")
        assert isinstance(block, str), f"{path}: {item['intent']} has no examples block"
        rows.extend((item["intent"], text, path.name) for text in parse_examples(block))
    return rows


def training_files() -> list[Path]:
    return sorted(p for p in TRAIN_DIR.rglob("*") if p.suffix in (".yml", ".yaml"))


@pytest.fixture(scope="module")
def training() -> list[Example]:
    rows: list[Example] = []
    for path in training_files():
        rows.extend(load_nlu_file(path))
    assert rows, "no training examples found under data/nlu/"
    return rows


@pytest.fixture(scope="module")
def nlu_holdout() -> list[Example]:
    return load_nlu_file(NLU_HOLDOUT)


@pytest.fixture(scope="module")
def triage() -> dict[str, Any]:
    data: Any = yaml.safe_load(TRIAGE_HOLDOUT.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{TRIAGE_HOLDOUT}: not a YAML mapping"
    return data


def triage_messages(triage: dict[str, Any]) -> list[Example]:
    rows: list[Example] = []
    for group in TRIAGE_MINIMUMS:
        rows.extend((group, text, TRIAGE_HOLDOUT.name) for text in triage.get(group) or [])
    for key, texts in (triage.get("faq_paraphrases") or {}).items():
        rows.extend((f"faq/{key}", text, TRIAGE_HOLDOUT.name) for text in texts or [])
    return rows


@pytest.fixture(scope="module")
def heldout(nlu_holdout: list[Example], triage: dict[str, Any]) -> list[Example]:
    return nlu_holdout + triage_messages(triage)


# --- the helpers themselves ---------------------------------------------------


def test_normalise_ignores_case_space_and_punctuation() -> None:
    assert normalise("  What's   B-12,  for?! ") == "what s b 12 for"
    assert normalise("whats b12 for") != normalise("what's b12 for")


def test_parse_examples_reads_dash_lines_only() -> None:
    block = "- hi there\n  - hello  \nnot an example\n-nodash\n"
    assert parse_examples(block) == ["hi there", "hello"]


# --- leakage ------------------------------------------------------------------


def test_heldout_sets_are_not_empty(heldout: list[Example]) -> None:
    assert len(heldout) >= 160 + 170 + 80


def test_no_heldout_message_in_training(training: list[Example], heldout: list[Example]) -> None:
    seen = {normalise(text): (intent, src) for intent, text, src in training}
    leaks = [
        f"{src}: {text!r} ({intent}) == training {seen[normalise(text)]}"
        for intent, text, src in heldout
        if normalise(text) in seen
    ]
    assert not leaks, "held-out messages found in training:\n" + "\n".join(leaks)


def test_no_heldout_message_is_a_reordering_of_training(
    training: list[Example], heldout: list[Example]
) -> None:
    seen = {bag_of_words(text): text for _, text, _ in training}
    leaks = [
        f"{src}: {text!r} reorders training {seen[bag_of_words(text)]!r}"
        for _, text, src in heldout
        if bag_of_words(text) in seen
    ]
    assert not leaks, "held-out messages that only reorder training words:\n" + "\n".join(leaks)


def test_no_duplicates_within_heldout(heldout: list[Example]) -> None:
    counts = Counter(normalise(text) for _, text, _ in heldout)
    dupes = sorted(text for text, n in counts.items() if n > 1)
    assert not dupes, f"duplicate held-out messages: {dupes}"


# --- training data ------------------------------------------------------------


def test_no_duplicate_training_examples(training: list[Example]) -> None:
    where: dict[str, list[str]] = {}
    for intent, text, src in training:
        where.setdefault(normalise(text), []).append(f"{src}:{intent}")
    dupes = {text: places for text, places in where.items() if len(places) > 1}
    assert not dupes, f"duplicate training examples: {dupes}"


def test_no_entity_markup_in_training(training: list[Example]) -> None:
    marked = [f"{src}: {text!r}" for _, text, src in training if _ENTITY_MARKUP.search(text)]
    assert not marked, f"entity markup found (entities come from spaCy): {marked}"


def test_every_training_file_declares_rasa_version() -> None:
    for path in training_files():
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert str(data.get("version")) == "3.1", f"{path.name}: version must be '3.1'"


@pytest.mark.parametrize("key", FAQ_KEYS)
def test_faq_key_has_enough_training_examples(key: str, training: list[Example]) -> None:
    n = sum(1 for intent, _, _ in training if intent == f"faq/{key}")
    assert n >= MIN_FAQ_TRAIN, f"faq/{key}: {n} training examples, need {MIN_FAQ_TRAIN}"


def test_one_training_file_per_faq_key() -> None:
    files = {p.stem for p in FAQ_DIR.glob("*.yml")}
    assert files == set(FAQ_KEYS), (
        f"missing data/nlu/faq/<key>.yml: {sorted(set(FAQ_KEYS) - files)}; "
        f"files without an answer in bot/triage/knowledge.py: {sorted(files - set(FAQ_KEYS))}"
    )
    for key in FAQ_KEYS:
        intents = {intent for intent, _, _ in load_nlu_file(FAQ_DIR / f"{key}.yml")}
        assert intents == {f"faq/{key}"}, f"data/nlu/faq/{key}.yml holds {sorted(intents)}"


def test_faq_examples_live_only_in_their_key_file() -> None:
    stray = [
        f"{path.relative_to(ROOT)}: {intent}"
        for path in training_files()
        if path.parent != FAQ_DIR
        for intent, _, _ in load_nlu_file(path)
        if intent.startswith("faq/")
    ]
    assert not stray, "faq/<key> examples outside data/nlu/faq/<key>.yml:\n" + "\n".join(stray)


def test_topic_button_texts_are_faq_training_examples(training: list[Example]) -> None:
    """Topic buttons send a plain question (domain.yml), which the ResponseSelector must know."""
    domain: Any = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    sent = {
        button["payload"]
        for variants in domain["responses"].values()
        for variant in variants
        for button in variant.get("buttons") or []
        if not button["payload"].startswith("/")
    }
    assert sent, "domain.yml has no topic buttons that send text"
    faq = {normalise(text) for intent, text, _ in training if intent.startswith("faq/")}
    missing = sorted(text for text in sent if normalise(text) not in faq)
    assert not missing, f"button texts that no FAQ key is trained on: {missing}"


@pytest.mark.parametrize("key", FAQ_KEYS)
def test_faq_key_has_enough_holdout_examples(key: str, nlu_holdout: list[Example]) -> None:
    n = sum(1 for intent, _, _ in nlu_holdout if intent == f"faq/{key}")
    assert n >= MIN_FAQ_HOLDOUT, f"faq/{key}: {n} holdout examples, need {MIN_FAQ_HOLDOUT}"


def test_no_unknown_faq_keys(training: list[Example], nlu_holdout: list[Example]) -> None:
    keys = {i.split("/", 1)[1] for i, _, _ in training + nlu_holdout if i.startswith("faq/")}
    assert keys <= set(ALL_KEYS), f"unknown faq keys: {sorted(keys - set(ALL_KEYS))}"


@pytest.mark.parametrize("intent", OTHER_INTENTS)
def test_other_intents_present_in_training_and_holdout(
    intent: str, training: list[Example], nlu_holdout: list[Example]
) -> None:
    n_train = sum(1 for i, _, _ in training if i == intent)
    n_hold = sum(1 for i, _, _ in nlu_holdout if i == intent)
    assert n_train >= 20, f"{intent}: {n_train} training examples, need 20"
    assert n_hold >= 10, f"{intent}: {n_hold} holdout examples, need 10"


# --- triage held-out set ----------------------------------------------------------


@pytest.mark.parametrize(("group", "minimum"), sorted(TRIAGE_MINIMUMS.items()))
def test_triage_group_size(group: str, minimum: int, triage: dict[str, Any]) -> None:
    texts = triage.get(group) or []
    assert all(isinstance(t, str) and t.strip() for t in texts), f"{group}: blank entry"
    assert len(texts) >= minimum, f"{group}: {len(texts)} messages, need {minimum}"


def test_triage_faq_paraphrases_cover_every_key(triage: dict[str, Any]) -> None:
    paraphrases = triage.get("faq_paraphrases") or {}
    assert set(paraphrases) == set(FAQ_KEYS)
    short = {
        k: len(v or []) for k, v in paraphrases.items() if len(v or []) < MIN_TRIAGE_PARAPHRASES
    }
    assert not short, f"faq keys with fewer than {MIN_TRIAGE_PARAPHRASES} paraphrases: {short}"
