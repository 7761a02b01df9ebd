# The two commands: `make run` serves Pushcart, `make test` runs every test (SQLite, then
# PostgreSQL). Both install what they need first: a virtualenv with the package, and for
# the browser tests Debian's Chromium.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: run test test-sqlite test-postgres install chromium bench

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/pushcart run $(ARGS)

chromium:
	@test -x /usr/bin/chromium || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null; }

test-sqlite: install chromium
	env -u DATABASE_URL $(BIN)/pytest -q -p no:cacheprovider

test-postgres: install chromium
	DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest -q -p no:cacheprovider

test: test-sqlite test-postgres

bench: install
	$(BIN)/python bench/cart_load.py
