"""A name the small model cut short takes in the capitalised word after it; an honorific after that
word opens the next name and does not hide where the first one ends ("the [Sunday] Times Mr Reid
said")."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def test_an_honorific_after_the_run_ends_the_name() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "A source told the Sunday Chronicle Mr Reid would stand down.",
            [("the Sunday", "ORG"), ("Reid", "PERSON")],
        ),
        ("a2", "The Sunday Chronicle reported the deal on Monday.", [("The Sunday Chronicle", "ORG")]),
    )
    names = set(canonicalize(mentions, articles).entities["name"].to_list())
    assert "Sunday Chronicle" in names and "Sunday" not in names


def test_a_capitalised_word_other_than_an_honorific_still_hides_the_end() -> None:
    articles, mentions = corpus(
        ("a1", "The Santa Clara County Superior Court ruled.", [("Superior", "ORG")]),
    )
    names = set(canonicalize(mentions, articles).entities["name"].to_list())
    assert "Superior Court" not in names


def test_an_honorific_glued_at_a_spans_end_leaves_it() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "A source told the Sunday Chronicle Mr Reid would stand down.",
            [("the Sunday", "ORG"), ("Chronicle Mr", "ORG"), ("Reid", "PERSON")],
        ),
        ("a2", "The Sunday Chronicle reported the deal on Monday.", [("The Sunday Chronicle", "ORG")]),
    )
    names = set(canonicalize(mentions, articles).entities["name"].to_list())
    assert "Sunday Chronicle" in names and not {"Sunday", "Chronicle Mr"} & names


def test_an_honorific_run_into_a_persons_name_stays_for_the_person() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "He repaid former Tory Treasurer Lord Ashby after the vote.",
            [("Tory Treasurer Lord", "PERSON"), ("Ashby", "PERSON")],
        ),
    )
    names = set(canonicalize(mentions, articles).entities["name"].to_list())
    assert "Tory Treasurer" not in names
