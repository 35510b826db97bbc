"""Every text a person reads (issue #17): consistent with the rules, action first, grade 8,
no dead ends, the numbers from settings.

The texts: the FAQ answers (bot/triage/knowledge.py), the provider and unavailable advice
(bot/triage/advice.py), the form's questions (bot/triage/questions.py) and the English
responses of domain.yml, with the numbers filled in as a person sees them.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
import yaml

from bot.settings import ROOT
from bot.triage import advice, knowledge, lexicon, questions, rules
from tests.support.readability import MAX_GRADE, grade

NUMBER, CRISIS = "911", "988"
DOMAIN: dict[str, Any] = yaml.safe_load((ROOT / "domain.yml").read_text())
# Words that name an always-urgent event; each such symptom's label must hold one.
URGENT_WORDS = ("faint", "syncope", "seizure", "passing out", "consciousness")
CRISIS_WORDS = ("suicid", "self-harm")
SAFETY_LINE = "Very unwell right now? Call {emergency_number}."


def fill(text: str) -> str:
    return text.format_map({"emergency_number": NUMBER, "crisis_line": CRISIS,
                            "emergency_reason": "seizures", "language": "en"})


def responses() -> dict[str, list[str]]:
    """domain.yml's English texts (other-language variations keep their English line)."""
    return {name: [v["text"] for v in variations if "text" in v]
            for name, variations in DOMAIN["responses"].items()}


def advice_cases() -> list[rules.Case]:
    """Every non-urgent symptom once, for each person and a spread of risks and treatment."""
    symptoms = [s.key for s in lexicon.SYMPTOMS if not s.always_urgent]
    risks = [(), ("vegetarian_vegan",), ("pregnancy", "medications"), ("crohns", "alcohol")]
    cases = []
    for n, (who, risk, treated) in enumerate(itertools.product(
            ("self", "adult", "child", "infant"), risks, (False, True))):
        for i, key in enumerate(symptoms):
            if (i + n) % 4 == 0:  # a quarter of the grid keeps it fast, every symptom in
                extra = symptoms[(i + 7) % len(symptoms)]
                cases.append(rules.Case((key, extra), rules.GRADUAL, who, risk, True, treated))
    return cases


def provider_texts() -> list[str]:
    return [advice.provider_advice(c, rules.assess(c), NUMBER) for c in advice_cases()]


def every_text() -> dict[str, str]:
    texts = {f"faq/{a.key}": knowledge.render(a, NUMBER, CRISIS) for a in knowledge.ANSWERS}
    texts |= {f"{name}[{i}]": fill(t) for name, ts in responses().items()
              for i, t in enumerate(ts)}
    texts |= {f"question/{s}": questions.question(s, NUMBER)["text"]
              for s in (rules.ASK_SYMPTOMS, rules.ASK_ONSET, rules.ASK_WHO, rules.ASK_RISK)}
    texts["advice/unavailable"] = advice.check_unavailable_advice(NUMBER, CRISIS)
    texts |= {f"advice/provider[{i}]": t for i, t in enumerate(provider_texts())}
    return texts


TEXTS = every_text()


def test_every_always_urgent_event_is_named_by_the_words_checked() -> None:
    for s in lexicon.SYMPTOMS:
        if s.always_urgent:
            words = CRISIS_WORDS if s.crisis else URGENT_WORDS
            assert any(w in s.label.lower() for w in words), s.key


def _blocks(text: str) -> list[tuple[str, str]]:
    """(line, the line that heads it): a bullet belongs to the line before its list."""
    out, head = [], ""
    for line in text.splitlines():
        if line.lstrip().startswith("\u2022"):
            out.append((line, head))
        else:
            head = line
            out.append((line, line))
    return out


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_always_urgent_events_come_with_the_emergency_action(name: str) -> None:
    """Rules and answers agree: a seizure, a faint or passing out is named only beside the
    emergency number (never beside 'contact the pediatrician' alone), and thoughts of
    suicide or self-harm only beside the crisis line."""
    for line, head in _blocks(TEXTS[name]):
        lower = line.lower()
        beside = line + " " + head
        if any(w in lower for w in URGENT_WORDS):
            assert NUMBER in beside, (name, line)
        if any(w in lower for w in CRISIS_WORDS):
            assert CRISIS in beside, (name, line)


def test_the_childrens_answer_never_sends_a_seizure_to_the_pediatrician() -> None:
    text = TEXTS["faq/child_symptoms"]
    for line, head in _blocks(text):
        if "pediatrician" in head.lower():
            assert not any(w in line.lower() for w in URGENT_WORDS), line
    assert "seizures" in text.lower() and "fainting" in text.lower()


def test_the_emergency_signs_answer_names_every_event_the_rules_act_on() -> None:
    text = TEXTS["faq/emergency_signs"]
    for label in lexicon.EMERGENCY_DOMAINS.values():
        assert label[1:] in text
    for s in lexicon.SYMPTOMS:
        if s.always_urgent and not s.crisis:
            assert s.label[1:] in text, s.key
    assert CRISIS in text and NUMBER in text


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?:])\s", text.strip(), maxsplit=1)[0]


