"""Data-quality rules for the tables, as plain functions that return the offending rows
(an empty frame means the rule holds). The Dagster asset checks wrap them."""

from __future__ import annotations

import polars as pl

from pipelines.ingest.sources import Format
from pipelines.money import currencies


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


def _unknown_currency() -> pl.Expr:
    codes = pl.Series(sorted(currencies.known()), dtype=pl.String).implode()
    return pl.col("currency").is_null() | ~pl.col("currency").is_in(codes)


def unknown_currencies(amounts: pl.DataFrame) -> pl.DataFrame:
    """Amounts whose currency is not on the one list of codes (``pipelines.money.currencies``)."""
    return amounts.filter(_unknown_currency())


def amount_rules() -> list[tuple[pl.Expr, pl.Expr]]:
    """Data rules for one amount row: (the row breaks it, why it is rejected). An amount
    that breaks one is quarantined, not written; the run goes on."""
    return [
        (
            _unknown_currency(),
            pl.format("currency {} is not a known currency code", pl.col("currency").fill_null("(none)")),
        ),
        (
            pl.col("value").is_null() | ~pl.col("value").cast(pl.Float64).is_finite() | (pl.col("value") <= 0),
            pl.format("value {} is not a positive number", pl.col("value").cast(pl.String).fill_null("(none)")),
        ),
    ]


def rejected_amounts(amounts: pl.DataFrame) -> pl.DataFrame:
    """The amount rows a data rule rejects, with ``reason`` (the first rule each breaks)."""
    reason = pl.lit(None, pl.String)
    for broken, why in reversed(amount_rules()):
        reason = pl.when(broken).then(why).otherwise(reason)
    return amounts.with_columns(reason.alias("reason")).filter(pl.col("reason").is_not_null())


def split_amounts(amounts: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(kept, rejected): the amounts no rule rejects, with links to a rejected amount
    cleared, and the rejected ones with ``reason``."""
    rejected = rejected_amounts(amounts)
    gone = rejected.get_column("amount_id").implode()
    kept = amounts.filter(~pl.col("amount_id").is_in(gone)).with_columns(
        pl.when(pl.col("equivalent_of").is_in(gone))
        .then(None)
        .otherwise(pl.col("equivalent_of"))
        .alias("equivalent_of")
    )
    return kept, rejected


def quarantine_amounts(rejected: pl.DataFrame, articles: pl.DataFrame, source_files: pl.DataFrame) -> pl.DataFrame:
    """quarantined_records rows for rejected amounts (with ``reason``): source_path is
    ``<article source_path>#amount@<start>-<end>``, raw the amount's text; file, line and
    hash are those of the article's record."""
    record = source_files.select("source_path", "file_path", "line_no", "file_hash")
    return (
        rejected.join(articles.select("article_id", "source_path"), on="article_id", how="left")
        .join(record, on="source_path", how="left")
        .select(
            pl.format(
                "{}#amount@{}-{}", pl.col("source_path").fill_null(pl.col("article_id")), "start_char", "end_char"
            ).alias("source_path"),
            pl.col("file_path").fill_null(pl.col("source_path")),
            "line_no",
            pl.lit(Format.AMOUNT, pl.String).alias("format"),
            pl.format("amount rejected: {}", "reason").alias("error"),
            pl.col("text").alias("raw"),
            "file_hash",
        )
    )


AMOUNT_QUARANTINE_MARK = "#amount@"


def articles_with_quarantined_amounts(quarantined: pl.DataFrame | None, articles: pl.DataFrame) -> pl.Series:
    """Ids of the articles that had amounts quarantined (their source_path before the mark)."""
    if quarantined is None or quarantined.is_empty():
        return pl.Series("article_id", [], dtype=pl.String)
    paths = (
        quarantined.filter(pl.col("source_path").str.contains(AMOUNT_QUARANTINE_MARK, literal=True))
        .select(pl.col("source_path").str.split(AMOUNT_QUARANTINE_MARK).list.first())
        .to_series()
    )
    return articles.filter(pl.col("source_path").is_in(paths.implode())).get_column("article_id")
