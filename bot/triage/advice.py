"""The provider advice, in words, from a Case and its Verdict (no Rasa imports).

What to do comes first, then why, then what the bot heard (so a person can check it),
then when to call the emergency number. Medical statements come from
``bot.triage.knowledge`` (its facts), lists from the lexicon; no "Rule:" label.
"""

from __future__ import annotations

from bot import settings
from bot.triage import rules
from bot.triage.knowledge import FACT_TEXTS, LISTS
from bot.triage.lexicon import RISK_FACTORS_BY_KEY

NOT_A_DOCTOR = "I'm an automated assistant, not a doctor. This is not a diagnosis."

_ONSET_WORDS = {
    rules.SUDDEN: "came on suddenly",
    rules.GRADUAL: "came on gradually",
    rules.UNSURE: "not sure how it started",
}
_WHO_WORDS = {
    "self": "you",
    "adult": "another adult",
    "child": "a child",
    "infant": "a baby",
}


def sudden_line(emergency_number: str) -> str:
    """When to call now: the nine domains and the always-urgent events, as the FAQ says it."""
    text = "\n".join([FACT_TEXTS["sudden_change"], LISTS["domains"],
                      FACT_TEXTS["urgent_call"], LISTS["urgent"]])
    return text.format(emergency_number=emergency_number)


def heard_line(case: rules.Case) -> str:
    parts = [rules.heard_symptoms(case)]
    if case.onset:
        parts.append(_ONSET_WORDS[case.onset])
    if case.who:
        parts.append(f"about {_WHO_WORDS.get(case.who, case.who)}")
    if case.risk_factors:
        parts.append(rules.heard_risks(case))
    elif case.risk_checked:
        parts.append("no risk factors named")
    if case.treated:
        parts.append("already taking B12")
    return "What I heard: " + "; ".join(p for p in parts if p) + "."


def provider_advice(case: rules.Case, verdict: rules.Verdict, emergency_number: str) -> str:
    """Text for the when-to-contact-a-provider rule."""
    who = case.who or "self"
    if verdict.pediatric:
        whom = "their pediatrician" if who == "child" else "the baby's pediatrician"
        lines = [f"Please contact {whom} about this. They can check B12 and say what to do.",
                 "Why: a child with any sign of low B12 should see their pediatrician."]
    else:
        lines = ["Please contact a healthcare provider about this. "
                 + FACT_TEXTS["provider_options"],
                 "Why: any sign of low B12 means contacting a healthcare provider."]
    lines.append(heard_line(case))
    risks = [RISK_FACTORS_BY_KEY[r] for r in case.risk_factors]
    real = [r.label for r in risks if not r.higher_need]
    if real:
        lines.append(f"This is especially important with {rules.join_words(real)}. "
                     "It makes low B12 more likely.")
    if any(r.higher_need for r in risks):
        lines.append(FACT_TEXTS["higher_need"] + " Tell your provider.")
    if "medications" in case.risk_factors:
        lines.append(FACT_TEXTS["never_stop"])
    if case.treated:
        lines.append("Symptoms go on though B12 treatment has started. So go back to the "
                     "provider who prescribed it.")
    lines.append(sudden_line(emergency_number))
    lines.append(NOT_A_DOCTOR)
    return "\n".join(lines)


# What says the check could not run (the tests look for it).
CHECK_UNAVAILABLE = "I can't finish the symptom check right now."


def check_unavailable_advice(emergency_number: str, crisis_line: str | None = None) -> str:
    """Said when the symptom check cannot run (action server down, or no memory of the chat).

    It cannot know the person's facts, so it states both rules in general, action first.
    """
    crisis = FACT_TEXTS["crisis"].format(crisis_line=crisis_line or settings.crisis_line())
    return "\n".join([
        sudden_line(emergency_number),
        crisis,
        CHECK_UNAVAILABLE + " Part of this service is not working. "
        "Please try again in a few minutes.",
        "Any sign of low B12 is a reason to contact a healthcare provider. It matters even "
        "more with a risk factor:",
        LISTS["risks"],
        NOT_A_DOCTOR,
    ])
