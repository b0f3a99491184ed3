"""Removed articles stay in the warehouse (removed_at set, their mentions, amounts and quotes
kept) but never shape live data: stories, duplicates, titles, entity counts, views and saved
queries are what a warehouse built from the live files alone holds, and putting the files back
restores every one of them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines.ids import stable_id
from pipelines.warehouse import store as warehouse
from tests.helpers import SEEDS, run_pipeline

QUERIES = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "warehouse" / "queries").glob("*.sql"))
LIVE = "removed_at IS NULL"


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return sorted(con.sql(sql).fetchall(), key=repr)


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Everything live data is made of, as sorted rows."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        shot = {
            "articles": _rows(con, f"SELECT article_id, story_id, duplicate_of FROM articles WHERE {LIVE}"),
            "stories": _rows(con, "SELECT * FROM stories"),
            "entities": _rows(
                con, "SELECT entity_id, name, label, n_mentions, n_articles FROM entities WHERE n_articles > 0"
            ),
            "entity_cooccurrence": _rows(con, "SELECT * FROM entity_cooccurrence"),
            "article_reports": _rows(con, "SELECT * FROM article_reports"),
            "amount_corroboration": _rows(con, "SELECT * FROM amount_corroboration"),
            "quote_corroboration": _rows(con, "SELECT * FROM quote_corroboration"),
        }
    finally:
        con.close()
    for name in QUERIES:
        shot[f"query {name}"] = sorted(warehouse.run_saved_query(path, name).rows(), key=repr)
    return shot


def _near_copy(text: str) -> str:
    """A republication: the same text with a new last sentence."""
    return text.rstrip() + "\nThis article was republished with permission.\n"


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One warehouse through add -> remove -> restore, and a warehouse built from the files
    that were live after the removal."""
    tmp = tmp_path_factory.mktemp("live")
    source, path = tmp / "source", tmp / "evolving" / "news.duckdb"
    shutil.copytree(SEEDS, source)
    seed_000 = next(source.glob("000_*.txt"))
    (source / "005_copy_of_000.txt").write_text(_near_copy(seed_000.read_text(encoding="utf-8")), encoding="utf-8")
    assert run_pipeline(source, path).success
    added = snapshot(path)
    con = duckdb.connect(str(path), read_only=True)
    by_file = dict(con.sql("SELECT source_path, article_id FROM articles").fetchall())
    before = {
        table: dict(con.sql(f"SELECT article_id, count(*) FROM {table} GROUP BY ALL").fetchall())
        for table in ("mentions", "amounts", "quotes")
    }
    con.close()
    # The copy group's original (the earlier article, or the smaller id), and the origin of
    # the Ramstein story (002, whose headline names the story), go.
    [(copy, original)] = [(a, d) for a, _, d in added["articles"] if d is not None]
    removed_ids = {original, by_file[next(source.glob("002_*.txt")).name]}
    gone = tmp / "gone"
    gone.mkdir()
    for name, aid in by_file.items():
        if aid in removed_ids:
            shutil.copy2(source / name, gone / name)
            (source / name).unlink()
    assert run_pipeline(source, path).success
    removed = snapshot(path)
    con = duckdb.connect(str(path), read_only=True)
    removed_rows = con.sql(
        "SELECT article_id, removed_at IS NOT NULL, story_id, duplicate_of FROM articles WHERE article_id IN "
        f"({', '.join(repr(a) for a in sorted(removed_ids))})"
    ).fetchall()
    kept = {
        table: dict(con.sql(f"SELECT article_id, count(*) FROM {table} GROUP BY ALL").fetchall())
        for table in ("mentions", "amounts", "quotes")
    }
    titles = dict(con.sql("SELECT article_id, title FROM articles").fetchall())
    con.close()

    fresh = tmp / "fresh" / "news.duckdb"
    assert run_pipeline(source, fresh).success

    for name in os.listdir(gone):
        shutil.copy2(gone / name, source / name)  # put back as they were
    assert run_pipeline(source, path).success
    return {
        "added": added,
        "removed": removed,
        "fresh": snapshot(fresh),
        "restored": snapshot(path),
        "copy": copy,
        "original": original,
        "removed_ids": removed_ids,
        "removed_rows": removed_rows,
        "before": before,
        "kept": kept,
        "titles": titles,
        "by_file": by_file,
    }


def test_the_added_copy_is_a_duplicate_before_removal(history) -> None:
    assert {history["copy"], history["original"]} == {
        history["by_file"]["005_copy_of_000.txt"],
        history["by_file"][next(SEEDS.glob("000_*.txt")).name],
    }


def test_removed_articles_are_kept_but_in_no_story(history) -> None:
    """A removed article keeps its row (removed_at set) and its mentions, amounts and quotes,
    but has no story and copies nothing: story_id and duplicate_of are null."""
    assert sorted(history["removed_rows"]) == sorted((a, True, None, None) for a in history["removed_ids"])
    for table, counts in history["before"].items():
        for aid in history["removed_ids"]:
            assert history["kept"][table].get(aid) == counts.get(aid), (table, aid)


def test_no_live_article_copies_a_removed_one(history) -> None:
    live = {a: d for a, _, d in history["removed"]["articles"]}
    assert live[history["copy"]] is None
    assert not set(live.values()) & history["removed_ids"]


def test_a_story_is_named_and_identified_by_its_live_members(history) -> None:
    by_file = history["by_file"]
    partner = by_file[next(SEEDS.glob("003_*.txt")).name]
    story_of = {a: s for a, s, _ in history["removed"]["articles"]}
    assert story_of[partner] == stable_id("story", partner)
    [title] = [t for s, t, *_ in history["removed"]["stories"] if s == story_of[partner]]
    assert title != history["titles"][by_file[next(SEEDS.glob("002_*.txt")).name]]  # the removed 002's headline
    assert not {s for s, *_ in history["removed"]["stories"]} & {stable_id("story", a) for a in history["removed_ids"]}


def test_a_figure_reported_only_by_a_removed_article_is_not_corroborated(history) -> None:
    """ "£57 billion" (002) and "£57bn" (003) corroborate each other until 002 is removed."""
    assert [r[:2] for r in history["added"]["query corroborated_amounts"]] == [("GBP", 57e9)]
    assert history["removed"]["query corroborated_amounts"] == []


PARTS = [
    "articles",
    "stories",
    "entities",
    "entity_cooccurrence",
    "article_reports",
    "amount_corroboration",
    "quote_corroboration",
    *(f"query {name}" for name in QUERIES),
]


@pytest.mark.parametrize("part", PARTS)
def test_after_removal_live_data_is_what_the_live_files_alone_give(history, part: str) -> None:
    assert history["removed"][part] == history["fresh"][part]


@pytest.mark.parametrize("part", PARTS)
def test_restoring_the_files_restores_live_data(history, part: str) -> None:
    assert history["restored"][part] == history["added"][part]
