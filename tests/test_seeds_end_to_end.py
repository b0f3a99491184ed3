"""End to end: the seeds through every asset into a temporary warehouse (the session's run, or a
run on a private copy of the seeds that a test changes): what the tables hold, and what a
second run after no change, a changed file, a removed file or a copied file leaves."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from pipelines.ingest import changes
from pipelines.warehouse import store as warehouse
from tests.helpers import SEEDS, materialized, output_metadata, run_pipeline, write

# An article whose mentions change when canonicalised a second time: the model's "Rings" (ORG)
# becomes "Lord of the Rings" (WORK_OF_ART), which, canonicalised again, is a PERSON ("Lord").
GAMES = (
    "Games sales hit record in 2004\n\nMovie tie-ins also proved their worth in 2004. Games linked to Shrek, "
    "The Incredibles, Spider-Man, Harry Potter and Lord of the Rings were all in the top 20, said Roger "
    "Bennett, director general of Elspa.\n"
)


def q(path: Path, sql: str) -> pl.DataFrame:
    return warehouse.read(path, sql)


def test_seed_amounts_come_out_exactly(seeded_warehouse: Path) -> None:
    rows = q(
        seeded_warehouse,
        "SELECT a.source_path, m.amount_id, m.text, m.currency, m.value, m.equivalent_of "
        "FROM amounts m JOIN articles a USING (article_id) ORDER BY a.source_path, m.start_char",
    )
    found = [(r["source_path"][:3], r["text"], r["currency"], r["value"]) for r in rows.iter_rows(named=True)]
    assert found == [
        ("002", "£57 billion", "GBP", 57_000_000_000),
        ("003", "€65bn", "EUR", 65_000_000_000),
        ("003", "£57bn", "GBP", 57_000_000_000),
        ("003", "$28.9m", "USD", 28_900_000),
        ("003", "£23.3m", "GBP", 23_300_000),
    ]
    by_text = {r["text"]: r for r in rows.iter_rows(named=True) if r["source_path"].startswith("003")}
    assert by_text["£57bn"]["equivalent_of"] == by_text["€65bn"]["amount_id"]
    assert by_text["£23.3m"]["equivalent_of"] == by_text["$28.9m"]["amount_id"]
    assert by_text["€65bn"]["equivalent_of"] is None


def test_offsets_index_the_article_text(seeded_warehouse: Path) -> None:
    for table in ("mentions", "amounts"):
        bad = q(
            seeded_warehouse,
            f"SELECT t.* FROM {table} t JOIN articles a USING (article_id) "
            "WHERE substring(a.text, t.start_char + 1, t.end_char - t.start_char) <> t.text",
        )
        assert bad.is_empty(), f"{table}: {bad}"
        assert q(seeded_warehouse, f"SELECT count(*) AS n FROM {table}").item() > 0


def test_no_entity_or_text_from_boilerplate(seeded_warehouse: Path) -> None:
    names = q(seeded_warehouse, "SELECT name FROM entities")["name"].to_list()
    assert not [n for n in names if "ctrl" in n.lower() or "enter" in n.lower()]
    chrome = q(
        seeded_warehouse,
        "SELECT article_id FROM articles WHERE text ILIKE '%ctrl + enter%' OR text ILIKE '%watch now%' "
        "OR text ILIKE '%Getty Images%' OR text ILIKE '%(via REUTERS)%' OR text ILIKE '%video player%'",
    )
    assert chrome.is_empty()
    reasons = set(q(seeded_warehouse, "SELECT DISTINCT reason FROM removed_lines")["reason"])
    assert {"keyboard_prompt", "media_notice", "caption", "repeated"} <= reasons


def test_articles_have_titles_dates_and_relative_paths(seeded_warehouse: Path) -> None:
    articles = q(seeded_warehouse, "SELECT * FROM articles ORDER BY source_path")
    assert articles.height == 5
    assert articles["source_path"].to_list()[0] == "000_2dcaa4b0a137493a.txt"
    by_file = {r["source_path"][:3]: r for r in articles.iter_rows(named=True)}
    assert str(by_file["001"]["published_at"]) == "2023-06-01"
    assert by_file["002"]["title"].startswith("All Nato members want Ukraine")
    assert by_file["000"]["title"] is None  # opens with a sentence, not a headline
    assert articles["removed_at"].null_count() == 5


def test_every_table_and_column_has_a_comment(seeded_warehouse: Path) -> None:
    missing = q(
        seeded_warehouse,
        "SELECT table_name, NULL AS column_name FROM duckdb_tables() WHERE comment IS NULL "
        "UNION ALL SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE comment IS NULL AND schema_name = 'main' AND NOT internal",
    )
    assert missing.is_empty(), missing


def test_second_run_reads_nothing_and_skips_every_later_step(
    seed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "news.duckdb"
    first = run_pipeline(seed_copy, path)
    assert first.success
    assert output_metadata(first, "mentions")["articles_processed"] == 5
    before = {t: q(path, f"SELECT * FROM {t} ORDER BY ALL") for t in warehouse.KEYS}

    def no_reading(*args, **kwargs):
        raise AssertionError("an unchanged file was read")

    monkeypatch.setattr(changes, "read_file", no_reading)
    second = run_pipeline(seed_copy, path)
    assert second.success
    assert materialized(second) == set()  # nothing changed: every step after the listing is skipped
    for table, frame in before.items():
        assert q(path, f"SELECT * FROM {table} ORDER BY ALL").equals(frame), table


def test_a_rebuild_processes_everything_again_and_changes_nothing(seed_copy: Path, tmp_path: Path) -> None:
    """A full run reuses an unchanged article's raw NER spans (ner_spans), never its canonical
    mentions: it gives exactly the tables of the fresh build."""
    path = tmp_path / "news.duckdb"
    write(seed_copy, {"games.txt": GAMES})
    assert run_pipeline(seed_copy, path).success
    before = {t: q(path, f"SELECT * FROM {t} ORDER BY ALL") for t in warehouse.KEYS}
    again = run_pipeline(seed_copy, path, rebuild=True)
    assert again.success
    assert output_metadata(again, "news_warehouse")["rows_changed"] == 0
    assert output_metadata(again, "mentions")["articles_processed"] == 0  # same text, same engine: reused
    for table, frame in before.items():
        assert q(path, f"SELECT * FROM {table} ORDER BY ALL").equals(frame), table


def test_a_warehouse_without_raw_spans_is_read_again_by_a_full_run(seeded_warehouse: Path, tmp_path: Path) -> None:
    """A warehouse from before ner_spans (or with an article missing from it): NER reads those
    articles again, and the run gives the tables a fresh build gives."""
    path = tmp_path / "news.duckdb"
    for suffix in ("", ".wal"):
        source = seeded_warehouse.with_name(seeded_warehouse.name + suffix)
        if source.exists():
            shutil.copyfile(source, path.with_name(path.name + suffix))
    before = {t: q(path, f"SELECT * FROM {t} ORDER BY ALL") for t in warehouse.KEYS}
    with warehouse.connect(path) as con:
        con.execute("DROP TABLE ner_spans").fetchall()
    again = run_pipeline(SEEDS, path, rebuild=True)
    assert again.success
    assert output_metadata(again, "mentions")["articles_processed"] == 5
    for table, frame in before.items():
        assert q(path, f"SELECT * FROM {table} ORDER BY ALL").equals(frame), table


def test_changed_file_replaces_only_its_article(seed_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "news.duckdb"
    assert run_pipeline(seed_copy, path).success
    before = q(path, "SELECT article_id, source_path, ingested_at FROM articles ORDER BY source_path")
    other_mentions = q(
        path, f"SELECT * FROM mentions WHERE article_id <> '{before['article_id'][4]}' ORDER BY mention_id"
    )

    changed = seed_copy / before["source_path"][4]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nThe Bank of England lent £2bn to Barclays.\n", encoding="utf-8"
    )
    result = run_pipeline(seed_copy, path)
    assert result.success
    assert output_metadata(result, "mentions")["articles_processed"] == 1

    after = q(path, "SELECT article_id, source_path, ingested_at, removed_at FROM articles ORDER BY source_path")
    assert after.height == 5 and after["removed_at"].null_count() == 5
    assert after["article_id"][4] != before["article_id"][4]  # content-derived id
    assert after["article_id"][:4].to_list() == before["article_id"][:4].to_list()
    assert after["ingested_at"][:4].to_list() == before["ingested_at"][:4].to_list()
    assert q(path, f"SELECT count(*) FROM mentions WHERE article_id = '{before['article_id'][4]}'").item() == 0
    new_amounts = q(path, f"SELECT text, currency, value FROM amounts WHERE article_id = '{after['article_id'][4]}'")
    assert ("£2bn", "GBP", 2e9) in set(new_amounts.iter_rows())
    unchanged = q(path, f"SELECT * FROM mentions WHERE article_id <> '{after['article_id'][4]}' ORDER BY mention_id")
    assert unchanged.drop("entity_id").equals(other_mentions.drop("entity_id"))


def test_removed_file_is_kept_and_marked(seed_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "news.duckdb"
    assert run_pipeline(seed_copy, path).success
    victim = sorted(seed_copy.glob("*.txt"))[3]
    article_id = q(path, f"SELECT article_id FROM source_files WHERE source_path = '{victim.name}'").item()
    n_amounts = q(path, f"SELECT count(*) FROM amounts WHERE article_id = '{article_id}'").item()
    victim.unlink()

    assert run_pipeline(seed_copy, path).success
    row = q(path, f"SELECT removed_at FROM articles WHERE article_id = '{article_id}'")
    assert row.height == 1 and row.item() is not None
    assert q(path, f"SELECT count(*) FROM amounts WHERE article_id = '{article_id}'").item() == n_amounts
    assert q(path, f"SELECT count(*) FROM source_files WHERE source_path = '{victim.name}'").item() == 0
    assert q(path, "SELECT count(*) FROM articles WHERE removed_at IS NULL").item() == 4


def test_same_article_under_two_names_is_one_article(seed_copy: Path, tmp_path: Path) -> None:
    original = sorted(seed_copy.glob("*.txt"))[0]
    (seed_copy / "copies").mkdir()
    (seed_copy / "copies" / "again.txt").write_text(
        original.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8"
    )
    path = tmp_path / "news.duckdb"
    assert run_pipeline(seed_copy, path).success
    assert q(path, "SELECT count(*) FROM articles").item() == 5
    files = q(path, "SELECT source_path, article_id FROM source_files ORDER BY source_path")
    assert files.height == 6
    assert (
        files.filter(pl.col("source_path") == "copies/again.txt")["article_id"].item()
        == files.filter(pl.col("source_path") == original.name)["article_id"].item()
    )
