# B12 assistant. Two commands do everything on a fresh machine:
#   make run    install what is missing, build, train if data changed, start the stack
#   make test   the whole test suite, system packages included (CI's .ci/run is just this)
# make run-cluster starts the scaled profile (README: Scaling out).
# Every step is a file target, so nothing is redone unless its inputs changed.

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
RASA      := $(VENV)/bin/rasa
# The stamp's name changes when the install recipe does, so existing venvs redo it once.
STAMP     := $(VENV)/.installed-lock-pyc
# pip-audit lives in its own venv so that its dependencies never meet Rasa's pins.
AUDIT_VENV  := .venv-audit
AUDIT_PY    := $(AUDIT_VENV)/bin/python
AUDIT_STAMP := $(AUDIT_VENV)/.installed-lock
AUDIT_SERVICE ?= pypi
UV_VERSION := 0.13.9
SPACY_DIR := build/spacy_b12
DETECTOR  := build/redflag_detector.skops
SCOPE     := build/scope_detector.skops
REQUESTS  := build/request_detector.skops
CRISIS    := build/crisis_detector.skops
RS_DIR    := build/response_selector
RS_MODEL  := $(RS_DIR)/response_selector.tar.gz
FAQ_DATA  := build/data/faq_responses.yml
MODEL     := models/current.tar.gz
# The list of training files, rewritten only when it changes: a deleted file retrains too.
DATA_LIST := build/data/training_files.txt
# ...and the detectors' list of writer files (a deleted writer rebuilds them).
DETECTOR_LIST := build/data/detector_files.txt
TRAIN_INPUTS := config.yml domain.yml $(FAQ_DATA) $(DATA_LIST) $(shell find data -name '*.yml' -not -path 'data/detector/*' 2>/dev/null)
PIPELINE_INPUTS := bot/triage/lexicon.py $(wildcard bot/nlp/*.py)

export PYTHONPATH := $(CURDIR)
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 2
export RASA_TELEMETRY_ENABLED := false
export PYTHONWARNINGS := ignore

# Rasa 3.6 supports Python 3.10 at most (.python-version pins it).
PYTHON310 := $(shell command -v python3.10 2>/dev/null || pyenv which python3.10 2>/dev/null)

.PHONY: help install build response-selector test-prereqs train run run-cluster screenshots cluster-packages test-packages shell test test-unit test-heldout test-audit audit audit-lock lint validate lock bench bench-patches-off erase clean

help:
	@echo "make run    - install, build, train if needed, start action + Rasa servers"
	@echo "make run-cluster - the same, scaled out: PostgreSQL, Redis, 2 Rasa replicas,"
	@echo "                   2 action servers, nginx in front (README: Scaling out)"
	@echo "make shell  - chat in the terminal against the same stack"
	@echo "make test   - run every test (what CI runs)"
	@echo "make test-unit - the fast tests of bot/ layers: no trained model, under a minute"
	@echo "make test-heldout - every held-out red-flag and scope set through REST (about 15 minutes)"
	@echo "make audit  - check requirements.lock for known vulnerabilities (README: Dependency audit)"
	@echo "make lock   - re-resolve requirements.in into requirements.lock"
	@echo "make screenshots - the chat widget's screenshot set, into build/screenshots/"
	@echo "make bench  - benchmark against a stock 'rasa init' bot (not part of make test)"
	@echo "make bench-patches-off - the same with our Rasa patches off (B12_RASA_PATCHES=off)"
	@echo "make erase SENDER=<id> - delete one conversation from the tracker store"

# --- install -------------------------------------------------------------
$(PY):
	@if [ -z "$(PYTHON310)" ]; then \
	  echo "Python 3.10 is required (Rasa 3.6 does not support newer versions)."; \
	  echo "Install it with pyenv: 'pyenv install 3.10' (this repo's .python-version selects it),"; \
	  echo "or with your system packages, e.g. 'apt-get install python3.10 python3.10-venv'."; \
	  exit 1; fi
	$(PYTHON310) -m venv $(VENV)

# --compile-bytecode: with PYTHONDONTWRITEBYTECODE set (it is on these machines) Python
# never caches bytecode, so every start compiled TensorFlow and Rasa from source again.
# Compiling once here (15 s) took Rasa's start to ready from 18-19 s to 12-13 s
# (README: Performance).
$(STAMP): requirements.lock | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip sync --quiet --compile-bytecode --python $(PY) requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	touch $@

install: $(STAMP)

lock: | $(PY)
	$(PY) -m pip install --quiet "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip compile --quiet --python-version 3.10 requirements.in -o requirements.lock

# The audit tool's venv is rebuilt from scratch whenever its hash-pinned lock changes.
$(AUDIT_STAMP): requirements-audit.lock
	@if [ -z "$(PYTHON310)" ]; then echo "Python 3.10 is required (see 'make install')."; exit 1; fi
	rm -rf $(AUDIT_VENV)
	$(PYTHON310) -m venv $(AUDIT_VENV)
	$(AUDIT_PY) -m pip install --quiet --quiet --disable-pip-version-check --no-deps \
	  --require-hashes -r requirements-audit.lock \
	  || { echo "audit: FAILED to install pip-audit from requirements-audit.lock (PyPI unreachable?)"; exit 2; }
	touch $@

audit-lock: | $(PY)
	$(PY) -m pip install --quiet "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip compile --quiet --generate-hashes --python-version 3.10 \
	  requirements-audit.in -o requirements-audit.lock

# --- build ---------------------------------------------------------------
$(SPACY_DIR)/config.cfg: $(PIPELINE_INPUTS) $(STAMP)
	$(PY) -m bot.nlp.pipeline build $(SPACY_DIR)

$(FAQ_DATA): bot/triage/knowledge.py bot/triage/lexicon.py bot/training/build_data.py $(STAMP)
	$(PY) -m bot.training.build_data $(FAQ_DATA)

# The learned red-flag detector (bot/nlp/redflag_detector.py), trained on data/detector/
# in a few seconds; read at run time like the spaCy pipeline, so no Rasa retraining.
$(DETECTOR): bot/nlp/redflag_detector.py bot/nlp/text_model.py $(wildcard data/detector/*.yml) $(DETECTOR_LIST) $(STAMP)
	$(PY) -m bot.nlp.redflag_detector build $(DETECTOR)

# The scope gate (bot/nlp/scope_detector.py): is a question about B12 at all?
$(SCOPE): bot/nlp/scope_detector.py bot/nlp/text_model.py $(wildcard data/detector/*.yml) $(DETECTOR_LIST) $(shell find data/nlu -name '*.yml' 2>/dev/null) $(STAMP)
	$(PY) -m bot.nlp.scope_detector build $(SCOPE)

# The learned half of the boundaries: a diagnosis, a dose, a medicine stopped, an interaction (bot/nlp/request_detector.py).
$(REQUESTS): bot/nlp/request_detector.py bot/nlp/text_model.py $(wildcard data/detector/*.yml) $(DETECTOR_LIST) $(shell find data/nlu -name '*.yml' 2>/dev/null) $(STAMP)
	$(PY) -m bot.nlp.request_detector build $(REQUESTS)

# The crisis told in a sentence of its own (bot/nlp/crisis_detector.py).
$(CRISIS): bot/nlp/crisis_detector.py bot/nlp/text_model.py bot/nlp/long_text.py $(wildcard data/detector/*.yml) $(DETECTOR_LIST) $(shell find data/nlu -name '*.yml' 2>/dev/null) $(STAMP)
	$(PY) -m bot.nlp.crisis_detector build $(CRISIS)

build: $(SPACY_DIR)/config.cfg $(FAQ_DATA) $(DETECTOR) $(SCOPE) $(REQUESTS) $(CRISIS)

# Rasa's TensorFlow ResponseSelector (config-response-selector.yml), the alternative that
# tests/integration compares FaqSelector with. Three minutes on one core from a cold cache, so
# `make -j2 test` (.ci/run) trains it beside the other steps; its own cache, since two Rasa
# trainings must not write one cache at once.
$(RS_MODEL): config-response-selector.yml domain.yml $(FAQ_DATA) $(shell find data/nlu -name '*.yml' 2>/dev/null) $(STAMP)
	rm -rf $(RS_DIR)/nlu_data && mkdir -p $(RS_DIR)/nlu_data
	ln -s ../../../data/nlu $(RS_DIR)/nlu_data/nlu
	ln -s ../../data/faq_responses.yml $(RS_DIR)/nlu_data/faq_responses.yml
	RASA_CACHE_DIRECTORY=$(RS_DIR)/cache $(PY) -m bot.ops.rasa_main train nlu --quiet \
	  --config config-response-selector.yml --domain domain.yml --nlu $(RS_DIR)/nlu_data \
	  --out $(RS_DIR) --fixed-model-name response_selector

response-selector: $(RS_MODEL)

$(DATA_LIST): FORCE
	@mkdir -p $(@D)
	@find data -name '*.yml' -not -path 'data/detector/*' | sort > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv $@.new $@

$(DETECTOR_LIST): FORCE
	@mkdir -p $(@D)
	@find data/detector -name '*.yml' | sort > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv $@.new $@

.PHONY: FORCE
FORCE:

# The spaCy pipeline is read at run time from build/, so a lexicon change
# rebuilds it without retraining the Rasa model.
# bot/training/train.py runs `rasa train`, or, when only response texts changed since the
# last training, swaps the new texts into the model in a few seconds.
$(MODEL): $(TRAIN_INPUTS) $(STAMP) | $(SPACY_DIR)/config.cfg $(DETECTOR) $(SCOPE) $(REQUESTS) $(CRISIS)
	$(PY) -m bot.training.train --data data $(FAQ_DATA) --domain domain.yml --config config.yml \
	  --out models --fixed-model-name current

# A new trainer reruns itself; it retrains only if the fingerprint of its inputs changed.
$(MODEL): bot/training/train.py

train: $(MODEL)

# --- run -----------------------------------------------------------------
run: $(MODEL) build
	$(PY) -m bot.ops.serve run

run-cluster: cluster-packages $(MODEL) build
	$(PY) -m bot.ops.cluster

# Debian's servers (and, for the tests, Chromium), installed when missing: as root with
# apt-get, otherwise it stops with the command to run (bot/ops/system_packages.py).
cluster-packages: $(STAMP)
	@$(PY) -m bot.ops.system_packages cluster

test-packages: $(STAMP)
	@$(PY) -m bot.ops.system_packages test

shell: $(MODEL) build
	$(PY) -m bot.ops.serve shell

# --- test ----------------------------------------------------------------
lint: $(STAMP)
	$(VENV)/bin/ruff check bot actions tests bench

# (tests/integration/test_validate.py runs the same check inside `make test`)
validate: build
	$(RASA) data validate --fail-on-warnings --data data $(FAQ_DATA) --domain domain.yml --config config.yml

# Known vulnerabilities in requirements.lock: fails on any not accepted in README.md, on stale
# entries, and when the vulnerability service cannot be reached (README: Dependency audit).
audit: $(AUDIT_STAMP)
	$(AUDIT_PY) bot/ops/audit_check.py --service $(AUDIT_SERVICE)

# Inside make test a finding or a stale row fails (exit 1); a network with no vulnerability
# service (exit 2: PyPI's per-version data and osv.dev are unreachable from our CI) only warns,
# loudly, since the tests cannot change what the network offers.
test-audit: $(AUDIT_STAMP)
	@$(AUDIT_PY) bot/ops/audit_check.py --service $(AUDIT_SERVICE); rc=$$?; \
	if [ $$rc -eq 2 ]; then \
	  echo "WARNING: dependency audit NOT DONE here (no vulnerability service); run 'make audit' where one is reachable."; \
	elif [ $$rc -ne 0 ]; then exit $$rc; fi

# (the ResponseSelector first: with -j2 it trains on one core while the rest runs on the other)
test-prereqs: $(RS_MODEL) test-packages test-audit lint $(MODEL) build

# The steps before pytest two at a time on the two cores, whoever runs `make test` (CI too).
test:
	$(MAKE) --no-print-directory -j2 test-prereqs
	$(PY) -m pytest tests --durations=15

# Every held-out red-flag and scope set through REST (make test runs a sample: README: Tests).
test-heldout: $(MODEL) build
	HELDOUT_SETS=all $(PY) -m pytest tests/e2e/test_heldout_redflags.py tests/e2e/test_heldout_scope.py -o timeout=3600

# The edit-test loop: tests/unit needs no trained model (README: Tests).
test-unit: build
	$(PY) -m pytest tests/unit -q

# The widget's screenshot set (desktop and phone) from the real stack, into build/screenshots/.
screenshots: $(MODEL) build
	$(PY) -m tests.browser.screenshots

# --- benchmark (not part of make test; see bench/README.md) ----------------
bench: $(MODEL) build
	$(PY) -m bench.run $(BENCH_ARGS)

# Our stack with the same-result patches of bot/rasa_patches off (Rasa as shipped): the
# same answers, slower. Results in artifacts/bench/patches-off/. BENCH_ARGS=--quick: smoke.
bench-patches-off: $(MODEL) build
	B12_RASA_PATCHES=off $(PY) -m bench.run --out artifacts/bench/patches-off $(BENCH_ARGS)

# --- privacy: delete one person's conversation -----------------------------
erase: $(STAMP)
	@if [ -z "$(SENDER)" ]; then echo "usage: make erase SENDER=<conversation id>"; exit 2; fi
	$(PY) -m bot.ops.erase "$(SENDER)"

clean:
	rm -rf build models results .pytest_cache .ruff_cache
