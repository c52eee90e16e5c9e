# Two commands do everything (see README): `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint translations catalogues package system-packages desktop-packages benchmarks screenshots illustrations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## Set up (the libraries the window needs, on Debian/Ubuntu as root) and open the wizard.
run: desktop-packages $(STAMP) catalogues
	$(BIN)/trustanchor

## Set up (including the system packages the tests use), run every check and test, then build
## the desktop app for this OS and smoke-test it.
test: system-packages $(STAMP)
	$(BIN)/python scripts/check.py
	$(BIN)/python packaging/build.py --smoke

lint: $(STAMP)
	$(BIN)/python scripts/check.py --lint-only

## The code's sentences into resources/i18n/*.ts (new ones to translate, gone ones out),
## then compiled into the .qm files the wizard loads.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py build
	$(BIN)/python scripts/translations.py check

catalogues: $(STAMP)
	$(BIN)/python scripts/translations.py build

system-packages:
	sh scripts/system-packages.sh

desktop-packages:
	sh scripts/system-packages.sh --desktop

## Build the desktop app for this OS into dist/ (see docs/packaging.md).
package: $(STAMP)
	$(BIN)/python packaging/build.py

benchmarks: system-packages $(STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(STAMP)
	$(BIN)/python scripts/render_screenshots.py --language all

illustrations: $(STAMP)
	$(BIN)/python scripts/render_illustrations.py --lang all

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
