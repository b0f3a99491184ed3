"""Build the articles table from source files: clean each text, derive a stable id from its
content, fold duplicates together, and reconcile with what the warehouse already holds."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from .cleaning import clean_text
from .sources import SourceFile, read_folder

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
}
SOURCE_FILE_SCHEMA = {
    "source_path": pl.String,
    "article_id": pl.String,
    "file_hash": pl.String,
    "encoding": pl.String,
    "decode_note": pl.String,
    "n_bytes": pl.Int64,
    "modified_at": pl.Datetime("us", "UTC"),
}
REMOVED_LINE_SCHEMA = {"article_id": pl.String, "line_no": pl.Int64, "text": pl.String, "reason": pl.String}


def content_hash(raw: str) -> str:
    """sha256 of the text with Unicode and white space normalised, so that the same article
    saved twice (another file name, other line endings) hashes the same."""
    canonical = re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw)).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def article_id(hash_: str) -> str:
    return hash_[:16]


def build(files: Iterable[SourceFile], *, now: datetime | None = None) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Clean the files; return (articles, source_files, removed_lines) frames.

    Files with the same content become one article, listed under its first path; every file
    keeps its row in source_files with the article it holds.
    """
    now = now or datetime.now(timezone.utc)
    articles: dict[str, dict] = {}
    sources: list[dict] = []
    removed: list[dict] = []
    for f in files:
        hash_ = content_hash(f.raw)
        aid = article_id(hash_)
        sources.append(
            {
                "source_path": f.source_path,
                "article_id": aid,
                "file_hash": f.file_hash,
                "encoding": f.encoding,
                "decode_note": f.decode_note,
                "n_bytes": f.n_bytes,
                "modified_at": f.modified_at,
            }
        )
        if aid in articles:
            continue
        cleaned = clean_text(f.raw)
        articles[aid] = {
            "article_id": aid,
            "source_path": f.source_path,
            "title": cleaned.title,
            "published_at": cleaned.published_at,
            "text": cleaned.text,
            "content_hash": hash_,
            "n_words": len(cleaned.text.split()),
            "ingested_at": now,
            "removed_at": None,
        }
        removed.extend(
            {"article_id": aid, "line_no": r.line_no, "text": r.text, "reason": r.reason} for r in cleaned.removed
        )
    return (
        pl.DataFrame(list(articles.values()), schema=ARTICLE_SCHEMA),
        pl.DataFrame(sources, schema=SOURCE_FILE_SCHEMA),
        pl.DataFrame(removed, schema=REMOVED_LINE_SCHEMA),
    )


def reconcile(
    current: pl.DataFrame,
    prior: pl.DataFrame,
    current_sources: pl.DataFrame,
    prior_sources: pl.DataFrame,
    *,
    now: datetime | None = None,
) -> pl.DataFrame:
    """Merge this run's articles with the warehouse's.

    - an article seen before keeps its first ``ingested_at``;
    - an article whose file now holds other content is replaced (dropped here, so that the
      writer deletes it and its rows);
    - an article whose files are all gone is kept, with ``removed_at`` set.
    """
    now = now or datetime.now(timezone.utc)
    if prior.is_empty():
        return current
    prior = prior.select(list(ARTICLE_SCHEMA)).cast(ARTICLE_SCHEMA)
    first_seen = prior.select("article_id", pl.col("ingested_at").alias("_first"))
    kept = (
        current.join(first_seen, on="article_id", how="left")
        .with_columns(pl.coalesce("_first", "ingested_at").alias("ingested_at"))
        .drop("_first")
    )
    live_paths = current_sources.get_column("source_path")
    replaced = prior_sources.filter(pl.col("source_path").is_in(live_paths.implode())).get_column("article_id")
    gone = prior.filter(
        ~pl.col("article_id").is_in(current.get_column("article_id").implode())
        & ~pl.col("article_id").is_in(replaced.implode())
    ).with_columns(pl.coalesce("removed_at", pl.lit(now, dtype=ARTICLE_SCHEMA["removed_at"])).alias("removed_at"))
    return pl.concat([kept, gone]).sort("article_id")


def read_articles(folder: Path | str) -> pl.DataFrame:
    """The cleaned articles of a folder, without any warehouse: for scripts and notebooks."""
    articles, _, _ = build(read_folder(Path(folder)))
    return articles
