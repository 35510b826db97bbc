"""Rasa NLU component: our spaCy pipeline's findings as entities, plus the intent guard.

Thin adapter: extraction lives in ``bot.nlp.pipeline``, the routing decision in
``bot.nlp.intent_guard``.  Placed after the classifiers (and FallbackClassifier) so
its deterministic corrections have the last word.
"""

from __future__ import annotations

import os
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import RESPONSE_SELECTOR_PROPERTY_NAME as RESPONSE_SELECTOR
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import rasa_ext
from bot.nlp import (
    crisis_detector,
    follow_up,
    intent_guard,
    redflag_detector,
    request_detector,
    scope_detector,
    understanding,
)
from bot.nlp import pipeline as nlp
from bot.rasa_ext import faq_selector
from bot.triage import knowledge, names

PIPELINE_ENV = "B12_SPACY_PATH"
DETECTOR_ENV = "B12_DETECTOR_PATH"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class B12Extractor(GraphComponent):
    """Symptoms, onset, who, risk factors and treatment from our spaCy pipeline."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"pipeline_path": str(nlp.DEFAULT_PATH),
                "detector_path": str(redflag_detector.DEFAULT_PATH),
                "scope_path": str(scope_detector.DEFAULT_PATH),
                "request_path": str(request_detector.DEFAULT_PATH)}

    def __init__(self, config: dict[str, Any]) -> None:
        rasa_ext.install()  # the action-server fallback, wherever this model runs
        path = os.environ.get(PIPELINE_ENV) or config["pipeline_path"]
        self._nlp = nlp.load(path)
        self._detector = redflag_detector.load(
            os.environ.get(DETECTOR_ENV) or config.get("detector_path")
            or redflag_detector.DEFAULT_PATH)
        self._scope = scope_detector.load(config.get("scope_path") or scope_detector.DEFAULT_PATH)
        self._requests = request_detector.load(
            config.get("request_path") or request_detector.DEFAULT_PATH)
        crisis_detector.load()  # (understanding reads it: loaded at start, not on a message)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> B12Extractor:
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT)
        if not text or text.startswith("/"):  # empty, or a button payload
            return
        told = intent_guard.command(text)
        if told is not None:
            # An instruction the assistant gave ("check my symptoms"): no facts about the
            # person in it (its "my" must not make a check about a child one about "me").
            self._set_intent(message, told)
            return
        reading = understanding.read(text, self._nlp, self._detector)
        top = message.get(INTENT) or {}
        off_topic = self._scope.off_topic(text)
        doubted = intent_guard.doubts_inferred(reading, text, off_topic, top.get("name"),
                                               float(top.get("confidence") or 0.0))
        if doubted:
            reading = understanding.without_inferred(reading)
        findings = reading.findings
        entities = findings.entities(self.__class__.__name__)
        if entities:
            message.set(ENTITIES, list(message.get(ENTITIES, [])) + entities, add_to_output=True)
        ranking = [
            (r["name"], float(r.get("confidence") or 0.0))
            for r in message.get(INTENT_RANKING_KEY) or []
        ]
        top = message.get(INTENT) or {}
        if top.get("name") and (not ranking or ranking[0][0] != top["name"]):
            ranking.insert(0, (top["name"], float(top.get("confidence") or 0.0)))
        # A detector doubted on a request backs no emergency guess of the classifier either
        # ("best way to dry walking boots overnight" was one, on the detector's walking)
        request = doubted and intent_guard.asks_not_tells(text)
        new_intent = intent_guard.route(ranking, text, findings, reading.hypothetical,
                                        off_topic, 0.0 if request else reading.detector.flag)
        intent = new_intent or (ranking[0][0] if ranking else None)
        language = intent_guard.other_language(text, intent)
        if language is not None:
            self._set_intent(message, intent_guard.OTHER_LANGUAGE)
            self._add_entity(message, names.ENTITY_LANGUAGE, language)
            return
        found = intent_guard.boundary(intent, text, findings, off_topic, reading.hypothetical,
                                      self._requests.asks,
                                      self._requests.medicine_request)
        if found is not None:
            intent, key = found
            self._set_intent(message, intent)
            if key is not None and intent == intent_guard.FAQ:
                self._set_faq_key(message, key)
            elif key is not None:
                self._add_entity(message, names.ENTITY_BOUNDARY, key)
            return
        if new_intent is not None:
            self._set_intent(message, new_intent)
        elif intent == intent_guard.FAQ:
            self._refine_faq_key(message, text, findings)
        self._note_also_asked(message, text, findings)

    # What a form answer may carry as a question after it ("none of those. so how do they
    # treat it"): the form takes the answer, the question is answered beside it.
    _ANSWERS = frozenset({names.INTENT_INFORM, names.INTENT_DENY, names.INTENT_AFFIRM})

    def _note_also_asked(self, message: Message, text: str, findings: nlp.Findings) -> None:
        if (message.get(INTENT) or {}).get("name") not in self._ANSWERS:
            return
        question = intent_guard.trailing_question(text)
        selector = (message.get(RESPONSE_SELECTOR) or {}).get(intent_guard.FAQ)
        if question is None or not selector or findings.symptoms:
            return
        # "adult. what is gout?": another topic, asked beside the answer (the scope gate
        # cannot judge "how do they treat it" alone: "it" is the check's own topic); "my
        # client has Parkinson's, what treatments are there for it": "it" is that topic
        # ("ok thanks. wha time de carnival parade start": a question of its own, in words
        # no B12 question uses)
        if (not follow_up.may_follow(question, None, has_symptoms=False)
                or follow_up.names_another_topic(text) or follow_up.stands_alone(question)):
            return
        ml_key = faq_selector.key_of(selector["response"]) or ""
        key = (intent_guard.faq_key_for_named_topic(ml_key, question)
               or intent_guard.faq_key_for_risk(ml_key, text, findings) or ml_key)
        if key and key not in knowledge.BOUNDARY_KEYS:
            self._add_entity(message, names.ENTITY_ALSO_ASKED, key)

    def _add_entity(self, message: Message, name: str, value: str) -> None:
        text = message.get(TEXT) or ""
        entity = {"entity": name, "value": value, "start": 0, "end": len(text),
                  "extractor": self.__class__.__name__}
        message.set(ENTITIES, list(message.get(ENTITIES, [])) + [entity], add_to_output=True)

    @staticmethod
    def _set_intent(message: Message, name: str) -> None:
        if (message.get(INTENT) or {}).get("name") == name:
            return
        message.set(INTENT, {"name": name, "confidence": 1.0}, add_to_output=True)
        rest = [r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != name]
        message.set(INTENT_RANKING_KEY, [{"name": name, "confidence": 1.0}] + rest,
                    add_to_output=True)

    @staticmethod
    def _set_faq_key(message: Message, key: str) -> None:
        """Make ``key`` the FAQ answer, whatever the ResponseSelector picked."""
        selector = (message.get(RESPONSE_SELECTOR) or {}).get(intent_guard.FAQ)
        if selector:
            response = selector["response"]
            response["intent_response_key"] = f"{intent_guard.FAQ}/{key}"
            response["utter_action"] = f"utter_{intent_guard.FAQ}/{key}"
            response["responses"] = []
        intent = dict(message.get(INTENT) or {})
        intent["full_retrieval_intent_name"] = f"{intent_guard.FAQ}/{key}"
        message.set(INTENT, intent, add_to_output=True)

    @staticmethod
    def _refine_faq_key(message: Message, text: str, findings: nlp.Findings) -> None:
        """Point a symptom question at the answer whose list names that symptom."""
        selector = (message.get(RESPONSE_SELECTOR) or {}).get(intent_guard.FAQ)
        if not selector:
            return
        response = selector["response"]
        ml_key = faq_selector.key_of(response) or ""
        better = (intent_guard.faq_key_for_named_topic(ml_key, text)
                  or intent_guard.faq_key_for_symptom(ml_key, text, findings)
                  or intent_guard.faq_key_for_risk(ml_key, text, findings)
                  or intent_guard.faq_key_for_cause(ml_key, text))
        if better is not None:
            B12Extractor._set_faq_key(message, better)
