"""Money: every monetary figure, with currency, value, range, qualifier, restatement and FX."""

import dagster as dg
import polars as pl

from pipelines.defs.metadata import (
    ownership,
    progress_logger,
    table_asset,
    table_metadata,
)
from pipelines.defs.resources import Warehouse
from pipelines.ingest import articles as article_table
from pipelines.ingest import delta as deltas
from pipelines.money import amounts as amount_table
from pipelines.warehouse import fingerprint, incremental, validation


@dg.multi_asset(
    outs={
        "amounts": dg.AssetOut(kinds={"polars"}, group_name="money", **table_asset("amounts", "enriched")),
        "quarantined_amounts": dg.AssetOut(
            kinds={"polars"},
            group_name="money",
            description="Amounts a data rule rejected (unknown currency, no positive value): quarantined_records rows",
            **ownership("enriched"),
        ),
    },
)
def amounts(
    context: dg.AssetExecutionContext,
    articles: pl.DataFrame,
    source_files: pl.DataFrame,
    source_changes: pl.DataFrame,
    warehouse: Warehouse,
):
    """The money engine over the articles (an incremental run: the fresh ones); amounts a data
    rule rejects go to quarantine."""
    if deltas.is_full(source_changes):
        same_engine = warehouse.state("amounts_fingerprint") == fingerprint.amounts()
        # an article whose amounts were quarantined has no rows to reuse: process it again
        redo = validation.articles_with_quarantined_amounts(warehouse.read_table("quarantined_records"), articles)
        reused, todo = incremental.split(
            articles,
            warehouse.read_table("articles"),
            warehouse.read_table("amounts"),
            same_engine=same_engine,
            redo=redo,
        )
    else:
        todo = deltas.fresh_articles(articles, source_changes)
        reused = pl.DataFrame()
    fresh = amount_table.amounts_frame(todo, progress=progress_logger(context, "Amounts", todo["n_words"].to_list()))
    frame = pl.concat([reused.select(fresh.columns).cast(fresh.schema), fresh]) if not reused.is_empty() else fresh
    frame, rejected = validation.split_amounts(frame)
    paths = dict(articles.select("article_id", "source_path").iter_rows())
    for row in rejected.iter_rows(named=True):
        context.log.warning(
            f"quarantined amount {row['text']!r} at {row['start_char']}-{row['end_char']} of article "
            f"{row['article_id']} ({paths.get(row['article_id'])}): {row['reason']}"
        )
    quarantined = validation.quarantine_amounts(rejected, articles, source_files).cast(article_table.QUARANTINE_SCHEMA)
    yield dg.Output(
        frame,
        "amounts",
        metadata=table_metadata(
            "amounts",
            frame,
            names={"articles": articles},
            articles_processed=todo.height,
            n_quarantined=rejected.height,
            by_currency=dg.MetadataValue.json(dict(frame.group_by("currency").len().sort("currency").iter_rows())),
        ),
    )
    yield dg.Output(quarantined, "quarantined_amounts", metadata=table_metadata("quarantined_amounts", quarantined))
