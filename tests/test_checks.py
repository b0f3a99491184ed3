"""Each asset check passes on good data and fails on broken data; a failing check keeps the
broken data out of the warehouse."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from pipelines.defs import checks
from pipelines.defs.resources import Warehouse
from pipelines.ingest.delta import full_scope
from pipelines.money import amounts as amount_table
from pipelines.warehouse import store as warehouse
from tests.helpers import SEEDS, run_pipeline

ARTICLES = pl.DataFrame({"article_id": ["a1", "a2"], "text": ["Joe Biden paid $5m.", "Nato met in Oslo."]})
MENTIONS = pl.DataFrame(
    {
        "mention_id": ["m1", "m2"],
        "article_id": ["a1", "a2"],
        "entity_id": ["e1", "e2"],
        "text": ["Joe Biden", "Oslo"],
        "start_char": [0, 12],
        "end_char": [9, 16],
    }
)
ENTITIES = pl.DataFrame({"entity_id": ["e1", "e2"]})
AMOUNTS = pl.DataFrame(
    {
        "amount_id": ["x1"],
        "article_id": ["a1"],
        "text": ["$5m"],
        "currency": ["USD"],
        "equivalent_of": [None],
        "start_char": [15],
        "end_char": [18],
    },
    schema_overrides={"equivalent_of": pl.String},
)


STORIES = pl.DataFrame({"story_id": ["s1", "s2"]})
ARTICLE_STORIES = pl.DataFrame(
    {"article_id": ["a1", "a2"], "story_id": ["s1", "s2"], "duplicate_of": [None, None]},
    schema_overrides={"duplicate_of": pl.String},
)


def test_each_article_in_one_story() -> None:
    assert checks.each_article_in_one_story(article_stories=ARTICLE_STORIES, articles=ARTICLES).passed
    assert not checks.each_article_in_one_story(article_stories=ARTICLE_STORIES.head(1), articles=ARTICLES).passed
    twice = pl.concat([ARTICLE_STORIES, ARTICLE_STORIES.head(1)])
    assert not checks.each_article_in_one_story(article_stories=twice, articles=ARTICLES).passed


def test_live_articles_need_a_story_and_removed_ones_have_none() -> None:
    removed = ARTICLES.with_columns(pl.Series("removed_at", [None, "2026-01-01"]))
    no_story = ARTICLE_STORIES.with_columns(pl.Series("story_id", ["s1", None]))
    assert checks.each_article_in_one_story(article_stories=no_story, articles=removed).passed
    assert not checks.each_article_in_one_story(article_stories=no_story, articles=ARTICLES).passed
    assert not checks.each_article_in_one_story(article_stories=ARTICLE_STORIES, articles=removed).passed


def test_article_ids_unique() -> None:
    assert checks.article_ids_unique(articles=ARTICLES).passed
    assert not checks.article_ids_unique(articles=pl.concat([ARTICLES, ARTICLES.head(1)])).passed
    assert not checks.article_ids_unique(
        articles=ARTICLES.with_columns(pl.lit(None, pl.String).alias("article_id"))
    ).passed


@pytest.mark.parametrize(
    "broken",
    [
        pl.col("start_char") + 1,  # shifted span
        pl.lit(-1),  # before the text
    ],
)
def test_mention_offsets_match_text(broken: pl.Expr) -> None:
    assert checks.mention_offsets_match_text(mentions=MENTIONS, articles=ARTICLES).passed
    bad = MENTIONS.with_columns(broken.alias("start_char"))
    result = checks.mention_offsets_match_text(mentions=bad, articles=ARTICLES)
    assert not result.passed and result.metadata["n_failing"].value == 2


def test_quote_offsets_match_text() -> None:
    quotes = pl.DataFrame({"article_id": ["a2"], "text": ["Nato met"], "start_char": [0], "end_char": [8]})
    assert checks.quote_offsets_match_text(quotes=quotes, articles=ARTICLES).passed
    moved = quotes.with_columns(pl.lit(1).alias("start_char"))
    assert not checks.quote_offsets_match_text(quotes=moved, articles=ARTICLES).passed


def test_amount_offsets_match_text() -> None:
    assert checks.amount_offsets_match_text(amounts=AMOUNTS, articles=ARTICLES).passed
    past_end = AMOUNTS.with_columns(pl.lit(99).alias("end_char"))
    assert not checks.amount_offsets_match_text(amounts=past_end, articles=ARTICLES).passed
    orphan = AMOUNTS.with_columns(pl.lit("nope").alias("article_id"))
    assert not checks.amount_offsets_match_text(amounts=orphan, articles=ARTICLES).passed


@pytest.mark.parametrize("currency", ["US$", "usd", "XYZ", "BTC", None])
def test_currencies_are_known(currency: str | None) -> None:
    historic = AMOUNTS.with_columns(pl.lit("DEM").alias("currency"))
    assert checks.currencies_are_known(amounts=AMOUNTS).passed and checks.currencies_are_known(amounts=historic).passed
    bad = AMOUNTS.with_columns(pl.lit(currency, pl.String).alias("currency"))
    result = checks.currencies_are_known(amounts=bad)
    assert not result.passed
    assert "amount_id='x1'" in result.description and f"currency={currency!r}" in result.description


def test_a_failing_check_names_the_first_offending_rows() -> None:
    shifted = MENTIONS.with_columns(pl.col("start_char") + 1)
    result = checks.mention_offsets_match_text(mentions=shifted, articles=ARTICLES)
    assert "2 of 2" in result.description
    assert "mention_id='m1'" in result.description and "text='Joe Biden'" in result.description
    assert "start_char=1" in result.description and "mention_id='m2'" in result.description


def _fk(stored: Path = Path("/nonexistent.duckdb"), **changes: pl.DataFrame) -> dict[str, bool]:
    return {child: result.passed for child, result in _fk_results(stored, **changes).items()}


def _fk_results(stored: Path = Path("/nonexistent.duckdb"), **changes: pl.DataFrame) -> dict[str, dg.AssetCheckResult]:
    frames = {
        "articles": ARTICLES,
        "mentions": MENTIONS,
        "entities": ENTITIES,
        "amounts": AMOUNTS,
        "removed_lines": pl.DataFrame({"article_id": ["a1"]}),
        "source_files": pl.DataFrame({"article_id": ["a1", "a2"]}),
        "ner_spans": pl.DataFrame({"article_id": ["a1", "a2"]}),
        "story_signatures": pl.DataFrame({"article_id": ["a1", "a2"]}),
        "entity_keys": pl.DataFrame({"entity_id": [*ENTITIES["entity_id"], None]}),
        "quotes": pl.DataFrame(
            {"article_id": ["a1"], "speaker_entity_id": [None]}, schema_overrides={"speaker_entity_id": pl.String}
        ),
        "stories": STORIES,
        "article_stories": ARTICLE_STORIES,
        "source_changes": full_scope(),
        **changes,
    }
    results = {}
    for check in checks.FOREIGN_KEY_CHECKS:
        inputs = {key.to_user_string(): frames[key.to_user_string()] for key in check.keys_by_input_name.values()}
        [result] = check(warehouse=Warehouse(path=str(stored)), **inputs)
        results[result.asset_key.to_user_string()] = result
    return results


def test_foreign_keys_resolve() -> None:
    assert all(_fk().values())
    assert _fk(entities=ENTITIES.head(1)) == {
        "mentions": False,
        "amounts": True,
        "quotes": True,
        "article_stories": True,
        "removed_lines": True,
        "source_files": True,
        "ner_spans": True,
        "story_signatures": True,
        "entity_keys": False,
    }
    assert not _fk(stories=STORIES.head(1))["article_stories"]
    assert not _fk(article_stories=ARTICLE_STORIES.with_columns(pl.lit("a9").alias("duplicate_of")))["article_stories"]
    assert not _fk(quotes=pl.DataFrame({"article_id": ["a1"], "speaker_entity_id": ["nobody"]}))["quotes"]
    assert not _fk(amounts=AMOUNTS.with_columns(pl.lit("missing").alias("equivalent_of")))["amounts"]
    assert not _fk(removed_lines=pl.DataFrame({"article_id": ["zz"]}))["removed_lines"]
    assert not _fk(source_files=pl.DataFrame({"article_id": ["zz"]}))["source_files"]
    assert not _fk(ner_spans=pl.DataFrame({"article_id": ["zz"]}))["ner_spans"]
    assert not _fk(story_signatures=pl.DataFrame({"article_id": ["zz"]}))["story_signatures"]
    assert not _fk(entity_keys=pl.DataFrame({"entity_id": ["zz"]}))["entity_keys"]


def test_in_an_incremental_run_a_reference_to_a_stored_row_resolves(seeded_warehouse: Path) -> None:
    stored_entity = warehouse.read(seeded_warehouse, "SELECT entity_id FROM entities LIMIT 1").item()
    mentions = MENTIONS.with_columns(pl.lit(stored_entity).alias("entity_id"))
    incremental = pl.DataFrame({"kind": ["fresh"], "key": ["a1"]})
    assert _fk(seeded_warehouse, mentions=mentions, source_changes=incremental)["mentions"]
    assert not _fk(seeded_warehouse, mentions=mentions)["mentions"]  # a full run: the stored rows go
    ghost = MENTIONS.with_columns(pl.lit("ghost").alias("entity_id"))
    assert not _fk(seeded_warehouse, mentions=ghost, source_changes=incremental)["mentions"]


@pytest.mark.parametrize(
    "child",
    [
        "mentions",
        "amounts",
        "quotes",
        "article_stories",
        "removed_lines",
        "source_files",
        "ner_spans",
        "story_signatures",
    ],
)
def test_an_article_id_that_resolves_to_nothing_fails_its_check(child: str) -> None:
    frames = {
        "mentions": MENTIONS,
        "amounts": AMOUNTS,
        "quotes": pl.DataFrame(
            {"article_id": ["a1"], "speaker_entity_id": [None]}, schema_overrides={"speaker_entity_id": pl.String}
        ),
        "article_stories": ARTICLE_STORIES,
        "removed_lines": pl.DataFrame({"article_id": ["a1"]}),
        "source_files": pl.DataFrame({"article_id": ["a1", "a2"]}),
        "ner_spans": pl.DataFrame({"article_id": ["a1"]}),
        "story_signatures": pl.DataFrame({"article_id": ["a1"]}),
    }
    ghost = frames[child].with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("ghost")).otherwise("article_id").alias("article_id")
    )
    results = _fk_results(**{child: ghost})
    assert [c for c, r in results.items() if not r.passed] == [child]
    assert "first: (column='article_id', value='ghost')" in results[child].description


def test_failing_check_keeps_broken_data_out_of_the_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "news.duckdb"
    assert run_pipeline(SEEDS, path).success
    before = warehouse.read(path, "SELECT * FROM amounts ORDER BY amount_id")

    real = amount_table.amounts_frame
    monkeypatch.setattr(
        amount_table, "amounts_frame", lambda *a, **k: real(*a, **k).with_columns(pl.col("end_char") + 1)
    )
    # force the amounts to be computed again rather than reused
    monkeypatch.setattr("pipelines.warehouse.fingerprint.amounts", lambda: "another engine")
    result = run_pipeline(SEEDS, path)
    assert not result.success
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    assert {e.check_name for e in failed} == {"amount_offsets_match_text"}
    assert "first: (amount_id=" in failed[0].description
    written = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("news_warehouse")]
    assert written == []
    assert warehouse.read(path, "SELECT * FROM amounts ORDER BY amount_id").equals(before)


def _folder(tmp_path: Path, **texts: str) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    for name, text in texts.items():
        (source / f"{name}.txt").write_text(text, encoding="utf-8")
    return source


HISTORIC = (
    "The Bundesbank paid DM 5m for the building in 1990.\n\n"
    "Croatia paid 80m kuna for the bridge in 2019.\n\n"
    "He sold ₿2 last week, and the council spent £4m on roads.\n"
)


def test_amounts_in_historic_and_non_iso_currencies_are_written(tmp_path: Path) -> None:
    path = tmp_path / "news.duckdb"
    result = run_pipeline(_folder(tmp_path, money=HISTORIC, other="Angela Merkel visited Paris.\n"), path)
    assert result.success
    found = warehouse.read(path, "SELECT text, currency FROM amounts ORDER BY start_char").rows()
    assert found == [("DM 5m", "DEM"), ("80m kuna", "HRK"), ("₿2", "XBT"), ("£4m", "GBP")]


def test_an_amount_a_rule_rejects_is_quarantined_and_the_rest_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture
) -> None:
    real = amount_table.amounts_frame
    monkeypatch.setattr(
        amount_table,
        "amounts_frame",
        lambda *a, **k: real(*a, **k).with_columns(
            pl.when(pl.col("text") == "80m kuna").then(pl.lit("XX1")).otherwise(pl.col("currency")).alias("currency")
        ),
    )
    path = tmp_path / "news.duckdb"
    for _ in range(2):  # and again: the quarantined amount stays quarantined on a re-run
        result = run_pipeline(
            _folder(tmp_path, money=HISTORIC) if not (tmp_path / "source").exists() else tmp_path / "source", path
        )
        assert result.success
        assert warehouse.read(path, "SELECT text FROM amounts ORDER BY start_char")["text"].to_list() == [
            "DM 5m",
            "₿2",
            "£4m",
        ]
        [row] = warehouse.read(path, "SELECT * FROM quarantined_records").iter_rows(named=True)
        start = HISTORIC.index("80m kuna")
        assert row["source_path"] == f"money.txt#amount@{start}-{start + 8}"
        assert row["file_path"] == "money.txt" and row["format"] == "amount" and row["raw"] == "80m kuna"
        assert "XX1" in row["error"] and row["file_hash"]
    warning = next(line for line in capfd.readouterr().err.splitlines() if "quarantined amount" in line)
    assert "'80m kuna'" in warning and "money.txt" in warning and "currency XX1 is not a known currency code" in warning
