"""Data-quality rules for the tables, as plain functions that return the offending rows
(an empty frame means the rule holds). The Dagster asset checks wrap them."""

from __future__ import annotations

from functools import lru_cache

import polars as pl


def offsets_mismatch(rows: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Rows whose ``text`` is not ``articles.text[start_char:end_char]`` of their article
    (including rows whose article is missing or whose offsets fall outside the text)."""
    joined = rows.join(
        articles.select("article_id", pl.col("text").alias("_article_text")), on="article_id", how="left"
    )
    found = pl.col("_article_text").str.slice(pl.col("start_char"), pl.col("end_char") - pl.col("start_char"))
    bad = (
        pl.col("_article_text").is_null()
        | (pl.col("start_char") < 0)
        | (pl.col("end_char") <= pl.col("start_char"))
        | (pl.col("end_char") > pl.col("_article_text").str.len_chars())
        | (found != pl.col("text"))
    )
    return joined.filter(bad).drop("_article_text")


def duplicate_keys(frame: pl.DataFrame, key: str | list[str]) -> pl.DataFrame:
    """Rows whose key occurs more than once, or is null."""
    keys = [key] if isinstance(key, str) else key
    null = pl.any_horizontal([pl.col(k).is_null() for k in keys])
    return frame.filter(pl.struct(keys).is_duplicated() | null)


def dangling(child: pl.DataFrame, column: str, parent: pl.DataFrame, parent_column: str) -> pl.DataFrame:
    """Rows of ``child`` whose non-null ``column`` names no row of ``parent``."""
    known = parent.get_column(parent_column).implode()
    return child.filter(pl.col(column).is_not_null() & ~pl.col(column).is_in(known))


@lru_cache(maxsize=1)
def iso_4217_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def invalid_currencies(amounts: pl.DataFrame) -> pl.DataFrame:
    """Amounts whose currency is not an ISO 4217 code."""
    codes = pl.Series(sorted(iso_4217_codes())).implode()
    return amounts.filter(pl.col("currency").is_null() | ~pl.col("currency").is_in(codes))
