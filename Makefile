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

.PHONY: install run test test-ui ui sql bench eval-money eval-entities clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## make run: materialise every asset into $NEWS_WAREHOUSE (default warehouse/news.duckdb)
run: $(STAMP)
	$(BIN)/dg launch --job news_job
	$(BIN)/python -m pipelines.summary

## make test: the test suite
test: $(STAMP)
	$(BIN)/python -m pytest

$(VENV)/.installed-ui: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,ui]'
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
	$(BIN)/python -m pipelines.bench $(BENCH_DIR)

$(VENV)/.installed-eval: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,eval]'
	touch $@

## make eval-money: the amounts engine against the Recognizers-Text currency cases
eval-money: $(VENV)/.installed-eval
	$(BIN)/python -m pipelines.evaluation.money

## make eval-entities: entity canonicalisation report on $CORPUS
eval-entities: $(STAMP)
	$(BIN)/python -m pipelines.evaluation.entities $(CORPUS)

clean:
	rm -rf .dagster warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/*.duckdb.lock warehouse/*.staging
