"""Countries whose name holds "and" ("Trinidad and Tobago", "Bosnia and Herzegovina"): the small model
spans one half, or each half apart, and calls them a person or a firm; the span takes in the "and" and
the other half when the whole is a country of the gazetteer. Lists of two places stay apart."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def entities_of(*articles) -> dict[str, str]:
    articles, mentions = corpus(*articles)
    result = canonicalize(mentions, articles)
    return dict(zip(result.entities["name"].to_list(), result.entities["label"].to_list()))


def test_both_halves_of_a_country_cut_at_its_and_are_one_country() -> None:
    found = entities_of(
        (
            "a1",
            "The sprinter has chosen to run for Trinidad and Tobago at the next Games.",
            [("Trinidad", "PERSON"), ("Tobago", "ORG")],
        ),
        (
            "a2",
            "Felix Trinidad won the fight. Trinidad was cheered.",
            [("Felix Trinidad", "PERSON"), ("Trinidad", "PERSON")],
        ),
    )
    assert found["Trinidad and Tobago"] == "GPE"
    assert "Tobago" not in found


def test_one_half_takes_in_the_other_on_either_side() -> None:
    found = entities_of(
        ("a1", "Aid arrived in Bosnia and Herzegovina on Monday.", [("Herzegovina", "ORG")]),
        ("a2", "He was born in Antigua and Barbuda, in the Caribbean.", [("Antigua", "PERSON")]),
        ("a3", "It sold its stake in Grenada and Bosnia and Herzegovina.", [("Bosnia", "PERSON")]),
    )
    assert found["Bosnia and Herzegovina"] == "GPE"
    assert found["Antigua and Barbuda"] == "GPE"
    assert "Herzegovina" not in found and "Antigua" not in found
    assert "Bosnia" not in found


def test_the_full_stop_after_the_country_stays_out() -> None:
    articles, mentions = corpus(("a1", "It sold its stake in Bosnia and Herzegovina.", [("Bosnia", "PERSON")]))
    texts = canonicalize(mentions, articles).mentions["text"].to_list()
    assert texts == ["Bosnia and Herzegovina"]


def test_two_places_joined_by_and_stay_apart() -> None:
    found = entities_of(
        (
            "a1",
            "Talks between France and Germany ended. Bosnia and Croatia signed.",
            [("France", "GPE"), ("Germany", "GPE"), ("Bosnia", "GPE"), ("Croatia", "GPE")],
        ),
    )
    assert {"France", "Germany", "Bosnia", "Croatia"} <= set(found)
