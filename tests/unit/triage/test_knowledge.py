"""FAQ answers: every required key, composed from sourced facts, faithful lists, a short
source line, phone-sized."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.training import build_data
from bot.triage import facts, knowledge, lexicon
from tests.support import article_runs

REQUIRED_KEYS = {
    "what_is_b12", "what_is_deficiency", "daily_amount", "anemia", "physical_symptoms",
    "neurological_symptoms", "psychological_symptoms", "child_symptoms", "progression",
    "homocysteine", "when_to_see_provider", "emergency_signs", "risk_factors",
    "vegetarian_vegan", "food_sources", "treatment", "reversible", "triggers",
    "improvement_time", "sources",
}
BOUNDARY_KEYS = {"no_diagnosis", "dosing", "stop_medicine", "interactions"}
ARTICLE = article_runs.ARTICLE


def test_exactly_the_required_keys() -> None:
    assert set(knowledge.ANSWERS_BY_KEY) == REQUIRED_KEYS | BOUNDARY_KEYS
    assert set(knowledge.ARTICLE_KEYS) == REQUIRED_KEYS


@pytest.mark.parametrize("answer", knowledge.ANSWERS, ids=lambda a: a.key)
def test_answer_names_its_source_and_fits_a_phone(answer: knowledge.Answer) -> None:
    text = knowledge.render(answer)
    last = text.splitlines()[-1]
    assert last.startswith("Source: ")
    assert knowledge.sources(answer), "every answer rests on a source"
    for source in knowledge.sources(answer):
        if source.name == facts.ARTICLE_NAME:
            assert "Health.com, Aug 2023, medically reviewed" in last
            assert source.where.split(":")[0] in last
        elif source == facts.NIH_ODS:
            assert facts.NIH_ODS_NAME in last
    assert len(text) <= 900


@pytest.mark.parametrize("answer", knowledge.ANSWERS, ids=lambda a: a.key)
def test_answers_are_composed_from_the_facts(answer: knowledge.Answer) -> None:
    """Every number (amounts, timings) comes from a fact, worded once; an answer writes
    only the joins between facts and lists."""
    names = knowledge.fields(answer)
    assert names, "an answer uses at least one fact or list"
    assert all(n in facts.FACTS or n in knowledge.LISTS or n in knowledge.NUMBERS
               for n in names), names
    if answer.key != "sources":  # the article's date and its count of sources
        joins = re.sub(r"\{\w+\}", "", answer.text).replace("B12", "")
        assert not re.search(r"\d", joins), answer.text


def test_every_fact_names_its_source() -> None:
    article = ARTICLE.read_text() if ARTICLE.exists() else ""
    for key, fact in facts.FACTS.items():
        assert fact.source.name in (facts.ARTICLE_NAME, facts.NIH_ODS_NAME,
                                    facts.SAFETY_RULE_NAME), key
        if fact.source.name == facts.ARTICLE_NAME and article and (
                fact.source.where != "Introduction"):
            # the section's heading, or the FAQ's own question, is in the article
            for part in fact.source.where.split(": "):
                assert part.split(" (")[0] in article, (key, part)


def test_one_fact_one_wording() -> None:
    """'May be permanent', said once and used by every answer that says it."""
    for key in ("progression", "reversible", "improvement_time"):
        assert "{nerve_damage_may_last}" in knowledge.ANSWERS_BY_KEY[key].text
    texts = [knowledge.render(a) for a in knowledge.ANSWERS]
    assert not any(w in t for t in texts for w in ("may not reverse", "may last"))


@pytest.mark.parametrize(
    ("key", "section"),
    [("physical_symptoms", lexicon.PHYSICAL), ("neurological_symptoms", lexicon.NEUROLOGICAL),
     ("psychological_symptoms", lexicon.PSYCHOLOGICAL), ("child_symptoms", lexicon.CHILD)],
)
def test_symptom_lists_come_from_the_lexicon(key: str, section: str) -> None:
    text = knowledge.render(knowledge.ANSWERS_BY_KEY[key])
    listed = lexicon.symptoms_in_list(section)
    assert len(listed) >= 8
    for symptom in listed:
        assert symptom.label[1:] in text, symptom.key
    assert knowledge.ANSWERS_BY_KEY[key].offer_check


@pytest.mark.parametrize(
    ("key", "facts"),
    [
        ("daily_amount", ["2.4", "2.6", "2.8", "pregnan", "breastfeeding", "pediatrician"]),
        ("anemia", ["megaloblastic", "before"]),
        ("what_is_b12", ["DNA", "red blood cells", "protein", "nerves"]),
        ("homocysteine", ["homocysteine", "dementia"]),
        ("food_sources", ["meat", "fish", "eggs", "milk"]),
        ("reversible", ["nerve damage"]),
        ("improvement_time", ["few days", "month"]),
        ("triggers", ["anemia", "often", "before anemia", "stomach-acid reducers",
                      "omeprazole", "metformin", "weight-loss surgery"]),
        ("improvement_time", ["permanent"]),
        ("stop_medicine", ["don't stop or change a prescribed medicine on your own",
                           "metformin", "omeprazole"]),
        ("interactions", ["pharmacist", "metformin", "stomach-acid reducers"]),
        ("risk_factors", ["older adults", "metformin"]),
        ("physical_symptoms", ["tiredness", "weakness"]),
        ("child_symptoms", ["0.4 mcg", "1.8 mcg", "pediatrician"]),
        ("emergency_signs", ["seizures", "fainting", "suicide", "24/7"]),
        ("treatment", ["shots", "pills", "diet", "pernicious anemia"]),
        ("sources", ["medically reviewed", "Stalos"]),
    ],
)
def test_key_facts_present(key: str, facts: list[str]) -> None:
    text = knowledge.render(knowledge.ANSWERS_BY_KEY[key])
    for fact in facts:
        assert fact.lower() in text.lower(), fact


def test_every_risk_factor_and_domain_is_listed() -> None:
    """Pregnancy and breastfeeding raise the daily need: never listed as risk factors."""
    risks = knowledge.render(knowledge.ANSWERS_BY_KEY["risk_factors"])
    for r in lexicon.RISK_FACTORS:
        assert (r.label[1:] in risks) != r.higher_need
    assert "pregnan" not in risks.lower()
    signs = knowledge.render(knowledge.ANSWERS_BY_KEY["emergency_signs"])
    for label in lexicon.EMERGENCY_DOMAINS.values():
        assert label[1:] in signs


def test_the_stored_article_runs_are_the_articles() -> None:
    if ARTICLE.exists():  # beside the repo here; a clean clone checks the stored hashes only
        assert article_runs.stored() == article_runs.fingerprint(ARTICLE.read_text())
    assert len(article_runs.stored()) > 1000


def test_no_article_sentence_is_pasted() -> None:
    """Our own words: no run of 12 words may be copied from the article (its runs are kept
    as hashes, tests/support/article_runs.txt)."""
    pasted = article_runs.stored()
    # The article's lists (the lexicon's labels) are its facts, not its sentences.
    lists = {name: " xxlistxx " for name in knowledge.LISTS}
    numbers = {name: "" for name in knowledge.NUMBERS}
    for answer in knowledge.ANSWERS:
        facts_filled = {k: v.format(**lists, **numbers) if "{" in v else v
                        for k, v in knowledge.FACT_TEXTS.items()}
        text = answer.text.format(**lists, **facts_filled, **numbers)
        for run in article_runs.runs(text):
            assert article_runs.digest(run) not in pasted, (answer.key, run)


def test_a_pasted_run_would_be_found() -> None:
    source = "the quick brown fox jumps over the lazy dog and then runs far away home"
    ours = f"as we say, {source.upper()}!"
    assert {article_runs.digest(r) for r in article_runs.runs(ours)} & (
        article_runs.fingerprint(source))


def test_generated_responses_file(tmp_path: Path) -> None:
    out = tmp_path / "faq.yml"
    build_data.write(out)
    doc = yaml.safe_load(out.read_text())
    responses = doc["responses"]
    assert set(responses) == {f"utter_faq/{k}" for k in REQUIRED_KEYS | BOUNDARY_KEYS}
    button = responses["utter_faq/physical_symptoms"][0]["buttons"][0]
    assert button["payload"] == "/report_symptoms"
    # The numbers are Rasa's to fill from the slots (the configured ones), never written in.
    signs = responses["utter_faq/emergency_signs"][0]["text"]
    assert "{emergency_number}" in signs and "{crisis_line}" in signs
    assert not re.search(r"\b(911|988)\b", yaml.safe_dump(responses))


def test_the_answers_named_for_risk_questions_exist() -> None:
    # a renamed FAQ key must not silently turn the risk-factor correction off
    assert knowledge.ANSWERS_BY_KEY.keys() >= knowledge.FITS_A_RISK_QUESTION
    assert knowledge.RISK_FACTORS_KEY in knowledge.FITS_A_RISK_QUESTION


def test_the_symptom_list_answers_exist() -> None:
    from bot.nlp import intent_guard

    assert set(intent_guard.SYMPTOM_LIST_KEYS.values()) <= knowledge.ANSWERS_BY_KEY.keys()
