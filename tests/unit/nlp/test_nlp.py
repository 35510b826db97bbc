"""The spaCy pipeline: every article symptom and risk factor, negation, typos, onset, who."""

from __future__ import annotations

import pytest

# At least two lay phrasings (as people type them) for every lexicon symptom.
from bot.nlp import pipeline as nlp
from bot.triage import lexicon

SYMPTOM_SENTENCES: dict[str, list[str]] = {
    "fatigue": ["i'm so tired all the time", "completely worn out and no energy"],
    "weakness": ["my legs feel weak", "i have this weakness in my arms",
                 "my hand no get power", "she has lost the power in her legs"],
    "concentration": ["i can't concentrate at work", "brain fog every afternoon"],
    "shortness_of_breath": ["i get out of breath on the stairs", "feel breathless walking"],
    "bowel_changes": ["i've had diarrhea on and off", "been constipated for weeks"],
    "appetite_loss": ["i've lost my appetite", "never hungry anymore"],
    "weight_loss": ["i'm losing weight without trying", "dropped weight this year"],
    "lightheadedness": ["i get lightheaded when i stand up", "feel woozy standing"],
    "pale_skin": ["my skin looks really pale", "everyone says i look pasty"],
    "swollen_tongue": ["my tongue is swollen", "sore tongue that feels burning"],
    "bleeding_gums": ["my gums bleed when i brush", "bleeding gums lately"],
    "mouth_ulcers": ["i keep getting mouth ulcers", "sores in my mouth"],
    "nausea": ["i feel nauseous most mornings", "queasy after eating"],
    "vomiting": ["i've been throwing up", "keep vomiting"],
    "palpitations": ["my heart is racing for no reason", "heart palpitations at night"],
    "dementia": ["worried my dad has dementia", "signs of dementia in mum"],
    "hallucinations": ["i'm hearing voices", "she's seeing things that aren't there"],
    "psychosis": ["he seems paranoid lately", "doctor mentioned psychosis"],
    "balance_problems": ["i keep losing my balance", "feel unsteady on my feet",
                         "the floor's moving under me", "grandad keeps losing his footing",
                         "she can't get up without falling over", "got the wobbles today",
                         "i can't stay upright in the shower"],
    "tingling_numbness": ["pins and needles in my toes", "my hands go numb"],
    "confusion": ["my grandma gets confused easily", "i feel disoriented"],
    "memory_problems": ["i keep forgetting things", "my memory is getting bad"],
    "personality_changes": ["he's just not himself anymore", "acting like a different person",
                            "a marked change in her demeanour", "my mum has turned nasty",
                            "my brother is not like my brother any more"],
    "taste_smell_loss": ["food tastes like nothing", "i can't smell anything"],
    "vision_loss": ["my vision is blurry", "i can't see properly out of one eye"],
    "apathy": ["i don't care about anything anymore", "no motivation at all"],
    "agitation": ["i feel restless and agitated", "on edge all the time"],
    "depression": ["i've been so depressed", "feeling down every day"],
    "irritability": ["i'm so irritable", "snappy with everyone"],
    "anger": ["i get angry over nothing", "rage out of nowhere at small things",
              "his temper is frightening the kids"],
    "anxiety": ["i feel anxious all day", "constant panic attacks"],
    "insomnia": ["i can't sleep at night", "insomnia for weeks"],
    "disorganized_thoughts": ["my thoughts are jumbled", "thoughts are all over the place"],
    "syncope": ["my son fainted at school", "she nearly fainted"],
    "headache": ["my daughter gets headaches", "constant head ache"],
    "seizures": ["my baby had a seizure", "he had convulsions"],
    "dizziness": ["i feel dizzy a lot", "the room is spinning"],
    "developmental_delay": ["my toddler has developmental delays", "he's not walking yet at 2"],
    "hypotonia": ["the baby seems floppy", "low muscle tone in my son"],
    "tremors": ["my hands are shaking", "she has tremors"],
    "myoclonus": ["my legs twitch all the time", "sudden jerking of his arms"],
    "walking_difficulty": ["i'm having trouble walking", "i keep stumbling",
                           "keeps catching his toes on the rug", "her legs have stopped working"],
    "muscle_control_loss": ["i can't move my arm", "one side of my face is drooping"],
    "speech_problems": ["my speech is slurred", "the words come out wrong",
                        "his tongue just won't work when he tries to answer",
                        "his words dey scatter when he talk"],
    "drowsiness": ["i can't stay awake", "he's drowsy and hard to wake"],
    "loss_of_consciousness": ["i passed out in the kitchen", "she blacked out"],
    "self_harm": ["i want to kill myself", "i've been thinking about self harm"],
}

RISK_SENTENCES: dict[str, list[str]] = {
    "vegetarian_vegan": ["i'm vegan", "i don't eat meat at all"],
    "crohns": ["i have crohn's disease", "diagnosed with crohns"],
    "celiac": ["i'm coeliac", "i have celiac disease"],
    "pernicious_anemia": ["i have pernicious anemia", "my mum has pernicious anaemia"],
    "alcohol": ["i drink a lot of alcohol", "i'm a heavy drinker"],
    "medications": ["i take metformin", "i use omeprazole every day"],
    "weight_loss_surgery": ["i had gastric bypass", "after my bariatric surgery"],
    "pregnancy": ["i'm pregnant", "i'm 20 weeks pregnant"],
    "breastfeeding": ["i'm breastfeeding", "still breast feeding my son"],
}


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return nlp.load()


