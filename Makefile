# The README's two commands: `make serve` and `make test`. Both install what they need.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
DATA_DIR ?= .emulator-data
# Debian packages the emulator, tests and benchmarks need beyond Python (installed only when missing).
# fontconfig-config and fonts-dejavu-core: fonts libass and drawtext find (burned subtitles).
# The document robots: LibreOffice (writer, calc, impress without GUI) driven over UNO by Debian's
# python3 (python3-uno), Chromium for web pages, Tesseract with English and orientation data.
# clamav: clamscan for /file/virusscan (the emulator ships its own EICAR signatures).
# espeak-ng: /text/speak's speech synthesiser.
APT_PACKAGES ?= fontconfig-config fonts-dejavu-core \
	libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui python3-uno \
	chromium tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd espeak-ng clamav
GEN_PKG := generated/transloadit_client
OPC := PATH="$(CURDIR)/$(VENV)/bin:$$PATH" RUFF_NO_CACHE=true $(PY) -m openapi_python_client generate \
	--path openapi.yaml --config generator-config.yml --custom-template-path generator-templates \
	--meta none --fail-on-warning

.PHONY: install serve cluster generate check-generated spec-lint docs check-docs lint import-lint typecheck test unit bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock tools/install.sh
	tools/install.sh $(APT_PACKAGES)
	touch $@

serve: install  ## run the emulator on $(HOST):$(PORT) with its embedded defaults
	$(PY) -m transloadit_emulator serve --host $(HOST) --port $(PORT) --data-dir $(DATA_DIR)

cluster: install  ## a local cluster in the foreground: PostgreSQL, Redis, moto S3, 2 API processes (CLUSTER_PORT, +1), 2 workers
	$(PY) tools/cluster.py

generate: install  ## regenerate the committed client from openapi.yaml
	$(OPC) --output-path $(GEN_PKG) --overwrite
	rm -rf $(GEN_PKG)/.ruff_cache

check-generated: generate  ## fail when generated/ differs from a fresh generation
	@if [ -n "$$(git status --porcelain -- generated)" ]; then \
	  git status --short -- generated; git --no-pager diff --stat -- generated; \
	  echo "generated/ is stale: run 'make generate' and commit the result"; exit 1; fi

# Redocly CLI (pinned in tools/docs) lints the spec and builds the HTML reference; Node comes from apt.
DOCS_TOOLS := tools/docs/node_modules/.installed
REDOCLY := REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true tools/docs/node_modules/.bin/redocly
DOCS_DIR := src/transloadit_emulator/docs
DOCS_HTML := $(DOCS_DIR)/api.html

# npm ci only when package.json or the lock changed.
$(DOCS_TOOLS): tools/docs/package.json tools/docs/package-lock.json
	command -v npm >/dev/null || tools/install.sh nodejs npm
	cd tools/docs && npm ci --no-audit --no-fund --loglevel=error
	touch $@

spec-lint: install $(DOCS_TOOLS)  ## structural validation and lint (redocly.yaml: zero errors, zero warnings)
	$(PY) -m openapi_spec_validator openapi.yaml
	$(REDOCLY) lint openapi.yaml --format=stylish

# The page is committed (so `make serve` needs no Node) with the sha256 of the openapi.yaml it was built
# from in api.sha256; tests/e2e/test_docs.py fails when they disagree. Redocly's output is deterministic.
docs: $(DOCS_TOOLS)  ## rebuild the self-contained HTML reference served at /docs; commit it with openapi.yaml
	@sha=$$(sha256sum openapi.yaml | cut -d' ' -f1); \
	$(REDOCLY) build-docs openapi.yaml --inlineBundle --title "Transloadit API" -o $(DOCS_HTML).new || exit 1; \
	if grep -qiE '<script[^>]*src=|<link[^>]*stylesheet' $(DOCS_HTML).new; then \
	  rm -f $(DOCS_HTML).new; echo "docs: the page loads external scripts or styles"; exit 1; fi; \
	if [ "$$sha" != "$$(sha256sum openapi.yaml | cut -d' ' -f1)" ]; then \
	  rm -f $(DOCS_HTML).new; echo "docs: openapi.yaml changed during the build; run make docs again"; exit 1; fi; \
	mv $(DOCS_HTML).new $(DOCS_HTML) && echo "$$sha" > $(DOCS_DIR)/api.sha256

check-docs: docs  ## fail when the committed HTML reference differs from a fresh build
	@if [ -n "$$(git status --porcelain -- $(DOCS_DIR))" ]; then \
	  git status --short -- $(DOCS_DIR); \
	  echo "the HTML reference is stale: run 'make docs' and commit $(DOCS_DIR)"; exit 1; fi

lint: install
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

# The import rules of docs/ARCHITECTURE.md, as contracts in pyproject.toml ([tool.importlinter]).
import-lint: install
	$(VENV)/bin/lint-imports --no-cache

typecheck: install
	$(VENV)/bin/mypy

test: install spec-lint check-generated check-docs lint import-lint typecheck  ## everything CI runs
	$(PY) -m pytest -q

unit: install
	$(PY) -m pytest -q tests/unit

bench: install  ## start-up, status GET, tus upload, image resize, Step count, video encode, cluster, the warm office and /s3/store, each against a reference in the same run
	$(PY) bench/startup.py
	$(PY) bench/status_get.py
	$(PY) bench/tus_upload.py
	$(PY) bench/image_resize.py
	$(PY) bench/step_count.py
	$(PY) bench/video_encode.py
	$(PY) bench/cluster.py
	$(PY) bench/office_warm.py
	$(PY) bench/s3_store.py
	$(PY) bench/interpolation.py

clean:
	rm -rf $(VENV) $(DATA_DIR) reports