def test_urgent_texts_lead_with_the_action() -> None:
    """The first sentence of every emergency and crisis reply holds the number to call."""
    variations = DOMAIN["responses"]["utter_emergency"]

    def slots(v: dict) -> dict[str, object]:
        return {c["name"]: c["value"] for c in v.get("condition") or []}

    crisis = [v["text"] for v in variations
              if slots(v) == {"emergency_crisis": True, "emergency_physical": False}]
    # a seizure, a faint or a sudden change beside the crisis: the emergency number first
    both = [v["text"] for v in variations
            if slots(v) == {"emergency_crisis": True, "emergency_physical": True}]
    # Rasa picks at random among the variations that match: never two for one state
    assert len(crisis) == len(both) == 1
    assert len(variations) == len(crisis) + len(both) + 1
    plain = [v["text"] for v in variations if not v.get("condition")]
    assert crisis and plain and both
    for text in plain + both:
        assert "{emergency_number}" in _first_sentence(text), text
        assert "Don't drive yourself." in text
    for text in both:
        assert "{crisis_line}" in text and "free" in text and "24/7" in text
    for text in crisis:
        first = _first_sentence(text)
        assert "{crisis_line}" in first and all(w in first.lower() for w in ("call", "text",
                                                                              "chat"))
        assert "free" in text and "24/7" in text
        # then the emergency number, for danger right now
        assert text.index("{emergency_number}") > text.index("{crisis_line}")
    assert NUMBER in _first_sentence(TEXTS["advice/unavailable"])
    assert NUMBER in _first_sentence(TEXTS["faq/emergency_signs"])


def test_the_onset_question_says_to_call_if_it_was_sudden() -> None:
    assert NUMBER in TEXTS["question/onset"]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_no_rule_label(name: str) -> None:
    assert "Rule:" not in TEXTS[name]


@pytest.mark.parametrize("name", sorted(n for n in TEXTS if n.startswith(("faq/", "advice/"))))
def test_plain_language(name: str) -> None:
    """Flesch-Kincaid grade 8 at most (textstat 0.7.3, offline; a bullet is a sentence)."""
    assert grade(TEXTS[name]) <= MAX_GRADE, (name, round(grade(TEXTS[name]), 1))


def test_pregnancy_is_a_higher_need_never_a_risk_factor() -> None:
    case = rules.Case(("fatigue",), rules.GRADUAL, "self", ("pregnancy",), True)
    text = advice.provider_advice(case, rules.assess(case), NUMBER)
    assert "especially important" not in text and "2.6 mcg" in text
    assert "pregnan" not in questions.question(rules.ASK_RISK)["text"].split("\n")[0]


def test_medicines_come_with_never_stop_on_your_own() -> None:
    case = rules.Case(("fatigue",), rules.GRADUAL, "self", ("medications",), True)
    text = advice.provider_advice(case, rules.assess(case), NUMBER)
    assert "Don't stop or change a prescribed medicine on your own." in text


@pytest.mark.parametrize("name", ["utter_out_of_scope", "utter_help", "utter_fallback"])
def test_no_dead_end_without_the_safety_line(name: str) -> None:
    for text in responses()[name]:
        assert text.endswith(SAFETY_LINE), text


def test_the_numbers_come_from_settings() -> None:
    """No response writes 911 or 988: the slots (EMERGENCY_NUMBER, CRISIS_LINE) fill them."""
    for name, texts in responses().items():
        for text in texts:
            assert not re.search(r"\b(911|988)\b", text), name


INSTRUCTION = re.compile(r"\b(?:type|say)\s+[\"\u201c]([^\"\u201d]+)[\"\u201d]", re.IGNORECASE)


def test_every_typed_instruction_is_understood() -> None:
    """What a reply tells a person to type works: the intent guard reads it as an
    instruction whatever the classifier says (the e2e tests send it through the stack)."""
    from bot.nlp import intent_guard

    found = {m for text in TEXTS.values() for m in INSTRUCTION.findall(text)}
    assert found, "the paused check tells how to pick it up again"
    for phrase in found:
        assert intent_guard.command(phrase) is not None, phrase
        assert intent_guard.command(phrase.upper() + ".") is not None, phrase


def test_every_button_payload_names_an_intent() -> None:
    intents = {i if isinstance(i, str) else next(iter(i)) for i in DOMAIN["intents"]}
    for name, variations in DOMAIN["responses"].items():
        for v in variations:
            for button in v.get("buttons") or []:
                payload = button["payload"]
                if payload.startswith("/"):
                    assert re.match(r"/(\w+)", payload).group(1) in intents, (name, payload)


def test_the_clinicians_checklist_covers_every_text() -> None:
    checklist = (ROOT / "docs" / "clinician-checklist.md").read_text()
    for answer in knowledge.ANSWERS:
        assert f"`faq/{answer.key}`" in checklist, answer.key
    for name in DOMAIN["responses"]:
        assert f"`{name}`" in checklist, name
    assert set(knowledge.LIST_SOURCES) == set(knowledge.LISTS)
