"""The warehouse's tables as ``warehouse/schema.sql`` declares them, the one source of every
table's columns, types, key and comments: read by applying the DDL to an in-memory database.

The UI's column descriptions, the README's table list (generated with ``cog``) and the tests
that compare each module's polars schema with its table all read it from here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

SQL_DIR = Path(__file__).resolve().parents[2] / "warehouse"
SCHEMA_FILE = SQL_DIR / "schema.sql"


def schema_sql() -> str:
    return SCHEMA_FILE.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB's name of the type, e.g. VARCHAR, DECIMAL(38,4), TIMESTAMP WITH TIME ZONE
    comment: str | None
    nullable: bool


@dataclass(frozen=True)
class Table:
    name: str
    comment: str | None
    key: tuple[str, ...]
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


@cache
def tables() -> dict[str, Table]:
    """Every table of schema.sql, in the order the file declares them."""
    sql = schema_sql()
    with duckdb.connect(":memory:") as con:
        con.execute(sql).fetchall()
        comments = dict(con.sql("SELECT table_name, comment FROM duckdb_tables()").fetchall())
        keys = dict(
            con.sql(
                "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
                "WHERE constraint_type = 'PRIMARY KEY'"
            ).fetchall()
        )
        columns: dict[str, list[Column]] = {}
        for table, name, type_, comment, nullable in con.sql(
            "SELECT table_name, column_name, data_type, comment, is_nullable FROM duckdb_columns() "
            "ORDER BY table_name, column_index"
        ).fetchall():
            columns.setdefault(table, []).append(Column(name, type_, comment, nullable))
    order = re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", sql)
    return {t: Table(t, comments[t], tuple(keys.get(t, ())), tuple(columns[t])) for t in order}


_SIMPLE_TYPES = {
    "VARCHAR": pl.String,
    "BIGINT": pl.Int64,
    "INTEGER": pl.Int32,
    "DOUBLE": pl.Float64,
    "BOOLEAN": pl.Boolean,
    "DATE": pl.Date,
    "TIMESTAMP WITH TIME ZONE": pl.Datetime("us", "UTC"),
}


def polars_type(duckdb_type: str) -> pl.DataType:
    """The polars type a frame's column needs to hold a column of this DuckDB type."""
    if duckdb_type.endswith("[]"):
        return pl.List(polars_type(duckdb_type[:-2]))
    if decimal := re.fullmatch(r"DECIMAL\((\d+),(\d+)\)", duckdb_type):
        return pl.Decimal(int(decimal.group(1)), int(decimal.group(2)))
    return _SIMPLE_TYPES[duckdb_type]


def polars_schema(table: str) -> dict[str, pl.DataType]:
    """The table's columns, in order, with the polars type each needs."""
    return {c.name: polars_type(c.type) for c in tables()[table].columns}


def readme_rows() -> str:
    """The README's table list: each table, its key and its other columns (``cog`` writes it
    between the markers in README.md; ``tests/test_readme.py`` checks it is up to date)."""
    lines = ["| table | key | columns |", "| --- | --- | --- |"]
    for table in tables().values():
        others = ", ".join(c.name for c in table.columns if c.name not in table.key)
        lines.append(f"| `{table.name}` | `{', '.join(table.key)}` | `{others}` |")
    return "\n".join(lines)
