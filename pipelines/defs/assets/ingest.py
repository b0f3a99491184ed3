"""Ingest: the source folder's files, the cleaned articles, the lines the cleaner removed, the
feed records that could not be read, and what this run changes.

A *full* run (a new warehouse, code that made the stored rows has changed, or a run tagged
``news/rebuild``) reads every file and passes whole tables on. An *incremental* run reads only
the files whose size or modification time differ from the warehouse's record
(``pipelines.ingest.changes``) and passes on only their rows and the scope they replace
(``source_changes``): every later step then works on those articles alone, and the warehouse
step replaces exactly that scope. With nothing changed it yields nothing, and every later step
is skipped.
"""

from contextlib import closing
from pathlib import Path

import dagster as dg
import polars as pl

from pipelines import settings
from pipelines.defs.metadata import or_empty, ownership, table_asset, table_metadata
from pipelines.defs.resources import SourceFolder, Warehouse, WorkerPool
from pipelines.ingest import articles as article_table
from pipelines.ingest import changes as change_plan
from pipelines.ingest import delta as deltas
from pipelines.ingest import sources
from pipelines.warehouse import prior, store

REBUILD_TAG = "news/rebuild"
"""A run with this tag set to "true" is a full run (the rebuild_job sets it)."""

PENDING_FILES = "pending_files"
"""``source_changes`` metadata: how many new or changed files wait for the next run (the run
read a batch of NEWS_BATCH_FILES of them)."""


def pending_files(materializations: list[dg.AssetMaterialization]) -> int:
    """How many files a run left for the next, from its materialisations (0 if it made no
    ``source_changes``: nothing had changed)."""
    for m in materializations:
        if m.asset_key == dg.AssetKey("source_changes") and PENDING_FILES in m.metadata:
            return int(m.metadata[PENDING_FILES].value)
    return 0


def batch_metadata(read: list[sources.SourceFile], pending: int) -> dict[str, object]:
    """What ``source_changes`` says of the run's batch: how many files it read, the first and last
    of them (in path order, as batches are drawn), and how many it left for the next run."""
    paths = sorted(f.source_path for f in read)
    return {
        "files_read": len(paths),
        "first_file": paths[0] if paths else "",
        "last_file": paths[-1] if paths else "",
        PENDING_FILES: pending,
    }


def _counts(frame: pl.DataFrame, column: str) -> dg.MetadataValue:
    return dg.MetadataValue.json({str(k): v for k, v in frame.group_by(column).len().sort(column).iter_rows()})


def _optional(name: str, role: str) -> dg.AssetOut:
    return dg.AssetOut(kinds={"polars"}, group_name="ingest", is_required=False, **table_asset(name, role))


@dg.multi_asset(
    outs={
        "source_files": _optional("source_files", "source"),
        "articles": _optional("articles", "clean"),
        "removed_lines": _optional("removed_lines", "clean"),
        "quarantined_records": _optional("quarantined_records", "source"),
        "source_changes": dg.AssetOut(
            kinds={"polars"},
            group_name="ingest",
            is_required=False,
            description="What this run changes: 'full' (every table rebuilt), or the files, articles, fresh "
            "articles (to extract) whose rows it replaces",
            **ownership("source"),
        ),
    },
)
def cleaned_articles(
    context: dg.AssetExecutionContext, source_folder: SourceFolder, warehouse: Warehouse, worker_pool: WorkerPool
):
    """Every file (full run), or a batch of the new and changed files (incremental run, or the
    first run into a new warehouse), read and cleaned. The run's workers start (``worker_pool``)
    while a batch's files are read."""
    limit = settings.batch_files()
    new = True
    if context.run.tags.get(REBUILD_TAG) != "true" and Path(warehouse.path).exists():
        with closing(store.connect_read_only(warehouse.path)) as con:
            if prior.incremental_ok(con):
                yield from _incremental(context, source_folder, con, limit, worker_pool)
                return
            new = prior.records_nothing(con)
    if context.run.tags.get(REBUILD_TAG) == "true" or not new:
        yield from _full(context, list(sources.read_folder(source_folder.root)), warehouse)
        return
    # a new warehouse: its first batch of files is a full run of its own
    plan = change_plan.plan(source_folder.root, pl.DataFrame(schema=change_plan.STORED_SCHEMA), {}, set(), limit=limit)
    worker_pool.warm(len(plan.files))
    yield from _full(context, plan.files, warehouse, pending=plan.pending)


