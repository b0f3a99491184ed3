"""A kind a few words before ", such as" (issue 11): "there are games on the market, such as
[Civilisation]" names a game as "games such as [Civilisation]" does; a kind of another thing there
says nothing of the name."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_kind_a_few_words_before_a_comma_and_such_as_names_the_kind() -> None:
    labels = labels_of(
        ("a", "Already there are games on the market, such as Civilise, he said.", [("Civilise", "ORG")]),
        ("b", "The group chose documentaries to air, such as The Lenny Cole Story.", [("The Lenny Cole Story", "ORG")]),
        ("c", "Many of the affected countries, such as Indonezia, are poor.", [("Indonezia", "GPE")]),
    )
    assert (labels["Civilise"], labels["Lenny Cole Story"], labels["Indonezia"]) == ("PRODUCT", "WORK_OF_ART", "GPE")
