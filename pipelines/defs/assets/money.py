"""Money: every monetary figure, with currency, value, range, qualifier, restatement and FX."""

import dagster as dg
import polars as pl

from ... import amounts as amount_table
from ... import fingerprint, incremental
from ..metadata import progress_logger, table_asset, table_metadata
from ..resources import Warehouse


@dg.asset(kinds={"polars"}, group_name="money", **table_asset("amounts", "enriched"))
def amounts(context: dg.AssetExecutionContext, articles: pl.DataFrame, warehouse: Warehouse) -> pl.DataFrame:
    same_engine = warehouse.state("amounts_fingerprint") == fingerprint.amounts()
    reused, todo = incremental.split(
        articles, warehouse.read_table("articles"), warehouse.read_table("amounts"), same_engine=same_engine
    )
    fresh = amount_table.amounts_frame(todo, progress=progress_logger(context, "Amounts", todo["n_words"].to_list()))
    frame = pl.concat([reused.select(fresh.columns).cast(fresh.schema), fresh]) if not reused.is_empty() else fresh
    context.add_output_metadata(
        table_metadata(
            "amounts",
            frame,
            names={"articles": articles},
            articles_processed=todo.height,
            by_currency=dg.MetadataValue.json(dict(frame.group_by("currency").len().sort("currency").iter_rows())),
        )
    )
    return frame


