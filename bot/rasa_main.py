"""``rasa`` as bot.serve starts it: Rasa's own CLI, minus an import nothing here uses.

TensorFlow 2.12 imports JAX when it is installed (it is, as a TensorFlow dependency),
only for a converter we never call; TensorFlow treats a failed JAX import as "not
installed".  Leaving it out saves memory and start-up time on every Rasa process
(figures in the README's Performance section).
"""

from __future__ import annotations

import sys


def main() -> None:
    for name in ("jax", "jaxlib"):
        sys.modules[name] = None  # type: ignore[assignment]  # import now raises ImportError
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
