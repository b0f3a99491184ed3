"""The assets: each reads its inputs, calls a plain module, and reports what it made."""


import polars as pl

import dagster as dg

from .. import amounts as amount_table
from .. import articles as article_table
from .. import fingerprint, incremental, nlp, sources
from ..entities import canonicalize
from .metadata import table_metadata
from .resources import SourceFolder, Warehouse


def _progress(context: dg.AssetExecutionContext, step: str, words: list[int] | None = None):
    """A progress callback that logs done / total and the rate to the run's log."""

    def report(done: int, total: int, seconds: float) -> None:
        rate = done / seconds if seconds else 0.0
        message = f"{step}: {done}/{total} articles ({done / total:.0%}), {rate:,.1f} articles/s"
        if words is not None and seconds:
            message += f", {sum(words[:done]) / seconds:,.0f} words/s"
        context.log.info(message)

    return report


def _or_empty(frame: pl.DataFrame | None, schema: dict) -> pl.DataFrame:
    return pl.DataFrame(schema=schema) if frame is None else frame


@dg.multi_asset(
    outs={
        "source_files": dg.AssetOut(
            kinds={"polars"}, group_name="ingest", description="Every file in the source folder, decoded and hashed."
        ),
        "articles": dg.AssetOut(
            kinds={"polars"},
            group_name="ingest",
            description="One row per distinct article: cleaned text, title and date; articles whose files are gone are kept and marked.",
        ),
        "removed_lines": dg.AssetOut(
            kinds={"polars"}, group_name="ingest", description="Lines the cleaner removed from each article, and why."
        ),
    },
)
def cleaned_articles(context: dg.AssetExecutionContext, source_folder: SourceFolder, warehouse: Warehouse):
    files = list(sources.read_folder(source_folder.root))
    for f in files:
        if f.decode_note:
            context.log.warning(f"{f.source_path}: {f.decode_note}")
    current, source_files, removed_lines = article_table.build(files)
    prior = _or_empty(warehouse.read_table("articles"), article_table.ARTICLE_SCHEMA)
    prior_sources = _or_empty(warehouse.read_table("source_files"), article_table.SOURCE_FILE_SCHEMA)
    articles = article_table.reconcile(current, prior, source_files, prior_sources)
    gone = articles.filter(pl.col("removed_at").is_not_null()).get_column("article_id")
    prior_removed = _or_empty(warehouse.read_table("removed_lines"), article_table.REMOVED_LINE_SCHEMA)
    removed_lines = pl.concat([removed_lines, prior_removed.filter(pl.col("article_id").is_in(gone.implode()))])
    context.log.info(
        f"{len(files)} files, {current.height} distinct articles, {gone.len()} kept as removed, "
        f"{removed_lines.height} lines removed by the cleaner"
    )
    yield dg.Output(
        source_files,
        "source_files",
        metadata=table_metadata(
            source_files, n_fallback_decoded=int(source_files.get_column("decode_note").is_not_null().sum())
        ),
    )
    yield dg.Output(
        articles,
        "articles",
        metadata=table_metadata(articles.drop("text"), n_removed_articles=gone.len(), words=int(articles["n_words"].sum())),
    )
    yield dg.Output(
        removed_lines,
        "removed_lines",
        metadata=table_metadata(
            removed_lines,
            by_reason=dg.MetadataValue.json(dict(removed_lines.group_by("reason").len().sort("reason").iter_rows())),
        ),
    )


@dg.multi_asset(
    outs={
        "mentions": dg.AssetOut(
            kinds={"spacy", "polars"},
            group_name="entities",
            description="One row per named-entity mention, with offsets into articles.text.",
        ),
        "entities": dg.AssetOut(
            kinds={"polars"}, group_name="entities", description="One row per real-world thing the articles name."
        ),
    },
    ins={"articles": dg.AssetIn()},
)
def named_entities(context: dg.AssetExecutionContext, articles: pl.DataFrame, warehouse: Warehouse):
    same_engine = warehouse.state("ner_fingerprint") == fingerprint.ner()
    reused, todo = incremental.split(
        articles, warehouse.read_table("articles"), warehouse.read_table("mentions"), same_engine=same_engine
    )
    context.log.info(f"NER: {todo.height} articles to process, {articles.height - todo.height} unchanged")
    fresh = nlp.mentions_frame(todo, progress=_progress(context, "NER", todo["n_words"].to_list()))
    raw = pl.concat([reused.select(fresh.columns).cast(fresh.schema), fresh]) if not reused.is_empty() else fresh
    result = canonicalize(raw, articles)
    stats = {k: v for k, v in result.stats.items() if isinstance(v, (int, float))}
    yield dg.Output(
        result.mentions,
        "mentions",
        metadata=table_metadata(result.mentions, articles_processed=todo.height, **stats),
    )
    yield dg.Output(
        result.entities,
        "entities",
        metadata=table_metadata(result.entities.sort("n_mentions", descending=True)),
    )


@dg.asset(kinds={"polars"}, group_name="money")
def amounts(context: dg.AssetExecutionContext, articles: pl.DataFrame, warehouse: Warehouse) -> pl.DataFrame:
    """Every monetary figure: ISO currency, value in whole units, ranges, qualifiers, conversions."""
    same_engine = warehouse.state("amounts_fingerprint") == fingerprint.amounts()
    reused, todo = incremental.split(
        articles, warehouse.read_table("articles"), warehouse.read_table("amounts"), same_engine=same_engine
    )
    fresh = amount_table.amounts_frame(todo, progress=_progress(context, "Amounts", todo["n_words"].to_list()))
    frame = pl.concat([reused.select(fresh.columns).cast(fresh.schema), fresh]) if not reused.is_empty() else fresh
    context.add_output_metadata(
        table_metadata(
            frame,
            articles_processed=todo.height,
            by_currency=dg.MetadataValue.json(dict(frame.group_by("currency").len().sort("currency").iter_rows())),
        )
    )
    return frame


@dg.asset(kinds={"duckdb"}, group_name="warehouse")
def news_warehouse(
    context: dg.AssetExecutionContext,
    warehouse: Warehouse,
    source_files: pl.DataFrame,
    articles: pl.DataFrame,
    removed_lines: pl.DataFrame,
    entities: pl.DataFrame,
    mentions: pl.DataFrame,
    amounts: pl.DataFrame,
) -> dg.MaterializeResult:
    """The DuckDB file: every table written in one transaction, touching only changed rows."""
    tables = {
        "source_files": source_files,
        "articles": articles,
        "removed_lines": removed_lines,
        "entities": entities,
        "mentions": mentions,
        "amounts": amounts,
    }
    state = pl.DataFrame(
        {"key": ["ner_fingerprint", "amounts_fingerprint"], "value": [fingerprint.ner(), fingerprint.amounts()]}
    )
    stats = warehouse.write({**tables, "pipeline_state": state})
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