def test_every_symptom_has_two_handwritten_phrasings() -> None:
    assert set(SYMPTOM_SENTENCES) == set(lexicon.SYMPTOMS_BY_KEY)
    assert all(len(v) >= 2 for v in SYMPTOM_SENTENCES.values())
    assert set(RISK_SENTENCES) == set(lexicon.RISK_FACTORS_BY_KEY)


@pytest.mark.parametrize(
    ("key", "text"), [(k, t) for k, ts in SYMPTOM_SENTENCES.items() for t in ts]
)
def test_symptom_found_in_lay_phrasing(pipeline, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert key in nlp.extract(text, pipeline).symptoms


@pytest.mark.parametrize(
    ("key", "text"), [(k, t) for k, ts in RISK_SENTENCES.items() for t in ts]
)
def test_risk_factor_found(pipeline, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert key in nlp.extract(text, pipeline).risk_factors


@pytest.mark.parametrize("symptom", lexicon.SYMPTOMS, ids=lambda s: s.key)
def test_every_lexicon_phrase_maps_to_its_own_key(pipeline, symptom) -> None:  # type: ignore[no-untyped-def]
    for phrase in symptom.phrases:
        text = "lately i noticed " + phrase.replace("*", "")
        found = nlp.extract(text, pipeline)
        assert symptom.key in found.symptoms + found.negated_symptoms, phrase


@pytest.mark.parametrize(
    ("text", "negated", "present"),
    [
        ("no numbness", "tingling_numbness", None),
        ("i don't have any tingling, just tired", "tingling_numbness", "fatigue"),
        ("I'm not dizzy but I'm exhausted", "dizziness", "fatigue"),
        ("no nausea or vomiting", "vomiting", None),
        ("my vision is fine but my feet tingle", "vision_loss", "tingling_numbness"),
        ("never fainted, only headaches", "syncope", "headache"),
        ("i haven't lost weight", "weight_loss", None),
    ],
)
def test_negation(pipeline, text: str, negated: str, present: str | None) -> None:  # type: ignore[no-untyped-def]
    found = nlp.extract(text, pipeline)
    assert negated in found.negated_symptoms
    assert negated not in found.symptoms
    if present:
        assert present in found.symptoms


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("i can't see out of my left eye", "vision_loss"),
        ("I can’t feel my feet", "tingling_numbness"),  # curly apostrophe from a phone
        ("i cant walk straight", "walking_difficulty"),
        ("i have no appetite", "appetite_loss"),
        ("i cannot speak properly", "speech_problems"),
        # the past of "won't": "by 10 my hands wouldn't close on the reins"
        ("by 10 my hands wouldn't close on the reins", "muscle_control_loss"),
    ],
)
def test_cannot_is_a_symptom_not_a_negation(pipeline, text: str, key: str) -> None:  # type: ignore[no-untyped-def]
    assert key in nlp.extract(text, pipeline).symptoms


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("tingeling in my fingers", "tingling_numbness"),
        ("numbess in my feet", "tingling_numbness"),
        ("i'm exhuasted", "fatigue"),
        ("blured vision", "vision_loss"),
        ("constantly diarhea", "bowel_changes"),
        ("heart palpitatons", "palpitations"),
        ("feel verry dizy", "dizziness"),
        ("my sone had a siezure", "seizures"),
        ("i feel anxios", "anxiety"),
        ("she is irritible", "irritability"),
    ],
)
def test_typos(pipeline, text: str, key: str) -> None:  # type: ignore[no-untyped-def]
    assert key in nlp.extract(text, pipeline).symptoms


@pytest.mark.parametrize(
    "text",
    ["numbers on my blood test", "i eat a balanced diet", "my memory is fine",
     "forget it", "what's the weather", "slurred", "no power in the whole street",
     "i can't understand why the bus is late again"],
)
def test_no_false_symptom(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = nlp.extract(text, pipeline)
    assert found.symptoms == [] or text == "slurred"
    if text == "slurred":  # slurred speech is a symptom, never vision ("blurred")
        assert "vision_loss" not in found.symptoms


@pytest.mark.parametrize(
    ("text", "onset"),
    [
        ("my vision suddenly went blurry", "sudden"),
        ("all of a sudden i couldn't talk", "sudden"),
        ("it came on out of nowhere", "sudden"),
        ("tingling that started gradually", "gradual"),
        ("numb feet for months", "gradual"),
        ("it wasn't sudden", "gradual"),
        ("not sure", "unsure"),
        ("idk", "unsure"),
        ("i'm not sure when it started", "unsure"),
        ("tired for weeks and this morning my vision went", "sudden"),
        ("just tired", None),
        ("tingling in my feet for two months", "gradual"),
        ("blurry since last year", "gradual"),
        ("my arm went weak 20 minutes ago", "sudden"),
        ("lost my balance a few hours ago", "sudden"),
    ],
)
def test_onset(pipeline, text: str, onset: str | None) -> None:  # type: ignore[no-untyped-def]
    assert nlp.extract(text, pipeline).onset == onset


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("my son has been tired", "child"),
        ("my 6 year old daughter is pale", "child"),
        ("our baby is floppy", "infant"),
        ("my 4 month old won't feed", "infant"),
        ("my mom is forgetful", "adult"),
        ("i'm 45 years old and tired", "self"),
        ("i feel dizzy", "self"),
        ("tingling in the feet", None),
        # how long, not how old
        ("i've been vegetarian 5 yrs and i'm wiped out", "self"),
        ("she's 82, so an adult", "adult"),
    ],
)
def test_who(pipeline, text: str, who: str | None) -> None:  # type: ignore[no-untyped-def]
    assert nlp.extract(text, pipeline).who == who


