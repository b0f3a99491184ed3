"""Each asset check passes on good data and fails on broken data; a failing check keeps the
broken data out of the warehouse."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from pipelines import amounts as amount_table
from pipelines import warehouse
from pipelines.defs import checks
from tests.conftest import SEEDS, run_pipeline

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


def test_article_ids_unique() -> None:
    assert checks.article_ids_unique(articles=ARTICLES).passed
    assert not checks.article_ids_unique(articles=pl.concat([ARTICLES, ARTICLES.head(1)])).passed
    assert not checks.article_ids_unique(articles=ARTICLES.with_columns(pl.lit(None, pl.String).alias("article_id"))).passed


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


@pytest.mark.parametrize("currency", ["US$", "usd", "XYZ", None])
def test_currencies_are_iso_4217(currency: str | None) -> None:
    assert checks.currencies_are_iso_4217(amounts=AMOUNTS).passed
    bad = AMOUNTS.with_columns(pl.lit(currency, pl.String).alias("currency"))
    assert not checks.currencies_are_iso_4217(amounts=bad).passed


def _fk(**changes: pl.DataFrame) -> dict[str, bool]:
    frames = {
        "articles": ARTICLES,
        "mentions": MENTIONS,
        "entities": ENTITIES,
        "amounts": AMOUNTS,
        "removed_lines": pl.DataFrame({"article_id": ["a1"]}),
        "source_files": pl.DataFrame({"article_id": ["a1", "a2"]}),
        "quotes": pl.DataFrame({"article_id": ["a1"], "speaker_entity_id": [None]}, schema_overrides={"speaker_entity_id": pl.String}),
        "stories": STORIES,
        "article_stories": ARTICLE_STORIES,
        **changes,
    }
    results = {}
    for child, check in checks.FOREIGN_KEY_CHECKS.items():
        inputs = {key.to_user_string(): frames[key.to_user_string()] for key in check.keys_by_input_name.values()}
        [result] = check(**inputs)
        results[result.asset_key.to_user_string()] = result.passed
    return results


def test_foreign_keys_resolve() -> None:
    assert all(_fk().values())
    assert _fk(entities=ENTITIES.head(1)) == {
        "mentions": False, "amounts": True, "quotes": True, "article_stories": True, "removed_lines": True,
        "source_files": True,
    }
    assert not _fk(stories=STORIES.head(1))["article_stories"]
    assert not _fk(article_stories=ARTICLE_STORIES.with_columns(pl.lit("a9").alias("duplicate_of")))["article_stories"]
    assert not _fk(quotes=pl.DataFrame({"article_id": ["a1"], "speaker_entity_id": ["nobody"]}))["quotes"]
    assert not _fk(amounts=AMOUNTS.with_columns(pl.lit("missing").alias("equivalent_of")))["amounts"]
    assert not _fk(removed_lines=pl.DataFrame({"article_id": ["zz"]}))["removed_lines"]
    assert not _fk(source_files=pl.DataFrame({"article_id": ["zz"]}))["source_files"]


def test_failing_check_keeps_broken_data_out_of_the_warehouse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "news.duckdb"
    assert run_pipeline(SEEDS, path).success
    before = warehouse.read(path, "SELECT * FROM amounts ORDER BY amount_id")

    real = amount_table.amounts_frame
    monkeypatch.setattr(
        amount_table, "amounts_frame", lambda *a, **k: real(*a, **k).with_columns(pl.lit("XX1").alias("currency"))
    )
    # force the amounts to be computed again rather than reused
    monkeypatch.setattr("pipelines.fingerprint.amounts", lambda: "another engine")
    result = run_pipeline(SEEDS, path)
    assert not result.success
    failed = {e.check_name for e in result.get_asset_check_evaluations() if not e.passed}
    assert failed == {"currencies_are_iso_4217"}
    written = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("news_warehouse")]
    assert written == []
    assert warehouse.read(path, "SELECT * FROM amounts ORDER BY amount_id").equals(before)
