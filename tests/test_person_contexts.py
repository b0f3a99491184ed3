"""Contexts that make a name a person's (issue 11, labels, helper people3): a name of two words
listed between two people's full names ("Compatriots Mulugeta Wolde, [Abiyo Abebe] and Markos
Gebre"), and a one-word name whose possessive stands before a country's name that ends the phrase,
a ruler's ("Stalin's Russia, [Ceaucescu]'s Romania -"), not a firm's possessive before a country
and a noun ("Hexel's US affiliate"); and a full name after a country's possessive the model calls
a building ("Ethiopia's [Tirunesh Dibeba] set"; not "Britain's [Guantanamo Bay] by")."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_name_listed_between_two_people_is_a_person() -> None:
    text = "Compatriots Mulugeta Wolde, Abiyo Abebe and Markos Gebre will race against Bekele on Friday."
    found = [("Mulugeta Wolde", "PERSON"), ("Abiyo Abebe", "ORG"), ("Markos Gebre", "PERSON"), ("Bekele", "PERSON")]
    assert labels_of(("a1", text, found))["Abiyo Abebe"] == "PERSON"


def test_a_rulers_possessive_before_a_country_is_a_person() -> None:
    text = "It smacks of the methods of Stalin's Russia, Ceaucescu's Romania - the list goes on."
    found = [("Stalin", "PERSON"), ("Russia", "GPE"), ("Ceaucescu", "GPE"), ("Romania", "GPE")]
    assert labels_of(("a1", text, found))["Ceaucescu"] == "PERSON"


def test_a_firms_possessive_before_a_country_and_a_noun_stays() -> None:
    text = "Sandor bought all of Hexel. It also acquired 67% of Hexel's US affiliate Eon Labs."
    found = [("Sandor", "ORG"), ("Hexel", "ORG"), ("Hexel", "ORG"), ("US", "GPE"), ("Eon Labs", "ORG")]
    assert labels_of(("a1", text, found))["Hexel"] == "ORG"


def test_a_full_name_after_a_countrys_possessive_is_no_building() -> None:
    text = (
        "Ethiopia's Tirunesh Dibeba set a new world record on Saturday. "
        "Belmarsh has been dubbed Britain's Guantanamo Bay by campaigners. The camp stands by a bay. "
        "Shares in France's Club Mediteranee slid. He joined a club."
    )
    found = [("Ethiopia", "GPE"), ("Tirunesh Dibeba", "FAC"), ("Belmarsh", "FAC"), ("Britain", "GPE")]
    found += [("Guantanamo Bay", "FAC"), ("France", "GPE"), ("Club Mediteranee", "FAC")]
    labels = labels_of(("a1", text, found))
    assert (labels["Tirunesh Dibeba"], labels["Guantanamo Bay"]) == ("PERSON", "FAC")
    assert labels["Club Mediteranee"] != "PERSON"
