"""Asset checks. They run on the frames before the warehouse is written and are blocking:
when one fails, ``news_warehouse`` does not run and the warehouse keeps its last good state.

They catch faults of the code (offsets that do not match the text, broken keys), not of the
data: a record that breaks a data rule is quarantined upstream and the run goes on. A
failing check's description names the first offending rows."""

from contextlib import closing

import dagster as dg
import polars as pl

from pipelines.defs.metadata import markdown_preview
from pipelines.defs.resources import Warehouse
from pipelines.ingest.delta import is_full
from pipelines.warehouse import store, validation

FIRST_ROWS = 3


def first_rows(bad: pl.DataFrame, n: int = FIRST_ROWS, width: int = 40) -> str:
    """The first ``n`` rows as ``column=value`` lists, for a failure message."""

    def cell(value: object) -> str:
        text = repr(value)
        return text if len(text) <= width else text[: width - 1] + "…"

    rows = [
        "(" + ", ".join(f"{k}={cell(v)}" for k, v in row.items()) + ")" for row in bad.head(n).iter_rows(named=True)
    ]
    return "; ".join(rows) + ("; …" if bad.height > n else "")


def _result(bad: pl.DataFrame, checked: int, what: str) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=bad.is_empty(),
        description=f"{bad.height} of {checked} {what}, first: {first_rows(bad)}"
        if bad.height
        else f"all {checked} rows pass",
        metadata={
            "n_failing": bad.height,
            "n_checked": checked,
            **({"failing_rows": dg.MetadataValue.md(markdown_preview(bad))} if bad.height else {}),
        },
    )


@dg.asset_check(asset="articles", blocking=True)
def article_ids_unique(articles: pl.DataFrame) -> dg.AssetCheckResult:
    """No two articles share an article_id, and none is null."""
    return _result(
        validation.duplicate_keys(articles, "article_id"), articles.height, "articles have a duplicate or null id"
    )


@dg.asset_check(asset="mentions", blocking=True, additional_ins={"articles": dg.AssetIn("articles")})
def mention_offsets_match_text(mentions: pl.DataFrame, articles: pl.DataFrame) -> dg.AssetCheckResult:
    """Each mention's text equals articles.text[start_char:end_char]."""
    return _result(
        validation.offsets_mismatch(mentions, articles),
        mentions.height,
        "mentions do not match the text at their offsets",
    )


@dg.asset_check(asset="amounts", blocking=True, additional_ins={"articles": dg.AssetIn("articles")})
def amount_offsets_match_text(amounts: pl.DataFrame, articles: pl.DataFrame) -> dg.AssetCheckResult:
    """Each amount's text equals articles.text[start_char:end_char]."""
    return _result(
        validation.offsets_mismatch(amounts, articles), amounts.height, "amounts do not match the text at their offsets"
    )


@dg.asset_check(asset="quotes", blocking=True, additional_ins={"articles": dg.AssetIn("articles")})
def quote_offsets_match_text(quotes: pl.DataFrame, articles: pl.DataFrame) -> dg.AssetCheckResult:
    """Each quote's text equals articles.text[start_char:end_char]."""
    return _result(
        validation.offsets_mismatch(quotes, articles), quotes.height, "quotes do not match the text at their offsets"
    )


@dg.asset_check(asset="amounts", blocking=True)
def currencies_are_known(amounts: pl.DataFrame) -> dg.AssetCheckResult:
    """Every amount's currency is on the one list of codes (pipelines.money.currencies: ISO 4217
    current and historic, and the documented non-ISO codes). The money asset quarantines any
    other amount, so a failure here is a fault of the code."""
    return _result(
        validation.unknown_currencies(amounts), amounts.height, "amounts have a currency not on the list of known codes"
    )


