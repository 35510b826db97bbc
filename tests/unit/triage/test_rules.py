"""The pure rules module: emergency and provider rules, what the form still asks."""

from __future__ import annotations

import random

import pytest

from bot.triage import lexicon, rules
from bot.triage.lexicon import RISK_FACTORS_BY_KEY, SYMPTOMS_BY_KEY
from bot.triage.rules import Case

# One symptom per emergency domain, taken from the lexicon (first one found).
DOMAIN_SYMPTOM = {
    domain: next(s.key for s in lexicon.SYMPTOMS if s.domain == domain and not s.always_urgent)
    for domain in lexicon.EMERGENCY_DOMAINS
}


def test_every_domain_has_a_symptom() -> None:
    assert set(DOMAIN_SYMPTOM) == set(lexicon.EMERGENCY_DOMAINS)
    assert len(lexicon.EMERGENCY_DOMAINS) == 9


@pytest.mark.parametrize("domain", sorted(lexicon.EMERGENCY_DOMAINS))
@pytest.mark.parametrize(
    ("onset", "level"),
    [
        (rules.SUDDEN, rules.EMERGENCY),
        (rules.UNSURE, rules.EMERGENCY),  # unsure counts as sudden
        (rules.GRADUAL, rules.PROVIDER),
        (None, rules.PROVIDER),  # not known yet: the form asks at once
    ],
)
def test_emergency_domain_by_onset(domain: str, onset: str | None, level: str) -> None:
    case = Case(symptoms=(DOMAIN_SYMPTOM[domain],), onset=onset)
    verdict = rules.assess(case)
    assert verdict.level == level
    if level == rules.EMERGENCY:
        assert domain in verdict.red_flag_domains
        assert lexicon.EMERGENCY_DOMAINS[domain] in rules.emergency_reason(case, verdict)


@pytest.mark.parametrize("domain", sorted(lexicon.EMERGENCY_DOMAINS))
def test_red_flag_without_onset_asks_onset_first(domain: str) -> None:
    case = Case(symptoms=(DOMAIN_SYMPTOM[domain],))
    assert rules.needs_onset(case)
    assert rules.missing_facts(case)[0] == rules.ASK_ONSET


@pytest.mark.parametrize(
    "key", [s.key for s in lexicon.SYMPTOMS if s.always_urgent]
)
@pytest.mark.parametrize("onset", [None, rules.GRADUAL, rules.SUDDEN])
def test_always_urgent_whatever_the_onset(key: str, onset: str | None) -> None:
    verdict = rules.assess(Case(symptoms=(key,), onset=onset))
    assert verdict.level == rules.EMERGENCY
    assert verdict.urgent_symptoms == (key,)


def test_self_harm_is_a_crisis() -> None:
    assert rules.assess(Case(symptoms=("self_harm",))).crisis
    assert not rules.assess(Case(symptoms=("syncope",))).crisis


@pytest.mark.parametrize("key", [s.key for s in lexicon.SYMPTOMS if s.domain is None
                                 and not s.always_urgent])
@pytest.mark.parametrize("onset", [None, rules.SUDDEN, rules.GRADUAL])
def test_ordinary_symptom_means_provider(key: str, onset: str | None) -> None:
    case = Case(symptoms=(key,), onset=onset)
    assert rules.assess(case).level == rules.PROVIDER
    assert not rules.needs_onset(case)


@pytest.mark.parametrize("risk", sorted(lexicon.RISK_FACTORS_BY_KEY))
def test_every_risk_factor_is_named_and_stops_the_question(risk: str) -> None:
    case = Case(symptoms=("fatigue",), who="self", risk_factors=(risk,))
    assert rules.assess(case).level == rules.PROVIDER
    assert rules.missing_facts(case) == []
    assert lexicon.RISK_FACTORS_BY_KEY[risk].label in rules.heard_risks(case)


@pytest.mark.parametrize("who", ["child", "infant"])
def test_children_are_pediatric(who: str) -> None:
    assert rules.assess(Case(symptoms=("fatigue",), who=who)).pediatric
    assert rules.assess(Case(symptoms=("seizures",), who=who)).level == rules.EMERGENCY
    assert not rules.assess(Case(symptoms=("fatigue",), who="self")).pediatric


