"""Each table's columns are declared once, in warehouse/schema.sql: every polars schema that
builds a warehouse table names only columns of that table, in the table's order, with the
polars type its DuckDB type needs, and together the schemas that build a table cover it."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.entities import canonical, ner, quotes, stored_keys
from pipelines.ingest import articles
from pipelines.money import amounts
from pipelines.stories import grouping, signatures
from pipelines.warehouse import store
from pipelines.warehouse.tables import polars_schema, polars_type, tables

# The polars schemas that build each table (several when stages add columns to one table).
BUILT_BY: dict[str, dict[str, dict]] = {
    "source_files": {"articles.SOURCE_FILE_SCHEMA": articles.SOURCE_FILE_SCHEMA},
    "articles": {
        "articles.ARTICLE_SCHEMA": articles.ARTICLE_SCHEMA,
        "grouping.ASSIGNMENTS_SCHEMA": grouping.ASSIGNMENTS_SCHEMA,
    },
    "removed_lines": {"articles.REMOVED_LINE_SCHEMA": articles.REMOVED_LINE_SCHEMA},
    "quarantined_records": {"articles.QUARANTINE_SCHEMA": articles.QUARANTINE_SCHEMA},
    "entities": {"canonical.ENTITIES_SCHEMA": canonical.ENTITIES_SCHEMA},
    "mentions": {"ner.MENTION_SCHEMA": ner.MENTION_SCHEMA},
    "amounts": {"amounts.AMOUNT_SCHEMA": amounts.AMOUNT_SCHEMA},
    "quotes": {"quotes.QUOTES_SCHEMA": quotes.QUOTES_SCHEMA},
    "stories": {"grouping.STORIES_SCHEMA": grouping.STORIES_SCHEMA},
    "entity_keys": {"stored_keys.KEYS_SCHEMA": stored_keys.KEYS_SCHEMA},
    "story_signatures": {"signatures.SIGNATURES_SCHEMA": signatures.SIGNATURES_SCHEMA},
    "ner_spans": {"ner.MENTION_SCHEMA": ner.MENTION_SCHEMA},
}
# Columns that no polars schema declares, and what makes them.
MADE_ELSEWHERE = {
    ("mentions", "entity_id"): "canonical.canonicalize adds it to ner's frame",
    ("mentions", "label"): "canonical.canonicalize gives each mention its entity's label",
    ("pipeline_state", "key"): "news_warehouse writes two fingerprints",
    ("pipeline_state", "value"): "news_warehouse writes two fingerprints",
}
SCHEMAS = [(table, name, schema) for table, named in BUILT_BY.items() for name, schema in named.items()]


def _dtype(value: object) -> pl.DataType:
    """A polars type given as a type, an instance or its name (ner writes "String")."""
    return getattr(pl, value) if isinstance(value, str) else value


@pytest.mark.parametrize(("table", "name", "schema"), SCHEMAS, ids=[name for _, name, _ in SCHEMAS])
def test_polars_schema_matches_the_table(table: str, name: str, schema: dict) -> None:
    declared = polars_schema(table)
    assert [c for c in schema if c not in declared] == [], f"{name} has columns {table} lacks in schema.sql"
    assert list(schema) == [c for c in declared if c in schema], f"{name} orders its columns unlike schema.sql"
    wrong = {c: (_dtype(t), declared[c]) for c, t in schema.items() if _dtype(t) != declared[c]}
    assert wrong == {}, f"{name}: (polars type, schema.sql's type) differ"


@pytest.mark.parametrize("table", list(tables()))
def test_every_column_is_built(table: str) -> None:
    built = {c for schema in BUILT_BY.get(table, {}).values() for c in schema}
    made_elsewhere = {c for t, c in MADE_ELSEWHERE if t == table}
    assert [c.name for c in tables()[table].columns if c.name not in built | made_elsewhere] == []


def test_every_table_has_a_key_the_writer_uses() -> None:
    assert {t: tables()[t].key for t in store.KEYS} == store.KEYS
    assert set(store.KEYS) == set(tables())


@pytest.mark.parametrize(
    ("duckdb_type", "polars"),
    [
        ("VARCHAR", pl.String),
        ("BIGINT", pl.Int64),
        ("DATE", pl.Date),
        ("TIMESTAMP WITH TIME ZONE", pl.Datetime("us", "UTC")),
        ("DECIMAL(38,4)", pl.Decimal(38, 4)),
        ("VARCHAR[]", pl.List(pl.String)),
    ],
)
def test_polars_type_of_each_duckdb_type(duckdb_type: str, polars: pl.DataType) -> None:
    assert polars_type(duckdb_type) == polars


def test_a_column_missing_from_the_sql_is_found() -> None:
    schema = {**amounts.AMOUNT_SCHEMA, "value_eur": pl.Decimal(38, 2)}
    with pytest.raises(AssertionError, match="lacks"):
        test_polars_schema_matches_the_table("amounts", "extended", schema)


def test_a_type_unlike_the_sql_is_found() -> None:
    schema = {**amounts.AMOUNT_SCHEMA, "value": pl.Float64}
    with pytest.raises(AssertionError, match="differ"):
        test_polars_schema_matches_the_table("amounts", "float money", schema)
