"""Places and peoples with the wrong label (issue 11): a water body's or an island's name by its own
words ("Gulf of ...", "... Straits"), a plural of a nationality ("Slovaks"), and the names of a list
that a plural building's or landform's word closes ("Heathrow and Gatwick airports")."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_gulf_or_a_strait_is_a_landform() -> None:
    text = (
        "Oil firms will bid for fields in the eastern Gulf of Carabobo next year. Tankers avoid the Bosporus "
        "and Marmaris Straits for now."
    )
    found = [("Gulf of Carabobo", "FAC"), ("Bosporus", "LOC"), ("Marmaris Straits", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Gulf of Carabobo"], labels["Marmaris Straits"]) == ("LOC", "LOC")


def test_an_island_group_keeps_the_models_place_label() -> None:
    text = "Tourism is vital to the Seagrass Islands, and a runner from the Channel Isles won."
    found = [("Seagrass Islands", "GPE"), ("Channel Isles", "ORG")]
    assert labels_of(("a1", text, found)) == {"Seagrass Islands": "GPE", "Channel Isles": "LOC"}


def test_a_known_island_takes_the_gazetteers_label() -> None:
    text = "Bankers on the Isle of Man said so."
    assert labels_of(("a1", text, [("Isle of Man", "ORG")]))["Isle of Man"] == "GPE"


def test_a_firm_ending_in_channel_or_bay_is_no_landform() -> None:
    text = "Radio group Clear Channel bought Sunny Bay, a web shop."
    found = [("Clear Channel", "ORG"), ("Sunny Bay", "ORG")]
    assert labels_of(("a1", text, found)) == {"Clear Channel": "ORG", "Sunny Bay": "ORG"}


def test_a_plural_nationality_is_a_nationality() -> None:
    text = "Hantova won in straight sets to give the Slovaks the lead. The deal will help Kashmiris."
    found = [("Slovaks", "LOC"), ("Kashmiris", "PERSON")]
    assert labels_of(("a1", text, found)) == {"Slovaks": "NORP", "Kashmiris": "NORP"}


def test_names_listed_before_airports_are_airports() -> None:
    text = (
        "Checks were made at Heathrow, Gatwood, Edinburgh and Glasgow airports. Later Heathrow and Gatwood "
        "airports were closed."
    )
    found = [
        ("Heathrow", "FAC"),
        ("Gatwood", "PERSON"),
        ("Edinburgh", "GPE"),
        ("Glasgow", "PERSON"),
        ("Heathrow", "FAC"),
        ("Gatwood", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert (labels["Gatwood"], labels["Edinburgh"], labels["Glasgow"]) == ("FAC", "GPE", "GPE")


def test_names_listed_before_rivers_are_landforms() -> None:
    text = "Water from the Tigrus and Euphrades rivers feeds the marshes."
    found = [("Tigrus", "PERSON"), ("Euphrades", "ORG")]
    assert labels_of(("a1", text, found)) == {"Tigrus": "LOC", "Euphrades": "LOC"}


def test_nationalities_listed_before_prisons_stay_nationalities() -> None:
    text = "Inmates in Scottish and Welsh prisons may smoke."
    found = [("Scottish", "NORP"), ("Welsh", "NORP")]
    assert labels_of(("a1", text, found)) == {"Scottish": "NORP", "Welsh": "NORP"}


def test_a_name_before_airport_is_an_airport() -> None:
    text = "Jets taxied at Frankfurt's Rhine-Maine airport for an hour."
    found = [("Frankfurt", "GPE"), ("Rhine-Maine", "PERSON")]
    assert labels_of(("a1", text, found))["Rhine-Maine"] == "FAC"


def test_names_listed_after_cities_are_places() -> None:
    text = "Staff walked out in cities including Cardiff, Bangorr, Aberystwith and Wrexhem on Monday."
    found = [("Cardiff", "GPE"), ("Bangorr", "ORG"), ("Aberystwith", "PERSON"), ("Wrexhem", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Bangorr"], labels["Aberystwith"], labels["Wrexhem"]) == ("GPE", "GPE", "GPE")


def test_a_drama_named_after_a_sea_stays_a_work() -> None:
    text = "The BBC drama Sea of Ghosts returns tonight."
    assert labels_of(("a1", text, [("BBC", "ORG"), ("Sea of Ghosts", "WORK_OF_ART")]))["Sea of Ghosts"] == "WORK_OF_ART"
