"""``rasa`` as bot.ops.serve starts it: Rasa's own CLI with our extensions switched on.

The one process entry point for Rasa (serve, train, test, shell): it switches on
the same-result patches (``bot.rasa_patches.install``: version-checked, off with
B12_RASA_PATCHES=off) and the deliberate behaviour (``bot.rasa_ext.install``),
then hands over to Rasa's CLI.
"""

from __future__ import annotations


def main() -> None:
    from bot import rasa_patches

    rasa_patches.install()  # first: its start-up part must run before TensorFlow loads
    from bot import rasa_ext

    rasa_ext.install()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
