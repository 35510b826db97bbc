"""TriagePolicy's decision over Rasa events: fire once, on the turn that makes an emergency."""

from __future__ import annotations

from random import Random

from rasa.shared.core.events import ActionExecuted, Restarted, SlotSet, UserUttered

from bot.rasa_ext.case_events import EarlierFacts
from bot.rasa_ext.triage_policy import emergency_events, emergency_now


def user(intent: str, *entities: tuple[str, str]) -> UserUttered:
    return UserUttered("...", {"name": intent, "confidence": 1.0},
                       [{"entity": e, "value": v} for e, v in entities])


def test_red_flag_with_sudden_onset_fires() -> None:
    found = emergency_now([user("report_symptoms", ("symptom", "vision_loss"),
                                ("onset", "sudden"))], "report_symptoms")
    assert found is not None
    case, verdict = found
    slots = {e.key: e.value for e in emergency_events(case, verdict)}
    assert slots["triage_level"] == "emergency"
    assert "vision" in slots["emergency_reason"]


def test_not_sure_answer_to_the_onset_question_fires() -> None:
    events = [user("report_symptoms", ("symptom", "dizziness")), ActionExecuted("symptom_form"),
              user("unsure"), SlotSet("onset", "unsure")]
    assert emergency_now(events, "unsure") is not None


def test_gradual_answer_does_not_fire() -> None:
    events = [user("report_symptoms", ("symptom", "dizziness")), user("deny"),
              SlotSet("onset", "gradual")]
    assert emergency_now(events, "deny") is None


def test_already_announced_emergency_does_not_fire_again_on_thanks() -> None:
    events = [user("emergency", ("symptom", "seizures")), ActionExecuted("utter_emergency"),
              user("thanks")]
    assert emergency_now(events, "thanks") is None


def test_new_emergency_message_fires_again_and_restart_forgets() -> None:
    events = [user("emergency", ("symptom", "seizures")), ActionExecuted("utter_emergency"),
              user("emergency", ("symptom", "syncope"))]
    assert emergency_now(events, "emergency") is not None
    assert emergency_now([user("emergency", ("symptom", "seizures")), Restarted(),
                          user("greet")], "greet") is None


def test_classifier_safety_net_fires_without_lexicon_symptom() -> None:
    found = emergency_now([user("emergency", ("onset", "sudden"))], "emergency")
    assert found is not None and found[1].rule == "sudden_change_classifier"


def test_kept_facts_give_the_same_decision_as_rereading_everything() -> None:
    rng = Random(3)
    symptoms = ["vision_loss", "dizziness", "fatigue", "seizures", "memory_loss"]
    choices = [
        lambda: user(rng.choice(["report_symptoms", "inform", "faq", "thanks"]),
                     *([("symptom", rng.choice(symptoms))] if rng.random() < 0.5 else []),
                     *([("onset", rng.choice(["sudden", "gradual", "unsure"]))]
                       if rng.random() < 0.3 else [])),
        lambda: ActionExecuted(rng.choice(["symptom_form", "utter_emergency", "action_listen"])),
        lambda: SlotSet(rng.choice(["onset", "who", "risk_checked"]), rng.choice(
            ["sudden", "gradual", "self", True, None])),
        lambda: Restarted(),
    ]
    kept = EarlierFacts(size=2)
    events: list = []
    for _ in range(300):
        events.append(rng.choices(choices, weights=[5, 5, 3, 0.2])[0]())
        intent = events[-1].intent_name if isinstance(events[-1], UserUttered) else None
        for sender in ("a", "b", "c"):  # more conversations than kept: some start over
            fast = emergency_now(events, intent, kept.before_latest_user(sender, events))
            assert fast == emergency_now(events, intent)
    assert any(emergency_now(events[:n], None) for n in range(1, 300))


def test_a_crisis_after_an_earlier_emergency_fires_again_with_the_crisis_line() -> None:
    events = [user("report_symptoms", ("symptom", "balance_problems"), ("onset", "sudden")),
              ActionExecuted("utter_emergency"), user("faq"), ActionExecuted("utter_faq"),
              user("emergency", ("symptom", "self_harm"))]
    found = emergency_now(events, "emergency")
    assert found is not None
    slots = {e.key: e.value for e in emergency_events(*found)}
    assert slots["emergency_crisis"] is True


def test_a_bodily_emergency_beside_a_crisis_leads_with_the_emergency_number() -> None:
    both = emergency_now([user("emergency", ("symptom", "self_harm"),
                               ("symptom", "seizures"))], "emergency")
    alone = emergency_now([user("emergency", ("symptom", "self_harm"))], "emergency")
    assert both is not None and alone is not None
    slots = {e.key: e.value for e in emergency_events(*both)}
    assert slots["emergency_crisis"] is True and slots["emergency_physical"] is True
    slots = {e.key: e.value for e in emergency_events(*alone)}
    assert slots["emergency_crisis"] is True and slots["emergency_physical"] is False
