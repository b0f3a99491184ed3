"""A one-word name the words around it call a work's is no short form of a person's full name in its
article (issue 11): "the film biopic [Ray]" beside "Ray Charles" stays the film's title."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def test_a_work_named_for_a_person_of_the_article_is_no_short_form() -> None:
    text = "Jamie Foxe won for his role as Rey Charlton. The film biopic Rey has surpassed expectations."
    articles, mentions = corpus(("a1", text, [("Jamie Foxe", "PERSON"), ("Rey Charlton", "PERSON"), ("Rey", "PERSON")]))
    result = canonicalize(mentions, articles)
    rows = result.mentions.join(result.entities.select("entity_id", "name"), on="entity_id")
    rey = rows.filter(rows["text"] == "Rey").row(0, named=True)
    assert (rey["name"], rey["label"]) == ("Rey", "WORK_OF_ART")


def test_a_first_name_without_a_work_cue_is_still_the_person() -> None:
    text = "Jamie Foxe won for his role as Rey Charlton. Rey was a soul singer, Foxe said."
    articles, mentions = corpus(("a1", text, [("Jamie Foxe", "PERSON"), ("Rey Charlton", "PERSON"), ("Rey", "PERSON")]))
    result = canonicalize(mentions, articles)
    rows = result.mentions.join(result.entities.select("entity_id", "name"), on="entity_id")
    assert rows.filter(rows["text"] == "Rey")["name"].to_list() == ["Rey Charlton"]
