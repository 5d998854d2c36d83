# Everything runs from .venv, created from the committed lock file.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test eval bench lint-cypher clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

demo: install
	$(BIN)/aikg demo --db .aikg --out demo-graph.html

# The README's picture of the demo graph, taken from the page `make demo` writes.
.PHONY: screenshot
screenshot: demo
	$(BIN)/python notebooks/screenshot.py --page demo-graph.html --out notebooks/demo-graph.png

test: install
	$(BIN)/python -m pytest -q

# make test installs the Node packages of package-lock.json (Neo4j's Cypher linter) when npm exists.
NODE_STAMP := node_modules/.aikg-installed
test: $(NODE_STAMP)
$(NODE_STAMP): package-lock.json
	@if ! command -v npm >/dev/null 2>&1; then echo "npm not found: the tests that need Node packages will skip"; \
	elif npm ci --no-audit --no-fund --loglevel=error; then touch $@; \
	else echo "npm ci failed: the tests that need Node packages will skip (and fail under CI=true)"; fi

# JupyterLab on the exploration notebook, from .venv (the lock pins it: the "notebook" extra),
# offline: no news feed, no update check, no extension installs from PyPI; --allow-root in containers.
.PHONY: notebook
LAB_OFFLINE = --LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
  --LabApp.extension_manager=readonly $(if $(filter 0,$(shell id -u)),--allow-root)
notebook: install
	$(BIN)/jupyter lab $(LAB_OFFLINE) $(JUPYTER_ARGS) notebooks/explore.ipynb

eval: install
	$(BIN)/python -m loaders.evaluate data/dev

bench: install
	$(BIN)/python -m tests.bench.run

# Regenerate the lock after changing pyproject.toml dependencies.
lock:
	$(BIN)/pip install -q pip-tools && $(BIN)/pip-compile -q --extra dev --extra notebook --strip-extras \
	  --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) .aikg demo-graph.html
