"""What the UI shows of each table asset: the schema's comments as descriptions, owners and
tags, and a readable preview (names instead of ids, formatted amounts)."""

from __future__ import annotations

import re

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import defs
from pipelines.defs.metadata import progress_logger
from pipelines.warehouse import store as warehouse
from tests.helpers import output_metadata

TABLE_ASSETS = [t for t in warehouse.KEYS if t != "pipeline_state"]
SPECS = {spec.key.to_user_string(): spec for a in defs.assets for spec in a.specs}


def _ddl() -> tuple[dict[str, str], dict[tuple[str, str], tuple[str, str]]]:
    """Table comments, and (table, column) -> (type, comment), read straight from schema.sql."""
    with duckdb.connect(":memory:") as con:
        con.execute(warehouse.schema_sql()).fetchall()
        tables = dict(con.sql("SELECT table_name, comment FROM duckdb_tables()").fetchall())
        columns = {
            (t, c): (ty, comment)
            for t, c, ty, comment in con.sql(
                "SELECT table_name, column_name, data_type, comment FROM duckdb_columns()"
            ).fetchall()
        }
    return tables, columns


TABLES, COLUMNS = _ddl()


def _preview_header(preview: str) -> list[str]:
    return [c.strip() for c in preview.splitlines()[0].strip("|").split("|")]


@pytest.mark.parametrize("table", TABLE_ASSETS)
def test_every_column_is_described_by_the_schema(seeded_run, table: str) -> None:
    result, _ = seeded_run
    schema: dg.TableSchema = output_metadata(result, table)["dagster/column_schema"]
    assert schema.columns
    for column in schema.columns:
        assert (column.type, column.description) == COLUMNS[(table, column.name)], column.name
    described = {c.name for c in schema.columns}
    expected = {c for t, c in COLUMNS if t == table}
    # articles.story_id and duplicate_of are made by the stories step (article_stories)
    assert expected - described <= ({"story_id", "duplicate_of"} if table == "articles" else set())


@pytest.mark.parametrize("table", TABLE_ASSETS)
def test_table_assets_carry_the_table_comment_owners_and_a_layer(table: str) -> None:
    spec = SPECS[table]
    assert spec.description == TABLES[table]
    assert spec.owners and "layer" in spec.tags


def test_every_asset_has_owners_and_a_layer() -> None:
    for name, spec in SPECS.items():
        assert spec.owners and spec.tags.get("layer"), name


@pytest.mark.parametrize("table", [*TABLE_ASSETS, "article_stories"])
def test_previews_show_names_not_ids(seeded_run, table: str) -> None:
    result, _ = seeded_run
    preview = output_metadata(result, table)["preview"]
    header = _preview_header(preview)
    assert 2 <= len(header) <= 8, header
    ids = [c for c in header if c.endswith("_id") or c in {"duplicate_of", "equivalent_of"} or "hash" in c]
    assert not ids, f"{table}: {header}"
    assert not re.search(r"\b[0-9a-f]{16}\b", preview), f"{table}: raw ids in\n{preview}"


def test_mentions_preview_names_the_entity_and_the_article(seeded_run) -> None:
    result, _ = seeded_run
    preview = output_metadata(result, "mentions")["preview"]
    assert {"entity", "article"} <= set(_preview_header(preview))
    assert "NATO" in preview


def test_amounts_preview_formats_money(seeded_run) -> None:
    result, _ = seeded_run
    preview = output_metadata(result, "amounts")["preview"]
    assert "GBP 57,000,000,000" in preview
    assert not re.search(r"\d\.\d{3,}", preview), preview  # no float noise, at most cents
    assert "article" in _preview_header(preview)


def test_progress_is_logged_once_a_tenth_however_often_it_is_reported() -> None:
    from unittest import mock

    context = mock.Mock()
    report = progress_logger(context, "Amounts", [10] * 1000)
    for done in range(1, 1001):
        report(done, 1000, done / 100)
    lines = [c.args[0] for c in context.log.info.call_args_list]
    assert len(lines) == 11 and lines[0].startswith("Amounts: 1/1000") and lines[-1].startswith("Amounts: 1000/1000")
    assert "100.0 articles/s, 1,000 words/s" in lines[-1]
