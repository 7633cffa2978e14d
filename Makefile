# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Everything lives in .venv next to this file; paths are relative, so any clone path works.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501

.PHONY: run test lint format eval bench clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	    { echo "literacy needs Python 3.11 or newer; $(PYTHON) is older (set PYTHON=python3.11)"; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); echo "could not create $(VENV): on Debian or \
	Ubuntu install the venv module first: sudo apt-get install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip

# Stamps re-run the install only when pyproject.toml changes.
$(VENV)/.run-installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(PY) -m streamlit run app.py --server.port $(PORT) --browser.gatherUsageStats false

test: $(VENV)/.test-installed
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(VENV)/.test-installed
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# The analyser against the Arabic and English evaluation data in ../shared/eval (or $LITERACY_EVAL_DIR).
# `make eval ARGS=--cv` prints split-half loaded-word figures instead.
eval: $(VENV)/.run-installed
	$(PY) benchmarks/eval.py $(ARGS)

# Each area adds its own benchmarks/bench_<area>.py; each prints its figures.
bench: $(VENV)/.test-installed
	@set -e; for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis tests/artifacts
