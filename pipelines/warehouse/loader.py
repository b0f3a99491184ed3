"""The one loader: a run's tables into the warehouse, in one transaction.

A full run's frames are whole tables (``store.write`` makes each table hold exactly them). An
incremental run's frames hold only the rows of its changes, and each replaces its *scope*
(``SCOPES``), named by the run's ``source_changes``: the rows of the files it read, of the
articles those held, of the fresh articles it extracted, of the entities, keys and stories it
touched. No article leaves the live set in such a run (one that removes, drops or restores an
article is a full run past the ingest step), so counts that depend on the whole corpus (an
entity's mentions and articles, a story's articles and outlets) only grow; they are derived
again in SQL, over the live articles, in the same transaction (``DERIVED``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
    # the rows of the frame itself: upserts, nothing else of the table is touched
    "entities": ("entity_id", None),
    "entity_keys": ("match_key", None),
    "stories": ("story_id", None),
}
"""For each table, the column that names its scope and the kinds of ``source_changes`` keys in
it (None: the frame's own keys). ``pipeline_state`` is written whole."""

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


def scopes(frames: Mapping[str, pl.DataFrame], changes: pl.DataFrame) -> dict[str, store.Scope]:
    """Each table's scope in an incremental run with ``changes`` (``source_changes``)."""
    out = {}
    for table, (column, kinds) in SCOPES.items():
        if table in frames:
            values = keys(changes, *kinds) if kinds else frames[table].get_column(column).to_list()
            out[table] = store.Scope(column, values)
    return out


def load(
    path: str,
    frames: Mapping[str, pl.DataFrame],
    changes: pl.DataFrame | None,
    *,
    on_wait: Callable[[str], None] = store.log.warning,
) -> dict[str, store.SyncStats]:
    """Write a full run's tables (``changes`` None) or an incremental run's rows in their scopes."""
    if changes is None:
        return store.write(path, frames, on_wait=on_wait)
    return store.write(path, frames, scopes=scopes(frames, changes), after=DERIVED, on_wait=on_wait)
