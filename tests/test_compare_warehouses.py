"""benchmarks.compare_warehouses: equal warehouses compare equal; one changed row is reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from benchmarks.compare_warehouses import compare


def test_a_copy_is_equal_and_one_changed_row_is_not(seeded_warehouse: Path, tmp_path: Path, capsys) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seeded_warehouse, copy)
    assert compare(str(seeded_warehouse), str(copy))
    with duckdb.connect(str(copy)) as con:
        con.execute("UPDATE entities SET name = name || '!' WHERE entity_id = (SELECT min(entity_id) FROM entities)")
        con.execute("UPDATE articles SET ingested_at = ingested_at + INTERVAL 1 DAY")  # a run-time column
    capsys.readouterr()
    assert not compare(str(seeded_warehouse), str(copy))
    report = capsys.readouterr().out
    assert "entities: " in report and "1 only in a, 1 only in b" in report
    assert "articles: equal" in report
