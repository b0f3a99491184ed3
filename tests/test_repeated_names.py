"""A one-word name repeated in its article goes where its other occurrences there went (issue 11,
labels, helper people6): "Referee [Dallas] said" joins Hugh Dallas, so "had advised [Dallas] to
award", tagged GPE with nothing around it, is the referee too; not an occurrence the words around
call a thing, nor a word two people of the article share."""

from __future__ import annotations

import re

from pipelines.entities.canonical import canonicalize
from pipelines.entities.repeated_names import as_a_persons_name
from tests.test_entities import corpus, entity_of


def test_a_repeat_of_a_resolved_surname_joins_the_same_person() -> None:
    text = (
        "Hugh Dallas's decision angered Hearts. The linesman had advised Dallas to award a penalty. "
        "Referee Dallas said he was right."
    )
    articles, mentions = corpus(
        ("a1", text, [("Hugh Dallas's", "PERSON"), ("Hearts", "ORG"), ("Dallas", "GPE"), ("Dallas", "GPE")])
    )
    result = canonicalize(mentions, articles)
    first = text.index("Dallas to")
    ids = {
        row["start_char"]: row["entity_id"]
        for row in result.mentions.filter(result.mentions["text"] == "Dallas").iter_rows(named=True)
    }
    assert ids[first] == entity_of(result, "a1", "Hugh Dallas's")["entity_id"]


def test_a_repeat_the_words_around_call_a_place_stays_apart() -> None:
    text = "Referee Hugh Dallas flew home. Referee Dallas said he was right. He lives in the city of Dallas."
    articles, mentions = corpus(("a1", text, [("Hugh Dallas", "PERSON"), ("Dallas", "GPE"), ("Dallas", "GPE")]))
    result = canonicalize(mentions, articles)
    labels = [row["label"] for row in result.mentions.filter(result.mentions["text"] == "Dallas").iter_rows(named=True)]
    assert labels == ["PERSON", "GPE"]


def test_a_repeat_qualifying_a_noun_is_no_persons_name() -> None:
    text = "complained the Tower commission. Tower said so. Tower's aides, the Tower board report"
    ends = [m.end() for m in re.finditer("Tower", text)]
    assert [as_a_persons_name(text, e) for e in ends] == [False, True, True, False]
