"""Regions named by a plural of their landform ("the Valleys", "the Midlands", "the Highlands"): the small
model calls them a person, a firm or a product; alone they name a place."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_regions_plural_alone_is_a_place() -> None:
    labels = labels_of(
        ("a1", "Hot air was drifting up from the Valleys on Saturday.", [("Valleys", "PERSON")]),
        ("a2", "The card is used on the toll road in the Midlands, in the UK.", [("Midlands", "PRODUCT")]),
        ("a3", "Unrest spread to the Lowlands and beyond.", [("Lowlands", "ORG")]),
    )
    assert (labels["Valleys"], labels["Midlands"], labels["Lowlands"]) == ("LOC", "LOC", "LOC")


def test_other_plurals_keep_their_label() -> None:
    labels = labels_of(
        ("a1", "Borders said sales rose. Paul Dales spoke.", [("Borders", "ORG"), ("Paul Dales", "PERSON")])
    )
    assert (labels["Borders"], labels["Paul Dales"]) == ("ORG", "PERSON")
