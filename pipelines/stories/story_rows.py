"""A story's row as the full path makes it (:mod:`pipelines.stories.grouping`), from all its
members: for stories that new articles join or leave (:mod:`pipelines.stories.incremental`)."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from pipelines.stories.grouping import STORIES_SCHEMA, group_stories


def story_rows(members: pl.DataFrame, opening: Callable[[str], str | None]) -> pl.DataFrame:
    """The rows (STORIES_SCHEMA) of the stories of ``members`` (story_id, article_id, title,
    published_at, outlet: every live member of each story); ``opening`` gives an article's text,
    or its opening, for the title of a story without headlines."""
    rows = [_story_row(sid, group, opening) for (sid,), group in members.group_by("story_id")]
    return pl.DataFrame(rows, schema=STORIES_SCHEMA).sort("story_id")


def _story_row(sid: str, members: pl.DataFrame, opening: Callable[[str], str | None]) -> dict:
    """A story's row from all its members, as the full path makes it: titled by its first
    member with a headline, else by its origin's first sentence."""
    members = members.sort([pl.col("published_at").is_null(), "published_at", "article_id"], nulls_last=True)
    title = next((t for t in members["title"].to_list() if t), None)
    if title is None:
        origin = members["article_id"][0]
        title = _untitled_story_title(origin, opening(origin))
    return {
        "story_id": sid,
        "title": title,
        "first_published": members["published_at"].min(),
        "n_articles": members.height,
        "n_outlets": members["outlet"].drop_nulls().n_unique(),
    }


def _untitled_story_title(article_id: str, text: str | None) -> str | None:
    """The title the full path gives a story of untitled articles (its origin's first sentence)."""
    one = pl.DataFrame(
        {"article_id": [article_id], "title": [None], "text": [text]}, schema_overrides={"title": pl.String}
    )
    return group_stories(one, pl.DataFrame(schema={"article_id": pl.String, "entity_id": pl.String}))[0]["title"][0]
