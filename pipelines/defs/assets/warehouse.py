"""The warehouse: the one step that writes the DuckDB file."""

import dagster as dg
import polars as pl

from pipelines.defs.metadata import ownership
from pipelines.defs.resources import Warehouse, WorkerPool
from pipelines.ingest import delta as deltas
from pipelines.warehouse import fingerprint, loader
from pipelines.warehouse.staging import Parts

STAGED = (
    "source_files",
    "articles",
    "removed_lines",
    "quarantined_records",
    "quarantined_amounts",
    "entities",
    "entity_keys",
    "mentions",
    "ner_spans",
    "amounts",
    "quotes",
    "stories",
    "article_stories",
    "story_signatures",
)
"""The outputs the warehouse step loads, taken as their staged parts (``Parts``), unread."""


@dg.asset(
    kinds={"duckdb"},
    group_name="warehouse",
    ins={"source_changes": dg.AssetIn(), **{name: dg.AssetIn(dagster_type=Parts) for name in STAGED}},
    **ownership("warehouse"),
)
def news_warehouse(
    context: dg.AssetExecutionContext,
    warehouse: Warehouse,
    worker_pool: WorkerPool,
    source_changes: pl.DataFrame,
    **outputs: Parts,
) -> dg.MaterializeResult:
    """The DuckDB file: every table written in one transaction, touching only changed rows (an
    incremental run: only the rows in the scope of its changes). DuckDB reads the tables from
    their staged Parquet parts; they never enter this step's memory. The run's workers, which
    this step does not use, stop first, so their memory is not held beside DuckDB's."""
    worker_pool.release()
    stages = fingerprint.stages()
    outputs["pipeline_state"] = pl.DataFrame({"key": list(stages), "value": list(stages.values())})
    full = deltas.is_full(source_changes)
    stats = loader.load(warehouse.path, outputs, None if full else source_changes, on_wait=context.log.warning)
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
