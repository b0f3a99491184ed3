"""Article ids, duplicates, and reconciling a run with the warehouse's earlier state."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from pipelines import articles
from pipelines.sources import read_folder

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
T1 = datetime(2024, 2, 1, tzinfo=timezone.utc)


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_ids_are_content_derived_and_ignore_whitespace_differences(tmp_path: Path) -> None:
    root = folder(tmp_path, {"a.txt": "Big headline here\n\nBody text.\n", "b/c.txt": "Big headline here\r\n\r\nBody  text.", "d.txt": "Other."})
    frame, sources, removed = articles.build(read_folder(root), now=T0)
    assert frame.height == 2
    assert sources.height == 3
    assert sources.filter(pl.col("source_path") == "b/c.txt")["article_id"].item() == frame["article_id"][0]
    assert frame["source_path"].to_list() == ["a.txt", "d.txt"]
    again, _, _ = articles.build(read_folder(root), now=T1)
    assert again["article_id"].to_list() == frame["article_id"].to_list()
    assert frame["n_words"].to_list() == [2, 1]


def test_reconcile_keeps_first_ingest_time_marks_removed_and_drops_replaced(tmp_path: Path) -> None:
    root = folder(tmp_path, {"keep.txt": "Kept article.", "edit.txt": "First version.", "gone.txt": "Deleted later."})
    prior, prior_sources, _ = articles.build(read_folder(root), now=T0)
    (root / "edit.txt").write_text("Second version.", encoding="utf-8")
    (root / "gone.txt").unlink()
    current, sources, _ = articles.build(read_folder(root), now=T1)
    merged = articles.reconcile(current, prior, sources, prior_sources, now=T1)
    by_path = {r["source_path"]: r for r in merged.iter_rows(named=True)}
    assert set(by_path) == {"keep.txt", "edit.txt", "gone.txt"}
    assert by_path["keep.txt"]["ingested_at"] == T0 and by_path["keep.txt"]["removed_at"] is None
    assert by_path["edit.txt"]["text"] == "Second version." and by_path["edit.txt"]["ingested_at"] == T1
    assert by_path["gone.txt"]["removed_at"] == T1 and by_path["gone.txt"]["ingested_at"] == T0
    # the first version of edit.txt is replaced, not kept as a removed article
    assert "First version." not in merged["text"].to_list()
    # a removed article keeps the time it was first found gone
    later = articles.reconcile(current, merged, sources, sources, now=datetime(2025, 1, 1, tzinfo=timezone.utc))
    assert later.filter(pl.col("source_path") == "gone.txt")["removed_at"].item() == T1


def test_reappearing_file_clears_removed_mark(tmp_path: Path) -> None:
    root = folder(tmp_path, {"a.txt": "Back again."})
    current, sources, _ = articles.build(read_folder(root), now=T1)
    prior = current.with_columns(pl.lit(T0).alias("ingested_at"), pl.lit(T0).alias("removed_at"))
    merged = articles.reconcile(current, prior, sources, sources.clear(), now=T1)
    assert merged["removed_at"].to_list() == [None]
    assert merged["ingested_at"].to_list() == [T0]


def test_read_articles_of_a_folder(tmp_path: Path) -> None:
    root = folder(tmp_path, {"x.txt": "Big news today\n\nSomething happened. Watch now\nwatch now"})
    frame = articles.read_articles(root)
    assert frame["title"].to_list() == ["Big news today"]
    assert frame["text"].to_list() == ["Something happened. Watch now"]
