"""A follow-up to an FAQ answer is read with the question before it (bot.nlp.follow_up).

Rasa parses each message alone, so "and for kids?" after "how much do I need a day" was
declined or met with "tell me what you noticed". Here the parse of a follow-up is
redone on the previous question plus the follow-up, and the FAQ answer is chosen from both
readings' rankings (unless the two read together are an emergency). With no answer before
it, a message that only points back ("what causes it") is read with low B12 as its
question, or declined after a declined question. The text, entities and every emergency
stay those of the message itself: an emergency read alone is never re-read, and a boundary
("do i have it?") is never re-read either.
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.nlp import boundaries, follow_up, intent_guard
from bot.rasa_ext import faq_selector
from bot.triage import knowledge, names

_rasa_parse = MessageProcessor.parse_message
FOLLOW_UP_KEY = "follow_up_of"  # in the parse data: the question it was read with
_ANSWERED = f"utter_{names.INTENT_FAQ}"  # the retrieval action that says every FAQ answer


async def parse_message(self: MessageProcessor, message: UserMessage,
                        tracker: DialogueStateTracker | None = None,
                        only_output_properties: bool = True) -> dict[str, Any]:
    parsed = await _rasa_parse(self, message, tracker, only_output_properties)
    if tracker is None or not message.text:
        return parsed
    intent = (parsed.get("intent") or {}).get("name")
    if (intent != names.INTENT_EMERGENCY and boundaries.asks_together(message.text)
            and _b12_and_a_medicine_before(tracker, message.text)):
        # "ok to take them together?", "can he take both at the same time?" after the B12
        # tablets and the warfarin: a pharmacist's, whatever boundary it read as alone
        # (mid-form too: the question is a detour, the form asks again after the answer)
        return _as_answer(parsed, boundaries.INTERACTIONS, parsed)
    if tracker.active_loop_name:
        return parsed  # a form question is pending: the message answers it
    if (intent == names.INTENT_AFFIRM and _last_action(tracker) == _ANSWERED
            and not intent_guard.is_question(message.text)
            and not follow_up.asks_more(message.text)):
        # ("does drinking count", "and antacids?" read as a yes: questions, follow-ups)
        return _acknowledged(parsed, _previous_faq(tracker), message.text)
    symptoms = tuple(str(e.get("value")) for e in parsed.get("entities") or []
                     if e.get("entity") == names.ENTITY_SYMPTOM)
    has_symptoms = bool(symptoms)
    if intent == names.INTENT_FAQ and _key(parsed) in knowledge.BOUNDARY_KEYS:
        return parsed  # "do i have it?", "can i double up?": a boundary, whatever came before
    if (intent == names.INTENT_OUT_OF_SCOPE and boundaries.takes_it_with(message.text)
            and _b12_before(tracker)):
        # "can I take them with my warfarin?" after the B12 tablets: declined alone (another
        # medicine), an interaction for a pharmacist here
        return _as_answer(parsed, boundaries.INTERACTIONS, parsed)
    previous = _previous_faq(tracker)
    # (or a medicine told in the message before, whatever its answer was: "I've taken
    # omeprazole for years" then "ought I to stop taking it?")
    leave_of = previous[0] if previous is not None else _medicine_told_before(tracker)
    if (leave_of is not None and intent != names.INTENT_EMERGENCY and not has_symptoms
            and follow_up.asks_leave_of_the_answer(message.text)):
        # "So me fi stop tekkin it?" after metformin's tie to B12, "She takes warfarin
        # also. Is OK together?" after the B12 tablets: the medicine is in the turn before,
        # so the boundary is read on both
        again = UserMessage(follow_up.combined(leave_of, message.text),
                            sender_id=message.sender_id, input_channel=message.input_channel)
        reread = await _rasa_parse(self, again, tracker, only_output_properties)
        key = _boundary(reread)
        if key in boundaries.MEDICINE_KEYS:
            return _as_answer(parsed, key, parsed)
    if previous is not None and follow_up.guessed_only(message.text, symptoms):
        # the detector's guess at a short question after an answer: it names no symptom
        # ("where did you get all that from" read as memory loss)
        symptoms, has_symptoms = (), False
    if previous is None:
        # No answer to lean on: "what causes it" at the start or after the symptom check
        # is about low B12; after a declined question it is about that other topic. A
        # message already read as an FAQ keeps its own reading.
        if not follow_up.points_back(message.text, intent, has_symptoms):
            return parsed
        if _previous_intent(tracker) == names.INTENT_OUT_OF_SCOPE:
            return _declined(parsed)
        if intent == names.INTENT_FAQ:
            return parsed
        previous = (follow_up.DEFAULT_CONTEXT, None)
    question, previous_key = previous
    # Words that name the answer wanted need no second parse ("and for kids?", "im vegan tho")
    key = (follow_up.rule_key(message.text, previous_key, symptoms)
           if follow_up.may_follow(message.text, intent, has_symptoms, previous_key) else None)
    reread = parsed
    if key is None:
        if not follow_up.is_follow_up(message.text, intent, has_symptoms):
            return parsed
        again = UserMessage(follow_up.combined(question, message.text),
                            sender_id=message.sender_id, input_channel=message.input_channel)
        reread = await _rasa_parse(self, again, tracker, only_output_properties)
        # The follow-up names no topic of its own, so a reading with the question before it
        # that is not an FAQ ("do they come on fast or slow" read as an onset answer) still
        # ranks the answers; only an emergency read together is left alone.
        if (reread.get("intent") or {}).get("name") == names.INTENT_EMERGENCY:
            return parsed
        key = follow_up.choose_key(_ranking(parsed), _ranking(reread), previous_key)
        if key is None:
            return parsed
    parsed = _as_answer(parsed, key, reread)
    # A chain of follow-ups keeps reading the question that started it, unless this one
    # is a question of its own ("ok and how much does an adult need"): the next
    # ("what if ur pregnant tho") leans on it. One read with no answer before it keeps
    # what it was read with ("low vitamin B12: what causes it").
    if question == follow_up.DEFAULT_CONTEXT:
        parsed[FOLLOW_UP_KEY] = follow_up.combined(question, message.text)
    else:
        parsed[FOLLOW_UP_KEY] = message.text if intent == names.INTENT_FAQ else question
    return parsed


def _as_answer(parsed: dict[str, Any], key: str, reread: dict[str, Any]) -> dict[str, Any]:
    """``parsed`` answered with the FAQ ``key``; the ranking and the selector's output
    come from ``reread`` (the message read with the question before it, or itself)."""
    confidence = (reread["intent"].get("confidence", 1.0)
                  if reread["intent"].get("name") == names.INTENT_FAQ else 1.0)
    parsed["intent"] = {"name": names.INTENT_FAQ, "confidence": confidence,
                        "full_retrieval_intent_name": _retrieval(key)}
    parsed["intent_ranking"] = [parsed["intent"], *(
        i for i in reread.get("intent_ranking", []) if i.get("name") != names.INTENT_FAQ)]
    parsed["response_selector"] = reread.get("response_selector", {})
    response = parsed["response_selector"].get(names.INTENT_FAQ, {}).get("response")
    if response is not None:
        response.update(intent_response_key=_retrieval(key),
                        utter_action=f"utter_{_retrieval(key)}", responses=[])
    return parsed


def _boundary(parsed: dict[str, Any]) -> str | None:
    """The boundary a parse answers: as its FAQ key, or beside a symptom report."""
    if (parsed.get("intent") or {}).get("name") == names.INTENT_FAQ:
        return _key(parsed)
    return next((str(e.get("value")) for e in parsed.get("entities") or []
                 if e.get("entity") == names.ENTITY_BOUNDARY), None)


def _b12_before(tracker: DialogueStateTracker) -> bool:
    """The message before this one named B12 or was answered from the article."""
    latest = tracker.latest_message
    if latest is None or not latest.text:
        return False
    answered = ((latest.parse_data or {}).get("intent") or {}).get("name") == names.INTENT_FAQ
    return answered or intent_guard.names_b12(latest.text)


_TOLD_BEFORE = 3  # user messages looked back on for what was taken


def _b12_and_a_medicine_before(tracker: DialogueStateTracker, text: str = "") -> bool:
    """B12 and another medicine were both named in the last few messages (this one
    included: "I take also blood pressure tablets. Together is ok?" after the B12 tablets)."""
    texts = [text, *(e.text for e in reversed(tracker.events)
                     if isinstance(e, UserUttered) and e.text)][:_TOLD_BEFORE + 1]
    return (any(intent_guard.names_b12(t) for t in texts)
            and any(boundaries.names_another_substance(t) or boundaries.names_a_medicine(t)
                    for t in texts))


def _medicine_told_before(tracker: DialogueStateTracker) -> str | None:
    """The message before this one, if it named a medicine."""
    latest = tracker.latest_message
    if latest is None or not latest.text or not boundaries.names_a_medicine(latest.text):
        return None
    return latest.text


def _acknowledged(parsed: dict[str, Any], previous: tuple[str, str | None] | None,
                  text: str = "") -> dict[str, Any]:
    """"yes" after an answer: a yes to the symptom check that answer offered (its button),
    or, after an answer that offered none, an acknowledgement; a bare "ok" or "right" is
    always an acknowledgement (the answer asks nothing: its button offers the check). Rasa's
    rules see only that an FAQ was answered, not which, so the intent says it."""
    if previous is None or previous[1] is None or (knowledge.offers_check(previous[1])
                                                   and not follow_up.only_acknowledges(text)):
        return parsed
    parsed["intent"] = {"name": names.INTENT_THANKS, "confidence": 1.0}
    parsed["intent_ranking"] = [parsed["intent"], *(
        i for i in parsed.get("intent_ranking", []) if i.get("name") != names.INTENT_THANKS)]
    return parsed


def _last_action(tracker: DialogueStateTracker) -> str | None:
    """The bot's latest action before it listened."""
    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted) and event.action_name != ACTION_LISTEN_NAME:
            return event.action_name
    return None


