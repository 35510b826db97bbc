"""The two triage rules, as plain Python (no Rasa imports).

- Emergency: a *sudden* change in one of the nine domains of
  ``lexicon.EMERGENCY_DOMAINS``, or an always-urgent event (seizure, fainting,
  passing out, thoughts of suicide or self-harm).  Unsure onset counts as
  sudden.
- Provider: any deficiency symptom means contact a healthcare provider; more so
  with a risk factor; a child's or baby's pediatrician; back to the provider
  when symptoms last despite B12 treatment.

The Rasa adapters (``bot.rasa_ext.triage_policy``, ``actions``) turn conversation events
into a ``Case`` and call ``assess``; tests call it directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from bot.triage.lexicon import EMERGENCY_DOMAINS, RISK_FACTORS_BY_KEY, SYMPTOMS_BY_KEY

EMERGENCY = "emergency"
PROVIDER = "provider"
NO_TRIAGE = "none"

SUDDEN, GRADUAL, UNSURE = "sudden", "gradual", "unsure"
# Order of concern: a later "gradual" never hides an earlier "sudden".
_ONSET_RANK = {GRADUAL: 1, UNSURE: 2, SUDDEN: 3}

# Slots that the form asks for, in the order it asks them.
ASK_SYMPTOMS, ASK_ONSET, ASK_WHO, ASK_RISK = "symptoms", "onset", "who", "risk_checked"


@dataclass(frozen=True)
class Case:
    """Everything a person has told the bot so far, normalised."""

    symptoms: tuple[str, ...] = ()
    onset: str | None = None
    who: str | None = None
    risk_factors: tuple[str, ...] = ()
    risk_checked: bool = False  # the person answered the risk-factor question
    treated: bool = False


@dataclass(frozen=True)
class Verdict:
    level: str  # EMERGENCY | PROVIDER | NO_TRIAGE
    rule: str  # which rule fired, in words a person understands
    red_flag_domains: tuple[str, ...] = ()
    urgent_symptoms: tuple[str, ...] = ()
    crisis: bool = False
    pediatric: bool = False


def worse_onset(a: str | None, b: str | None) -> str | None:
    return max((a, b), key=lambda o: _ONSET_RANK.get(o or "", 0))


def red_flag_domains(symptoms: Iterable[str]) -> tuple[str, ...]:
    domains = (SYMPTOMS_BY_KEY[s].domain for s in symptoms if s in SYMPTOMS_BY_KEY)
    return tuple(dict.fromkeys(d for d in domains if d is not None))


def needs_onset(case: Case) -> bool:
    """A red-flag-domain symptom with no onset yet: ask at once if it was sudden."""
    return case.onset is None and bool(red_flag_domains(case.symptoms))


def sudden_change(case: Case, domains: tuple[str, ...]) -> bool:
    """A red-flag domain changed suddenly, or maybe suddenly (unsure counts as sudden)."""
    return bool(domains) and case.onset in (SUDDEN, UNSURE)


def assess(case: Case) -> Verdict:
    urgent = tuple(s for s in case.symptoms if SYMPTOMS_BY_KEY[s].always_urgent)
    crisis = any(SYMPTOMS_BY_KEY[s].crisis for s in case.symptoms)
    domains = red_flag_domains(case.symptoms)
    pediatric = case.who in ("child", "infant")
    if urgent:
        return Verdict(EMERGENCY, "always_urgent", domains, urgent, crisis, pediatric)
    if sudden_change(case, domains):
        return Verdict(EMERGENCY, "sudden_red_flag", domains, (), crisis, pediatric)
    if case.symptoms:
        return Verdict(PROVIDER, "any_symptom", domains, (), crisis, pediatric)
    return Verdict(NO_TRIAGE, "no_symptoms", pediatric=pediatric)


def missing_facts(case: Case) -> list[str]:
    """What the symptom form still has to ask, in order (emergency question first)."""
    missing: list[str] = []
    if not case.symptoms:
        missing.append(ASK_SYMPTOMS)
    if needs_onset(case):
        missing.append(ASK_ONSET)
    if case.who is None:
        missing.append(ASK_WHO)
    if not case.risk_checked and not case.risk_factors:
        missing.append(ASK_RISK)
    return missing


# --- building a Case from conversation events ---------------------------------
# Events are Rasa's JSON event dicts ({"event": "user", "parse_data": {...}},
# {"event": "slot", "name": ..., "value": ...}); both rasa-sdk and Rasa core
# can produce them, so this stays free of Rasa imports.

_RESET_EVENTS = {"restart", "session_started"}
# Questions in general ("is being vegan a risk?") are not facts about the person.
_NOT_ABOUT_THE_PERSON = {"faq", "out_of_scope"}
SUMMARY_INTENT = "facts_so_far"  # the user event of CaseBuilder.as_events


@dataclass
class CaseBuilder:
    """The facts so far, fed one event at a time (a left fold: a prefix never changes)."""

    symptoms: dict[str, None] = field(default_factory=dict)
    risks: dict[str, None] = field(default_factory=dict)
    onset: str | None = None
    who: str | None = None
    risk_checked: bool = False
    treated: bool = False

    def add(self, event: Mapping[str, Any]) -> None:
        kind = event.get("event")
        if kind in _RESET_EVENTS:
            self.__init__()  # type: ignore[misc]
        elif kind == "user":
            parse = event.get("parse_data") or {}
            if (parse.get("intent") or {}).get("name") in _NOT_ABOUT_THE_PERSON:
                return
            for ent in parse.get("entities") or []:
                name, value = ent.get("entity"), ent.get("value")
                if name == "symptom" and value in SYMPTOMS_BY_KEY:
                    self.symptoms[value] = None
                elif name == "risk_factor" and value in RISK_FACTORS_BY_KEY:
                    self.risks[value] = None
                elif name == "onset":
                    self.onset = worse_onset(self.onset, value)
                elif name == "who" and value:
                    self.who = value
                elif name == "treated":
                    self.treated = True
        elif kind == "slot":
            name, value = event.get("name"), event.get("value")
            if name == "onset" and value:
                self.onset = worse_onset(self.onset, value)
            elif name == "who" and value:
                self.who = value
            elif name == "risk_checked" and value:
                self.risk_checked = True
            elif name == "risk_factors" and value:
                self.risks.update(dict.fromkeys(v for v in value if v in RISK_FACTORS_BY_KEY))

    def as_events(self) -> list[dict[str, Any]]:
        """Events that rebuild exactly these facts: a long history sent in a few lines."""
        entities = [{"entity": "symptom", "value": k} for k in self.symptoms]
        entities += [{"entity": "risk_factor", "value": k} for k in self.risks]
        entities += [{"entity": name, "value": value}
                     for name, value in (("onset", self.onset), ("who", self.who)) if value]
        entities += [{"entity": "treated", "value": True}] if self.treated else []
        events: list[dict[str, Any]] = [{"event": "user", "text": None, "parse_data": {
            "intent": {"name": SUMMARY_INTENT}, "entities": entities}}]
        if self.risk_checked:
            events.append({"event": "slot", "name": "risk_checked", "value": True})
        return events

    def copy(self) -> CaseBuilder:
        return replace(self, symptoms=dict(self.symptoms), risks=dict(self.risks))

    def case(self) -> Case:
        return Case(tuple(self.symptoms), self.onset, self.who, tuple(self.risks),
                    self.risk_checked, self.treated)


def case_from_events(events: Iterable[Mapping[str, Any]]) -> Case:
    builder = CaseBuilder()
    for event in events:
        builder.add(event)
    return builder.case()


# --- words for what the rules heard ------------------------------------------


def join_words(items: Iterable[str], conj: str = "and") -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def heard_symptoms(case: Case) -> str:
    return join_words(SYMPTOMS_BY_KEY[s].label for s in case.symptoms)


def heard_risks(case: Case) -> str:
    return join_words(RISK_FACTORS_BY_KEY[r].label for r in case.risk_factors)


def physical_emergency(case: Case, verdict: Verdict) -> bool:
    """An emergency of the body beside (or without) a crisis: a seizure, a faint or a sudden
    red-flag change. With thoughts of suicide beside it, the emergency number leads."""
    return (any(not SYMPTOMS_BY_KEY[s].crisis for s in verdict.urgent_symptoms)
            or sudden_change(case, verdict.red_flag_domains))


def emergency_reason(case: Case, verdict: Verdict) -> str:
    """'a sudden change in vision and balance' / 'a seizure' - what made it urgent."""
    parts: list[str] = []
    if verdict.urgent_symptoms:
        parts.append(join_words(SYMPTOMS_BY_KEY[s].label for s in verdict.urgent_symptoms))
    if sudden_change(case, verdict.red_flag_domains):
        how = "a sudden" if case.onset == SUDDEN else "a possibly sudden"
        parts.append(
            f"{how} change in {join_words(EMERGENCY_DOMAINS[d] for d in verdict.red_flag_domains)}"
        )
    return join_words(parts)
