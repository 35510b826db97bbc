"""These tests run Rasa in this process: switch our Rasa extensions on, as the
process entry point (bot.ops.rasa_main) does. Also: a model of the alternative
configuration (config-response-selector.yml), for the tests that need TensorFlow."""

import subprocess
import sys
from pathlib import Path

import pytest

from bot import rasa_ext, rasa_patches
from bot.settings import ROOT

rasa_patches.install()
rasa_ext.install()

RESPONSE_SELECTOR_CONFIG = ROOT / "config-response-selector.yml"


@pytest.fixture(scope="session")
def response_selector_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The NLU part of config-response-selector.yml (Rasa's TensorFlow ResponseSelector),
    trained through our entry point as `make train` trains (~40 s): the config that does use
    TensorFlow must still train, load and answer."""
    out = tmp_path_factory.mktemp("response_selector")
    nlu = out / "nlu_data"  # `rasa train nlu` reads one path: the examples and FAQ answers
    nlu.mkdir()
    (nlu / "nlu").symlink_to(ROOT / "data" / "nlu")
    (nlu / "faq_responses.yml").symlink_to(ROOT / "build" / "data" / "faq_responses.yml")
    subprocess.run(
        [sys.executable, "-m", "bot.ops.rasa_main", "train", "nlu", "--quiet",
         "--config", str(RESPONSE_SELECTOR_CONFIG), "--domain", str(ROOT / "domain.yml"),
         "--nlu", str(nlu), "--out", str(out), "--fixed-model-name", "response_selector"],
        check=True, cwd=ROOT, timeout=600)
    return out / "response_selector.tar.gz"
