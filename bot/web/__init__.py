"""The chat widget and the demo page's small static server.

A site owner can serve ``static/`` on its own.

May import: bot.settings, bot.web.
Never imports: rasa, rasa_sdk, spacy.
"""
