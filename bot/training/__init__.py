"""Training: ``make train`` (full or response-only retraining) and the FAQ response
data generated from ``bot.triage.knowledge``.

May import: bot.settings, bot.triage, bot.training (and Rasa).
Never imports: rasa_sdk, spacy.
"""
