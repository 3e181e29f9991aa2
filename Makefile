# Every target sets up .venv on first use (only Python 3.10+ with pip and venv is needed).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
CORPUS ?= corpus
OUT ?= outputs
MODEL ?=
ARGS ?=
BULK ?= ../shared/corpus/bulk.jsonl
N ?= 1000
PROCESSES ?= 2
SIZES ?= 250,500,1000,2000
MODE ?=
SCALE_SIZES ?= 2000,10000,50000
COLD ?= 10000

.PHONY: extract test bench browser eval baseline regen schema clean help

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

# Paths are passed in single quotes: CORPUS="my releases" works (a path holding ' does not).
extract: $(STAMP) ## Extract facts from CORPUS (default corpus/) into OUT (default outputs/); MODEL=name picks a spaCy pipeline; ARGS=--strict, --no-cache...
	$(PY) -m pipeline extract --corpus '$(CORPUS)' --out '$(OUT)' $(if $(MODEL),--model '$(MODEL)') $(ARGS)

test: $(STAMP) ## Run the test suite (ARGS are passed to pytest)
	$(PY) -m pytest $(ARGS)

bench: $(STAMP) ## Time N releases of BULK (any JSON Lines feed; default ../shared/corpus/bulk.jsonl): pipeline vs bare spaCy, PROCESSES workers, SIZES scaling; figures in OUT/bench.json. MODE=scale: peak memory of extract at SCALE_SIZES releases (warm cache) and a cold COLD-release run; figures in OUT/bench-scale.json
ifeq ($(MODE),scale)
	$(PY) -m pipeline bench --scale --scale-sizes '$(SCALE_SIZES)' --cold $(COLD) --processes $(PROCESSES) --json '$(OUT)/bench-scale.json' $(if $(MODEL),--model '$(MODEL)')
else
	$(PY) -m pipeline bench --bulk '$(BULK)' -n $(N) --processes $(PROCESSES) --sizes '$(SIZES)' --json '$(OUT)/bench.json' $(if $(MODEL),--model '$(MODEL)')
endif

browser: ## Install Debian's chromium for the browser tests of review.html (apt-get; sudo when not root)
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
	@chromium --version 2>/dev/null

eval: $(STAMP) ## Score OUT/facts.json against corpus/gold (ARGS=--show lists misses and extras)
	$(PY) -m pipeline eval --facts '$(OUT)/facts.json' --gold '$(CORPUS)/gold' $(ARGS)

baseline: $(STAMP) ## Score the bare spaCy NER against corpus/gold, for comparison
	$(PY) -m pipeline baseline --corpus '$(CORPUS)' $(ARGS)

regen: $(STAMP) ## Regenerate the golden files, then review them with `git diff tests/`
	-$(PY) -m pytest tests/test_golden.py --force-regen -q
	git diff --stat -- tests/

schema: $(STAMP) ## Print the JSON Schema of the records
	$(PY) -m pipeline schema

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache build *.egg-info
