"""The warehouse: the one step that writes the DuckDB file."""

import dagster as dg
import polars as pl

from pipelines.defs.metadata import ownership
from pipelines.defs.resources import Warehouse
from pipelines.ingest import delta as deltas
from pipelines.warehouse import fingerprint, loader


@dg.asset(kinds={"duckdb"}, group_name="warehouse", **ownership("warehouse"))
def news_warehouse(
    context: dg.AssetExecutionContext,
    warehouse: Warehouse,
    source_changes: pl.DataFrame,
    source_files: pl.DataFrame,
    articles: pl.DataFrame,
    removed_lines: pl.DataFrame,
    quarantined_records: pl.DataFrame,
    quarantined_amounts: pl.DataFrame,
    entities: pl.DataFrame,
    entity_keys: pl.DataFrame,
    mentions: pl.DataFrame,
    amounts: pl.DataFrame,
    quotes: pl.DataFrame,
    stories: pl.DataFrame,
    article_stories: pl.DataFrame,
    story_signatures: pl.DataFrame,
) -> dg.MaterializeResult:
    """The DuckDB file: every table written in one transaction, touching only changed rows (an
    incremental run: only the rows in the scope of its changes)."""
    tables = {
        "source_files": source_files,
        "articles": articles.join(article_stories, on="article_id", how="left"),
        "stories": stories,
        "removed_lines": removed_lines,
        "quarantined_records": pl.concat([quarantined_records, quarantined_amounts]),
        "entities": entities,
        "entity_keys": entity_keys,
        "mentions": mentions,
        "amounts": amounts,
        "quotes": quotes,
        "story_signatures": story_signatures,
    }
    stages = fingerprint.stages()
    tables["pipeline_state"] = pl.DataFrame({"key": list(stages), "value": list(stages.values())})
    full = deltas.is_full(source_changes)
    stats = loader.load(warehouse.path, tables, None if full else source_changes, on_wait=context.log.warning)
    summary = {
        table: {"rows": s.rows, "inserted": s.inserted, "updated": s.updated, "deleted": s.deleted}
        for table, s in stats.items()
    }
    for table, s in summary.items():
        context.log.info(f"{table}: {s}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(warehouse.path),
            "run": dg.MetadataValue.text("full" if full else "incremental"),
            "tables": dg.MetadataValue.json(summary),
            "rows_changed": sum(s.inserted + s.updated + s.deleted for s in stats.values()),
        }
    )
