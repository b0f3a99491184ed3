"""The amounts table: run the money engine over articles and give each figure a stable id."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext

import polars as pl

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


def amounts_frame(
    articles: pl.DataFrame,
    *,
    objects: bool = True,
    progress: Callable[[int, int, float], None] | None = None,
    every: int = 200,
) -> pl.DataFrame:
    """Every monetary figure in the articles (columns article_id, text, published_at)."""
    import time

    from pipelines.money import extract_many

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
            )
        if progress and (done % every == 0 or done == total):
            progress(done, total, time.perf_counter() - started)
    return pl.DataFrame(rows, schema=AMOUNT_SCHEMA)
