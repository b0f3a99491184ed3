"""Places the small model split in two mentions one space apart ("the [Scottish] [Borders]"): their words
together are a place of the gazetteer, one mention with the gazetteer's label, even where no mention of
the corpus spans the place whole."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_two_mentions_that_make_a_place_of_the_gazetteer_are_one_place() -> None:
    labels = labels_of(
        (
            "a1",
            "Plans to protect the character of the Scottish Borders were drawn up.",
            [("Scottish", "NORP"), ("Borders", "ORG")],
        ),
        ("a2", "Borders said book sales rose. Borders shares fell.", [("Borders", "ORG"), ("Borders", "ORG")]),
    )
    assert labels["Scottish Borders"] == "GPE"
    assert labels["Borders"] == "ORG"


def test_two_names_that_make_no_place_stay_apart() -> None:
    labels = labels_of(
        ("a1", "He told the BBC Michael Howard would speak.", [("BBC", "ORG"), ("Michael Howard", "PERSON")])
    )
    assert (labels["BBC"], labels["Michael Howard"]) == ("ORG", "PERSON")
