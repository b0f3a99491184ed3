"""An incremental run's article tables: the rows of the files that changed, reconciled with
what the warehouse held for those files only.

``merge`` (``pipelines.ingest.articles``) reconciles a run's articles with the warehouse's. An
incremental run reads only the changed files, so it gives ``merge`` only the warehouse rows of
those files (``prior``) and of the articles they held. An article that an unchanged file still
holds (``pinned``) is left exactly as the warehouse has it: it is neither replaced nor marked
removed because a changed file no longer holds it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import polars as pl

from pipelines.ingest.articles import Built, merge
from pipelines.ingest.sources import SourceFile, unread_paths


class Scope(enum.StrEnum):
    """What a row of the ``source_changes`` frame names (its ``kind``)."""

    FULL = "full"  # a full run: every table is rebuilt from the whole folder (no key)
    FILE = "file"  # a source file whose rows the run replaces
    ARTICLE = "article"  # an article whose row (and removed lines) the run replaces
    FRESH = "fresh"  # a live article whose text is new: extracted, its rows replaced


SCOPE_SCHEMA = {"kind": pl.String, "key": pl.String}


def full_scope() -> pl.DataFrame:
    return pl.DataFrame({"kind": [Scope.FULL.value], "key": [None]}, schema=SCOPE_SCHEMA)


@dataclass
class Delta:
    """The rows to write (``tables``) and what they replace: every warehouse row of the files in
    ``files`` and of the articles in ``article_ids`` is replaced by ``tables``' rows.
    ``fresh`` are the live articles whose text the warehouse does not hold yet: the ones the
    extraction steps must process; ``dropped`` the articles deleted with all their rows (a run
    that drops one is not incremental past the ingest step: see ``reshapes``)."""

    tables: Built
    files: list[str]
    article_ids: list[str]
    fresh: pl.DataFrame
    dropped: list[str]

    def reshapes(self, prior: Built) -> bool:
        """Whether the run removes, drops or restores an article. Such an article must stop (or
        start again) shaping the names, labels and counts of entities and stories, which only
        deriving them again over the corpus does exactly."""
        if self.dropped:
            return True
        was = prior.articles.select("article_id", pl.col("removed_at").is_not_null().alias("was"))
        now = self.tables.articles.select("article_id", pl.col("removed_at").is_not_null().alias("now"))
        return not now.join(was, on="article_id").filter(pl.col("now") != pl.col("was")).is_empty() or bool(
            now.join(was, on="article_id", how="anti").get_column("now").any()
        )

    def changes_nothing(self, prior: Built) -> bool:
        """Whether writing this delta would leave the warehouse as ``prior`` (its rows of the
        same files and articles) has it: e.g. the files read again were only touched, or were
        feeds without a record."""
        if self.dropped or not self.fresh.is_empty():
            return False
        return all(
            new.sort(new.columns).equals(old.sort(old.columns)) for new, old in zip(self.tables, prior, strict=True)
        )

    def scope(self) -> pl.DataFrame:
        """The ``source_changes`` frame of a run that ``reshapes`` nothing: one row per file,
        article and fresh article."""
        kinds = (
            (Scope.FILE, self.files),
            (Scope.ARTICLE, self.article_ids),
            (Scope.FRESH, self.fresh.get_column("article_id").to_list()),
        )
        rows = [(kind.value, key) for kind, keys in kinds for key in keys]
        return pl.DataFrame(rows, schema=SCOPE_SCHEMA, orient="row")


def build_delta(
    built: Built,
    files: list[SourceFile],
    affected: Iterable[str],
    prior: Built,
    pinned: Iterable[str],
    *,
    now: datetime | None = None,
) -> Delta:
    """Reconcile ``built`` (the tables of ``files``, the changed ones) with ``prior``, the
    warehouse's rows of the ``affected`` files and of the articles those files or this run's
    records hold; ``pinned`` are those articles that unchanged files still hold."""
    merged = merge(built, prior, unread=unread_paths(files), now=now)
    current = set(built.articles.get_column("article_id").to_list())
    keep_as_is = set(pinned) - current
    kept = ~pl.col("article_id").is_in(pl.Series(sorted(keep_as_is), dtype=pl.String).implode())
    tables = Built(
        merged.articles.filter(kept), merged.source_files, merged.removed_lines.filter(kept), merged.quarantined_records
    )
    written = set(tables.articles.get_column("article_id").to_list())
    scope = (set(prior.articles.get_column("article_id").to_list()) | written) - keep_as_is
    stored_text = prior.articles.select("article_id", pl.col("text").alias("_stored"))
    fresh = (
        tables.articles.filter(pl.col("removed_at").is_null())
        .join(stored_text, on="article_id", how="left")
        .filter(pl.col("_stored").is_null() | (pl.col("_stored") != pl.col("text")))
        .drop("_stored")
    )
    return Delta(tables, sorted(set(affected)), sorted(scope), fresh, sorted(scope - written))


def keys(changes: pl.DataFrame, *kinds: Scope) -> list[str]:
    """The keys of the given kinds in a ``source_changes`` frame."""
    wanted = [k.value for k in kinds]
    return changes.filter(pl.col("kind").is_in(wanted)).get_column("key").to_list()


def is_full(changes: pl.DataFrame) -> bool:
    return bool(changes.filter(pl.col("kind") == Scope.FULL.value).height)


def fresh_articles(articles: pl.DataFrame, changes: pl.DataFrame) -> pl.DataFrame:
    """The articles an incremental run extracts: live, with text the warehouse does not hold."""
    fresh = pl.Series(keys(changes, Scope.FRESH), dtype=pl.String)
    return articles.filter(pl.col("article_id").is_in(fresh.implode()))
