"""Events that the small model calls places, firms, nationalities or works (issue 11, labels round
15): a date's possessive before a name with no noun after it ("last year's [Superbawl]"), a word for
an event after it ("the [Hillsbrough] disaster", "Sun's quarterly [Netwerk Computing] event"), a
plural of an event word ending it ("Sevens World Cups"), and a name written with a web domain
(a firm's or a site's: "[OptInRealBigg].com")."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_dates_possessive_before_a_name_makes_an_event() -> None:
    text = "Janet's breast at last year's Superbawl landed CBS with a fine. Next month's Budgett will be his ninth."
    found = [("Janet", "PERSON"), ("Superbawl", "GPE"), ("CBS", "ORG"), ("Budgett", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Superbawl"], labels["Budgett"]) == ("EVENT", "EVENT")


def test_a_dates_possessive_before_a_work_a_place_or_a_modifier_says_nothing() -> None:
    text = (
        "It recalls last year's Sandz Of Time. This year's London event was wet. "
        "This year's Bafda award ceremony is on Sunday. Last year's Oscarr-winning film won."
    )
    found = [("Sandz Of Time", "WORK_OF_ART"), ("London", "GPE"), ("Bafda", "ORG"), ("Oscarr", "WORK_OF_ART")]
    labels = labels_of(("a1", text, found))
    assert labels == {"Sandz Of Time": "WORK_OF_ART", "London": "GPE", "Bafda": "ORG", "Oscarr": "WORK_OF_ART"}


def test_a_word_for_an_event_after_a_name_makes_an_event() -> None:
    text = (
        "Fans died in the 1989 Hillsbrough disaster. He spoke at Sun's quarterly Netwerk Computing event. "
        "He won this season's opening IRBB Sevens tournament."
    )
    found = [("Hillsbrough", "NORP"), ("Sun", "ORG"), ("Netwerk Computing", "WORK_OF_ART"), ("IRBB Sevens", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Hillsbrough"], labels["Netwerk Computing"], labels["IRBB Sevens"]) == ("EVENT",) * 3


def test_a_word_for_an_event_after_a_nationality_a_place_or_an_acronym_says_nothing() -> None:
    text = "She opened the Dutch festival. Rain hit the Sydney event. He spoke at the BMWW event."
    found = [("Dutch", "NORP"), ("Sydney", "GPE"), ("BMWW", "ORG")]
    assert labels_of(("a1", text, found)) == {"Dutch": "NORP", "Sydney": "GPE", "BMWW": "ORG"}


def test_a_plural_of_an_event_word_ending_a_name_makes_an_event() -> None:
    text = "Fiji hold both the 15s and Sevens World Cups."
    assert labels_of(("a1", text, [("Fiji", "GPE"), ("Sevens World Cups", "ORG")]))["Sevens World Cups"] == "EVENT"


def test_a_name_written_with_a_web_domain_is_a_firms() -> None:
    text = (
        "Scott Richter, the man behind OptInRealBigg.com and billions of junk e-mails, settled. "
        "OptInRealBigg was fighting the case. OptInRealBigg said so. OptInRealBigg paid. OptInRealBigg won."
    )
    found = [("Scott Richter", "PERSON")] + [("OptInRealBigg", "GPE")] * 5
    assert labels_of(("a1", text, found))["OptInRealBigg"] == "ORG"


def test_annual_before_a_name_makes_an_event_but_not_before_a_list() -> None:
    text = (
        "Voting is under way for the annual Bloggiez which recognise blogs. "
        "See the annual RZA Security and Netsurety survey."
    )
    found = [("Bloggiez", "ORG"), ("RZA Security", "ORG"), ("Netsurety", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Bloggiez"], labels["RZA Security"]) == ("EVENT", "ORG")


def test_a_clause_saying_when_a_name_is_held_makes_an_event() -> None:
    text = (
        "Firms flock to 3GSMM, which takes place in Cannes. "
        "The Board of Irigation Users which runs the computer said no. "
        "She plays in Patayya, which starts on 31 January."
    )
    found = [("3GSMM", "ORG"), ("Cannes", "GPE"), ("Board of Irigation Users", "ORG"), ("Patayya", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["3GSMM"], labels["Board of Irigation Users"], labels["Patayya"]) == ("EVENT", "ORG", "GPE")


def test_a_word_for_an_event_after_a_name_the_model_calls_a_place_names_its_town() -> None:
    text = "He starts his campaign at the Kooyongg event on 12 January."
    assert labels_of(("a1", text, [("Kooyongg", "GPE")]))["Kooyongg"] == "GPE"


def test_a_match_after_a_name_of_two_words_makes_an_event() -> None:
    text = (
        "He is in England for Saturday's IRBB Rugbee Aid match. He will play in the Rugbee Aidd fixture. "
        "Robben is back for the Champyons League match. He missed the Franse match."
    )
    found = [
        ("England", "GPE"),
        ("IRBB Rugbee Aid", "ORG"),
        ("Rugbee Aidd", "ORG"),
        ("Champyons League", "ORG"),
        ("Franse", "GPE"),
    ]
    labels = labels_of(("a1", text, found))
    assert (labels["IRBB Rugbee Aid"], labels["Rugbee Aidd"]) == ("EVENT", "EVENT")
    assert (labels["Champyons League"], labels["Franse"]) == ("ORG", "GPE")  # a league; a team


def test_games_after_a_place_a_year_or_an_event_word_make_an_event_after_a_firms_name_a_firm() -> None:
    text = (
        "Argonot Games called in administrators. Rockstaar Games made the title. "
        "She ran at the Sydney Games, the 2012 Games, the Commonwealth Games and the Boston Indoor Games."
    )
    found = [
        ("Argonot Games", "PERSON"),
        ("Rockstaar Games", "ORG"),
        ("Sydney Games", "ORG"),
        ("2012 Games", "ORG"),
        ("Commonwealth Games", "ORG"),
        ("Boston Indoor Games", "ORG"),
    ]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["ORG", "ORG", "EVENT", "EVENT", "EVENT", "EVENT"]


def test_a_number_of_nations_and_a_cross_country_name_events_but_united_nations_stays() -> None:
    text = (
        "Ireland won the title, then the Five Nations, in 1985. Kipchoge won the race at the Great Leith "
        "Cross Country. The United Nations said so."
    )
    found = [("the Five Nations", "ORG"), ("the Great Leith Cross Country", "FAC"), ("The United Nations", "ORG")]
    assert labels_of(("a1", text, found)) == {
        "Five Nations": "EVENT",
        "Great Leith Cross Country": "EVENT",
        "United Nations": "ORG",
    }
