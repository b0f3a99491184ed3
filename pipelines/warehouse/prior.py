"""What an incremental run reads back from the warehouse: only the rows of the files and
articles it changes, looked up by key, never a whole table of article texts.

Every function takes an open read-only connection (``store.connect_read_only``) to the
warehouse as the last run left it.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import polars as pl

from pipelines.ingest.articles import SCHEMAS, Built, conform
from pipelines.ingest.changes import STORED_SCHEMA
from pipelines.warehouse import fingerprint


def _keys(values: Iterable[str]) -> pl.DataFrame:
    return pl.DataFrame({"key": sorted(set(values))}, schema={"key": pl.String})


def query(con: duckdb.DuckDBPyConnection, sql: str, keys: Iterable[str] = ()) -> pl.DataFrame:
    """Run ``sql``, in which the table ``_keys`` (one column ``key``) holds ``keys``."""
    con.register("_keys", _keys(keys).to_arrow())
    try:
        return con.sql(sql).pl()
    finally:
        con.unregister("_keys")


def incremental_ok(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this run may be incremental: the warehouse holds articles, made by the code and
    model of today (every stage's fingerprint as stored). Otherwise a full run rebuilds it."""
    tables = {row[0] for row in con.sql("SELECT table_name FROM information_schema.tables").fetchall()}
    if not {"articles", "pipeline_state"} <= tables or not con.sql("SELECT count(*) FROM articles").fetchone()[0]:
        return False
    stored = dict(con.sql("SELECT key, value FROM pipeline_state").fetchall())
    return all(stored.get(key) == value for key, value in fingerprint.stages().items())


def records_nothing(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the warehouse records no source file yet (no article, no quarantined record):
    a new warehouse, whose first run may read a batch of the folder like any later run."""
    tables = {row[0] for row in con.sql("SELECT table_name FROM information_schema.tables").fetchall()}
    return all(
        table not in tables or not con.sql(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("source_files", "quarantined_records")
    )


def recorded_files(con: duckdb.DuckDBPyConnection) -> tuple[pl.DataFrame, dict[str, str], set[tuple[str, str]]]:
    """What the warehouse records of the source folder: each file's size and modification time
    (files it holds articles of), each recorded file's sha256 (quarantined files included), and
    the (file_path, error) pairs it has quarantined."""
    stored = con.sql(
        "SELECT file_path, any_value(n_bytes) AS n_bytes, any_value(modified_at) AS modified_at "
        "FROM source_files GROUP BY file_path"
    ).pl()
    hashes = dict(
        con.sql(
            "SELECT file_path, any_value(file_hash) FROM ("
            " SELECT file_path, file_hash FROM source_files"
            " UNION ALL SELECT file_path, file_hash FROM quarantined_records WHERE file_path IS NOT NULL"
            ") GROUP BY file_path"
        ).fetchall()
    )
    problems = set(con.sql("SELECT file_path, error FROM quarantined_records WHERE file_path IS NOT NULL").fetchall())
    return stored.cast(STORED_SCHEMA), hashes, problems


def rows_of(
    con: duckdb.DuckDBPyConnection, files: Iterable[str], article_ids: Iterable[str]
) -> tuple[Built, list[str]]:
    """The warehouse's rows of ``files`` and of the articles they or ``article_ids`` hold (as a
    ``Built`` of the ingest tables), and which of those articles other files hold too."""
    files = list(files)
    sources = query(con, "SELECT * FROM source_files WHERE file_path IN (SELECT key FROM _keys)", files)
    ids = set(sources.get_column("article_id").to_list()) | set(article_ids)
    articles = query(con, "SELECT * FROM articles WHERE article_id IN (SELECT key FROM _keys)", ids)
    lines = query(con, "SELECT * FROM removed_lines WHERE article_id IN (SELECT key FROM _keys)", ids)
    quarantined = query(con, "SELECT * FROM quarantined_records WHERE file_path IN (SELECT key FROM _keys)", files)
    con.register("_files", _keys(files).to_arrow())
    try:
        pinned = query(
            con,
            "SELECT DISTINCT article_id FROM source_files WHERE article_id IN (SELECT key FROM _keys) "
            "AND file_path NOT IN (SELECT key FROM _files)",
            ids,
        )
    finally:
        con.unregister("_files")
    frames = (articles, sources, lines, quarantined)
    built = Built(*(conform(frame, schema) for frame, schema in zip(frames, SCHEMAS.values(), strict=True)))
    return built, sorted(pinned.get_column("article_id").to_list())


def rows_outside(con: duckdb.DuckDBPyConnection, files: Iterable[str], article_ids: Iterable[str]) -> Built:
    """The warehouse's ingest tables without the rows of ``files`` and ``article_ids`` (the rows
    an incremental run keeps as they are)."""
    con.register("_files", _keys(files).to_arrow())
    try:
        sql = {
            "articles": "SELECT * FROM articles WHERE article_id NOT IN (SELECT key FROM _keys)",
            "source_files": "SELECT * FROM source_files WHERE file_path NOT IN (SELECT key FROM _files)",
            "removed_lines": "SELECT * FROM removed_lines WHERE article_id NOT IN (SELECT key FROM _keys)",
            "quarantined_records": "SELECT * FROM quarantined_records WHERE file_path IS NULL "
            "OR file_path NOT IN (SELECT key FROM _files)",
        }
        frames = [query(con, sql[name], article_ids) for name in Built._fields]
    finally:
        con.unregister("_files")
    return Built(*(conform(frame, schema) for frame, schema in zip(frames, SCHEMAS.values(), strict=True)))
