"""Three start-up costs of a Rasa process removed, with the same result.

TensorFlow 2.12 imports JAX when it is installed (it is, as a TensorFlow dependency),
only for a converter we never call; TensorFlow treats a failed JAX import as "not
installed". Leaving it out saves memory and start-up time on every Rasa process.

skops (which loads the intent classifier) lists numpy's and scipy's ufuncs when first
imported, finding each one's module by scanning sys.modules: ~5 s of Rasa's start
once TensorFlow's ~5,800 modules are loaded, ~1,500 to scan when imported first
(start to ready 26-28 s -> 21-22 s). Same lists either way
(tests/integration/test_speedups.py). Figures: README, Performance.

TensorFlow itself is imported only when a model or a training run uses it
(bot/rasa_patches/lazy_tensorflow.py).
"""

from __future__ import annotations

import sys

from bot.rasa_patches import lazy_tensorflow


def prepare() -> None:
    """Run before Rasa or TensorFlow is imported (else it only costs, never breaks)."""
    lazy_tensorflow.install()
    for name in ("jax", "jaxlib"):
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]  # import now raises ImportError
    import skops.io  # noqa: F401
