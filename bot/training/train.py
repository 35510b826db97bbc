"""``make train``: train the Rasa model, or only swap in new response texts.

Editing what the bot says is the most common change here (an FAQ answer, the
greeting). No trained component reads a response text: policies train on a domain
without them (Rasa's DomainForCoreTrainingProvider), the intent classifier on user
texts, the FAQ selector on the ``faq/<key>`` labels (FaqSelector, or ResponseSelector
with ``use_text_as_label`` off), and replies are looked up by name in the model's
domain at run time. Yet ``rasa train`` retrains every NLU component when an FAQ text
changes (the texts are part of the NLU data's fingerprint), and even a domain-only
edit pays for importing TensorFlow: 20-25 s, or about two minutes for an FAQ edit.

So each full training records a fingerprint of everything training reads *except*
response texts (``models/current.tar.gz.inputs.json``). When a later run finds the
same fingerprint for the same model, it rewrites only the places the responses
live in the archive, exactly as Rasa writes them: the domain in ``metadata.json``,
the domain provider's ``domain.yml`` and the FAQ selector's
``responses.json``. Anything else that changed (an example, a story, the config,
an intent, Rasa's version) means a full ``rasa train``. ``--force`` always trains.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.settings import ROOT

METADATA = "metadata.json"
DOMAIN_FILE = "components/domain_provider/domain.yml"
SELECTOR_RESPONSES = ".responses.json"  # <component dir>/<selector class>.responses.json


@dataclass(frozen=True)
class Inputs:
    """What ``rasa train`` reads, as the Makefile passes it."""

    config: Path
    domain: Path
    data: tuple[Path, ...]
    out: Path
    name: str

    @property
    def model(self) -> Path:
        return self.out / f"{self.name}.tar.gz"

    @property
    def stamp(self) -> Path:
        return self.out / f"{self.name}.tar.gz.inputs.json"

    def rasa_train_cmd(self) -> list[str]:
        # bot.ops.rasa_main is Rasa's CLI without the JAX import (saves ~3 s here too).
        return [sys.executable, "-m", "bot.ops.rasa_main", "train", "--quiet",
                "--data", *map(str, self.data), "--domain", str(self.domain),
                "--config", str(self.config), "--out", str(self.out),
                "--fixed-model-name", self.name]


def copy_inputs(dest: Path) -> Inputs:
    """A copy of the project's training inputs in ``dest`` (edited there, never here),
    as the Makefile passes them; the benchmark and the tests train such copies."""
    dest.mkdir(parents=True)
    for name in ("config.yml", "domain.yml"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "data", dest / "data")
    (dest / "build" / "data").mkdir(parents=True)
    shutil.copy2(ROOT / "build" / "data" / "faq_responses.yml", dest / "build" / "data")
    return Inputs(dest / "config.yml", dest / "domain.yml",
                  (dest / "data", dest / "build" / "data" / "faq_responses.yml"),
                  dest / "models", "current")


@dataclass(frozen=True)
class Snapshot:
    """The training inputs as Rasa reads them, split into responses and the rest."""

    fingerprint: str  # everything training reads, without the response texts
    domain: dict[str, Any]  # the domain a full training would store (responses included)
    selector_responses: dict[str, Any]  # what the ResponseSelector would store


def snapshot(inputs: Inputs) -> Snapshot:
    """Read the inputs with Rasa's own importers (no TensorFlow: ~1.5 s)."""
    import rasa
    from rasa.shared.importers.importer import TrainingDataImporter
    from rasa.shared.nlu.constants import RESPONSE
    from rasa.shared.utils.io import deep_container_fingerprint

    importer = TrainingDataImporter.load_from_config(
        str(inputs.config), str(inputs.domain), [str(p) for p in inputs.data])
    domain = importer.get_domain().as_dict()
    nlu = importer.get_nlu_data()
    without_texts = {
        "rasa": rasa.__version__,
        # any dependency change retrains, as it did before this shortcut existed
        "lock": hashlib.sha256((ROOT / "requirements.lock").read_bytes()).hexdigest(),
        "config": importer.get_config(),
        "domain": {**domain, "responses": sorted(domain.get("responses", {}))},
        # An FAQ example carries its answer as the RESPONSE attribute: leave it out.
        # In Rasa's order (files sorted by path, then as written): the trained model depends
        # on it, so moving examples between files (data/nlu/faq/<key>.yml) retrains.
        "examples": [
            deep_container_fingerprint({k: v for k, v in e.data.items() if k != RESPONSE})
            for e in nlu.training_examples],
        "responses": sorted(nlu.responses),
        "synonyms": nlu.entity_synonyms,
        "regex": nlu.regex_features,
        "lookup": nlu.lookup_tables,
        "stories": importer.get_stories().fingerprint(),
    }
    return Snapshot(deep_container_fingerprint(without_texts), domain, nlu.responses)


