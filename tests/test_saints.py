"""A saint's possessive opens the name after it ("St Egwin's Middle School"): the small model spans
the rest alone and the possessive apart, or runs it into the words before it."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def names_of(*articles) -> set[str]:
    articles, mentions = corpus(*articles)
    return set(canonicalize(mentions, articles).entities["name"].to_list())


def test_a_saints_possessive_opens_the_name_after_it() -> None:
    found = names_of(
        (
            "a1",
            "Two girls from St Oswin's Middle School in Ripon went.",
            [("St Oswin's", "PERSON"), ("Middle School", "ORG")],
        ),
        (
            "a2",
            "They queued at Ticketland in St Ives's Green Shopping Centre on Friday.",
            [("Ticketland in St Ives's", "FAC"), ("Green Shopping Centre", "ORG")],
        ),
        ("a3", "The band played at St Anne's Concert Hall last night.", [("Concert Hall", "FAC")]),
    )
    assert {
        "St Oswin's Middle School",
        "St Ives's Green Shopping Centre",
        "St Anne's Concert Hall",
        "Ticketland",
    } <= found
    assert not {"St Oswin", "Middle School", "Green Shopping Centre", "Concert Hall"} & found


def test_no_saint_no_widening() -> None:
    found = names_of(("a1", "Fans of Stan's Middle School band came.", [("Middle School", "ORG")]))
    assert "Middle School" in found