def _declined(parsed: dict[str, Any]) -> dict[str, Any]:
    parsed["intent"] = {"name": names.INTENT_OUT_OF_SCOPE, "confidence": 1.0}
    parsed["intent_ranking"] = [parsed["intent"], *(
        i for i in parsed.get("intent_ranking", [])
        if i.get("name") != names.INTENT_OUT_OF_SCOPE)]
    return parsed


def _previous_intent(tracker: DialogueStateTracker) -> str | None:
    latest = tracker.latest_message
    if latest is None or not latest.text:
        return None
    return ((latest.parse_data or {}).get("intent") or {}).get("name")


def _retrieval(key: str) -> str:
    return f"{names.INTENT_FAQ}/{key}"


def _key(parsed: dict[str, Any]) -> str | None:
    """The FAQ key the selector chose for a message ("what_is_b12")."""
    response = ((parsed.get("response_selector") or {}).get(names.INTENT_FAQ) or {}).get(
        "response") or {}
    return faq_selector.key_of(response)


def _ranking(parsed: dict[str, Any]) -> dict[str, float]:
    """The FAQ selector's confidence per key ("what_is_b12": 0.7, ...)."""
    selector = (parsed.get("response_selector") or {}).get(names.INTENT_FAQ) or {}
    return {faq_selector.key_of(r) or "": float(r.get("confidence") or 0)
            for r in selector.get("ranking") or []}


# A nod between an answer and its follow-up ("how is it treated" / "right" / "how long till
# the jabs work"): the follow-up still leans on the answer before the nod.
_NODS = frozenset({names.INTENT_THANKS, names.INTENT_AFFIRM})
_NODS_PASSED = 2


def _previous_faq(tracker: DialogueStateTracker) -> tuple[str, str | None] | None:
    """The previous user message and its FAQ key, if it was answered as an FAQ (and is not
    a follow-up itself, so a chain of follow-ups keeps reading the question that started
    it), looking back past a nod or two ("right", "ok thanks")."""
    nods = 0
    for event in reversed(tracker.events):
        if not isinstance(event, UserUttered) or not event.text:
            continue
        data = event.parse_data or {}
        intent = (data.get("intent") or {}).get("name")
        if intent == names.INTENT_FAQ:
            return str(data.get(FOLLOW_UP_KEY) or event.text), _key(data)
        if intent not in _NODS or nods >= _NODS_PASSED:
            return None
        nods += 1
    return None


def install() -> None:
    MessageProcessor.parse_message = parse_message  # type: ignore[method-assign]
