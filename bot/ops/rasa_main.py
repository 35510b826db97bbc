"""``rasa`` as bot.serve starts it: Rasa's own CLI, with two start-up costs removed.

TensorFlow 2.12 imports JAX when it is installed (it is, as a TensorFlow dependency),
only for a converter we never call; TensorFlow treats a failed JAX import as "not
installed".  Leaving it out saves memory and start-up time on every Rasa process
(figures in the README's Performance section). skops is imported first (below).
"""

from __future__ import annotations

import sys


def main() -> None:
    for name in ("jax", "jaxlib"):
        sys.modules[name] = None  # type: ignore[assignment]  # import now raises ImportError
    # skops (which loads the intent classifier) lists numpy's and scipy's ufuncs when
    # first imported, finding each one's module by scanning sys.modules: ~5 s of
    # Rasa's start once TensorFlow's ~5,800 modules are loaded, ~1,500 to scan
    # when imported first (start to ready 26-28 s -> 21-22 s). Same lists either
    # way (tests/test_rasa_speedups.py).
    import skops.io  # noqa: F401
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
