"""Stories: articles grouped by the event they report, and near-duplicate copies marked."""

import dagster as dg
import polars as pl

from pipelines.defs.metadata import ownership, table_asset, table_metadata
from pipelines.entities.canonical import with_entity_labels
from pipelines.stories import grouping as story_table


@dg.multi_asset(
    outs={
        "stories": dg.AssetOut(kinds={"polars"}, group_name="stories", **table_asset("stories", "enriched")),
        "article_stories": dg.AssetOut(
            kinds={"polars"},
            group_name="stories",
            description="Each article's story and the original it copies (articles.story_id, articles.duplicate_of)",
            **ownership("enriched"),
        ),
    },
)
def story_groups(
    context: dg.AssetExecutionContext, articles: pl.DataFrame, mentions: pl.DataFrame, entities: pl.DataFrame
):
    stories, assignments = story_table.group_stories(articles, with_entity_labels(mentions, entities))
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
