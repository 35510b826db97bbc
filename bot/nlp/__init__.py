"""Language: the spaCy pipeline that reads a message, the time reader, the red-flag
detector and the intent guard.

May import: bot.settings, bot.triage, bot.nlp (and spaCy and other language libraries).
Never imports: rasa, rasa_sdk, sanic, tensorflow.
"""
