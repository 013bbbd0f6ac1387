# orgnet — developer entry points. Every target that needs Python depends on
# `venv`, which builds .venv/ from pyproject.toml once and again only when
# pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp
PYTEST_ARGS ?=
# the suite's workers (pytest-xdist): each takes whole test modules, so a module's fixtures are built once
PYTEST_WORKERS ?= 2

BRIEF := $(BIN)/orgnet brief --tables build/tables
BRIEFINGS := build/briefings
# Chromium for the browser tests (tests/test_browser.py): Debian's package, never a download by
# playwright. Installed by `make test` only when missing; apt needs root (sudo is used if present).
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: venv demo test typecheck lab bench clean distclean chromium icu

venv: $(STAMP)

# The stamp is touched only after a successful install, so a failed install is
# retried on the next run; deleting .venv/ removes the stamp with it.
$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory icu
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# The main job: build the tables from seeds/ into build/tables/, then the briefings
# (one self-contained HTML file each, plus index.html linking them) into build/briefings/.
demo: venv
	$(BIN)/orgnet build seeds --out build/tables
	rm -f $(BRIEFINGS)/*.html
	$(BRIEF) --view hierarchy --focus "MSS" --out $(BRIEFINGS)/mss-hierarchy.html
	$(BRIEF) --view hierarchy --focus "Central Committee of the Chinese Communist Party" \
		--out $(BRIEFINGS)/central-committee-hierarchy.html
	$(BRIEF) --view hierarchy --focus "ILD" --out $(BRIEFINGS)/ild-hierarchy.html
	$(BRIEF) --view fronts --out $(BRIEFINGS)/fronts.html --index

# The gates first (type check and lint, seconds), then the suite.
test: venv chromium typecheck
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# Type, lint and format checks (settings in pyproject.toml): mypy on orgnet/, then ruff's lint and
# ruff's format check on orgnet/, tests/ and benchmarks/. Part of `make test`; all run, and the
# target fails if any does (`ruff format orgnet tests benchmarks` fixes the format).
typecheck: venv
	$(BIN)/mypy; status=$$?; \
	$(BIN)/ruff check orgnet tests benchmarks || status=1; \
	$(BIN)/ruff format --check orgnet tests benchmarks || status=1; exit $$status

# The FollowTheMoney export's validation (the `ftm` extra, in `dev`) needs PyICU, which PyPI ships
# as source only: it compiles against ICU. Installed with apt only when ICU's headers or a C++
# compiler are missing (root or sudo needed, as for chromium).
icu:
	@if pkg-config --exists icu-i18n 2>/dev/null && command -v g++ >/dev/null; then \
		echo "icu: ICU headers and g++ present"; \
	else \
		echo "icu: ICU headers or g++ missing; installing pkg-config, libicu-dev, g++, python3-dev with apt-get"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y pkg-config libicu-dev g++ python3-dev; \
	fi

chromium:
	@if [ -x $(CHROMIUM) ]; then \
		echo "chromium: $(CHROMIUM) present"; \
	else \
		echo "chromium: $(CHROMIUM) missing; installing Debian's chromium with apt-get"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; \
	fi

# JupyterLab on notebooks/ (kernels start in notebooks/; the notebooks find the repository root
# themselves). JupyterLab refuses to run as root without --allow-root, which containers need.
LAB_ARGS ?= $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

lab: venv
	$(BIN)/jupyter lab $(LAB_ARGS) notebooks/

# Benchmarks (issue 5): build 200/2,000/10,000 synthetic articles, rebuild, extraction recall at
# scale, briefing vs pyvis in headless Chromium, Explorer redraw, import time, parse time of hostile
# inputs per doubling of their size (issue 14; `BENCH_ARGS='--only hostile'` for just that); writes
# benchmarks/results.md (and results.json). About 10 minutes; waits for a quiet machine first.
# Extra arguments: make bench BENCH_ARGS='--quick' (tiny sizes), '--sizes 200,2000', ...
BENCH_ARGS ?=
bench: venv chromium
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

clean:
	rm -rf build .pytest_cache .hypothesis test-artifacts
	find . \( -path ./$(VENV) -o -path ./.git \) -prune -o \
		-type d \( -name __pycache__ -o -name .ipynb_checkpoints -o -name '*.egg-info' \) \
		-prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
