"""Article ids, duplicates, and reconciling a run with the warehouse's earlier state."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from pipelines.ingest import articles
from pipelines.ingest.sources import read_folder

T0 = datetime(2024, 1, 1, tzinfo=UTC)
T1 = datetime(2024, 2, 1, tzinfo=UTC)


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_ids_are_content_derived_and_ignore_whitespace_differences(tmp_path: Path) -> None:
    root = folder(
        tmp_path,
        {
            "a.txt": "Big headline here\n\nBody text.\n",
            "b/c.txt": "Big headline here\r\n\r\nBody  text.",
            "d.txt": "Other.",
        },
    )
    frame, sources, removed, quarantined = articles.build(read_folder(root), now=T0)
    assert frame.height == 2
    assert sources.height == 3
    assert sources.filter(pl.col("source_path") == "b/c.txt")["article_id"].item() == frame["article_id"][0]
    assert frame["source_path"].to_list() == ["a.txt", "d.txt"]
    again = articles.build(read_folder(root), now=T1).articles
    assert again["article_id"].to_list() == frame["article_id"].to_list()
    assert frame["n_words"].to_list() == [2, 1]
    assert quarantined.is_empty()
    assert sources.select("file_path", "line_no", "format").row(0) == ("a.txt", None, "txt")


def test_reconcile_keeps_first_ingest_time_marks_removed_and_drops_replaced(tmp_path: Path) -> None:
    root = folder(tmp_path, {"keep.txt": "Kept article.", "edit.txt": "First version.", "gone.txt": "Deleted later."})
    prior, prior_sources, _, _ = articles.build(read_folder(root), now=T0)
    (root / "edit.txt").write_text("Second version.", encoding="utf-8")
    (root / "gone.txt").unlink()
    current, sources, _, _ = articles.build(read_folder(root), now=T1)
    merged = articles.reconcile(current, prior, sources, prior_sources, now=T1)
    by_path = {r["source_path"]: r for r in merged.iter_rows(named=True)}
    assert set(by_path) == {"keep.txt", "edit.txt", "gone.txt"}
    assert by_path["keep.txt"]["ingested_at"] == T0 and by_path["keep.txt"]["removed_at"] is None
    assert by_path["edit.txt"]["text"] == "Second version." and by_path["edit.txt"]["ingested_at"] == T1
    assert by_path["gone.txt"]["removed_at"] == T1 and by_path["gone.txt"]["ingested_at"] == T0
    # the first version of edit.txt is replaced, not kept as a removed article
    assert "First version." not in merged["text"].to_list()
    # a removed article keeps the time it was first found gone
    later = articles.reconcile(current, merged, sources, sources, now=datetime(2025, 1, 1, tzinfo=UTC))
    assert later.filter(pl.col("source_path") == "gone.txt")["removed_at"].item() == T1


def test_reappearing_file_clears_removed_mark(tmp_path: Path) -> None:
    root = folder(tmp_path, {"a.txt": "Back again."})
    current, sources, _, _ = articles.build(read_folder(root), now=T1)
    prior = current.with_columns(pl.lit(T0).alias("ingested_at"), pl.lit(T0).alias("removed_at"))
    merged = articles.reconcile(current, prior, sources, sources.clear(), now=T1)
    assert merged["removed_at"].to_list() == [None]
    assert merged["ingested_at"].to_list() == [T0]


def test_read_articles_of_a_folder(tmp_path: Path) -> None:
    root = folder(tmp_path, {"x.txt": "Big news today\n\nSomething happened. Watch now\nwatch now"})
    frame = articles.read_articles(root)
    assert frame["title"].to_list() == ["Big news today"]
    assert frame["text"].to_list() == ["Something happened. Watch now"]


def test_metadata_comes_from_the_text_with_its_source(tmp_path: Path) -> None:
    raw = (
        "Dockers vote to end strike\n\n"
        "https://www.portnews.example/2024/strike\n"
        "By Karen O'Neill and Luis Ortega, Port Weekly\n"
        "Published: 12 April 2024\n"
        "Dock workers voted on Thursday to return to work after a pay offer.\n"
    )
    root = folder(tmp_path, {"strike.txt": raw, "bare.txt": "Nothing but a sentence here.\n\nSource: Harbour Wire"})
    frame = articles.read_articles(root)
    strike = frame.filter(pl.col("source_path") == "strike.txt").row(0, named=True)
    assert strike["title"] == "Dockers vote to end strike"
    assert str(strike["published_at"]) == "2024-04-12"
    assert strike["author"] == "Karen O'Neill; Luis Ortega"
    assert strike["outlet"] == "Port Weekly"
    assert strike["url"] == "https://www.portnews.example/2024/strike"
    assert [strike[f"{c}_source"] for c in ("title", "published_at", "author", "outlet")] == ["text"] * 4
    assert strike["text"] == "Dock workers voted on Thursday to return to work after a pay offer."
    bare = frame.filter(pl.col("source_path") == "bare.txt").row(0, named=True)
    assert (bare["outlet"], bare["outlet_source"], bare["title"], bare["title_source"]) == (
        "Harbour Wire",
        "text",
        None,
        None,
    )


def test_outlet_falls_back_to_the_url_host(tmp_path: Path) -> None:
    root = folder(tmp_path, {"a.txt": "Rates held at five percent today.\nhttps://m.financedaily.example/rates\n"})
    row = articles.read_articles(root).row(0, named=True)
    assert (row["outlet"], row["outlet_source"], row["url"]) == (
        "financedaily.example",
        "url",
        "https://m.financedaily.example/rates",
    )


def test_reconcile_reads_an_older_warehouse(tmp_path: Path) -> None:
    """Frames from a warehouse written before the metadata columns existed still reconcile."""
    root = folder(tmp_path, {"a.txt": "Kept.", "b.txt": "Gone later."})
    prior, prior_sources, _, _ = articles.build(read_folder(root), now=T0)
    old_prior = prior.select(
        "article_id",
        "source_path",
        "title",
        "published_at",
        "text",
        "content_hash",
        "n_words",
        "ingested_at",
        "removed_at",
    )
    old_sources = prior_sources.drop("file_path", "line_no", "format")
    (root / "b.txt").unlink()
    current, sources, _, _ = articles.build(read_folder(root), now=T1)
    merged = articles.reconcile(current, old_prior, sources, old_sources, now=T1)
    assert merged.columns == list(articles.ARTICLE_SCHEMA)
    assert dict(merged.select("source_path", "removed_at").iter_rows()) == {"a.txt": None, "b.txt": T1}


def test_corpus_recurring_lines_are_removed_everywhere(tmp_path: Path) -> None:
    chrome = "Share on social media Email Print"
    files = {
        f"{i:02}.txt": f"Story {i} opens with a fact about item {i}.\n{chrome}\nIt ends with detail {i}.\n"
        for i in range(6)
    }
    files["06.txt"] = "A story without the chrome line, number six.\n"
    frame, _, removed, _ = articles.build(read_folder(folder(tmp_path, files)), now=T0)
    assert not frame["text"].str.contains(chrome).any()
    recurring = removed.filter(pl.col("reason") == "recurring")
    assert recurring.height == 6 and set(recurring["text"]) == {chrome} and set(recurring["line_no"]) == {2}
