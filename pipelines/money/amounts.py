"""The amounts table: run the money engine over articles and give each figure a stable id."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext

import polars as pl

from pipelines import pool
from pipelines.ids import stable_id

# Money is exact in the table (the engine computes in floats): whole currency units to 4 places
# (38 digits hold any figure a text gives, yen trillions included), US dollars to the cent.
VALUE = pl.Decimal(38, 4)
USD = pl.Decimal(38, 2)

AMOUNT_SCHEMA = {
    "amount_id": pl.String,
    "article_id": pl.String,
    "text": pl.String,
    "currency": pl.String,
    "currency_basis": pl.String,
    "value": VALUE,
    "value_high": VALUE,
    "qualifier": pl.String,
    "equivalent_of": pl.String,
    "value_usd": USD,
    "fx_date": pl.Date,
    "fx_basis": pl.String,
    "object": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}


def to_decimal(value: float | None, dtype: pl.Decimal) -> Decimal | None:
    """A float as the decimal it was meant to be (its shortest repr, so 0.1 is 0.1), rounded
    half up to the scale of ``dtype``.

    A value the type cannot hold (infinite, not a number, too many digits) becomes None, which
    the amount data rules then reject."""
    if value is None or not math.isfinite(value) or abs(value) >= 10.0 ** (dtype.precision - dtype.scale):
        return None
    with localcontext(prec=dtype.precision):
        return Decimal(repr(value)).quantize(Decimal(1).scaleb(-dtype.scale), rounding=ROUND_HALF_UP)


CHUNK_TEXTS = 128
"""Articles a worker reads at once: a multiple of ``extract_many``'s batch (64), so the object
parses are batched as in one process and the rows are the same."""


def _chunks(articles: pl.DataFrame) -> list[list[tuple]]:
    items = list(articles.select("article_id", "text", "published_at").iter_rows())
    return [items[start : start + CHUNK_TEXTS] for start in range(0, len(items), CHUNK_TEXTS)]


def _key(articles: pl.DataFrame, objects: bool) -> tuple:
    """What names a call's work for :func:`pipelines.pool.ahead`: its articles (ids are unique
    within a run's frame) and the object switch."""
    return ("amounts", tuple(articles.get_column("article_id").to_list()), objects)


def read_ahead(articles: pl.DataFrame, *, objects: bool = True) -> bool:
    """Queue the money engine over ``articles`` in the held worker pool now (while the caller's
    process does other work), for the ``amounts_frame`` call on the same articles; whether it
    was queued (not without a held pool, nor for a batch too small for workers)."""
    workers = pool.workers_for(articles.height)
    return pool.ahead(_key(articles, objects), amount_rows, _chunks(articles), objects, workers=workers)


def amounts_frame(
    articles: pl.DataFrame,
    *,
    objects: bool = True,
    progress: Callable[[int, int, float], None] | None = None,
    workers: int | None = None,
) -> pl.DataFrame:
    """Every monetary figure in the articles (columns article_id, text, published_at). A large
    batch is read in chunks by worker processes (:mod:`pipelines.pool`: ``workers``, default by
    its rule; the work ``read_ahead`` queued for these articles, if any); ``progress(done,
    total, seconds)`` is called after each chunk."""
    chunks = _chunks(articles)
    total = articles.height
    workers = pool.workers_for(total, workers)
    if workers > 1:
        results = pool.map_in_order(amount_rows, chunks, objects, workers=workers, key=_key(articles, objects))
    else:
        results = (amount_rows(chunk, objects) for chunk in chunks)
    started = time.perf_counter()
    rows: list[dict] = []
    done = 0
    for chunk, chunk_rows in zip(chunks, results):
        rows.extend(chunk_rows)
        done += len(chunk)
        if progress:
            progress(done, total, time.perf_counter() - started)
    return pl.DataFrame(rows, schema=AMOUNT_SCHEMA)


def amount_rows(items: list[tuple[str, str, object]], objects: bool = True) -> list[dict]:
    """The amounts table's rows of (article_id, text, published_at) items."""
    from pipelines.money import extract_many

    rows: list[dict] = []
    results = extract_many(((text, published) for _, text, published in items), objects=objects)
    for (article_id, _, _), found in zip(items, results):
        ids = [stable_id(article_id, a.start_char, a.end_char) for a in found]
        rows.extend(
            {
                "amount_id": amount_id,
                "article_id": article_id,
                "text": a.text,
                "currency": a.currency,
                "currency_basis": a.currency_basis,
                "value": to_decimal(a.value, VALUE),
                "value_high": to_decimal(a.value_high, VALUE),
                "qualifier": a.qualifier,
                "equivalent_of": None if a.equivalent_of is None else ids[a.equivalent_of],
                "value_usd": to_decimal(a.value_usd, USD),
                "fx_date": a.fx_date,
                "fx_basis": a.fx_basis,
                "object": a.object,
                "start_char": a.start_char,
                "end_char": a.end_char,
            }
            for amount_id, a in zip(ids, found)
        )
    return rows
