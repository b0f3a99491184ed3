"""Ingest: the source folder's files, the cleaned articles, the lines the cleaner removed, and
the feed records that could not be read."""

import dagster as dg
import polars as pl

from pipelines.defs.metadata import or_empty, table_asset, table_metadata
from pipelines.defs.resources import SourceFolder, Warehouse
from pipelines.ingest import articles as article_table
from pipelines.ingest import sources


def _counts(frame: pl.DataFrame, column: str) -> dg.MetadataValue:
    return dg.MetadataValue.json({str(k): v for k, v in frame.group_by(column).len().sort(column).iter_rows()})


@dg.multi_asset(
    outs={
        "source_files": dg.AssetOut(kinds={"polars"}, group_name="ingest", **table_asset("source_files", "source")),
        "articles": dg.AssetOut(kinds={"polars"}, group_name="ingest", **table_asset("articles", "clean")),
        "removed_lines": dg.AssetOut(kinds={"polars"}, group_name="ingest", **table_asset("removed_lines", "clean")),
        "quarantined_records": dg.AssetOut(
            kinds={"polars"}, group_name="ingest", **table_asset("quarantined_records", "source")
        ),
    },
)
def cleaned_articles(context: dg.AssetExecutionContext, source_folder: SourceFolder, warehouse: Warehouse):
    files = list(sources.read_folder(source_folder.root))
    unread = sources.unread_paths(files)
    for f in files:
        if f.unread:
            context.log.warning(f"{f.source_path}: {f.error}; its articles are kept as the warehouse has them")
        elif f.decode_note:
            context.log.warning(f"{f.source_path}: {f.decode_note}")
    built = article_table.build(files)
    for row in built.quarantined_records.head(20).iter_rows(named=True):
        context.log.warning(f"quarantined {row['source_path']}: {row['error']}")
    prior = article_table.Built(
        *(or_empty(warehouse.read_table(name), schema) for name, schema in article_table.SCHEMAS.items())
    )
    articles, source_files, removed_lines, quarantined = article_table.merge(built, prior, unread=unread)
    gone = articles.filter(pl.col("removed_at").is_not_null()).get_column("article_id")
    context.log.info(
        f"{len(files)} files, {source_files.height} records, {built.articles.height} distinct articles, "
        f"{gone.len()} kept as removed, {quarantined.height} records quarantined, "
        f"{len(unread)} paths unreadable, {removed_lines.height} lines removed by the cleaner"
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
