"""Property-based tests (hypothesis) on the spaCy pipeline and the rules."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.nlp import pipeline as nlp
from bot.triage import lexicon, rules
from bot.triage.rules import Case

LEVEL = {rules.NO_TRIAGE: 0, rules.PROVIDER: 1, rules.EMERGENCY: 2}
RED_FLAG_PHRASES = [p.replace("*", "") for s in lexicon.red_flag_symptoms()
                    for p in s.phrases[:3] if "'" not in p and " " not in p]
SYMPTOM_KEYS = sorted(lexicon.SYMPTOMS_BY_KEY)
ONSETS = [None, rules.SUDDEN, rules.GRADUAL, rules.UNSURE]
FIXTURE_OK = [HealthCheck.function_scoped_fixture]


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return nlp.load()


@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURE_OK)
@given(st.text(max_size=400))
def test_any_text_extracts_without_error(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = nlp.extract(text, pipeline)
    assert set(found.symptoms) <= set(lexicon.SYMPTOMS_BY_KEY)
    assert found.onset in (None, *rules._ONSET_RANK)
    for ent in found.entities():
        assert 0 <= ent["start"] <= ent["end"] <= len(text)


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURE_OK)
@given(st.sampled_from(RED_FLAG_PHRASES), st.sampled_from(["", "my ", "i have ", "for months "]))
def test_adding_suddenly_never_lowers_the_level(pipeline, phrase: str, prefix: str) -> None:  # type: ignore[no-untyped-def]
    def level(text: str) -> int:
        f = nlp.extract(text, pipeline)
        return LEVEL[rules.assess(Case(tuple(f.symptoms), f.onset, f.who)).level]

    plain = f"{prefix}{phrase}"
    assert level(f"suddenly {plain}") >= level(plain)
    assert level(f"{plain} all of a sudden") >= level(plain)


@given(
    st.lists(st.sampled_from(SYMPTOM_KEYS), min_size=1, max_size=5, unique=True),
    st.sampled_from(ONSETS),
    st.lists(st.sampled_from(sorted(lexicon.RISK_FACTORS_BY_KEY)), max_size=3, unique=True),
    st.randoms(use_true_random=False),
)
def test_reordering_facts_never_changes_the_verdict(symptoms, onset, risks, rnd) -> None:  # type: ignore[no-untyped-def]
    a = rules.assess(Case(tuple(symptoms), onset, "self", tuple(risks)))
    shuffled_s, shuffled_r = symptoms[:], risks[:]
    rnd.shuffle(shuffled_s)
    rnd.shuffle(shuffled_r)
    b = rules.assess(Case(tuple(shuffled_s), onset, "self", tuple(shuffled_r)))
    assert (a.level, a.rule, set(a.red_flag_domains), a.crisis) == (
        b.level, b.rule, set(b.red_flag_domains), b.crisis)


@given(st.lists(st.sampled_from(SYMPTOM_KEYS), min_size=1, max_size=4, unique=True),
       st.sampled_from(ONSETS))
def test_more_symptoms_never_lower_the_level(symptoms, onset) -> None:  # type: ignore[no-untyped-def]
    base = LEVEL[rules.assess(Case(tuple(symptoms[:1]), onset)).level]
    assert LEVEL[rules.assess(Case(tuple(symptoms), onset)).level] >= base
