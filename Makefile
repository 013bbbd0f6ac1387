# orgnet — developer entry points. Every target that needs Python depends on
# `venv`, which builds .venv/ from pyproject.toml once and again only when
# pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp
PYTEST_ARGS ?=

.PHONY: venv demo test lab bench clean distclean

venv: $(STAMP)

# The stamp is touched only after a successful install, so a failed install is
# retried on the next run; deleting .venv/ removes the stamp with it.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# The main job: build the tables from seeds/ into build/tables/.
demo: venv
	$(BIN)/orgnet build seeds --out build/tables
# BRIEFINGS: a later issue adds the `orgnet brief ...` step(s) here, writing
# the briefing HTML next to the tables (the README's "main job").

test: venv
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lab: venv
	$(BIN)/jupyter lab notebooks/

# Placeholder until benchmarks/run.py exists.
bench: venv
	@if [ -f benchmarks/run.py ]; then \
		$(BIN)/python benchmarks/run.py; \
	else \
		echo "No benchmarks yet (benchmarks/run.py arrives with a later issue)."; \
	fi

clean:
	rm -rf build .pytest_cache .hypothesis test-artifacts
	find . \( -path ./$(VENV) -o -path ./.git \) -prune -o \
		-type d \( -name __pycache__ -o -name .ipynb_checkpoints -o -name '*.egg-info' \) \
		-prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
