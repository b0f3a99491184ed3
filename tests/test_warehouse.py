"""The warehouse writer: schema, diff-based sync in one transaction, read-only readers."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipelines.warehouse import staging
from pipelines.warehouse import store as warehouse
from tests.helpers import hold_read_only

STATE = "pipeline_state"


def state(values: dict[str, str]) -> pl.DataFrame:
    return pl.DataFrame({"key": list(values), "value": list(values.values())})


def test_write_creates_schema_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "w.duckdb"
    warehouse.write(path, {STATE: state({"a": "1"})})
    tables = warehouse.read(path, "SELECT table_name, comment FROM duckdb_tables() ORDER BY 1")
    assert set(tables["table_name"]) == set(warehouse.KEYS)
    assert tables["comment"].null_count() == 0


def test_sync_touches_only_changed_rows(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    first = warehouse.write(path, {STATE: state({"a": "1", "b": "2", "c": "3"})})[STATE]
    assert (first.inserted, first.updated, first.deleted, first.rows) == (3, 0, 0, 3)
    same = warehouse.write(path, {STATE: state({"a": "1", "b": "2", "c": "3"})})[STATE]
    assert (same.inserted, same.updated, same.deleted) == (0, 0, 0)
    changed = warehouse.write(path, {STATE: state({"a": "1", "b": "20", "d": "4"})})[STATE]
    assert (changed.inserted, changed.updated, changed.deleted, changed.rows) == (1, 1, 1, 3)
    assert warehouse.read(path, "SELECT * FROM pipeline_state ORDER BY key").rows() == [
        ("a", "1"),
        ("b", "20"),
        ("d", "4"),
    ]


def test_an_empty_table_gets_each_new_row_once(tmp_path: Path) -> None:
    """A table with no rows yet is filled without a diff: each distinct new row once, as the diff
    against no rows would insert it; a table with rows is synced by the diff again."""
    path = tmp_path / "w.duckdb"
    rows = pl.concat([state({"a": "1", "b": "2"}), state({"a": "1"})])
    first = warehouse.write(path, {STATE: rows})[STATE]
    assert (first.inserted, first.updated, first.deleted, first.rows) == (2, 0, 0, 2)
    assert warehouse.read(path, "SELECT * FROM pipeline_state ORDER BY key").rows() == [("a", "1"), ("b", "2")]
    again = warehouse.write(path, {STATE: rows})[STATE]
    assert (again.inserted, again.updated, again.deleted, again.rows) == (0, 0, 0, 2)


def test_a_table_is_written_alike_from_a_frame_staged_parts_or_a_relation(tmp_path: Path) -> None:
    """Staged Parquet parts are read by DuckDB in the writer's transaction, never as a frame."""
    rows = {"a": "1", "b": "2", "c": "3"}
    store = staging.Store.at(tmp_path / "staging")
    parts = staging.Parts(store, (store.write("run", ["state"], state(rows)),))
    from_frame, from_parts = tmp_path / "frame.duckdb", tmp_path / "parts.duckdb"
    warehouse.write(from_frame, {STATE: state(rows)})
    stats = warehouse.write(from_parts, {STATE: parts})[STATE]
    assert (stats.inserted, stats.rows) == (3, 3)
    assert warehouse.read(from_parts, f"SELECT * FROM {STATE} ORDER BY key").equals(
        warehouse.read(from_frame, f"SELECT * FROM {STATE} ORDER BY key")
    )
    with warehouse.transaction(from_parts) as con:
        relation = parts.relation(con).filter("key <> 'b'")
        stats = warehouse.sync(con, {STATE: relation})[STATE]
    assert (stats.deleted, stats.rows) == (1, 2)


def test_the_writer_keeps_within_its_memory_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_WAREHOUSE_MEMORY", "100MB")
    with warehouse.transaction(tmp_path / "w.duckdb") as con:
        limit = con.sql("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit.endswith("MiB") and 90 < float(limit.split()[0]) <= 100


def quarantined(source_path: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_path": [source_path],
            "file_path": [source_path],
            "line_no": [None],
            "format": ["txt"],
            "error": ["empty file"],
            "raw": [""],
            "file_hash": ["0" * 64],
        },
        schema_overrides={"line_no": pl.Int64},
    )


