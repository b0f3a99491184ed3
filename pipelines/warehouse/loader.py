"""The one loader: a run's tables into the warehouse, in one transaction.

The loader reads the steps' staged Parquet parts with DuckDB (``staging.Parts``), in the one
transaction: no table passes through Python. ``articles`` gets each article's story from
``article_stories``, and ``quarantined_records`` the rejected amounts, in SQL (``tables``).

A full run's outputs are whole tables (``store.sync`` makes each table hold exactly them). An
incremental run's hold only the rows of its changes, and each replaces its *scope*
(``SCOPES``), named by the run's ``source_changes``: the rows of the files it read, of the
articles those held, of the fresh articles it extracted, of the entities, keys and stories it
touched. No article leaves the live set in such a run (one that removes, drops or restores an
article is a full run past the ingest step), so counts that depend on the whole corpus (an
entity's mentions and articles, a story's articles and outlets) only grow; they are derived
again in SQL, over the live articles, in the same transaction (``DERIVED``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import duckdb
import polars as pl

from pipelines.ingest.delta import Scope, keys
from pipelines.warehouse import store

SCOPES: dict[str, tuple[str, tuple[Scope, ...] | None]] = {
    "source_files": ("file_path", (Scope.FILE,)),
    "articles": ("article_id", (Scope.ARTICLE,)),
    "removed_lines": ("article_id", (Scope.ARTICLE,)),
    "quarantined_records": ("file_path", (Scope.FILE,)),
    "mentions": ("article_id", (Scope.FRESH,)),
    "amounts": ("article_id", (Scope.FRESH,)),
    "quotes": ("article_id", (Scope.FRESH,)),
    "story_signatures": ("article_id", (Scope.FRESH,)),
    "ner_spans": ("article_id", (Scope.FRESH,)),
    # the new rows' own keys: upserts, nothing else of the table is touched
    "entities": ("entity_id", None),
    "entity_keys": ("match_key", None),
    "stories": ("story_id", None),
}
"""For each table, the column that names its scope and the kinds of ``source_changes`` keys in
it (None: the new rows' own keys). ``pipeline_state`` is written whole."""

LIVE = "SELECT article_id FROM articles WHERE removed_at IS NULL"

DERIVED = (
    f"""UPDATE entities SET n_mentions = coalesce(c.n_mentions, 0), n_articles = coalesce(c.n_articles, 0)
    FROM (SELECT e.entity_id, m.n_mentions, m.n_articles FROM entities AS e LEFT JOIN (
        SELECT entity_id, count(*) AS n_mentions, count(DISTINCT article_id) AS n_articles
        FROM mentions WHERE article_id IN ({LIVE}) GROUP BY entity_id) AS m USING (entity_id)) AS c
    WHERE entities.entity_id = c.entity_id
      AND (entities.n_mentions IS DISTINCT FROM coalesce(c.n_mentions, 0)
           OR entities.n_articles IS DISTINCT FROM coalesce(c.n_articles, 0))""",
    """UPDATE stories SET n_articles = c.n_articles, n_outlets = c.n_outlets, first_published = c.first_published
    FROM (SELECT story_id, count(*) AS n_articles, count(DISTINCT outlet) AS n_outlets,
                 min(published_at) AS first_published
          FROM articles WHERE removed_at IS NULL AND story_id IS NOT NULL GROUP BY story_id) AS c
    WHERE stories.story_id = c.story_id
      AND (stories.n_articles <> c.n_articles OR stories.n_outlets <> c.n_outlets
           OR stories.first_published IS DISTINCT FROM c.first_published)""",
)
"""What an incremental run derives again over the whole warehouse, in SQL (column scans)."""


def scopes(changes: pl.DataFrame) -> dict[str, store.Scope]:
    """Each table's scope in an incremental run with ``changes`` (``source_changes``)."""
    return {
        table: store.Scope(column, keys(changes, *kinds) if kinds else None)
        for table, (column, kinds) in SCOPES.items()
    }


def tables(con: duckdb.DuckDBPyConnection, outputs: Mapping[str, store.Rows]) -> dict[str, duckdb.DuckDBPyRelation]:
    """The warehouse's tables as relations on ``con`` over the steps' ``outputs`` (staged parts,
    or frames): each table's output as it is, but ``articles`` joined with ``article_stories``
    (each article's story and the original it copies) and ``quarantined_records`` with
    ``quarantined_amounts`` (the amounts a data rule rejected)."""
    rows = {name: store.relation(con, r) for name, r in outputs.items()}
    rows["articles"] = rows["articles"].join(rows.pop("article_stories"), "article_id", how="left")
    records = rows["quarantined_records"]
    rows["quarantined_records"] = records.union(
        rows.pop("quarantined_amounts").select(*(f'"{c}"' for c in records.columns))
    )
    return rows


def load(
    path: str,
    outputs: Mapping[str, store.Rows],
    changes: pl.DataFrame | None,
    *,
    on_wait: Callable[[str], None] = store.log.warning,
) -> dict[str, store.SyncStats]:
    """Write a full run's tables (``changes`` None) or an incremental run's rows in their
    scopes, from the steps' ``outputs`` (see ``tables``), in one transaction."""
    with store.transaction(path, on_wait=on_wait) as con:
        if changes is None:
            return store.sync(con, tables(con, outputs))
        return store.sync(con, tables(con, outputs), scopes=scopes(changes), after=DERIVED)
