PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= storyline.db

.PHONY: demo test lint typecheck venv ui-assets browser clean bench eval

venv: $(VENV)/.stamp

$(VENV)/.stamp: requirements.txt requirements-dev.txt pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $@

# Front-end libraries come from npm at build time and are served as static files (no CDN).
ui-assets: src/storyline/present/static/vendor/.stamp

src/storyline/present/static/vendor/.stamp: package.json
	sh scripts/vendor-ui.sh
	touch $@

# Debian's chromium for the browser tests; never `playwright install`.
# If apt cannot install it, the browser tests skip and say why; the rest still runs.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "warning: could not install Debian chromium; browser tests will be skipped"

demo: venv ui-assets
	$(BIN)/storyline ingest samples/ --db $(DB)
	$(BIN)/storyline timeline --db $(DB)
	$(BIN)/storyline serve --db $(DB)

# Gates first: lint, format and types, then the suite.
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy: strict where pyproject.toml's [tool.mypy] says so, the rest checked leniently.
typecheck: venv
	$(BIN)/mypy

test: venv ui-assets browser lint typecheck
	$(BIN)/python -m pytest -q

bench: venv
	$(BIN)/python bench/throughput.py

# TempEval-3, factuality, article extraction and ECB+ one after the other, then one table of headline figures.
eval: venv bench-deps
	$(BIN)/python bench/eval.py

clean:
	rm -rf $(VENV) src/storyline/present/static/vendor node_modules

# Benchmark-only packages (torch, sentence-transformers, all-MiniLM-L6-v2) for bench/ecbplus.py;
# `make test` does not need them.
bench-deps: venv
	$(BIN)/pip install -q -r requirements-bench.txt
