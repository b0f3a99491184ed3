"""Incremental runs: only changed files are read, and the warehouse ends as a full rebuild of the
same folder would leave it."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl
import pytest

from pipelines.ingest import changes
from pipelines.warehouse import store
from tests.helpers import materialized, output_metadata, run_pipeline, write

BODY = "Jens Stoltenberg met Olaf Scholz in Berlin on Monday to discuss a $2bn defence fund.\n"
SAME = {  # what an incremental run must make exactly as a rebuild does (ids of entities and
    # stories may differ by design: stored ones never change)
    "articles": "* EXCLUDE (story_id, duplicate_of)",
    "source_files": "*",
    "removed_lines": "*",
    "quarantined_records": "*",
    "amounts": "*",
    "mentions": "mention_id, article_id, text, model_label, start_char, end_char",
    "quotes": "quote_id, article_id, speaker_text, cue, text, start_char, end_char",
    "ner_spans": "*",  # the fresh articles' raw spans too: a later full run reuses every article's
}
CONSISTENT = {  # SQL that finds rows an incremental run must never leave
    "entity counts": "SELECT * FROM entities e WHERE n_mentions <> (SELECT count(*) FROM mentions m "
    "WHERE m.entity_id = e.entity_id AND m.article_id IN (SELECT article_id FROM articles WHERE removed_at IS NULL))",
    "dangling mentions": "SELECT * FROM mentions WHERE entity_id NOT IN (SELECT entity_id FROM entities)",
    "live articles in no story": "SELECT * FROM articles WHERE removed_at IS NULL AND story_id NOT IN "
    "(SELECT story_id FROM stories)",
    "empty stories": "SELECT * FROM stories s WHERE n_articles <> (SELECT count(*) FROM articles a "
    "WHERE a.story_id = s.story_id AND removed_at IS NULL)",
    "copies of articles not live": "SELECT * FROM articles WHERE duplicate_of NOT IN "
    "(SELECT article_id FROM articles WHERE removed_at IS NULL)",
}


def rows(path: Path, table: str) -> pl.DataFrame:
    drop = {"ingested_at", "removed_at", "modified_at"}  # times of the runs, not of the content
    frame = store.read(path, f"SELECT {SAME[table]} FROM {table}")
    frame = frame.drop([c for c in frame.columns if c in drop])
    return frame.sort(frame.columns)


def stored(folder: Path) -> pl.DataFrame:
    """The record a warehouse keeps of the folder's files."""
    rows = [(p.relative_to(folder).as_posix(), *changes.file_stat(p)) for p in sorted(folder.rglob("*.txt"))]
    return pl.DataFrame(rows, schema=changes.STORED_SCHEMA, orient="row")


def test_unchanged_files_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"a.txt": "A " + BODY, "b.txt": "B " + BODY})
    listing = stored(tmp_path)
    read, original = [], changes.read_file
    monkeypatch.setattr(changes, "read_file", lambda path, root: read.append(path.name) or original(path, root))
    plan = changes.plan(tmp_path, listing, {"a.txt": "x", "b.txt": "y", "gone.txt": "z"}, set())
    assert read == [] and plan.unchanged == 2 and plan.gone == ["gone.txt"]


def test_a_changed_size_or_time_is_read(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "A " + BODY, "b.txt": "B " + BODY})
    listing = stored(tmp_path)
    (tmp_path / "a.txt").write_text("A longer text. " + BODY)
    os.utime(tmp_path / "b.txt", (1, 1))
    plan = changes.plan(tmp_path, listing, {"a.txt": "x", "b.txt": "y"}, set())
    assert [f.source_path for f in plan.files] == ["a.txt", "b.txt"] and plan.unchanged == 0


def test_a_known_bad_file_is_not_news(tmp_path: Path) -> None:
    write(tmp_path, {"doc.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"})
    first = changes.plan(tmp_path, pl.DataFrame(schema=changes.STORED_SCHEMA), {}, set())
    [bad] = first.files
    known = {(bad.source_path, bad.error)}
    again = changes.plan(tmp_path, pl.DataFrame(schema=changes.STORED_SCHEMA), {"doc.txt": bad.file_hash}, known)
    assert again.empty and again.unchanged == 1


def test_incremental_runs_end_as_a_rebuild_would(seed_copy: Path, tmp_path: Path) -> None:
    path, rebuilt = tmp_path / "news.duckdb", tmp_path / "rebuilt.duckdb"
    write(seed_copy, {"copy.txt": "Copy " + BODY, "twin.txt": "Copy " + BODY, "feed.jsonl": ""})
    assert run_pipeline(seed_copy, path).success
    seeds = sorted(p for p in seed_copy.glob("0*.txt"))
    seeds[0].unlink()  # gone: its article is kept, marked removed
    seeds[1].write_text(seeds[1].read_text() + "\nA closing line added later.\n")  # edited: replaced
    (seed_copy / "twin.txt").write_text("Another story. " + BODY)  # one copy changed: the other still holds it
    write(seed_copy, {"new.txt": "New " + BODY, "bad.txt": b"PK\x03\x04zip"})
    result = run_pipeline(seed_copy, path)
    assert result.success
    assert output_metadata(result, "mentions")["articles_processed"] == 3  # edited, twin, new
    assert run_pipeline(seed_copy, rebuilt).success
    # the rebuilt warehouse saw only today's folder: the removed article is the one difference
    removed = store.read(path, "SELECT article_id FROM articles WHERE removed_at IS NOT NULL")["article_id"].to_list()
    assert len(removed) == 1
    for table in SAME:
        mine = rows(path, table)
        if "article_id" in mine.columns:
            mine = mine.filter(~pl.col("article_id").is_in(removed))
        assert mine.equals(rows(rebuilt, table)), table
    for what, sql in CONSISTENT.items():
        assert store.read(path, sql).is_empty(), what
    assert materialized(run_pipeline(seed_copy, path)) == set()  # and then nothing is left to do


def test_added_articles_are_resolved_against_the_stored_ones(seed_copy: Path, tmp_path: Path) -> None:
    path, rebuilt = tmp_path / "news.duckdb", tmp_path / "rebuilt.duckdb"
    later = sorted(seed_copy.glob("00[13]_*.txt"))
    held = {p.name: p.read_bytes() for p in later}
    for p in later:
        p.unlink()
    assert run_pipeline(seed_copy, path).success
    copy = next(seed_copy.glob("000_*.txt")).read_text() + "\nReporting by our staff.\n"
    write(seed_copy, {"copy_of_000.txt": copy, **held})
    result = run_pipeline(seed_copy, path)
    assert result.success
    assert output_metadata(result, "news_warehouse")["run"] == "incremental"
    assert output_metadata(result, "mentions")["articles_processed"] == 3
    assert run_pipeline(seed_copy, rebuilt).success
    for table in SAME:
        assert rows(path, table).equals(rows(rebuilt, table)), table
    for what, sql in CONSISTENT.items():
        assert store.read(path, sql).is_empty(), what
    partners = "SELECT list(source_path ORDER BY source_path) AS s FROM articles GROUP BY story_id ORDER BY s"
    assert store.read(path, partners).equals(store.read(rebuilt, partners))
    copies = "SELECT source_path, duplicate_of IS NOT NULL AS copy FROM articles ORDER BY source_path"
    assert store.read(path, copies).equals(store.read(rebuilt, copies))
