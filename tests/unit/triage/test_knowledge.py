"""FAQ answers: every required key, faithful lists, a source line, phone-sized."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.settings import ROOT
from bot.training import build_data
from bot.triage import knowledge, lexicon

REQUIRED_KEYS = {
    "what_is_b12", "what_is_deficiency", "daily_amount", "anemia", "physical_symptoms",
    "neurological_symptoms", "psychological_symptoms", "child_symptoms", "progression",
    "homocysteine", "when_to_see_provider", "emergency_signs", "risk_factors",
    "vegetarian_vegan", "food_sources", "treatment", "reversible", "triggers",
    "improvement_time", "sources",
}
BOUNDARY_KEYS = {"no_diagnosis", "dosing", "stop_medicine", "interactions"}
ARTICLE = ROOT.parent / "shared" / "article" / "b12-deficiency-article.txt"


def test_exactly_the_required_keys() -> None:
    assert set(knowledge.ANSWERS_BY_KEY) == REQUIRED_KEYS | BOUNDARY_KEYS
    assert set(knowledge.ARTICLE_KEYS) == REQUIRED_KEYS


@pytest.mark.parametrize("answer", knowledge.ANSWERS, ids=lambda a: a.key)
def test_answer_names_its_source_and_fits_a_phone(answer: knowledge.Answer) -> None:
    text = knowledge.render(answer)
    last = text.splitlines()[-1]
    assert last.startswith("Source: Health.com")
    assert answer.section in last
    assert len(text) <= 900


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
        ("daily_amount", ["2.4", "pregnan", "breastfeeding"]),
        ("anemia", ["megaloblastic", "before"]),
        ("what_is_b12", ["DNA", "red blood cells", "protein", "nervous system"]),
        ("homocysteine", ["homocysteine", "dementia"]),
        ("food_sources", ["meat", "fish", "eggs", "milk"]),
        ("reversible", ["nerve damage"]),
        ("improvement_time", ["few days", "month"]),
        ("triggers", ["anemia", "antacids", "weight-loss surgery"]),
        ("treatment", ["injection", "supplement", "diet"]),
        ("sources", ["medically reviewed", "Stalos"]),
    ],
)
def test_key_facts_present(key: str, facts: list[str]) -> None:
    text = knowledge.render(knowledge.ANSWERS_BY_KEY[key])
    for fact in facts:
        assert fact.lower() in text.lower(), fact


def test_every_article_risk_factor_and_domain_is_listed() -> None:
    risks = knowledge.render(knowledge.ANSWERS_BY_KEY["risk_factors"])
    for r in lexicon.RISK_FACTORS:
        assert (r.label[1:] in risks) == r.in_article
    signs = knowledge.render(knowledge.ANSWERS_BY_KEY["emergency_signs"])
    for label in lexicon.EMERGENCY_DOMAINS.values():
        assert label[1:] in signs


@pytest.mark.skipif(not ARTICLE.exists(), reason="shared/ article not beside the repo")
def test_no_article_sentence_is_pasted() -> None:
    """Our own words: no run of 12 words may be copied from the article."""
    words = re.findall(r"[a-z0-9']+", ARTICLE.read_text().lower())
    article_runs = {" ".join(words[i:i + 12]) for i in range(len(words) - 11)}
    for answer in knowledge.ANSWERS:
        ours = re.findall(r"[a-z0-9']+", answer.text.lower())
        for i in range(len(ours) - 11):
            assert " ".join(ours[i:i + 12]) not in article_runs, answer.key


def test_generated_responses_file(tmp_path: Path) -> None:
    out = tmp_path / "faq.yml"
    build_data.write(out)
    doc = yaml.safe_load(out.read_text())
    responses = doc["responses"]
    assert set(responses) == {f"utter_faq/{k}" for k in REQUIRED_KEYS | BOUNDARY_KEYS}
    button = responses["utter_faq/physical_symptoms"][0]["buttons"][0]
    assert button["payload"] == "/report_symptoms"
