"""Every FAQ answer, in our own words, with the section of the source it rests on.

Symptom and risk-factor lists are not written here: they are rendered from
``bot.triage.lexicon`` so each list lives in one place.  ``python -m bot.training.build_data``
turns these answers into the Rasa responses ``utter_faq/<key>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.triage import lexicon, names

ARTICLE = (
    "Health.com, \u201cSigns and Symptoms of Vitamin B12 Deficiency\u201d (medically reviewed)"
)
NIH_ODS = "NIH Office of Dietary Supplements, Vitamin B12 fact sheet"
CHECK_BUTTON = {"title": "Check my symptoms",
                "payload": names.button_payload(names.INTENT_REPORT_SYMPTOMS)}


@dataclass(frozen=True)
class Answer:
    key: str
    section: str  # the article section the answer comes from
    text: str  # may use {physical} {neurological} {psychological} {child} {risks} {domains}
    offer_check: bool = False  # answers that list symptoms offer a symptom check
    also_cites: str | None = None  # a second authoritative source, when one is used
    # What the assistant will not do: chosen by bot.nlp.boundaries, never by the classifier
    # (no data/nlu examples), and not a fact from the article.
    boundary: bool = False


def _bullets(labels: list[str]) -> str:
    return "\n".join(f"• {label[0].upper()}{label[1:]}" for label in labels)


def _symptom_list(section: str) -> str:
    return _bullets([s.label for s in lexicon.symptoms_in_list(section)])


LISTS: dict[str, str] = {
    "physical": _symptom_list(lexicon.PHYSICAL),
    "neurological": _symptom_list(lexicon.NEUROLOGICAL),
    "psychological": _symptom_list(lexicon.PSYCHOLOGICAL),
    "child": _symptom_list(lexicon.CHILD),
    "risks": _bullets([r.label for r in lexicon.RISK_FACTORS if r.in_article]),
    "domains": _bullets(list(lexicon.EMERGENCY_DOMAINS.values())),
    # The daily amounts, said by two answers (daily_amount, dosing): the article's adult
    # figure and NIH ODS's for pregnancy and breastfeeding.
    "adult_mcg": "2.4",
    "pregnancy_mcg": "2.6",
    "breastfeeding_mcg": "2.8",
}

# Said before a symptom check that came with a request for a diagnosis (actions/actions.py).
NO_DIAGNOSIS_KEY = "no_diagnosis"
NO_DIAGNOSIS = (
    "I can't tell you whether you (or they) have a B12 deficiency, and I won't guess: I'm "
    "an automated assistant, not a doctor. Only a healthcare provider can say, usually "
    "with a blood test."
)

ANSWERS: tuple[Answer, ...] = (
    Answer("what_is_b12", "Introduction", (
        "Vitamin B12 is a nutrient your body relies on to build DNA, make red blood "
        "cells, process (metabolize) protein and keep your nervous system protected."
    )),
    Answer("what_is_deficiency", "Introduction", (
        "A B12 deficiency means your body is running short of vitamin B12, either because "
        "you take in too little or because your body can't absorb it properly. Early signs "
        "are often weakness, tiredness, trouble concentrating and shortness of breath; over "
        "time mood, memory and personality can change as well."
    ), offer_check=True),
    Answer("daily_amount", "Introduction", (
        "Adults need roughly {adult_mcg} micrograms (mcg) of vitamin B12 a day. The need goes "
        "up during pregnancy and breastfeeding: the NIH Office of Dietary Supplements puts it "
        "at {pregnancy_mcg} mcg and {breastfeeding_mcg} mcg a day. Check with a provider "
        "before starting supplements."
    ), also_cites=NIH_ODS),
    Answer("anemia", "Introduction", (
        "B12 is needed to make healthy red blood cells, so running low often causes anemia, "
        "a low red blood cell count. The type linked to B12 is called megaloblastic anemia. "
        "Symptoms of low B12 can start before anemia shows up."
    )),
    Answer("physical_symptoms", "Physical Symptoms", (
        "Physical signs of low B12 can include:\n{physical}\n"
        "They usually begin mildly and slowly get worse."
    ), offer_check=True),
    Answer("neurological_symptoms", "Neurological Symptoms", (
        "A long-lasting, untreated B12 deficiency can damage nerves and the central nervous "
        "system. Possible neurological signs:\n{neurological}"
    ), offer_check=True),
    Answer("psychological_symptoms", "Psychological Symptoms", (
        "Low B12 can also change mood, emotions and state of mind. Possible signs:\n"
        "{psychological}\nIt raises the risk of depression and can make symptoms worse for "
        "people living with major depressive disorder (MDD)."
    ), offer_check=True),
    Answer("child_symptoms", "Symptoms in Children", (
        "In babies and children low B12 can look different than in adults: it may be mild "
        "and pass quickly, or cause serious, lasting problems. Signs can include:\n{child}\n"
        "If your child shows any of these, contact their pediatrician."
    ), offer_check=True),
    Answer("progression", "Physical Symptoms; Neurological Symptoms; A Quick Review", (
        "Symptoms often start mild and get worse gradually. A deficiency left untreated for "
        "a long time can harm the nerves, the brain and the spinal cord, and some of those "
        "effects may last. Found and treated early, it usually responds "
        "well to treatment."
    ), offer_check=True),
    Answer("homocysteine", "Neurological Symptoms", (
        "Part of the reason the nervous system suffers: B12 normally helps break down an "
        "amino acid called homocysteine. With too little B12, homocysteine can build up, and "
        "high levels raise the risk of several health problems, dementia among them."
    )),
    Answer("when_to_see_provider", "When to Contact a Healthcare Provider", (
        "If you notice any sign of B12 deficiency, contact a healthcare provider. They can "
        "suggest diet changes, supplements or B12 injections. It matters even more if you "
        "have a risk factor:\n{risks}"
    ), offer_check=True),
    Answer("emergency_signs", "When to Contact a Healthcare Provider", (
        "Get emergency help right away (call your emergency number, 911 in the US) for any "
        "SUDDEN change in:\n{domains}"
    )),
    Answer("risk_factors", "When to Contact a Healthcare Provider; FAQs", (
        "You're more likely to run low on B12 with:\n{risks}\n"
        "Eating no meat raises the risk a lot, because B12 comes mainly from animal foods."
    ), offer_check=True),
    Answer("vegetarian_vegan", "When to Contact a Healthcare Provider", (
        "B12 occurs naturally mainly in animal foods such as meat, fish, eggs and milk, so "
        "people on vegetarian or vegan diets are more likely to become deficient. Fortified "
        "foods (some cereals and nutritional yeasts) and supplements can supply it; ask a "
        "provider what suits you."
    ), also_cites=NIH_ODS),
    Answer("food_sources", "When to Contact a Healthcare Provider", (
        "Vitamin B12 is found naturally in many animal foods: meat, fish, eggs and milk. "
        "According to the NIH Office of Dietary Supplements, some breakfast cereals and "
        "nutritional yeasts are fortified with it too."
    ), also_cites=NIH_ODS),
    Answer("treatment", "When to Contact a Healthcare Provider; FAQs; sources", (
        "A provider may suggest diet changes, B12 tablets (oral supplements), B12 injections, "
        "or a mix. A Cochrane review the article cites found high-dose B12 by mouth raised "
        "B12 levels about as well as injections; injections are common when the body can't "
        "absorb B12, as in pernicious anemia. Your provider decides which fits you."
    ), also_cites=NIH_ODS),
    # Opens with neither "yes" nor "no": it is asked both ways ("is it reversible?", "is
    # the nerve damage permanent?"), and the true answer depends on how long it went on.
    Answer("reversible", "FAQs: Can you reverse B12 deficiency symptoms?", (
        "It depends on how long it has gone on. Most B12 deficiency can be treated with B12 "
        "shots and/or supplements plus diet changes, but nerve damage from a long-standing "
        "deficiency may be permanent, which is why getting checked early matters."
    )),
    Answer("triggers", "FAQs: What triggers symptoms of B12 deficiency?", (
        "The symptoms usually come from anemia, a red blood cell count below normal. People "
        "who eat no meat products are at much higher risk, and heavy drinking, taking "
        "antacids and weight-loss surgery can also lead to a deficiency."
    )),
    Answer("improvement_time", "FAQs: How long until symptoms improve after taking B12?", (
        "After a B12 injection the body typically starts making new red blood cells within a "
        "few days, and most people feel better within a few weeks to about a month. If "
        "symptoms continue, you may need regular B12 shots; talk to your provider."
    )),
    # Boundaries (issue #14): what the assistant will not do, and who can.
    Answer(NO_DIAGNOSIS_KEY, "When to Contact a Healthcare Provider", (
        NO_DIAGNOSIS + " What I can do is go through what you've noticed and tell you "
        "whether to contact a provider or get emergency care."
    ), offer_check=True, boundary=True),
    Answer("dosing", "Introduction", (
        "I can't recommend a dose. The one amount the article gives is what adults need from "
        "food and supplements together: about {adult_mcg} mcg of B12 a day (NIH's Office of "
        "Dietary Supplements: {pregnancy_mcg} mcg in pregnancy, {breastfeeding_mcg} mcg while "
        "breastfeeding). How much to take, "
        "how often and in what form, injections included, is for the provider or pharmacist "
        "who knows the person's results. For a baby or child, ask their pediatrician before "
        "giving any B12, and don't give them adult tablets."
    ), also_cites=NIH_ODS, boundary=True),
    Answer("stop_medicine", "When to Contact a Healthcare Provider", (
        "Please don't stop, skip or change a prescribed medicine or treatment (B12 shots "
        "included) on your own: talk to the provider who prescribed it first. Why it comes "
        "up: taking certain medicines for a long time, such as metformin for diabetes or "
        "acid reducers for heartburn, is a risk factor for low B12. Your provider can check "
        "your B12 level and decide with you what to do."
    ), also_cites=NIH_ODS, boundary=True),
    Answer("interactions", "When to Contact a Healthcare Provider", (
        "I can't check whether B12 is safe with your other medicines or supplements. A "
        "pharmacist or your provider can, and can tell you how to time them; take them the "
        "list of everything you use. Some medicines, such as metformin and acid reducers, "
        "can lower how much B12 the body absorbs."
    ), also_cites=NIH_ODS, boundary=True),
    Answer("sources", "Article details and its sources", (
        "My answers are based on the Health.com article \"Signs and Symptoms of Vitamin B12 "
        "Deficiency\" (published August 16, 2023), written by health journalist Laura Dorwart "
        "and medically reviewed by Steffini Stalos, DO. It cites 10 sources, among them "
        "NIH's Office of Dietary Supplements, MedlinePlus, peer-reviewed studies and a 2018 "
        "Cochrane review. Where I add a figure from NIH's Office of Dietary Supplements, "
        "I say so. I'm an automated assistant, not a doctor."
    )),
)

ANSWERS_BY_KEY: dict[str, Answer] = {a.key: a for a in ANSWERS}
# The article's FAQ topics (the nlu_holdout and triage tests cover these); the boundary
# answers are measured on the scope held-out sets.
ARTICLE_KEYS: tuple[str, ...] = tuple(a.key for a in ANSWERS if not a.boundary)


def source_line(answer: Answer) -> str:
    line = f"Source: {ARTICLE}, section \u201c{answer.section}\u201d"
    if answer.also_cites:
        line += f"; and {answer.also_cites}"
    return line + "."


def render(answer: Answer) -> str:
    """The full answer text: body with lists filled in, then the source line."""
    return f"{answer.text.format(**LISTS)}\n{source_line(answer)}"