@dg.asset_check(asset="article_stories", blocking=True, additional_ins={"articles": dg.AssetIn("articles")})
def each_article_in_one_story(article_stories: pl.DataFrame, articles: pl.DataFrame) -> dg.AssetCheckResult:
    """Every live article is in exactly one story; a removed article has one row with no story
    (unknown articles: see foreign_keys_resolve)."""
    live = pl.col("removed_at").is_null() if "removed_at" in articles.columns else pl.lit(True)
    counts = articles.select("article_id", live.alias("live")).join(
        article_stories.group_by("article_id").agg(
            pl.len().alias("rows"), pl.col("story_id").is_not_null().sum().alias("stories")
        ),
        on="article_id",
        how="full",
        coalesce=True,
    )
    bad = counts.filter(
        pl.col("rows").is_null() | (pl.col("rows") != 1) | (pl.col("stories") != pl.col("live").cast(pl.UInt32))
    )
    return _result(bad, articles.height, "articles are in no story or in several (or removed and still in one)")


# (child table, column, parent table, parent column) for every reference between tables
REFERENCES = {
    "mentions": [("article_id", "articles", "article_id"), ("entity_id", "entities", "entity_id")],
    "amounts": [("article_id", "articles", "article_id"), ("equivalent_of", "amounts", "amount_id")],
    "quotes": [("article_id", "articles", "article_id"), ("speaker_entity_id", "entities", "entity_id")],
    "article_stories": [
        ("article_id", "articles", "article_id"),
        ("story_id", "stories", "story_id"),
        ("duplicate_of", "articles", "article_id"),
    ],
    "removed_lines": [("article_id", "articles", "article_id")],
    "source_files": [("article_id", "articles", "article_id")],
    "ner_spans": [("article_id", "articles", "article_id")],
    "story_signatures": [("article_id", "articles", "article_id")],
    "entity_keys": [("entity_id", "entities", "entity_id")],
}


def _foreign_key_check(child: str, refs: list[tuple[str, str, str]]) -> dg.AssetChecksDefinition:
    """The blocking check that every reference from ``child`` resolves. One check per table,
    with only that table and its parents as inputs, so that a table's check never waits for
    a table built downstream of it."""
    tables = sorted({child, *(parent for _, parent, _ in refs)})

    @dg.multi_asset_check(
        name=f"{child}_foreign_keys_resolve",
        specs=[
            dg.AssetCheckSpec(
                "foreign_keys_resolve",
                asset=child,
                blocking=True,
                additional_deps=[*(t for t in tables if t != child), "source_changes"],
                description=f"Every reference from {child} resolves: "
                + ", ".join(f"{column} -> {parent}.{key}" for column, parent, key in refs),
            )
        ],
        ins={table: dg.AssetIn(table) for table in [*tables, "source_changes"]},
    )
    def check(warehouse: Warehouse, source_changes: pl.DataFrame, **frames: pl.DataFrame):
        rows = frames[child]
        failing = pl.concat(
            [
                _dangling(rows, column, frames[parent], parent, key, None if is_full(source_changes) else warehouse)
                for column, parent, key in refs
            ]
        )
        result = _result(failing, rows.height, f"{child} rows have a reference that resolves to nothing")
        yield dg.AssetCheckResult(
            asset_key=child,
            check_name="foreign_keys_resolve",
            passed=result.passed,
            description=result.description,
            metadata=result.metadata,
        )

    return check


def _dangling(
    rows: pl.DataFrame, column: str, parent: pl.DataFrame, table: str, key: str, stored: Warehouse | None
) -> pl.DataFrame:
    """(column, value) of the references in ``rows`` that resolve neither in this run's
    ``parent`` frame nor, in an incremental run (``stored``), in the warehouse's ``table``."""
    bad = validation.dangling(rows, column, parent, key)
    if stored is not None and not bad.is_empty():
        with closing(store.connect_read_only(stored.path)) as con:
            found = store.lookup(con, table, key, bad.get_column(column).cast(pl.String).unique().to_list())
        bad = bad.filter(~pl.col(column).cast(pl.String).is_in(found.get_column(key).cast(pl.String).implode()))
    return bad.select(pl.lit(column).alias("column"), pl.col(column).cast(pl.String).alias("value"))


FOREIGN_KEY_CHECKS = [_foreign_key_check(child, refs) for child, refs in REFERENCES.items()]
"""Each table's foreign_keys_resolve check (a module-level list, which the defs folder's loader finds)."""
