"""Reuse earlier results for articles whose text has not changed, so that a re-run sends no
unchanged article through spaCy again."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl


def split(
    articles: pl.DataFrame,
    prior_articles: pl.DataFrame | None,
    prior_rows: pl.DataFrame | None,
    *,
    same_engine: bool,
    redo: Iterable[str] | pl.Series = (),
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Return (reused_rows, articles_to_process).

    An article's earlier rows are reused when the engine that made them is the same
    (``same_engine``) and the article's text is exactly the text they were made from; offsets
    into the text then still hold. Every other article, and every article in ``redo``
    (whose earlier rows are incomplete, e.g. some were quarantined), is to be processed.
    """
    if not same_engine or prior_articles is None or prior_rows is None or prior_articles.is_empty():
        empty = prior_rows.clear() if prior_rows is not None else pl.DataFrame()
        return empty, articles
    redo = pl.Series("article_id", list(redo), dtype=pl.String)
    unchanged = (
        articles.select("article_id", "text")
        .join(prior_articles.select("article_id", pl.col("text").alias("_prior_text")), on="article_id")
        .filter((pl.col("text") == pl.col("_prior_text")) & ~pl.col("article_id").is_in(redo.implode()))
        .get_column("article_id")
    )
    reused = prior_rows.filter(pl.col("article_id").is_in(unchanged.implode()))
    todo = articles.filter(~pl.col("article_id").is_in(unchanged.implode()))
    return reused, todo


def without_rows(articles: pl.DataFrame, prior_rows: pl.DataFrame | None) -> pl.Series:
    """The articles that have no earlier rows: ``split``'s ``redo`` for rows that every article
    should have, so that an article whose rows were never stored (a table older than the
    article, or none at all) is processed, not reused as having none."""
    ids = articles.get_column("article_id")
    if prior_rows is None:
        return ids
    return ids.filter(~ids.is_in(prior_rows.get_column("article_id").implode()))