def test_treated(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert nlp.extract("i've had b12 shots but still tired", pipeline).treated
    assert not nlp.extract("i'm not taking b12", pipeline).treated


def test_entities_for_rasa(pipeline) -> None:  # type: ignore[no-untyped-def]
    ents = nlp.extract("my son suddenly can't see, no numbness", pipeline).entities()
    pairs = {(e["entity"], e["value"]) for e in ents}
    assert ("symptom", "vision_loss") in pairs
    assert ("symptom", "tingling_numbness") not in pairs
    assert ("onset", "sudden") in pairs and ("who", "child") in pairs


@pytest.mark.parametrize("text", [
    "stiff neck from sitting at a desk all day",  # "slitting" is one typo from "sitting"
    "i backed out of the trip",  # "blacked" from "backed"
    "we planted everything in the allotment",  # "planned" from "planted"
])
def test_a_typo_tolerance_never_lands_on_another_english_word(text: str) -> None:
    assert not nlp.extract(text).symptoms


@pytest.mark.parametrize("text, key", [
    ("i have been contemplating taking my own life", "self_harm"),  # "take my own life"
    ("she says she is thinking about taking her life", "self_harm"),  # "take her life"
    ("she keeps passing out at work today", "loss_of_consciousness"),  # "pass out"
])
def test_a_phrase_matches_its_forms(text: str, key: str) -> None:
    assert key in nlp.extract(text).symptoms


def test_a_single_word_matches_only_as_typed() -> None:
    # "the shakes" is a tremor, "shake off a cold" is not
    assert "tremors" not in nlp.extract("a cough i can't shake off").symptoms


def test_two_people_named_leave_who_to_the_form() -> None:
    text = "my daughter set this up for me. my wife has had numb feet for months"
    assert nlp.extract(text).who is None  # asked, not guessed (a pediatrician for the wife)
    assert nlp.extract("my daughter has had numb feet for months").who == "child"


@pytest.mark.parametrize(("text", "anxious"), [
    ("just got told im coeliac, nervous about b12", False),  # a worry about B12
    ("really anxious about my results", False),
    ("anxious about everything since lunch", True),
    ("im anxious all the time", True),
])
def test_worry_about_b12_is_not_anxiety(pipeline, text: str, anxious: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("anxiety" in nlp.extract(text, pipeline).symptoms) is anxious


@pytest.mark.parametrize("text", [
    "her balance is awful lately cant say when it began",
    "mam's speech is poor now dont know if it's new",
])
def test_a_noun_called_bad_is_not_cleared_by_a_later_doubt(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = nlp.extract(text, pipeline)
    assert found.symptoms and not found.negated_symptoms


def test_patois_cyan_is_cannot() -> None:
    from bot.nlp import understanding
    reading = understanding.read("she cyan speak")
    assert "speech_problems" in reading.findings.symptoms and not reading.inferred


@pytest.mark.parametrize("text", ["there's a faint tremor in my fingers lately",
                                  "a faint ringing in my ears for months"])
def test_faint_as_a_degree_is_no_fainting(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "syncope" not in nlp.extract(text, pipeline).symptoms


def test_had_a_faint_is_still_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "syncope" in nlp.extract("she had a faint in the queue", pipeline).symptoms


def test_right_before_a_word_is_very_not_recovered() -> None:
    from bot.nlp import understanding
    assert not understanding.is_history("our lad's been right grumpy, no idea since when", False)
    assert understanding.is_history("fainted years ago, been right since", False)


def test_a_denial_runs_along_a_list_an_or_closes(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "I've not had any seizures, blackouts, or trouble with my balance"
    found = nlp.extract(text, pipeline)
    assert not found.symptoms
    kept = nlp.extract("no fever, numbness in my feet since lunch", pipeline)
    assert "tingling_numbness" in kept.symptoms


def test_jamaican_no_more_fits_is_over() -> None:
    from bot.nlp import understanding
    reading = understanding.read("him had fit wen him was baby, him grown now, nuh more fit")
    assert "seizures" not in reading.findings.symptoms


def test_a_clinical_note_s_obtunded_is_lowered_alertness(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "drowsiness" in nlp.extract("Resident obtunded since 0600", pipeline).symptoms
