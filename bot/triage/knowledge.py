"""Every FAQ answer, composed from ``bot.triage.facts`` and the lexicon's lists.

An answer's text names facts (``{feel_better}``) and lists (``{child}``, ``{domains}``)
and writes only the joins between them, so each medical statement has one wording and one
source, and each list is the one the rules act on. The source line is built from the
facts an answer uses. ``python -m bot.training.build_data`` turns the answers into the
Rasa responses ``utter_faq/<key>`` with ``{emergency_number}`` and ``{crisis_line}`` left
for Rasa to fill from the slots; ``render`` fills them for texts the action server sends.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from bot import settings
from bot.triage import facts, lexicon, names
from bot.triage.facts import FACTS

CHECK_BUTTON = {"title": "Check my symptoms",
                "payload": names.button_payload(names.INTENT_REPORT_SYMPTOMS)}
NUMBERS = ("emergency_number", "crisis_line")


@dataclass(frozen=True)
class Answer:
    key: str
    text: str  # names facts ({feel_better}), lists ({child}) and numbers ({crisis_line})
    offer_check: bool = False  # answers that list symptoms offer a symptom check
    # What the assistant will not do: chosen by bot.nlp.boundaries, never by the classifier
    # (no data/nlu examples), and not a fact from the article.
    boundary: bool = False


def bullets(labels: list[str]) -> str:
    return "\n".join(f"\u2022 {label[0].upper()}{label[1:]}" for label in labels)


def _labels(symptoms: list[lexicon.Symptom]) -> list[str]:
    return [s.label for s in symptoms]


def join(items: list[str], conj: str = "or") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conj} " + items[-1]


# Seizures, fainting, passing out: emergency care whatever the onset (the rules), so an
# answer never lists them beside "contact a provider"; they get the call line instead.
ALWAYS_URGENT: list[lexicon.Symptom] = [
    s for s in lexicon.SYMPTOMS if s.always_urgent and not s.crisis]


def _not_urgent(section: str) -> list[lexicon.Symptom]:
    return [s for s in lexicon.symptoms_in_list(section) if not s.always_urgent]


def _short(label: str) -> str:
    return label.split(" (")[0]


def _sudden(symptoms: list[lexicon.Symptom], urgent: bool = True) -> str:
    """The symptoms of a list whose sudden change the rules send to emergency care (or,
    with ``urgent=False``, the others)."""
    return join([_short(s.label).lower() for s in symptoms
                 if (s.domain is not None) == urgent])


def _child_amounts() -> str:
    return bullets([f"{who}: {mcg} mcg" for who, mcg in facts.CHILD_MCG])


# Tiredness and weakness are the first physical signs the article's summary names
# ("A Quick Review"), though its physical list leaves them out.
_QUICK_REVIEW_PHYSICAL = [lexicon.SYMPTOMS_BY_KEY["fatigue"], lexicon.SYMPTOMS_BY_KEY["weakness"]]

LISTS: dict[str, str] = {
    "common": join(_labels(lexicon.symptoms_in_list(lexicon.COMMON)), "and"),
    "physical": bullets(_labels(_QUICK_REVIEW_PHYSICAL + lexicon.symptoms_in_list(
        lexicon.PHYSICAL))),
    # The neurological list is split: a sudden change in a bulleted sign is an emergency
    # (it has a domain), in the others ({neuro_plain}) it is not.
    "neuro_plain": join([s.label for s in lexicon.symptoms_in_list(lexicon.NEUROLOGICAL)
                         if s.domain is None], "and"),
    "neurological": bullets([s.label for s in lexicon.symptoms_in_list(lexicon.NEUROLOGICAL)
                             if s.domain is not None]),
    "physical_sudden": _sudden(_QUICK_REVIEW_PHYSICAL + lexicon.symptoms_in_list(
        lexicon.PHYSICAL)),
    "child_plain": _sudden(_not_urgent(lexicon.CHILD), urgent=False),
    "psychological": bullets(_labels(lexicon.symptoms_in_list(lexicon.PSYCHOLOGICAL))),
    "child": bullets(_labels(_not_urgent(lexicon.CHILD))),
    "risks": bullets([r.label for r in lexicon.RISK_FACTORS if not r.higher_need]),
    "domains": bullets(list(lexicon.EMERGENCY_DOMAINS.values())),
    "urgent": bullets(_labels(ALWAYS_URGENT)),
    "child_urgent": bullets([s.label for s in ALWAYS_URGENT if lexicon.CHILD in s.lists]),
    "child_mcg": _child_amounts(),
}
# Where each list comes from (the lexicon holds the article's lists).
LIST_SOURCES: dict[str, list[facts.Source]] = {
    "common": [facts.INTRO],
    "physical": [facts.PHYSICAL, facts.QUICK_REVIEW],
    "neurological": [facts.NEUROLOGICAL],
    "neuro_plain": [facts.NEUROLOGICAL],
    "physical_sudden": [facts.SAFETY_RULE],
    "child_plain": [facts.SAFETY_RULE],
    "psychological": [facts.PSYCHOLOGICAL],
    "child": [facts.CHILDREN],
    "risks": [facts.WHEN_TO_CONTACT, facts.NIH_ODS],  # NIH ODS names the medicines
    "domains": [facts.WHEN_TO_CONTACT],
    "urgent": [facts.SAFETY_RULE],
    "child_urgent": [facts.SAFETY_RULE],
    "child_mcg": [facts.NIH_ODS],
}
# Left as placeholders in the Rasa responses (filled from the slots).
_KEEP = {name: "{" + name + "}" for name in NUMBERS}
# Every fact's text with its lists filled in.
FACT_TEXTS: dict[str, str] = {k: f.text.format(**LISTS, **_KEEP) for k, f in FACTS.items()}

# Said before a symptom check that came with a request for a diagnosis (actions/actions.py).
NO_DIAGNOSIS_KEY = "no_diagnosis"
NO_DIAGNOSIS = (
    "I can't tell you if you (or they) have low B12, and I won't guess. I'm an automated "
    "assistant, not a doctor. Only a healthcare provider can say, most often with a blood "
    "test."
)
_SUDDEN = "{sudden_change}\n{domains}\n{urgent_call}\n{urgent}"

ANSWERS: tuple[Answer, ...] = (
    Answer("what_is_b12", "{what_b12_does}"),
    Answer("what_is_deficiency", (
        "{deficiency_means} Common signs are {common}. {later_changes}"
    ), offer_check=True),
    Answer("daily_amount", (
        "{adult_amount} {higher_need} Children need less, by age: ask their pediatrician. "
        "Check with a provider before you start taking B12."
    )),
    Answer("anemia", "{anemia_often} {before_anemia}"),
    Answer("physical_symptoms", (
        "Physical signs of low B12 can include:\n{physical}\n{start_mild} It can also "
        "cause nerve signs and changes in mood: ask me about those. If any sign is "
        "new, contact a healthcare provider. If {physical_sudden} comes on suddenly, call "
        "{emergency_number} now."
    ), offer_check=True),
    Answer("neurological_symptoms", (
        "{nerve_harm} Nerve signs can include {neuro_plain}, and these:\n{neurological}\n"
        "If one of these comes on suddenly, call {emergency_number} now. If it came on "
        "slowly, contact a healthcare provider."
    ), offer_check=True),
    Answer("psychological_symptoms", (
        "{mood} Signs can include:\n{psychological}\n{depression}\n"
        "A sudden change in mood or personality: call {emergency_number} now. {crisis}"
    ), offer_check=True),
    Answer("child_symptoms", (
        "{child_differs} Signs can include:\n{child}\n"
        "For these, contact their pediatrician. If one comes on suddenly, call "
        "{emergency_number} now, unless it is {child_plain}.\n{urgent_call}\n{child_urgent}\n"
        "{child_amounts}\n{child_mcg}"
    ), offer_check=True),
    Answer("progression", (
        "{start_mild} {nerve_harm} {nerve_damage_may_last} {early_treatment}"
    ), offer_check=True),
    Answer("homocysteine", "{homocysteine}"),
    Answer("when_to_see_provider", (
        "{contact_provider} {provider_options} It matters even more with a risk factor:\n"
        "{risks}\n" + _SUDDEN
    ), offer_check=True),
    Answer("emergency_signs", (
        _SUDDEN + "\nDon't drive yourself. If you're not sure it was sudden, call anyway.\n"
        "{crisis}"
    )),
    Answer("risk_factors", (
        "Low B12 is more likely with:\n{risks}\n{older_adults} {no_meat} {animal_foods}"
    ), offer_check=True),
    Answer("vegetarian_vegan", (
        "{animal_foods} So people who eat a vegetarian or vegan diet are more likely to run "
        "low. {fortified} B12 pills can help too. Ask a provider what suits you."
    )),
    Answer("food_sources", "{animal_foods} {fortified} Ask a provider if you need more."),
    Answer("treatment", (
        "{provider_options} {pills_as_good} {pernicious_shots} Your provider decides "
        "what fits you."
    )),
    # Opens with neither "yes" nor "no": it is asked both ways ("is it reversible?", "is
    # the nerve damage permanent?"), and the true answer depends on how long it went on.
    Answer("reversible", (
        "It depends on how long it has gone on. {treatable} {nerve_damage_may_last} "
        "That is why it helps to get checked early."
    )),
    Answer("triggers", (
        "{anemia_often} {before_anemia} {no_meat} {other_causes} {medicines}"
    )),
    Answer("improvement_time", (
        "{new_red_cells} {feel_better} {nerve_damage_may_last} {regular_shots} Talk to "
        "your provider."
    )),
    # Boundaries (issue #14): what the assistant will not do, and who can.
    Answer(NO_DIAGNOSIS_KEY, (
        NO_DIAGNOSIS + " What I can do is go through what you've noticed. Then I'll tell "
        "you whether to contact a provider or get emergency care. {contact_provider}"
    ), offer_check=True, boundary=True),
    Answer("dosing", (
        "I can't recommend a dose. How much to take, how often and in what form is for "
        "your provider or pharmacist. {adult_amount} {higher_need} For a baby or child, "
        "ask their pediatrician before giving any B12. Don't give them adult pills."
    ), boundary=True),
    Answer("stop_medicine", (
        "{never_stop} Talk to the provider who prescribed it first. That includes B12 "
        "shots. {medicines} Your provider can check your B12 and decide with you what to do."
    ), boundary=True),
    Answer("interactions", (
        "I can't check if B12 is safe with your other medicines. A pharmacist or your "
        "provider can. Bring them a list of all you take. {medicines} {never_stop}"
    ), boundary=True),
    Answer("sources", (
        "My answers come from a Health.com article, \u201c" + facts.ARTICLE_TITLE + "\u201d "
        "(August 16, 2023). Laura Dorwart wrote it. Steffini Stalos, DO, a doctor, "
        "reviewed it (medically reviewed). It lists 10 sources, such as NIH and "
        "MedlinePlus. Some facts come from NIH's Office of Dietary Supplements, and I say "
        "so. I'm an automated assistant, not a doctor. {what_b12_does}"
    )),
)

ANSWERS_BY_KEY: dict[str, Answer] = {a.key: a for a in ANSWERS}


def offers_check(key: str) -> bool:
    """Whether the answer for ``key`` offers a symptom check (its button): a "yes" after it
    starts one."""
    answer = ANSWERS_BY_KEY.get(key)
    return answer is not None and answer.offer_check
RISK_FACTORS_KEY = "risk_factors"
# Answers that can fit a question naming a risk factor; any other ("does omeprazole affect
# my b12?" answered with the psychological symptoms) gives way to the risk factors.
FITS_A_RISK_QUESTION: frozenset[str] = frozenset({
    RISK_FACTORS_KEY, "triggers", "treatment", "vegetarian_vegan", "food_sources", "anemia",
    "homocysteine", "when_to_see_provider", "improvement_time", "daily_amount", "sources",
    "emergency_signs", "reversible", "progression", "physical_symptoms",
    "neurological_symptoms", "psychological_symptoms", "child_symptoms",
    "what_is_deficiency"})
# The article's FAQ topics (the nlu_holdout and triage tests cover these); the boundary
# answers are measured on the scope held-out sets.
ARTICLE_KEYS: tuple[str, ...] = tuple(a.key for a in ANSWERS if not a.boundary)
BOUNDARY_KEYS: frozenset[str] = frozenset(a.key for a in ANSWERS if a.boundary)


def fields(answer: Answer) -> list[str]:
    """The names an answer's text uses: facts, lists and numbers."""
    return [name for _, name, _, _ in string.Formatter().parse(answer.text) if name]


