"""The provider advice, in words, from a Case and its Verdict (no Rasa imports).

Says which rule fired and what the bot heard, so a person can check it.
"""

from __future__ import annotations

from bot.triage import rules
from bot.triage.lexicon import EMERGENCY_DOMAINS, RISK_FACTORS

NOT_A_DOCTOR = "I'm an automated assistant, not a doctor, and this is not a diagnosis."

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


def heard_line(case: rules.Case) -> str:
    parts = [rules.heard_symptoms(case)]
    if case.onset:
        parts.append(_ONSET_WORDS[case.onset])
    if case.who:
        parts.append(f"about {_WHO_WORDS.get(case.who, case.who)}")
    if case.risk_factors:
        parts.append(f"risk factors: {rules.heard_risks(case)}")
    elif case.risk_checked:
        parts.append("no risk factors named")
    if case.treated:
        parts.append("already taking B12")
    return "What I heard: " + "; ".join(p for p in parts if p) + "."


def provider_advice(case: rules.Case, verdict: rules.Verdict, emergency_number: str) -> str:
    """Text for the when-to-contact-a-provider rule."""
    who = case.who or "self"
    # What to do first, then why (no "Rule:" label in what a person reads).
    if verdict.pediatric:
        whom = "their pediatrician" if who == "child" else "the baby's pediatrician"
        lines = [f"Please contact {whom} about this; they can check B12 and advise on "
                 "treatment.",
                 "Why: any symptom of B12 deficiency in a child means contacting their "
                 "pediatrician."]
    else:
        lines = ["Please contact a healthcare provider about this. They can check your B12 "
                 "level and suggest diet changes, supplements or B12 injections.",
                 "Why: any symptom of B12 deficiency means contacting a healthcare provider."]
    lines.append(heard_line(case))
    if case.risk_factors:
        lines.append(
            f"This is especially important because of {rules.heard_risks(case)}, "
            "which raises the chance of a B12 deficiency."
        )
    if case.treated:
        lines.append(
            "Because symptoms continue although B12 treatment has started, go back to "
            "the provider who prescribed it."
        )
    domains = rules.join_words(EMERGENCY_DOMAINS.values(), "or")
    lines.append(
        f"If anything changes suddenly ({domains}), call {emergency_number} or your local "
        "emergency number at once."
    )
    lines.append(NOT_A_DOCTOR)
    return "\n".join(lines)


def check_unavailable_advice(emergency_number: str) -> str:
    """Said when the symptom check cannot run (action server down, or no memory of the chat).

    It cannot know the person's facts, so it states both rules in general.
    """
    domains = rules.join_words(EMERGENCY_DOMAINS.values(), "or")
    risks = rules.join_words([r.label for r in RISK_FACTORS if r.in_article], "or")
    return "\n".join([
        "Sorry, I can't complete the symptom check right now because part of this service "
        "is not responding. Please try again in a few minutes.",
        f"To be safe: if anything changed suddenly ({domains}), call {emergency_number} or "
        "your local emergency number at once.",
        "Otherwise, any symptom of B12 deficiency is a reason to contact a healthcare "
        f"provider, especially with a risk factor ({risks}).",
        NOT_A_DOCTOR,
    ])
