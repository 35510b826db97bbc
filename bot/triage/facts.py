"""Every medical statement the assistant makes, once, in plain words, with its source.

FAQ answers (``bot.triage.knowledge``) and the advice (``bot.triage.advice``) are
composed from these facts and from the lexicon's lists (symptoms, the nine emergency
domains, the always-urgent events, risk factors), so a statement is worded one way and a
list in an answer is the list the rules act on. Each fact names where it comes from: a
section of the article, or a page of NIH's Office of Dietary Supplements (ODS), or our
own safety rule. Facts are our own words, short sentences (issue #17: grade 8 at most),
never the article's sentences.

``{emergency_number}`` and ``{crisis_line}`` stay placeholders here: Rasa fills them from
the slots (the configured numbers), and ``knowledge.render`` does for texts the action
server sends.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    name: str  # as a source line says it, short
    where: str  # the page or the article section


@dataclass(frozen=True)
class Fact:
    text: str
    source: Source


# --- the sources ----------------------------------------------------------------------
ARTICLE_NAME = "Health.com, Aug 2023, medically reviewed"
ARTICLE_TITLE = "Signs and Symptoms of Vitamin B12 Deficiency"
NIH_ODS_NAME = "NIH Office of Dietary Supplements"
NIH_ODS_PAGE = ("Vitamin B12 fact sheet for consumers "
                "(ods.od.nih.gov/factsheets/VitaminB12-Consumer)")
SAFETY_RULE_NAME = "the assistant's safety rule"


def article(section: str) -> Source:
    return Source(ARTICLE_NAME, section)


INTRO = article("Introduction")
PHYSICAL = article("Physical Symptoms")
NEUROLOGICAL = article("Neurological Symptoms")
PSYCHOLOGICAL = article("Psychological Symptoms")
CHILDREN = article("Symptoms in Children")
WHEN_TO_CONTACT = article("When to Contact a Healthcare Provider")
QUICK_REVIEW = article("A Quick Review")
FAQ_REVERSE = article("FAQs: Can you reverse B12 deficiency symptoms?")
FAQ_TRIGGERS = article("FAQs: What triggers symptoms of B12 deficiency?")
FAQ_IMPROVE = article("FAQs: How long after taking vitamin B12 will my symptoms improve?")
ARTICLE_SOURCES = article("Sources (Cochrane review, 2018)")
NIH_ODS = Source(NIH_ODS_NAME, NIH_ODS_PAGE)
# Seizures, fainting and thoughts of suicide mean emergency care whatever the onset: the
# product's rule (README: the two rules), stricter than the article.
SAFETY_RULE = Source(SAFETY_RULE_NAME, "README: the two rules")

# Daily amounts (RDA) by age, in micrograms: NIH ODS, "How much vitamin B12 do I need?".
ADULT_MCG = "2.4"
PREGNANCY_MCG = "2.6"
BREASTFEEDING_MCG = "2.8"
CHILD_MCG: tuple[tuple[str, str], ...] = (
    ("Up to 6 months", "0.4"),
    ("7 to 12 months", "0.5"),
    ("1 to 3 years", "0.9"),
    ("4 to 8 years", "1.2"),
    ("9 to 13 years", "1.8"),
    ("14 to 18 years", ADULT_MCG),
)

FACTS: dict[str, Fact] = {
    # Introduction
    "what_b12_does": Fact(
        "Your body needs vitamin B12 to make DNA and red blood cells. It also helps "
        "your body use protein and keeps your nerves healthy.", INTRO),
    "deficiency_means": Fact(
        "A B12 deficiency means your body is short of vitamin B12. Either you get too "
        "little, or your body can't take it in (absorb it) well.", INTRO),
    "later_changes": Fact(
        "Over time, mood, memory and personality can change too.", INTRO),
    "adult_amount": Fact(
        f"Adults need about {ADULT_MCG} micrograms (mcg) of B12 a day.", INTRO),
    "higher_need": Fact(
        f"You need more when pregnant ({PREGNANCY_MCG} mcg a day) or breastfeeding "
        f"({BREASTFEEDING_MCG} mcg a day).", NIH_ODS),
    "anemia_often": Fact(
        "Low B12 often causes anemia, which means too few red blood cells. Doctors call "
        "this kind megaloblastic anemia.", INTRO),
    "before_anemia": Fact(
        "Signs of low B12 can start before anemia shows up.", INTRO),
    # Symptom sections
    "start_mild": Fact(
        "Signs often start mild and slowly get worse.", PHYSICAL),
    "nerve_harm": Fact(
        "Left untreated for a long time, low B12 can harm the nerves, the brain and the "
        "spinal cord.", NEUROLOGICAL),
    "homocysteine": Fact(
        "B12 helps break down homocysteine (an amino acid, a building block of protein). "
        "With too little B12 it can build up. High levels raise the risk of some health "
        "problems, such as dementia (memory loss and confusion that get worse).",
        NEUROLOGICAL),
    "mood": Fact(
        "Low B12 can also affect your mood and feelings.", PSYCHOLOGICAL),
    "depression": Fact(
        "It raises the risk of depression. In people who already have major depression, "
        "it can make symptoms worse.", PSYCHOLOGICAL),
    "child_differs": Fact(
        "In children, signs can differ from adults'. They may be mild and brief, or "
        "serious and lasting.", CHILDREN),
    # When to contact a provider
    "contact_provider": Fact(
        "If you notice any sign of low B12, contact a healthcare provider.", WHEN_TO_CONTACT),
    "provider_options": Fact(
        "They may suggest diet changes, B12 pills or B12 shots.", WHEN_TO_CONTACT),
    "animal_foods": Fact(
        "B12 is found naturally in animal foods, such as meat, fish, eggs and milk.",
        WHEN_TO_CONTACT),
    "sudden_change": Fact(
        "Call {emergency_number} now for any sudden change in:", WHEN_TO_CONTACT),
    # A Quick Review and the FAQs
    "early_treatment": Fact(
        "Found and treated early, low B12 usually gets better with treatment.", QUICK_REVIEW),
    "nerve_damage_may_last": Fact(
        "Nerve damage from low B12 that lasted a long time may be permanent.", FAQ_REVERSE),
    "treatable": Fact(
        "Most low B12 can be treated with B12 shots or pills, plus diet changes.",
        FAQ_REVERSE),
    "no_meat": Fact(
        "People who eat no meat are at much higher risk.", FAQ_TRIGGERS),
    "other_causes": Fact(
        "Heavy drinking and weight-loss surgery can also lead to low B12.", FAQ_TRIGGERS),
    "new_red_cells": Fact(
        "After a B12 shot, the body starts to make new red blood cells within a few days.",
        FAQ_IMPROVE),
    "feel_better": Fact(
        "Most people feel better within a few weeks, or up to a month.", FAQ_IMPROVE),
    "regular_shots": Fact(
        "If symptoms last, you may need B12 shots on a regular basis.", FAQ_IMPROVE),
    "pills_as_good": Fact(
        "A 2018 review of studies (Cochrane) found that high-dose B12 pills raised B12 "
        "levels about as well as shots.", ARTICLE_SOURCES),
    # NIH ODS
    "fortified": Fact(
        "Some cereals and nutritional yeasts have B12 added (fortified).", NIH_ODS),
    "older_adults": Fact(
        "Older adults are more likely to run low, because many absorb less B12 from food.",
        NIH_ODS),
    "medicines": Fact(
        "Taking metformin or stomach-acid reducers (such as omeprazole) for a long time "
        "can lower B12.", NIH_ODS),
    "never_stop": Fact(
        "Don't stop or change a prescribed medicine on your own.", NIH_ODS),
    "pernicious_shots": Fact(
        "People with pernicious anemia (who can't absorb B12 from food) are usually "
        "treated with B12 shots.", NIH_ODS),
    "child_amounts": Fact(
        "B12 a child needs a day (ask the pediatrician before giving any):", NIH_ODS),
    # The product's safety rule
    "urgent_call": Fact(
        "Sudden or not, call {emergency_number} now for:", SAFETY_RULE),
    "crisis": Fact(
        "Thoughts of suicide or self-harm: call or text {crisis_line} now (free, 24/7).",
        SAFETY_RULE),
}
