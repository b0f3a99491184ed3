"""Build the articles table from source files: read the articles out of each file (text, HTML
or feed), clean each text with the evidence of the whole corpus, derive a stable id from its
content, fold duplicates together, and reconcile with what the warehouse already holds."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import polars as pl

from pipelines.ingest import cleaning, formats
from pipelines.ingest.records import Meta, Origin, Record, content_hash
from pipelines.ingest.sources import SourceFile, read_folder
from pipelines.ingest.values import host_of

__all__ = ["ARTICLE_SCHEMA", "Built", "build", "content_hash", "merge", "read_articles", "reconcile"]

METADATA_COLUMNS = ("title", "published_at", "author", "outlet")  # each has a <column>_source

ARTICLE_SCHEMA = {
    "article_id": pl.String,
    "source_path": pl.String,
    "title": pl.String,
    "published_at": pl.Date,
    "text": pl.String,
    "content_hash": pl.String,
    "n_words": pl.Int64,
    "ingested_at": pl.Datetime("us", "UTC"),
    "removed_at": pl.Datetime("us", "UTC"),
    "author": pl.String,
    "outlet": pl.String,
    "url": pl.String,
    "title_source": pl.String,
    "published_at_source": pl.String,
    "author_source": pl.String,
    "outlet_source": pl.String,
}
SOURCE_FILE_SCHEMA = {
    "source_path": pl.String,
    "article_id": pl.String,
    "file_hash": pl.String,
    "encoding": pl.String,
    "decode_note": pl.String,
    "n_bytes": pl.Int64,
    "modified_at": pl.Datetime("us", "UTC"),
    "file_path": pl.String,
    "line_no": pl.Int64,
    "format": pl.String,
}
REMOVED_LINE_SCHEMA = {"article_id": pl.String, "line_no": pl.Int64, "text": pl.String, "reason": pl.String}
QUARANTINE_SCHEMA = {
    "source_path": pl.String,
    "file_path": pl.String,
    "line_no": pl.Int64,
    "format": pl.String,
    "error": pl.String,
    "raw": pl.String,
    "file_hash": pl.String,
}


class Built(NamedTuple):
    articles: pl.DataFrame
    source_files: pl.DataFrame
    removed_lines: pl.DataFrame
    quarantined_records: pl.DataFrame


# The schema of each table of Built, by name (the warehouse table's name).
SCHEMAS = dict(zip(Built._fields, (ARTICLE_SCHEMA, SOURCE_FILE_SCHEMA, REMOVED_LINE_SCHEMA, QUARANTINE_SCHEMA)))


def article_id(hash_: str) -> str:
    return hash_[:16]


def metadata(meta: Meta, cleaned: cleaning.CleanArticle) -> dict:
    """The article's metadata columns and where each value came from: the page's or record's
    own metadata first, then what the text states (headline, dateline, byline, "Source:"
    line), then the host of its URL (outlet only)."""
    row: dict = {}
    for column in (*METADATA_COLUMNS, "url"):
        given, source = getattr(meta, column), meta.sources.get(column)
        stated = getattr(cleaned, column)
        if given is not None and source != Origin.URL:
            value = given
        elif stated is not None:
            value, source = stated, Origin.TEXT
        else:
            value = given
        row[column] = value
        if column in METADATA_COLUMNS:
            row[f"{column}_source"] = source if value is not None else None
    if row["outlet"] is None and (host := host_of(row["url"])):
        row["outlet"], row["outlet_source"] = host, Origin.URL
    return row


def build(files: Iterable[SourceFile], *, now: datetime | None = None) -> Built:
    """Read and clean the files; return the articles, source_files, removed_lines and
    quarantined_records frames.

    Records with the same content become one article, listed under its first path; every
    record keeps its row in source_files with the article it holds. Lines that recur across
    the distinct articles are found first, so that each article is cleaned with the corpus's
    evidence.
    """
    now = now or datetime.now(UTC)
    records, bad = formats.read_all(files)
    sources: list[dict] = []
    distinct: dict[str, tuple[Record, str, list[str], frozenset[int]]] = {}
    for record in records:
        hash_ = record.content_hash
        aid = article_id(hash_)
        f = record.file
        sources.append(
            {
                "source_path": record.source_path,
                "article_id": aid,
                "file_hash": f.file_hash,
                "encoding": f.encoding,
                "decode_note": f.decode_note,
                "n_bytes": f.n_bytes,
                "modified_at": f.modified_at,
                "file_path": f.source_path,
                "line_no": record.line_no,
                "format": record.format,
            }
        )
        if aid not in distinct:
            distinct[aid] = (record, hash_, cleaning.prepare(record.text), cleaning.continued_lines(record.text))

    recurring = cleaning.recurring_lines(lines for _, _, lines, _ in distinct.values())
    articles: list[dict] = []
    removed: list[dict] = []
    for aid, (record, hash_, lines, continued) in distinct.items():
        cleaned = cleaning.clean_lines(lines, title=record.meta.title, recurring=recurring, continued=continued)
        articles.append(
            {
                "article_id": aid,
                "source_path": record.source_path,
                "text": cleaned.text,
                "content_hash": hash_,
                "n_words": len(cleaned.text.split()),
                "ingested_at": now,
                "removed_at": None,
                **metadata(record.meta, cleaned),
            }
        )
        removed.extend(
            {"article_id": aid, "line_no": r.line_no, "text": r.text, "reason": r.reason} for r in cleaned.removed
        )
    quarantined = [
        {
            "source_path": q.source_path,
            "file_path": q.file.source_path,
            "line_no": q.line_no,
            "format": q.format,
            "error": q.error,
            "raw": q.raw,
            "file_hash": q.file.file_hash,
        }
        for q in bad
    ]
    return Built(
        pl.DataFrame(articles, schema=ARTICLE_SCHEMA),
        pl.DataFrame(sources, schema=SOURCE_FILE_SCHEMA),
        pl.DataFrame(removed, schema=REMOVED_LINE_SCHEMA),
        pl.DataFrame(quarantined, schema=QUARANTINE_SCHEMA),
    )


def conform(frame: pl.DataFrame, schema: dict) -> pl.DataFrame:
    """A frame read from an older warehouse, with the columns of ``schema`` (missing ones null)."""
    missing = [pl.lit(None, dtype=dtype).alias(name) for name, dtype in schema.items() if name not in frame.columns]
    return frame.with_columns(missing).select(list(schema)).cast(schema)


def _file_path(sources: pl.DataFrame) -> pl.Expr:
    """The file a source_files row is in (older warehouses have no file_path column)."""
    return pl.col("file_path") if "file_path" in sources.columns else pl.col("source_path")


def reconcile(
    current: pl.DataFrame,
    prior: pl.DataFrame,
    current_sources: pl.DataFrame,
    prior_sources: pl.DataFrame,
    *,
    now: datetime | None = None,
    other_live_files: Iterable[str] = (),
) -> pl.DataFrame:
    """Merge this run's articles with the warehouse's.

    - an article seen before keeps its first ``ingested_at``;
    - an article that was in a file that is still there but no longer holds it (the file was
      edited, or a feed lost, changed or broke the record) is replaced: dropped here, so that
      the writer deletes it and its rows;
    - an article whose files are all gone is kept, with ``removed_at`` set.

    ``other_live_files`` names files that are present but gave no article (every record of
    them quarantined).
    """
    now = now or datetime.now(UTC)
    if prior.is_empty():
        return current
    prior = conform(prior, ARTICLE_SCHEMA)
    first_seen = prior.select("article_id", pl.col("ingested_at").alias("_first"))
    kept = (
        current.join(first_seen, on="article_id", how="left")
        .with_columns(pl.coalesce("_first", "ingested_at").alias("ingested_at"))
        .drop("_first")
    )
    live_files = pl.concat(
        [
            current_sources.select(_file_path(current_sources)).to_series(),
            pl.Series(list(other_live_files), dtype=pl.String),
        ]
    )
    replaced = prior_sources.filter(_file_path(prior_sources).is_in(live_files.implode())).get_column("article_id")
    gone = prior.filter(
        ~pl.col("article_id").is_in(current.get_column("article_id").implode())
        & ~pl.col("article_id").is_in(replaced.implode())
    ).with_columns(pl.coalesce("removed_at", pl.lit(now, dtype=ARTICLE_SCHEMA["removed_at"])).alias("removed_at"))
    return pl.concat([kept, gone]).sort("article_id")


def _under(paths: list[str]) -> pl.Expr:
    """Rows whose ``file_path`` is one of ``paths``: a file, or a folder (ending in /)."""
    expr = pl.lit(False)
    for path in paths:
        expr = expr | (pl.col("file_path").str.starts_with(path) if path.endswith("/") else pl.col("file_path") == path)
    return expr


def merge(built: Built, prior: Built, *, unread: Iterable[str] = (), now: datetime | None = None) -> Built:
    """This run's tables merged with the warehouse's (``prior``, tables as read from it).

    Articles are reconciled (``reconcile``): replaced, kept, or kept and marked removed, with
    the removed lines of those kept as removed. The files that could not be read and the
    folders that could not be listed (``unread``: paths, a folder's ending in /) say nothing
    of their articles this run: what the warehouse holds for them (articles, source files,
    removed lines, quarantined records) stays exactly as it is.
    """
    prior = Built(*(conform(frame, SCHEMAS[name]) for name, frame in prior._asdict().items()))
    prior_sources = prior.source_files.with_columns(pl.coalesce("file_path", "source_path").alias("file_path"))
    under = _under(list(unread))
    held = prior_sources.filter(under)
    current_ids = built.articles.get_column("article_id").implode()
    held_ids = held.get_column("article_id").implode()
    kept = prior.articles.filter(pl.col("article_id").is_in(held_ids) & ~pl.col("article_id").is_in(current_ids))
    live_quarantined = built.quarantined_records.filter(~under).get_column("file_path").unique()
    articles = reconcile(
        built.articles,
        prior.articles.filter(~pl.col("article_id").is_in(kept.get_column("article_id").implode())),
        built.source_files,
        prior_sources.filter(~under),
        now=now,
        other_live_files=live_quarantined,
    )
    articles = pl.concat([articles, kept]).sort("article_id")
    carried = articles.filter(~pl.col("article_id").is_in(current_ids)).get_column("article_id").implode()
    return Built(
        articles,
        pl.concat([built.source_files, held.join(built.source_files, on="source_path", how="anti")]),
        pl.concat([built.removed_lines, prior.removed_lines.filter(pl.col("article_id").is_in(carried))]),
        pl.concat(
            [
                built.quarantined_records,
                prior.quarantined_records.filter(under).join(built.quarantined_records, on="source_path", how="anti"),
            ]
        ),
    )


def read_articles(folder: Path | str) -> pl.DataFrame:
    """The cleaned articles of a folder, without any warehouse: for scripts and notebooks."""
    return build(read_folder(Path(folder))).articles
