"""Firms, events, countries and qualifications the small model labels wrong (issue 11): a kind of
firm or band and "called" before a name ("a firm called [Baykal]"), a one-word name's possessive
before a title ending in a sequel's number ("[Konamo]'s Pro Evolution Soccer 4": its maker), a
name ending in "Dinner", "Ceremony", "Gala" or "Expo" or in a trade show's or a fair's words
("Home Electronics Show", "Leipzig Book Fair"), a country written with "St" for "Saint" ("the St
Kitts and Nevis star"), and school qualifications ("A-levels", "GCSEs"), which are no names."""

from __future__ import annotations

from pipelines.entities import gazetteer
from pipelines.entities.canonical import canonicalize
from pipelines.entities.keys import match_key
from tests.test_entities import corpus
from tests.test_labels_evidence import labels_of


def test_a_kind_of_firm_and_called_before_a_name_makes_a_firm() -> None:
    text = (
        "The oil unit was sold to a little-known firm called Baykal. Baykal then passed to the state. "
        "In 2001 he started a new company entitled Wowzo Entertainment. He joined a band named Fenstra."
    )
    found = [("Baykal", "PERSON"), ("Baykal", "PERSON"), ("Wowzo Entertainment", "WORK_OF_ART"), ("Fenstra", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Baykal"], labels["Wowzo Entertainment"], labels["Fenstra"]) == ("ORG",) * 3


def test_called_after_a_person_or_a_thing_says_nothing() -> None:
    text = "She met a man called Joe Brandt. He owns a horse called Red Marley."
    labels = labels_of(("a1", text, [("Joe Brandt", "PERSON"), ("Red Marley", "PERSON")]))
    assert labels == {"Joe Brandt": "PERSON", "Red Marley": "PERSON"}


def test_a_possessive_before_a_sequel_title_makes_its_maker_a_firm() -> None:
    text = "The sports award went to Konamo's Pro Evolution Soccer 4. Konamo said it was delighted."
    labels = labels_of(("a1", text, [("Konamo", "PERSON"), ("Konamo", "PERSON")]))
    assert labels["Konamo"] == "ORG"


def test_a_persons_or_a_places_possessive_before_a_title_stays() -> None:
    text = (
        "It is an adaptation of Shakespear's Richard III. Mike Leigch's Vera Drake won. "
        "Michael Moorr's Fahrenheit 9/11 was shown. Tokyo's Nikkei 225 fell. Madonnna's Like A Virgin sold."
    )
    found = [
        ("Shakespear", "PERSON"),
        ("Mike Leigch", "PERSON"),
        ("Michael Moorr", "PERSON"),
        ("Tokyo", "GPE"),
        ("Madonnna", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert labels == {name: label for name, label in found}


def test_a_dinner_a_gala_an_expo_and_a_trade_show_are_events() -> None:
    text = (
        "He will get an Oscar at the Scientific and Technical Awards Dinner on 12 February. "
        "Firms flock to the Home Electronics Show in Las Vegas and to the Electronic Fun Expo. "
        "Publishers met at the Leipzig Book Fair. Cars were shown at the Detroit Motor Show."
    )
    found = [
        ("Scientific and Technical Awards Dinner", "ORG"),
        ("Home Electronics Show", "ORG"),
        ("Las Vegas", "GPE"),
        ("Electronic Fun Expo", "ORG"),
        ("Leipzig Book Fair", "ORG"),
        ("Detroit Motor Show", "ORG"),
    ]
    labels = labels_of(("a1", text, found))
    assert {name for name, label in labels.items() if label == "EVENT"} == {
        "Scientific and Technical Awards Dinner",
        "Electronic Fun Expo",
        "Leipzig Book Fair",
        "Detroit Motor Show",
        "Home Electronics Show",
    }


def test_a_programme_or_a_magazine_ending_in_show_or_fair_stays() -> None:
    text = "He presents The Fast Show on BBC Two. She edits Vanity Fair in New York."
    labels = labels_of(("a1", text, [("The Fast Show", "WORK_OF_ART"), ("Vanity Fair", "ORG")]))
    assert labels == {"Fast Show": "WORK_OF_ART", "Vanity Fair": "ORG"}


def test_a_country_written_with_st_for_saint_is_the_country() -> None:
    assert gazetteer.lookup(match_key("St Kitts and Nevis")) == gazetteer.lookup(match_key("Saint Kitts and Nevis"))
    assert gazetteer.lookup(match_key("St Lucia")) is not None
    text = "Kim Collins will run in Birmingham. The St Kitts and Nevis star joins the relay champions."
    labels = labels_of(("a1", text, [("Kim Collins", "PERSON"), ("The St Kitts and Nevis", "PERSON")]))
    assert labels["Kim Collins"] == "PERSON"
    assert [label for name, label in labels.items() if "Kitts" in name] == ["GPE"]


def test_school_qualifications_are_no_names() -> None:
    text = (
        "Mr Tomlins has recommended replacing A-Levels and GCSEs with a new diploma. "
        "Pupils sit GCSE exams at 16 and AS-levels a year later, said Pam Ruddock."
    )
    found = [("Mr Tomlins", "PERSON"), ("A-Levels", "ORG"), ("GCSEs", "ORG"), ("GCSE", "ORG"), ("AS-levels", "ORG")]
    articles, mentions = corpus(("a1", text, [*found, ("Pam Ruddock", "PERSON")]))
    names = set(canonicalize(mentions, articles).entities.get_column("name").to_list())
    assert names == {"Tomlins", "Pam Ruddock"}


def test_a_grand_slam_and_a_general_election_are_events() -> None:
    text = "Wales won the Grand Slamm in Cardiff. Labour will call the General Electionn in May."
    labels = labels_of(("a1", text, [("Grand Slamm", "FAC"), ("Cardiff", "GPE"), ("General Electionn", "ORG")]))
    assert labels["Grand Slamm"] == "FAC"  # no designator: a made-up word
    text = "Wales won the Grand Slam in Cardiff. Labour will call the General Election in May."
    labels = labels_of(("a1", text, [("Grand Slam", "FAC"), ("Cardiff", "GPE"), ("General Election", "ORG")]))
    assert (labels["Grand Slam"], labels["General Election"]) == ("EVENT", "EVENT")


def test_a_nationality_of_a_country_of_two_words_is_a_nationality() -> None:
    text = "The Sri Lankan authorities said the Costa Rican team had landed."
    labels = labels_of(("a1", text, [("Sri Lankan", "PERSON"), ("Costa Rican", "PERSON")]))
    assert labels == {"Sri Lankan": "NORP", "Costa Rican": "NORP"}


def test_a_possessive_and_an_ipo_or_equity_make_a_firm() -> None:
    text = "Interest in Jett's IPO was high. The offer was 20% of Novartiss' equity."
    labels = labels_of(("a1", text, [("Jett", "PERSON"), ("Novartiss", "PERSON")]))
    assert labels == {"Jett": "ORG", "Novartiss": "ORG"}
