# The two commands: `make run` serves Pushcart, `make test` runs every test (SQLite, then
# PostgreSQL). Both install what they need first: a virtualenv with the package, and for
# the browser tests Debian's Chromium. `make lint` runs ruff and mypy (strict on server/ and
# push/), as CI does before the tests.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: run test test-sqlite test-postgres install chromium interop bench lint

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,lint]"
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/pushcart run $(ARGS)

chromium:
	@test -x /usr/bin/chromium || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null; }

# web-push-testing (npm), the push service written by others that tests/interop sends to;
# without npm those tests are skipped, saying why.
INTEROP := tests/interop/node_modules/.installed
$(INTEROP): tests/interop/package.json tests/interop/package-lock.json
	@if command -v npm >/dev/null; then \
	  npm ci --prefix tests/interop --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the web-push-testing interop tests will be skipped"; fi

interop: $(INTEROP)

test-sqlite: install chromium interop
	env -u DATABASE_URL $(BIN)/pytest -q -p no:cacheprovider

test-postgres: install chromium interop
	DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest -q -p no:cacheprovider

test: test-sqlite test-postgres

lint: install
	$(BIN)/ruff check server push tests bench
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/all.py $(ARGS)
