"""Ingest: the source folder's files, the cleaned articles, and the lines the cleaner removed."""

import dagster as dg
import polars as pl

from ... import articles as article_table
from ... import sources
from ..metadata import or_empty, table_metadata
from ..resources import SourceFolder, Warehouse


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
    prior = or_empty(warehouse.read_table("articles"), article_table.ARTICLE_SCHEMA)
    prior_sources = or_empty(warehouse.read_table("source_files"), article_table.SOURCE_FILE_SCHEMA)
    articles = article_table.reconcile(current, prior, source_files, prior_sources)
    gone = articles.filter(pl.col("removed_at").is_not_null()).get_column("article_id")
    prior_removed = or_empty(warehouse.read_table("removed_lines"), article_table.REMOVED_LINE_SCHEMA)
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


