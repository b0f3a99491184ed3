"""The warehouse: the one step that writes the DuckDB file."""

import dagster as dg
import polars as pl

from pipelines.defs.metadata import ownership
from pipelines.defs.resources import Warehouse
from pipelines.warehouse import fingerprint


@dg.asset(kinds={"duckdb"}, group_name="warehouse", **ownership("warehouse"))
def news_warehouse(
    context: dg.AssetExecutionContext,
    warehouse: Warehouse,
    source_files: pl.DataFrame,
    articles: pl.DataFrame,
    removed_lines: pl.DataFrame,
    quarantined_records: pl.DataFrame,
    quarantined_amounts: pl.DataFrame,
    entities: pl.DataFrame,
    mentions: pl.DataFrame,
    amounts: pl.DataFrame,
    quotes: pl.DataFrame,
    stories: pl.DataFrame,
    article_stories: pl.DataFrame,
) -> dg.MaterializeResult:
    """The DuckDB file: every table written in one transaction, touching only changed rows."""
    tables = {
        "source_files": source_files,
        "articles": articles.join(article_stories, on="article_id", how="left"),
        "stories": stories,
        "removed_lines": removed_lines,
        "quarantined_records": pl.concat([quarantined_records, quarantined_amounts]),
        "entities": entities,
        "mentions": mentions,
        "amounts": amounts,
        "quotes": quotes,
    }
    stages = fingerprint.stages()
    state = pl.DataFrame({"key": list(stages), "value": list(stages.values())})
    stats = warehouse.write({**tables, "pipeline_state": state}, log=context.log)
    summary = {
        table: {"rows": s.rows, "inserted": s.inserted, "updated": s.updated, "deleted": s.deleted}
        for table, s in stats.items()
    }
    for table, s in summary.items():
        context.log.info(f"{table}: {s}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(warehouse.path),
            "tables": dg.MetadataValue.json(summary),
            "rows_changed": sum(s.inserted + s.updated + s.deleted for s in stats.values()),
        }
    )
