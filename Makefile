# Set-up and everyday commands; see README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Dagster keeps its instance (dagster.yaml, run history) in the project.
export DAGSTER_HOME := $(CURDIR)

UI_PORT   ?= 3000
BENCH_DIR ?= ../shared/corpora/bbc
CORPUS    ?= ../shared/corpora/bbc

.PHONY: install lock lint format run rebuild test test-ui ui sql bench bench-scale eval-money eval-entities judge clean

install: $(STAMP)

# Installs the versions pinned in constraints.txt (the ones CI tested); `make lock` renews it.
PIP_INSTALL := $(BIN)/python -m pip install --quiet -c constraints.txt
# pip itself, pinned too: the resolver that reads constraints.txt is the one CI used
PIP_VERSION := 26.3

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet 'pip==$(PIP_VERSION)'
	$(PIP_INSTALL) -e '.[dev]'
	touch $(STAMP)

## make lock: resolve pyproject.toml's dependencies (every extra) to their newest allowed
## versions and pin them in constraints.txt; then `make test` installs and tests them
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet 'uv>=0.13,<0.14'
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
		--upgrade --quiet --custom-compile-command 'make lock' -o constraints.txt

## make run: materialise every asset into $NEWS_WAREHOUSE (default warehouse/news.duckdb)
run: $(STAMP)
	$(BIN)/news-run
	$(BIN)/python -m pipelines.warehouse.summary

## make rebuild: like make run, but every table is rebuilt from the whole source folder
rebuild: $(STAMP)
	$(BIN)/dg launch --job rebuild_job
	$(BIN)/python -m pipelines.warehouse.summary

## make lint: ruff's linter and formatter check (configured in pyproject.toml), as CI runs them
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## make format: apply ruff's formatter and safe lint fixes
format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## make test: the test suite
test: $(STAMP)
	$(BIN)/python -m pytest

$(VENV)/.installed-ui: $(STAMP)
	$(PIP_INSTALL) -e '.[dev,ui]'
	touch $@

## make test-ui: `make run` and `make ui` on the seeds, driven through GraphQL and Debian's headless
## chromium (installed here if missing; needs root); screenshots and the UI's log go to build/
test-ui: $(VENV)/.installed-ui
	command -v chromium >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }
	$(BIN)/python -m pytest tests_ui

## make ui: the Dagster web UI on http://127.0.0.1:$(UI_PORT) (with the daemon: schedule, sensor)
ui: $(STAMP)
	$(BIN)/dg dev --host 127.0.0.1 --port $(UI_PORT) --log-level info

## make sql: an interactive, read-only DuckDB shell on $NEWS_WAREHOUSE (default warehouse/news.duckdb)
sql: $(STAMP)
	@db="$${NEWS_WAREHOUSE:-warehouse/news.duckdb}"; \
	test -f "$$db" || { echo "no warehouse at $$db yet: run \`make run\` first" >&2; exit 1; }; \
	exec $(BIN)/duckdb -readonly "$$db"

## make bench: the whole pipeline and bare spaCy on $BENCH_DIR; prints one JSON line
bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench $(BENCH_DIR)

## make bench-scale: cold, no-op and add-100 runs on N copies of $BENCH_DIR (N in $BENCH_SCALES);
## one JSON line per N, with the peak memory of the whole process tree
BENCH_SCALES ?= 1 10
bench-scale: $(STAMP)
	BENCH_SCALES='$(BENCH_SCALES)' $(BIN)/python -m benchmarks.bench_scale $(BENCH_DIR)

$(VENV)/.installed-eval: $(STAMP)
	$(PIP_INSTALL) -e '.[dev,eval]'
	touch $@

## make eval-money: the amounts engine against the Recognizers-Text currency cases
eval-money: $(VENV)/.installed-eval
	$(BIN)/python -m benchmarks.eval_money

## make eval-entities: entity canonicalisation report on $CORPUS
eval-entities: $(STAMP)
	$(BIN)/python -m benchmarks.eval_entities $(CORPUS)

## make judge: a fresh random sample of quotes, cross-article merges, stories, amount objects
## and entity labels from $NEWS_WAREHOUSE (default warehouse/news.duckdb), printed with context to judge by reading;
## SEED=N draws another sample
SEED ?= 0
judge: $(STAMP)
	$(BIN)/python -m benchmarks.judge $${NEWS_WAREHOUSE:-warehouse/news.duckdb} --seed $(SEED)

clean:
	rm -rf .dagster warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/*.duckdb.lock warehouse/*.staging
