"""Every name in bot/triage/names.py exists in domain.yml, so a typo fails here and not in
a conversation; and the few copies that predate names.py agree with it."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.settings import ROOT
from bot.triage import names, rules

DOMAIN: dict[str, Any] = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def _listed(section: str) -> set[str]:
    """Names of a domain list whose items are a name or a one-key mapping."""
    return {item if isinstance(item, str) else next(iter(item)) for item in DOMAIN[section]}


def _emergency_custom() -> list[dict[str, Any]]:
    return [variant["custom"] for variant in DOMAIN["responses"][names.UTTER_EMERGENCY]]


# prefix -> the set of domain.yml names a constant with that prefix must be in
KNOWN = {
    "INTENT_": _listed("intents"),
    "ENTITY_": _listed("entities"),
    "SLOT_": set(DOMAIN["slots"]),
    "ONSET_": set(DOMAIN["slots"]["onset"]["values"]),
    "WHO_": set(DOMAIN["slots"]["who"]["values"]),
    "FORM_": set(DOMAIN["forms"]),
    "ACTION_": _listed("actions"),
    "UTTER_": set(DOMAIN["responses"]),
    "CUSTOM_": set.intersection(*(set(custom) for custom in _emergency_custom())),
    "PAYLOAD_OTHER_LANGUAGE": set.intersection(*(
        set(v["custom"]) for v in DOMAIN["responses"]["utter_other_language"])),
}
# Values the domain never lists (payload values sent by Python code only).
UNLISTED = {"TRIAGE_PROVIDER", "TRIAGE_UNAVAILABLE"}
CONSTANTS = {
    name: value for name, value in vars(names).items()
    if name.isupper() and isinstance(value, str)
}


def test_names_has_constants() -> None:
    assert len(CONSTANTS) >= 25


@pytest.mark.parametrize("name", sorted(CONSTANTS))
def test_name_exists_in_domain(name: str) -> None:
    value = CONSTANTS[name]
    if name in UNLISTED:
        return
    if name == "TRIAGE_EMERGENCY":
        assert all(c[names.CUSTOM_TRIAGE] == value for c in _emergency_custom())
        return
    prefix = next((p for p in KNOWN if name.startswith(p)), None)
    assert prefix is not None, f"names.{name}: no rule checks this prefix (add one to KNOWN)"
    assert value in KNOWN[prefix], f"names.{name} = {value!r} is not in domain.yml"


def test_triage_values_are_distinct() -> None:
    values = [v for n, v in CONSTANTS.items() if n.startswith("TRIAGE_")]
    assert len(values) == len(set(values)) == 3


def test_form_slots_are_the_forms_required_slots_in_order() -> None:
    assert list(names.FORM_SLOTS) == DOMAIN["forms"][names.FORM_SYMPTOM]["required_slots"]


@pytest.mark.parametrize("slot", names.FORM_SLOTS)
def test_each_form_slot_has_its_ask_action(slot: str) -> None:
    assert names.action_ask(slot) in _listed("actions")


def test_faq_response_name() -> None:
    assert names.utter_faq("reversible") == "utter_faq/reversible"
    assert names.INTENT_FAQ in _listed("intents")


def test_button_payload() -> None:
    assert names.button_payload(names.INTENT_DENY) == "/deny"
    assert (names.button_payload(names.INTENT_INFORM, {names.ENTITY_ONSET: names.ONSET_SUDDEN})
            == '/inform{"onset":"sudden"}')


def test_domain_buttons_that_set_an_intent_name_a_domain_intent() -> None:
    payloads = {
        button["payload"]
        for variants in DOMAIN["responses"].values()
        for variant in variants
        for button in variant.get("buttons") or []
        if button["payload"].startswith("/")
    }
    assert names.button_payload(names.INTENT_REPORT_SYMPTOMS) in payloads
    unknown = sorted(p for p in payloads if p[1:].split("{")[0] not in _listed("intents"))
    assert not unknown, f"buttons in domain.yml that send an unknown intent: {unknown}"


def test_rules_constants_agree_with_names() -> None:
    """bot/triage/rules.py keeps its own copies of these; they must not drift."""
    assert (rules.EMERGENCY, rules.PROVIDER) == (names.TRIAGE_EMERGENCY, names.TRIAGE_PROVIDER)
    assert (rules.SUDDEN, rules.GRADUAL, rules.UNSURE) == (
        names.ONSET_SUDDEN, names.ONSET_GRADUAL, names.ONSET_UNSURE)
    assert (rules.ASK_SYMPTOMS, rules.ASK_ONSET, rules.ASK_WHO, rules.ASK_RISK) == names.FORM_SLOTS
