"""Names the small model calls places that are none: holidays, organisations ending in their
country, and a town's club in a sport article."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_holiday_is_an_event_not_a_place() -> None:
    text = (
        "The plan will go to MPs by Easter, ministers said. Shops hope Easter trading will be strong. "
        "Parties resume on Christmas Eve."
    )
    found = [("Easter", "LOC"), ("Easter", "PERSON"), ("Christmas Eve", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Easter"], labels["Christmas Eve"]) == ("EVENT", "EVENT")


def test_a_saints_day_is_an_event_but_the_saint_is_not() -> None:
    text = "Parades marked St Patrick's Day in Dublin. St Patrick is the patron saint."
    labels = labels_of(("a1", text, [("St Patrick's Day", "GPE"), ("Dublin", "GPE"), ("St Patrick", "PERSON")]))
    assert (labels["St Patrick's Day"], labels["St Patrick"]) == ("EVENT", "PERSON")


def test_an_organisation_ending_in_its_country_is_an_organisation() -> None:
    text = (
        "Tom Reed, head of Elder Care England, said so. The body for vice-chancellors, Colleges UK, agreed. "
        "Life in Victorian England was hard, and Middle Britain is worried."
    )
    found = [("Tom Reed", "PERSON"), ("Elder Care England", "LOC"), ("Colleges UK", "GPE")]
    found += [("Victorian England", "LOC"), ("Middle Britain", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Elder Care England"], labels["Colleges UK"]) == ("ORG", "ORG")
    assert (labels["Victorian England"], labels["Middle Britain"]) == ("LOC", "GPE")


SPORT = (
    "Chelsea face Barcelona in the Champions League on Wednesday. The striker scored twice last season "
    "and the midfielder is fit. Barcelona are top of the league, and the Barcelona game is a sell-out."
)


def test_a_big_citys_club_in_a_sport_article_is_the_club() -> None:
    found = [("Chelsea", "ORG"), ("Barcelona", "GPE"), ("Barcelona", "GPE"), ("Barcelona", "GPE")]
    place = ("a2", "Tourists flock to Barcelona in summer. Hotels in Barcelona are full.", [("Barcelona", "GPE")] * 2)
    labels = labels_of(("a1", SPORT, found), place)
    from pipelines.entities.canonical import canonicalize
    from tests.test_entities import corpus

    rows = canonicalize(*reversed(corpus(("a1", SPORT, found), place))).entities.select("name", "label").rows()
    assert sorted(label for name, label in rows if name == "Barcelona") == ["GPE", "ORG"]
    assert labels["Chelsea"] == "ORG"


def test_a_towns_uncued_mentions_in_a_sport_article_join_its_club() -> None:
    text = SPORT.replace("Barcelona", "Leeds") + " Leeds travel on Tuesday."
    found = [("Chelsea", "ORG"), ("Leeds", "GPE"), ("Leeds", "GPE"), ("Leeds", "GPE"), ("Leeds", "GPE")]
    place = ("a2", "House prices in Leeds rose. Flats near Leeds cost more.", [("Leeds", "GPE")] * 2)
    from pipelines.entities.canonical import canonicalize
    from tests.test_entities import corpus

    rows = canonicalize(*reversed(corpus(("a1", text, found), place))).entities.select("name", "label", "n_mentions")
    assert sorted(rows.rows()) == [("Chelsea", "ORG", 1), ("Leeds", "GPE", 2), ("Leeds", "ORG", 4)]


def test_a_club_unknown_to_the_gazetteer_is_split_from_the_seat() -> None:
    sport = (
        "Chelsea beat West Hamm 1-0 in the cup. West Hamm boss Alan Pardew praised the striker, and "
        "West Hamm fans left early. The midfielder scored a late goal in the league last season."
    )
    seat = ("a2", "Lyn Brown was selected for West Hamm, a seat in east London, where West Hamm votes Labour.")
    found = [("Chelsea", "ORG"), ("West Hamm", "GPE"), ("West Hamm", "GPE"), ("West Hamm", "GPE")]
    from pipelines.entities.canonical import canonicalize
    from tests.test_entities import corpus

    seat_found = [("Lyn Brown", "PERSON"), ("West Hamm", "GPE"), ("London", "GPE"), ("West Hamm", "GPE")]
    articles = (("a1", sport, found), (*seat, seat_found))
    rows = canonicalize(*reversed(corpus(*articles))).entities.select("name", "label", "n_mentions").rows()
    assert ("West Hamm", "ORG", 3) in rows
    assert ("West Hamm", "GPE", 2) in rows


def test_a_towns_words_outside_a_sport_article_say_no_club() -> None:
    text = "Protesters marched against Leeds plans on Friday. Visitors who joined Leeds for the festival stayed."
    labels = labels_of(("a1", text, [("Leeds", "GPE"), ("Leeds", "GPE")]))
    assert labels["Leeds"] == "GPE"