def test_failed_write_rolls_back_every_table(tmp_path: Path) -> None:
    """The bad table is the LAST one written: without the transaction, the earlier tables of
    the same write would keep their new rows."""
    path = tmp_path / "w.duckdb"
    warehouse.write(path, {"quarantined_records": quarantined("a.txt"), STATE: state({"a": "1"})})
    order = list(warehouse.KEYS)
    assert order.index("quarantined_records") < order.index(STATE)
    bad_state = pl.DataFrame({"key": ["x", "x"], "value": ["1", "2"]})  # repeats a key
    with pytest.raises(duckdb.ConstraintException):
        warehouse.write(path, {"quarantined_records": quarantined("b.txt"), STATE: bad_state})
    assert warehouse.read(path, "SELECT source_path FROM quarantined_records").rows() == [("a.txt",)]
    assert warehouse.read(path, f"SELECT * FROM {STATE}").rows() == [("a", "1")]


def test_unknown_table_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="no such warehouse table"):
        warehouse.write(tmp_path / "w.duckdb", {"nope": pl.DataFrame()})


def test_table_with_old_columns_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE pipeline_state (key VARCHAR PRIMARY KEY)").fetchall()
    warehouse.write(path, {STATE: state({"a": "1"})})
    assert warehouse.read(path, "SELECT * FROM pipeline_state").columns == ["key", "value"]


def test_readers_are_read_only_and_tolerate_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    assert warehouse.read(path, "SELECT 1") is None
    assert warehouse.read_table(path, "articles") is None
    warehouse.write(path, {STATE: state({"a": "1"})})
    with warehouse.connect_read_only(path) as con, pytest.raises(duckdb.Error):
        con.execute("DELETE FROM pipeline_state").fetchall()
    assert warehouse.read_table(path, "no_such_table") is None


def test_writer_waits_for_a_reader_in_another_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.duckdb"
    warehouse.write(path, {STATE: state({"a": "1"})})
    reader = hold_read_only(path, 1.5)
    monkeypatch.setenv("NEWS_WAREHOUSE_LOCK_TIMEOUT", "30")
    waits: list[str] = []
    warehouse.write(path, {STATE: state({"a": "2"})}, on_wait=waits.append)  # waits until the reader is gone
    reader.wait()
    assert warehouse.read(path, f"SELECT value FROM {STATE}").item() == "2"
    assert waits and all("waiting for the warehouse lock held by " in w and f"(pid {reader.pid})" in w for w in waits)


def test_writer_gives_a_clear_error_when_the_lock_is_not_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.duckdb"
    warehouse.write(path, {STATE: state({"a": "1"})})
    reader = hold_read_only(path, 30)
    try:
        monkeypatch.setenv("NEWS_WAREHOUSE_LOCK_TIMEOUT", "0.5")
        with pytest.raises(warehouse.WarehouseLocked, match="one writer or many readers") as error:
            warehouse.write(path, {STATE: state({"a": "2"})})
        assert f"(pid {reader.pid})" in str(error.value)
    finally:
        reader.kill()
        reader.wait()
    assert warehouse.read(path, f"SELECT value FROM {STATE}").item() == "1"


def test_lookup_returns_the_rows_whose_key_is_given(tmp_path: Path) -> None:
    """Keys with quotes, repeated or absent keys; no keys gives the table's columns, no rows."""
    with duckdb.connect(str(tmp_path / "k.duckdb")) as con:
        con.execute("CREATE TABLE t (k VARCHAR PRIMARY KEY, n INTEGER)")
        con.execute("INSERT INTO t VALUES ('a', 1), ('o''brien', 2), ('c', 3)")
        found = warehouse.lookup(con, "t", "k", ["o'brien", "a", "a", "absent"])
        assert sorted(found.iter_rows()) == [("a", 1), ("o'brien", 2)]
        empty = warehouse.lookup(con, "t", "k", [])
        assert empty.columns == ["k", "n"] and empty.is_empty()
