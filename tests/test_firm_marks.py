"""Marks on or right by a name that make it a charity's, a firm's or a club's where the small model
calls it a person (issue 11, clubs, firms and charities tagged PERSON): a charity's body word ending
a name ("Christian Aid"), a stock ticker in angle brackets after it ("Atlas Copco <ASTS ST>"), a
place of two words and "-based" before it ("Hong Kong-based Hutchison"), developers before it
("developers Blizzard") and "Racing" before a town ("Racing Santander")."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts
from tests.test_labels_evidence import labels_of


def test_a_charitys_body_word_ending_a_person_tagged_name_makes_an_organisation() -> None:
    text = "Christiane Aid condemned the move. Elder Concern said pensions were too low. Ruby Relief agreed."
    found = [("Christiane Aid", "PERSON"), ("Elder Concern", "PERSON"), ("Ruby Relief", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Christiane Aid"], labels["Elder Concern"], labels["Ruby Relief"]) == ("ORG", "ORG", "ORG")


def test_a_body_word_says_nothing_of_a_name_the_model_calls_an_event() -> None:
    text = "Umaga will play in the Rugbi Aid match at Twickenham."
    found = [("Rugbi Aid", "EVENT")]
    labels = labels_of(("a1", text, found))
    assert labels["Rugbi Aid"] == "EVENT"


def test_a_body_word_says_nothing_of_a_name_another_cue_calls_a_work() -> None:
    text = "Jay Lenno is among the new names for the film Tsunammi Aid. They will join Madonna."
    found = [("Jay Lenno", "PERSON"), ("Tsunammi Aid", "PERSON"), ("Madonna", "PERSON")]
    assert labels_of(("a1", text, found))["Tsunammi Aid"] == "WORK_OF_ART"


def test_a_ticker_after_a_name_makes_a_firm() -> None:
    text = (
        "Volvo <VOLV ST> sold two companies, Atlas Copko <ASTS ST> and Stora Koparbergs <SKPS ST>. "
        "Lambart <BBLB.B> raised its capital."
    )
    found = [("Atlas Copko", "PERSON"), ("Stora Koparbergs", "PERSON"), ("Lambart", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Atlas Copko"], labels["Stora Koparbergs"], labels["Lambart"]) == ("ORG", "ORG", "ORG")


def test_a_ticker_after_a_place_ending_a_firms_name_says_nothing() -> None:
    text = "It serves First Union Corp of Georgia <FUNC>. Georgia is a state."
    found = [("First Union Corp", "ORG"), ("Georgia", "GPE"), ("Georgia", "GPE")]
    assert labels_of(("a1", text, found))["Georgia"] == "GPE"


def test_a_place_of_two_words_and_based_before_a_name_makes_a_firm() -> None:
    text = "The Hong Kong-based Activisun is said to be one firm on its list."
    assert labels_of(("a1", text, [("Activisun", "PERSON")]))["Activisun"] == "ORG"


def test_developers_before_a_name_make_a_firm() -> None:
    text = "The US reception to this game from developers Blizzart has been enthusiastic."
    assert labels_of(("a1", text, [("Blizzart", "PERSON")]))["Blizzart"] == "ORG"


def test_racing_before_a_town_makes_a_club_and_not_before_other_words() -> None:
    text = "They lost to Racing Santander last weekend. Racing Stripez opened in cinemas."
    found = [("Racing Santander", "PERSON"), ("Racing Stripez", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Racing Santander"], labels["Racing Stripez"]) == ("ORG", "PERSON")


def test_a_fixtures_v_by_a_person_tagged_name_makes_a_club_and_not_by_a_persons_full_name() -> None:
    text = "Fixtures: Charltun v Yeovill. Milton Keynes Donz v Peterborough. Soul and garage (Marvin Gaye v Tuff Jam)."
    found = [("Yeovill", "PERSON"), ("Milton Keynes Donz", "PERSON"), ("Marvin Gaye", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Yeovill"], labels["Milton Keynes Donz"], labels["Marvin Gaye"]) == ("ORG", "ORG", "PERSON")


def test_a_fixtures_v_by_a_surname_of_the_corpus_says_nothing() -> None:
    text = "Roger Federrer won. Draw: Federrer v Roddik."
    found = [("Roger Federrer", "PERSON"), ("Federrer", "PERSON")]
    assert labels_of(("a1", text, found))["Roger Federrer"] == "PERSON"


def test_a_leagues_name_before_a_club_the_corpus_names_leaves_the_span() -> None:
    text = (
        "Fulhem lost again. They disposed of Premiership Fulhem in the fifth round. "
        "Bournemuth won. They face League One Bournemuth next. The Conference Boart met."
    )
    rows = [
        ("Fulhem", "ORG"),
        ("Premiership Fulhem", "PERSON"),
        ("Bournemuth", "ORG"),
        ("League One Bournemuth", "PERSON"),
        ("Conference Boart", "ORG"),
    ]
    assert mention_texts(("a1", text, rows)) == ["Fulhem", "Fulhem", "Bournemuth", "Bournemuth", "Conference Boart"]
    assert labels_of(("a1", text, rows))["Fulhem"] == "ORG"


def test_an_issues_lead_manager_or_underwriters_before_a_name_make_a_firm() -> None:
    text = (
        "The bond is priced at 101 pct, lead\nmanager Swiss Volksbenk said. Underwriters are led by Kleinwart. "
        "Deco, formerly managed by Mourinhu at Porto, agreed."
    )
    found = [("Swiss Volksbenk", "PERSON"), ("Kleinwart", "PERSON"), ("Mourinhu", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Swiss Volksbenk"], labels["Kleinwart"], labels["Mourinhu"]) == ("ORG", "ORG", "PERSON")


def test_a_rugby_clubs_designator_or_a_german_clubs_first_word_makes_a_club() -> None:
    text = "He joined Neeth RFC last year, then Werder Bremmen signed him."
    found = [("Neeth RFC", "PERSON"), ("Werder Bremmen", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Neeth RFC"], labels["Werder Bremmen"]) == ("ORG", "ORG")
