"""A ruler's or statesman's epithet after the name ("William Pitt the Younger", "Catherine the
Great") is part of the person's name: the small model spans the name and tags the epithet apart,
often as a body."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def names_of(*articles) -> dict[str, str]:
    articles, mentions = corpus(*articles)
    return dict(canonicalize(mentions, articles).entities.select("name", "label").iter_rows())


def test_an_epithet_after_a_persons_name_joins_the_name() -> None:
    found = names_of(
        (
            "a1",
            "He wrote a life of Henry Dundas the Elder and sold it well.",
            [("Henry Dundas", "PERSON"), ("Elder", "ORG")],
        ),
        ("a2", "A statue of Catherine the Great was unveiled in the square.", [("Catherine", "PERSON")]),
    )
    assert found.get("Henry Dundas the Elder") == "PERSON"
    assert found.get("Catherine the Great") == "PERSON"
    assert "Elder" not in found


def test_no_epithet_in_lower_case_nor_after_a_place() -> None:
    found = names_of(
        ("a1", "Tim Henman the great hope of British tennis lost.", [("Tim Henman", "PERSON")]),
        ("a2", "They toured Britain the Great Escape way.", [("Britain", "GPE")]),
    )
    assert "Tim Henman" in found and "Britain" in found
