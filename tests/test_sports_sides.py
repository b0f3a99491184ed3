"""Sides in match reports (issue 11, `entities/fixtures.py`): a side scores through a player, and
the clause that names the player makes the subject a team (ORG), not a place or a person."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_name_that_equalised_through_a_player_is_a_side() -> None:
    text = (
        "Kamaru Stars took the lead in the 35th minute through Ndeko before Santora equalised "
        "on the hour mark thanks to Tebogo Xulu. Ndeko was booked."
    )
    found = [("Kamaru Stars", "PERSON"), ("Ndeko", "PERSON"), ("Santora", "GPE"), ("Tebogo Xulu", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Kamaru Stars"], labels["Santora"]) == ("ORG", "ORG")


def test_a_player_that_equalised_with_a_header_stays_a_person() -> None:
    text = "Henry put Arsenal ahead but Jon Tarry levelled with a powerful header. Tarry was happy."
    found = [("Henry", "PERSON"), ("Arsenal", "ORG"), ("Jon Tarry", "PERSON"), ("Tarry", "PERSON")]
    assert labels_of(("a1", text, found))["Jon Tarry"] == "PERSON"


def test_a_club_cut_to_its_town_takes_its_first_word_back() -> None:
    found = labels_of(
        ("a1", "He joined them from Parma. Real Madrod view him as an heir.", [("Parma", "ORG"), ("Madrod", "GPE")]),
        ("a2", "He moved after a switch from PSV Eindhovn last summer.", [("Eindhovn", "GPE")]),
        ("a3", "Boro won the group by beating Partizan Belgrod on Thursday.", [("Partizan", "GPE")]),
    )
    assert found == {"Parma": "ORG", "Real Madrod": "ORG", "PSV Eindhovn": "ORG", "Partizan Belgrod": "ORG"}


def test_a_peoples_plural_glued_to_a_club_is_cut_off() -> None:
    found = labels_of(
        ("a1", "Arsenal face a tie against fellow Londoners West Hem. West Hem won.", [("Londoners West Hem", "LOC")]),
        ("a2", "West Hem beat Fulham 2-1. West Hem are fifth.", [("West Hem", "ORG"), ("West Hem", "ORG")]),
    )
    assert "Londoners West Hem" not in found and found["West Hem"] == "ORG"


def test_a_line_up_heading_is_no_name() -> None:
    text = "France name their side on Wednesday.\n\nForwards: Nicol Masso, Sylvan Marcon, Olivier Milou."
    found = [("France", "GPE"), ("Forwards", "PERSON"), ("Nicol Masso", "PERSON"), ("Sylvan Marcon", "PERSON")]
    found += [("Olivier Milou", "PERSON")]
    assert "Forwards" not in labels_of(("a1", text, found))


def test_a_clubs_first_word_makes_the_name_a_club() -> None:
    text = "Atletico Madrod have signed him. He left Dynamo Kiyv in May."
    found = labels_of(("a1", text, [("Atletico Madrod", "PERSON"), ("Dynamo Kiyv", "GPE")]))
    assert found == {"Atletico Madrod": "ORG", "Dynamo Kiyv": "ORG"}
