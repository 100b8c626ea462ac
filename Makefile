# Quick start:  make site   (install into .venv, convert inbox/, build site/)
#               make test   (ruff, mypy, pytest)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: site test test-slow serve convert check lint typecheck bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

site: $(VENV)/.installed
	$(BIN)/digest convert inbox
	$(BIN)/mkdocs build --strict

# Preview at http://127.0.0.1:8000. An edit rebuilds only the pages it changes (--dirty, made
# correct by hooks/preview.py: see README "Preview"); a change to site_config/ or mkdocs.yml rebuilds all.
serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --dirty -a 127.0.0.1:8000

convert: $(VENV)/.installed
	$(BIN)/digest convert inbox

check: $(VENV)/.installed
	$(BIN)/digest check

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -m "not slow"

# The slow checks (Lighthouse on every page type, a few minutes); .ci/run runs them after `make test`.
test-slow: $(VENV)/.installed-test
	$(BIN)/pytest -m slow

# Every figure of benchmarks/RESULTS.md, in one run (tens of minutes); BENCH_QUICK=1 for a smoke run.
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/suite.py

clean:
	rm -rf site .cache/digest .pytest_cache .mypy_cache .ruff_cache benchmarks/.work