def test_no_symptoms_no_triage() -> None:
    assert rules.assess(Case()).level == rules.NO_TRIAGE
    assert rules.missing_facts(Case()) == [
        rules.ASK_SYMPTOMS, rules.ASK_WHO, rules.ASK_RISK,
    ]


def test_reordering_facts_does_not_change_verdict() -> None:
    a = rules.assess(Case(symptoms=("fatigue", "vision_loss"), onset=rules.SUDDEN))
    b = rules.assess(Case(symptoms=("vision_loss", "fatigue"), onset=rules.SUDDEN))
    assert a.level == b.level == rules.EMERGENCY


def _user(entities: list[tuple[str, str]]) -> dict:
    return {"event": "user", "parse_data": {"entities": [
        {"entity": e, "value": v} for e, v in entities]}}


def test_case_from_events_accumulates_and_resets() -> None:
    events = [
        _user([("symptom", "fatigue"), ("who", "self")]),
        _user([("symptom", "vision_loss"), ("onset", "sudden")]),
        _user([("onset", "gradual")]),  # a later "gradual" never hides "sudden"
        {"event": "slot", "name": "risk_checked", "value": "none"},
    ]
    case = rules.case_from_events(events)
    assert case.symptoms == ("fatigue", "vision_loss")
    assert case.onset == rules.SUDDEN and case.who == "self" and case.risk_checked
    assert rules.assess(case).level == rules.EMERGENCY
    assert rules.case_from_events([*events, {"event": "restart"}]) == Case()


def test_onset_answer_from_slot_counts() -> None:
    events = [_user([("symptom", "dizziness")]),
              {"event": "slot", "name": "onset", "value": "unsure"}]
    assert rules.assess(rules.case_from_events(events)).level == rules.EMERGENCY


def test_general_questions_do_not_become_facts_about_the_person() -> None:
    faq = {"event": "user", "parse_data": {"intent": {"name": "faq"}, "entities": [
        {"entity": "risk_factor", "value": "vegetarian_vegan"}]}}
    report = _user([("symptom", "fatigue")])
    case = rules.case_from_events([faq, report])
    assert case.risk_factors == () and case.symptoms == ("fatigue",)


def test_summary_events_rebuild_the_same_facts() -> None:
    """What the action server gets instead of the history (CaseBuilder.as_events)."""
    rng = random.Random(5)
    symptoms, risks = list(SYMPTOMS_BY_KEY)[:6], list(RISK_FACTORS_BY_KEY)[:4]

    def event() -> dict[str, object]:
        roll = rng.random()
        if roll < 0.6:
            ents = rng.sample(
                [{"entity": "symptom", "value": rng.choice(symptoms)},
                 {"entity": "risk_factor", "value": rng.choice(risks)},
                 {"entity": "onset", "value": rng.choice(["sudden", "gradual", "unsure"])},
                 {"entity": "who", "value": rng.choice(["self", "child"])},
                 {"entity": "treated", "value": True}], rng.randint(0, 3))
            intent = rng.choice(["report_symptoms", "inform", "faq", "out_of_scope"])
            return {"event": "user", "parse_data": {"intent": {"name": intent},
                                                    "entities": ents}}
        if roll < 0.95:
            name = rng.choice(["onset", "who", "risk_checked", "risk_factors"])
            value = {"onset": "gradual", "who": "adult", "risk_checked": True,
                     "risk_factors": [rng.choice(risks)]}[name]
            return {"event": "slot", "name": name, "value": value}
        return {"event": "restart"}

    for _ in range(300):
        events = [event() for _ in range(rng.randint(0, 25))]
        cut = rng.randint(0, len(events))
        builder = rules.CaseBuilder()
        for e in events[:cut]:
            builder.add(e)
        summary = builder.as_events()
        assert rules.case_from_events(summary + events[cut:]) == rules.case_from_events(events)
