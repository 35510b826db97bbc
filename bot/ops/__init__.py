"""Operations: start and stop the stack (serve, cluster, local services, nginx proxy),
the Rasa entry point, erase a conversation, the dependency-audit script.

May import: bot.settings, bot.triage, bot.nlp, bot.rasa_ext, bot.rasa_patches, bot.training,
bot.ops, bot.web.
Never imports: rasa_sdk.
"""
