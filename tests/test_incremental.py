"""incremental.split: which articles are processed again and which earlier rows are reused."""

from __future__ import annotations

import polars as pl

from pipelines.warehouse import incremental

PRIOR_ARTICLES = pl.DataFrame({"article_id": ["a", "b", "c"], "text": ["one", "two", "three"]})
PRIOR_ROWS = pl.DataFrame({"article_id": ["a", "a", "b", "c"], "mention_id": ["a1", "a2", "b1", "c1"]})


def _split(articles: pl.DataFrame, **kw) -> tuple[list[str], list[str]]:
    reused, todo = incremental.split(articles, PRIOR_ARTICLES, PRIOR_ROWS, **{"same_engine": True, **kw})
    return sorted(reused["mention_id"].to_list()), sorted(todo["article_id"].to_list())


def test_unchanged_articles_reuse_their_rows() -> None:
    assert _split(PRIOR_ARTICLES) == (["a1", "a2", "b1", "c1"], [])


def test_same_id_with_changed_text_is_processed_again() -> None:
    changed = PRIOR_ARTICLES.with_columns(
        pl.when(pl.col("article_id") == "b").then(pl.lit("TWO")).otherwise("text").alias("text")
    )
    assert _split(changed) == (["a1", "a2", "c1"], ["b"])


def test_new_articles_are_processed_and_gone_ones_reuse_nothing() -> None:
    now = pl.DataFrame({"article_id": ["a", "d"], "text": ["one", "four"]})
    assert _split(now) == (["a1", "a2"], ["d"])


def test_a_changed_engine_processes_every_article() -> None:
    assert _split(PRIOR_ARTICLES, same_engine=False) == ([], ["a", "b", "c"])


def test_articles_to_redo_are_processed_again() -> None:
    assert _split(PRIOR_ARTICLES, redo=pl.Series(["c"])) == (["a1", "a2", "b1"], ["c"])


def test_first_run_processes_everything() -> None:
    reused, todo = incremental.split(PRIOR_ARTICLES, None, None, same_engine=True)
    assert reused.is_empty() and todo.equals(PRIOR_ARTICLES)


def test_articles_without_earlier_rows_are_to_redo() -> None:
    now = pl.concat([PRIOR_ARTICLES, pl.DataFrame({"article_id": ["d"], "text": ["four"]})])
    assert incremental.without_rows(now, PRIOR_ROWS.filter(pl.col("article_id") != "b")).to_list() == ["b", "d"]
    assert incremental.without_rows(now, None).to_list() == ["a", "b", "c", "d"]  # no such table yet
    assert incremental.without_rows(now, PRIOR_ROWS.clear()).to_list() == ["a", "b", "c", "d"]
