"""Players and clubs named by a match report (issue 11, `entities/fixtures.py`, `lineups.py`,
`club_cues.py`): the name after a play's noun and "from" ("a header from [Kemadjo]"), a goal's verb
and "through" ("took the lead in the 35th minute through [Kemadjo]"), or a side and a position
("Liverpool forward [Milan Barros]"), or in a short list right after a line-up ("Colgun, Doddsy."),
is a player's whatever the small model says (a place, a firm); a town after "a win over" or
"knocked out" is its club."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of

SPORT = " The striker scored in the league match and the referee booked the midfielder."


def test_a_goal_scored_through_a_name_is_a_players() -> None:
    text = "Sable Batie took the lead in the 35th minute through Kemadjo before the break." + SPORT
    assert labels_of(("a1", text, [("Kemadjo", "GPE")]))["Kemadjo"] == "PERSON"


def test_a_play_from_a_name_is_a_players() -> None:
    found = labels_of(
        ("a1", "But goals in each half from Quinton Fortuna silenced the jeers." + SPORT, [("Quinton Fortuna", "ORG")]),
        ("a2", "Grady received a pass from Crawfold with his back to goal." + SPORT, [("Crawfold", "GPE")]),
    )
    assert found == {"Quinton Fortuna": "PERSON", "Crawfold": "PERSON"}


def test_no_player_outside_a_sport_article_nor_a_country_nor_a_possessor() -> None:
    found = labels_of(
        ("a1", "Shares rose after a pass from Veltrix Holdings was agreed on Monday.", [("Veltrix Holdings", "ORG")]),
        ("a2", "They nearly scored a try from France in the second half." + SPORT, [("France", "GPE")]),
        ("a3", "He converted a low cross from Real Madrix's winger." + SPORT, [("Real Madrix", "ORG")]),
        ("a4", "And, thanks to Arvelco, Wales did." + SPORT, [("Arvelco", "ORG")]),
    )
    assert found == {"Veltrix Holdings": "ORG", "France": "GPE", "Real Madrix": "ORG", "Arvelco": "ORG"}


def test_a_position_after_a_side_names_a_player() -> None:
    found = labels_of(
        ("a1", "Liverpool forward Milan Barros is uncertain whether he stays." + SPORT, [("Milan Barros", "ORG")]),
        ("a2", "Former Scotland international Finlay Caldor fears civil war." + SPORT, [("Finlay Caldor", "ORG")]),
    )
    assert found == {"Milan Barros": "PERSON", "Finlay Caldor": "PERSON"}


def test_a_win_over_a_town_names_its_club() -> None:
    text = "United eased into the semi-final with an emphatic win over Doncaster." + SPORT
    assert labels_of(("a1", text, [("Doncaster", "GPE")]))["Doncaster"] == "ORG"


def test_a_play_from_a_names_own_play_is_a_players() -> None:
    text = "Gerrard gave Liverpool the lead from Milan Barros' pass before the break." + SPORT
    assert labels_of(("a1", text, [("Milan Barros", "ORG")]))["Milan Barros"] == "PERSON"


def test_a_short_list_after_a_line_up_and_its_bench_names_players() -> None:
    line_up = "Langfield, Duffy, Ritchay, Archibold, Scotlund, Brebnor, Kerra, Robsen, Crawfold, Gradie, Wilsen."
    text = line_up + "  Colgun, Doddsy, Kennith.  Brebnor.  Archibold 19, Gradie 29." + SPORT
    found = [("Colgun", "GPE"), ("Doddsy", "GPE")]
    assert labels_of(("a1", text, found)) == {"Colgun": "PERSON", "Doddsy": "PERSON"}
    prose = "Sales rose.  Nokia, Intel and Philips gained."  # no line-up before it
    assert labels_of(("a1", prose, [("Philips", "ORG")]))["Philips"] == "ORG"
