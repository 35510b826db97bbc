"""These tests run Rasa in this process: switch our Rasa extensions on, as the
process entry point (bot.ops.rasa_main) does."""

from bot import rasa_ext, rasa_patches

rasa_patches.install()
rasa_ext.install()
