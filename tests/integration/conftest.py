"""These tests run Rasa in this process: switch our Rasa extensions on, as the
process entry point (bot.ops.rasa_main) does. Also: a model of the alternative
configuration (config-response-selector.yml), for the tests that need TensorFlow."""

import os
import subprocess
from pathlib import Path

import pytest

from bot import rasa_ext, rasa_patches
from bot.settings import ROOT

rasa_patches.install()
rasa_ext.install()

RESPONSE_SELECTOR_MODEL = ROOT / "build" / "response_selector" / "response_selector.tar.gz"


@pytest.fixture(scope="session")
def response_selector_model() -> Path:
    """The model of config-response-selector.yml (Rasa's TensorFlow ResponseSelector), which
    `make test` builds (`make response-selector`: in .ci/run beside the other steps, since it
    takes three minutes from a cold cache); built here when a test runs without make. The
    config that does use TensorFlow must still train, load and answer."""
    # (a make of our own: not the jobserver of a `make -j2 test` that started pytest)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    subprocess.run(["make", "--no-print-directory", "response-selector"], check=True, cwd=ROOT,
                   env=env, timeout=900, stdout=subprocess.DEVNULL)
    return RESPONSE_SELECTOR_MODEL
