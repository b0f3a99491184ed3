"""The amounts table: run the money engine over articles and give each figure a stable id."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from .ids import stable_id

AMOUNT_SCHEMA = {
    "amount_id": pl.String,
    "article_id": pl.String,
    "text": pl.String,
    "currency": pl.String,
    "currency_basis": pl.String,
    "value": pl.Float64,
    "value_high": pl.Float64,
    "qualifier": pl.String,
    "equivalent_of": pl.String,
    "value_usd": pl.Float64,
    "fx_date": pl.Date,
    "object": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}


def amounts_frame(
    articles: pl.DataFrame,
    *,
    objects: bool = True,
    progress: Callable[[int, int, float], None] | None = None,
    every: int = 200,
) -> pl.DataFrame:
    """Every monetary figure in the articles (columns article_id, text, published_at)."""
    import time

    from .money import extract_many

    rows: list[dict] = []
    total = articles.height
    started = time.perf_counter()
    selected = articles.select("article_id", "text", "published_at")
    # extract_many parses the object windows of many articles in one batch
    results = extract_many(((text, published) for _, text, published in selected.iter_rows()), objects=objects)
    for done, (article_id, found) in enumerate(zip(selected.get_column("article_id"), results), start=1):
        ids = [stable_id(article_id, a.start_char, a.end_char) for a in found]
        for amount_id, a in zip(ids, found):
            rows.append(
                {
                    "amount_id": amount_id,
                    "article_id": article_id,
                    "text": a.text,
                    "currency": a.currency,
                    "currency_basis": a.currency_basis,
                    "value": a.value,
                    "value_high": a.value_high,
                    "qualifier": a.qualifier,
                    "equivalent_of": None if a.equivalent_of is None else ids[a.equivalent_of],
                    "value_usd": a.value_usd,
                    "fx_date": a.fx_date,
                    "object": a.object,
                    "start_char": a.start_char,
                    "end_char": a.end_char,
                }
            )
        if progress and (done % every == 0 or done == total):
            progress(done, total, time.perf_counter() - started)
    return pl.DataFrame(rows, schema=AMOUNT_SCHEMA)