def _incremental(
    context: dg.AssetExecutionContext, source_folder: SourceFolder, con, limit: int | None, worker_pool: WorkerPool
):
    stored, hashes, problems = prior.recorded_files(con)
    plan = change_plan.plan(source_folder.root, stored, hashes, problems, limit=limit)
    if plan.empty:
        context.log.info(f"nothing changed: {plan.unchanged} files as recorded; every later step is skipped")
        return
    worker_pool.warm(len(plan.files))
    _log_files(context, plan.files)
    built = article_table.build(plan.files)
    rows, pinned = prior.rows_of(con, plan.affected, built.articles.get_column("article_id").to_list())
    delta = deltas.build_delta(built, plan.files, plan.affected, rows, pinned)
    if delta.changes_nothing(rows):
        context.log.info(f"nothing changed in the {len(plan.files)} files read again; every later step is skipped")
        return
    context.log.info(
        f"incremental run: {len(plan.files)} files read, {plan.unchanged} unchanged, {len(plan.gone)} gone, "
        f"{plan.pending} left for the next run; {delta.fresh.height} articles to extract, {len(delta.dropped)} dropped"
    )
    unread = sources.unread_paths(plan.files)
    if delta.reshapes(rows):
        # whole tables (the kept rows read back, no file read again): every later step is full
        context.log.info("articles were removed, dropped or restored: entities and stories are derived again")
        kept = prior.rows_outside(con, delta.files, delta.article_ids)
        tables = article_table.Built(*(pl.concat([k, d]) for k, d in zip(kept, delta.tables, strict=True)))
        yield from _outputs(
            context, tables, built, deltas.full_scope(), read=plan.files, unread=unread, pending=plan.pending
        )
    else:
        yield from _outputs(
            context, delta.tables, built, delta.scope(), read=plan.files, unread=unread, pending=plan.pending
        )


def _log_files(context: dg.AssetExecutionContext, files: list[sources.SourceFile]) -> None:
    for f in files:
        if f.unread:
            context.log.warning(f"{f.source_path}: {f.error}; its articles are kept as the warehouse has them")
        elif f.decode_note:
            context.log.warning(f"{f.source_path}: {f.decode_note}")


def _full(context: dg.AssetExecutionContext, files: list[sources.SourceFile], warehouse: Warehouse, pending: int = 0):
    unread = sources.unread_paths(files)
    _log_files(context, files)
    built = article_table.build(files)
    stored = article_table.Built(
        *(or_empty(warehouse.read_table(name), schema) for name, schema in article_table.SCHEMAS.items())
    )
    merged = article_table.merge(built, stored, unread=unread)
    context.log.info(f"full run: {len(files)} files read, {pending} left for the next run")
    yield from _outputs(context, merged, built, deltas.full_scope(), read=files, unread=unread, pending=pending)


def _outputs(
    context: dg.AssetExecutionContext,
    tables: article_table.Built,
    built: article_table.Built,
    scope: pl.DataFrame,
    *,
    read: list[sources.SourceFile],
    unread: list[str],
    pending: int,
):
    articles, source_files, removed_lines, quarantined = tables
    for row in built.quarantined_records.head(20).iter_rows(named=True):
        context.log.warning(f"quarantined {row['source_path']}: {row['error']}")
    gone = articles.filter(pl.col("removed_at").is_not_null()).get_column("article_id")
    context.log.info(
        f"{source_files.height} records, {built.articles.height} distinct articles read, "
        f"{gone.len()} kept as removed, {quarantined.height} records quarantined, "
        f"{len(unread)} paths unreadable, {removed_lines.height} lines removed by the cleaner"
    )
    yield dg.Output(
        scope, "source_changes", metadata={"changes": _counts(scope, "kind"), **batch_metadata(read, pending)}
    )
    yield dg.Output(
        source_files,
        "source_files",
        metadata=table_metadata(
            "source_files",
            source_files,
            names={"articles": articles},
            n_files=source_files.get_column("file_path").n_unique(),
            n_with_decode_note=int(source_files.get_column("decode_note").is_not_null().sum()),
            by_format=_counts(source_files, "format"),
        ),
    )
    yield dg.Output(
        articles,
        "articles",
        metadata=table_metadata(
            "articles",
            articles,
            n_removed_articles=gone.len(),
            words=int(articles["n_words"].sum()),
            **{f"{column}_source": _counts(articles, f"{column}_source") for column in article_table.METADATA_COLUMNS},
        ),
    )
    yield dg.Output(
        removed_lines,
        "removed_lines",
        metadata=table_metadata(
            "removed_lines", removed_lines, names={"articles": articles}, by_reason=_counts(removed_lines, "reason")
        ),
    )
    yield dg.Output(
        quarantined,
        "quarantined_records",
        metadata=table_metadata(
            "quarantined_records",
            quarantined,
            by_file=_counts(quarantined, "file_path"),
            unread_paths=dg.MetadataValue.json(unread),
        ),
    )
