"""The medicine: symptoms, risk factors, the two triage rules, advice, FAQ answers.

Pure Python, so every rule can be read and tested on its own.

May import: bot.settings, bot.triage.
Never imports: rasa, rasa_sdk, spacy, sanic, tensorflow, sklearn, numpy.
"""
