"""Stories: articles grouped by the event they report, near-duplicate copies marked, and the
LSH index that finds a new article's candidates.

A full run groups every live article; an incremental run assigns the fresh articles to the
stored stories or to new ones (``pipelines.stories.incremental``): stored stories keep their
ids and members."""

from contextlib import closing

import dagster as dg
import polars as pl

from pipelines.defs.metadata import ownership, table_asset, table_metadata
from pipelines.defs.resources import Warehouse, WorkerPool
from pipelines.entities.canonical import with_entity_labels
from pipelines.ingest import delta as deltas
from pipelines.stories import grouping as story_table
from pipelines.stories.incremental import assign_new
from pipelines.stories.signatures import index_frame
from pipelines.warehouse import store


@dg.multi_asset(
    outs={
        "stories": dg.AssetOut(kinds={"polars"}, group_name="stories", **table_asset("stories", "enriched")),
        "article_stories": dg.AssetOut(
            kinds={"polars"},
            group_name="stories",
            description="Each article's story and the original it copies (articles.story_id, articles.duplicate_of)",
            **ownership("enriched"),
        ),
        "story_signatures": dg.AssetOut(
            kinds={"polars"}, group_name="stories", **table_asset("story_signatures", "enriched")
        ),
    },
)
def story_groups(
    context: dg.AssetExecutionContext,
    articles: pl.DataFrame,
    source_changes: pl.DataFrame,
    mentions: pl.DataFrame,
    entities: pl.DataFrame,
    warehouse: Warehouse,
    worker_pool: WorkerPool,
):
    worker_pool.release()  # the run's workers are done: their memory is not held beside the grouping's
    if deltas.is_full(source_changes):
        stories, assignments, digests = story_table.stories_and_digests(
            articles, with_entity_labels(mentions, entities)
        )
        signatures = index_frame(digests)
    else:
        stories, assignments, signatures = _assign(articles, source_changes, mentions, entities, warehouse)
    n_copies = int(assignments.get_column("duplicate_of").is_not_null().sum())
    multi = stories.filter(pl.col("n_articles") > 1)
    n_removed = int(assignments.get_column("story_id").is_null().sum())
    context.log.info(
        f"{articles.height - n_removed} live articles in {stories.height} stories ({multi.height} with several "
        f"articles), {n_copies} near-duplicate copies; {n_removed} removed articles in none"
    )
    yield dg.Output(
        stories,
        "stories",
        metadata=table_metadata(
            "stories", stories.sort("n_articles", descending=True), n_multi_article_stories=multi.height
        ),
    )
    yield dg.Output(
        assignments,
        "article_stories",
        metadata=table_metadata(
            "article_stories", assignments, names={"articles": articles, "stories": stories}, n_copies=n_copies
        ),
    )
    yield dg.Output(signatures, "story_signatures", metadata=table_metadata("story_signatures", signatures))


def _assign(
    articles: pl.DataFrame,
    source_changes: pl.DataFrame,
    mentions: pl.DataFrame,
    entities: pl.DataFrame,
    warehouse: Warehouse,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """An incremental run's stories: the fresh articles assigned; every other article of the
    run keeps its stored story (a removed one is in none)."""
    fresh = deltas.fresh_articles(articles, source_changes)
    labelled = with_entity_labels(mentions, entities)
    with closing(store.connect_read_only(warehouse.path)) as con:
        increment = assign_new(fresh, labelled, con)
        others = articles.filter(~pl.col("article_id").is_in(fresh.get_column("article_id").implode()))
        stored = store.lookup(con, "articles", "article_id", others.get_column("article_id").to_list())
    schema = increment.assignments.schema
    kept = (
        others.select("article_id", "removed_at")
        .join(stored.select("article_id", "story_id", "duplicate_of"), on="article_id", how="left")
        .with_columns(
            [pl.when(pl.col("removed_at").is_null()).then(pl.col(c)).alias(c) for c in ("story_id", "duplicate_of")]
        )
        .select(list(schema))
        .cast(schema)
    )
    return increment.stories, pl.concat([increment.assignments, kept]), increment.signatures