def _metadata(model: Path) -> dict[str, Any]:
    try:
        with tarfile.open(model, "r:gz") as tar:
            member = tar.extractfile(METADATA)
            return json.load(member) if member else {}
    except (OSError, tarfile.TarError, KeyError, ValueError):
        return {}


def _model_id(model: Path) -> str | None:
    return _metadata(model).get("model_id")


def _record(inputs: Inputs, snap: Snapshot) -> None:
    inputs.stamp.write_text(json.dumps(
        {"model_id": _model_id(inputs.model), "fingerprint": snap.fingerprint}) + "\n")


def responses_only_changed(inputs: Inputs, snap: Snapshot,
                           model_id: str | None = None) -> bool:
    """True when the current model (``model_id``, read from it if not given) was
    trained on these inputs up to response texts."""
    try:
        stamp = json.loads(inputs.stamp.read_text())
    except (OSError, ValueError):
        return False
    model_id = model_id or _model_id(inputs.model)
    return (stamp.get("fingerprint") == snap.fingerprint
            and model_id is not None and stamp.get("model_id") == model_id)


def update_responses(model: Path, snap: Snapshot) -> None:
    """Rewrite the archive with the new responses, as a full training would store them."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.utils.io import dump_obj_as_json_to_file

    with tempfile.TemporaryDirectory(dir=model.parent) as tmp:
        tmp_dir = Path(tmp)
        domain_yml = tmp_dir / "domain.yml"
        Domain.from_dict(snap.domain).persist(domain_yml)  # DomainProvider._persist
        responses_json = tmp_dir / "responses.json"
        dump_obj_as_json_to_file(responses_json, snap.selector_responses)
        new = tmp_dir / model.name
        with tarfile.open(model, "r:gz") as src, tarfile.open(new, "w:gz") as dst:
            for member in src:
                data = src.extractfile(member) if member.isfile() else None
                if member.name == METADATA and data is not None:
                    meta = json.load(data)
                    meta.update(domain=snap.domain, model_id=uuid.uuid4().hex,
                                trained_at=datetime.utcnow().isoformat())
                    _add_bytes(dst, member, json.dumps(meta, indent=2).encode())
                elif member.name == DOMAIN_FILE:
                    _add_bytes(dst, member, domain_yml.read_bytes())
                elif member.name.endswith(SELECTOR_RESPONSES):
                    _add_bytes(dst, member, responses_json.read_bytes())
                else:
                    dst.addfile(member, data)
        os.replace(new, model)  # atomic: a running server never sees half an archive


def _add_bytes(tar: tarfile.TarFile, member: tarfile.TarInfo, data: bytes) -> None:
    member.size = len(data)
    member.mtime = int(time.time())
    tar.addfile(member, io.BytesIO(data))


def train(inputs: Inputs, force: bool = False) -> str:
    """Bring ``inputs.model`` up to date; returns what was done."""
    if force or not inputs.model.exists() or not inputs.stamp.exists():
        # Read the inputs while Rasa trains: the second core is idle then.
        inputs.out.mkdir(parents=True, exist_ok=True)
        with subprocess.Popen(inputs.rasa_train_cmd()) as proc:
            snap = snapshot(inputs)
        if proc.returncode != 0:
            raise subprocess.CalledProcessError(proc.returncode, proc.args)
        _record(inputs, snap)
        return "trained"
    snap = snapshot(inputs)
    meta = _metadata(inputs.model)  # one pass over the archive
    if responses_only_changed(inputs, snap, meta.get("model_id")):
        if meta.get("domain") == snap.domain:
            inputs.model.touch()  # an input was saved unchanged: nothing to do
            return "up to date"
        update_responses(inputs.model, snap)
        _record(inputs, snap)
        return "responses updated"
    inputs.stamp.unlink()  # a failed training must not leave a stamp for the old model
    return train(inputs, force=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=Path("config.yml"))
    ap.add_argument("--domain", type=Path, default=Path("domain.yml"))
    ap.add_argument("--data", type=Path, nargs="+",
                    default=[Path("data"), Path("build/data/faq_responses.yml")])
    ap.add_argument("--out", type=Path, default=Path("models"))
    ap.add_argument("--fixed-model-name", default="current")
    ap.add_argument("--force", action="store_true", help="always run a full rasa train")
    args = ap.parse_args(argv)
    inputs = Inputs(args.config, args.domain, tuple(args.data), args.out, args.fixed_model_name)
    t0 = time.perf_counter()
    done = train(inputs, force=args.force)
    if done == "up to date":
        print(f"{inputs.model} is up to date.")
    elif done == "responses updated":
        print(f"Only response texts changed: updated them in {inputs.model} "
              f"in {time.perf_counter() - t0:.1f} s, without retraining.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
