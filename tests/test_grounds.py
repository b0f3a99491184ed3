"""Sports grounds named alone (issue 11, `entities/grounds.py`): a name a match is played at,
that the corpus names after "at" or "to" and never as a side, is a ground (FAC), not the club."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_name_matches_are_played_at_is_a_ground() -> None:
    found = labels_of(
        ("a1", "Wales lost the third-round game at Brackenholm on Saturday. Jones said so.", [("Brackenholm", "ORG")]),
        ("a2", "The hooker is only on a year contract at Brackenholm. He is happy.", [("Brackenholm", "ORG")]),
        ("a3", "The Brackenholm crowd sang loudly.", [("Brackenholm", "PERSON")]),
    )
    assert found["Brackenholm"] == "FAC"


def test_a_score_after_a_ground_names_the_match_not_a_side() -> None:
    text = "They won a third round replay at Hazel Cottage 1-0 on 13 January 1999."
    assert labels_of(("a1", text, [("Hazel Cottage", "ORG")]))["Hazel Cottage"] == "FAC"


def test_a_club_played_at_stays_a_club() -> None:
    found = labels_of(
        ("a1", "Arsenal won the league game at Chelborough on Sunday.", [("Arsenal", "ORG"), ("Chelborough", "ORG")]),
        ("a2", "Chelborough beat Arsenal 2-1 in the final.", [("Chelborough", "ORG"), ("Arsenal", "ORG")]),
        ("a3", "Chelborough have signed a striker.", [("Chelborough", "ORG")]),
    )
    assert found["Chelborough"] == "ORG"


def test_a_firm_worked_at_is_no_ground() -> None:
    found = labels_of(
        ("a1", "An analyst at Morvane Securities said the game was up.", [("Morvane Securities", "ORG")]),
        ("a2", "He worked at Tellbrook for years. Tellbrook makes chips.", [("Tellbrook", "ORG")] * 2),
    )
    assert found == {"Morvane Securities": "ORG", "Tellbrook": "ORG"}


def test_a_name_seldom_after_at_is_no_ground() -> None:
    text = "Saturday's match at Kestwick ended late. Kestwick said so. Kestwick won praise. Kestwick grew."
    assert labels_of(("a1", text, [("Kestwick", "ORG")] * 4))["Kestwick"] == "ORG"


def test_a_player_a_match_is_lost_to_is_no_ground() -> None:
    text = "Hewitt suffered a shock defeat to Tayler Dunt in the final. Tayler Dunt won."
    assert labels_of(("a1", text, [("Tayler Dunt", "ORG"), ("Tayler Dunt", "ORG")]))["Tayler Dunt"] == "ORG"


def test_a_house_after_the_name_or_a_club_prefix_makes_no_ground() -> None:
    found = labels_of(
        ("a1", "The collection gets its debut at Bonhims auction house on Saturday.", [("Bonhims", "ORG")]),
        ("a2", "Boro's Uefa Cup match at Sporting Lisbin was moved.", [("Sporting Lisbin", "ORG")]),
    )
    assert found == {"Bonhims": "ORG", "Sporting Lisbin": "ORG"}