def sources(answer: Answer) -> list[facts.Source]:
    """The sources of the facts an answer uses, in order, without repeats."""
    used: list[facts.Source] = []
    for name in fields(answer):
        used += [FACTS[name].source] if name in FACTS else LIST_SOURCES.get(name, [])
    return list(dict.fromkeys(used))


def source_line(answer: Answer) -> str:
    """Short and dated: 'Source: Health.com, Aug 2023, medically reviewed ("FAQs")'."""
    found = sources(answer)
    sections = list(dict.fromkeys(
        s.where.split(":")[0] for s in found if s.name == facts.ARTICLE_NAME))
    named = []
    if sections:
        named.append(f"{facts.ARTICLE_NAME} ("
                     + ", ".join(f"\u201c{s}\u201d" for s in sections) + ")")
    if any(s == facts.NIH_ODS for s in found):
        named.append(facts.NIH_ODS_NAME)
    line = "Source: " + "; ".join(named)
    return line + "."


def template(answer: Answer) -> str:
    """The response text with the numbers left for Rasa: body, then the source line."""
    body = answer.text.format(**LISTS, **FACT_TEXTS, **_KEEP)
    return f"{body}\n{source_line(answer)}"


def render(answer: Answer, emergency_number: str | None = None,
           crisis_line: str | None = None) -> str:
    """The text a person reads, with the configured numbers (bot.settings by default)."""
    return template(answer).format(
        emergency_number=emergency_number or settings.emergency_number(),
        crisis_line=crisis_line or settings.crisis_line())
