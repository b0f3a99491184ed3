"""A wire dateline names the town the story was filed from (issue 11): "DETROIT, March 5 - General
Motors Corp said", "STAMFORD, Conn., March 4 - ...". The small model calls the shouted town a firm
and the state's abbreviation a person (:mod:`pipelines.entities.place_phrases`)."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from pipelines.entities.place_phrases import in_a_dateline
from tests.test_entities import corpus, entity_of
from tests.test_labels_evidence import labels_of


def test_a_shouted_town_opening_a_dateline_is_a_place() -> None:
    text = "KELMOOR, March 5 - Ardent Motors Corp said it ordered temporary layoffs."
    assert labels_of(("a1", text, [("KELMOOR", "ORG"), ("Ardent Motors Corp", "ORG")]))["Kelmoor"] == "GPE"


def test_the_town_wins_over_the_models_firm_across_datelines() -> None:
    texts = [
        "KELMOOR, March 2 - Ardent Motors Corp said sales rose.",
        "KELMOOR, FEb 26 - Ardent Motors Corp said it will offer rebates.",
        "KELMOOR, March 4 - Brisk Cars Inc said its sales fell.",
    ]
    articles = [(f"a{n}", t, [("KELMOOR", "ORG")]) for n, t in enumerate(texts)]
    articles.append(("a9", "A spokesman for the plant in Kelmoor said it would reopen.", [("Kelmoor", "GPE")]))
    result = canonicalize(*reversed(corpus(*articles)))
    assert entity_of(result, "a9", "Kelmoor")["label"] == "GPE"
    assert entity_of(result, "a0", "KELMOOR")["label"] == "GPE"


def test_a_states_abbreviation_after_a_town_is_a_place() -> None:
    text = "NEWBRIDGE, Conn., March 4 - Olin Corp said its board met. Its unit is based in Gilman, Conn., too."
    found = [("NEWBRIDGE", "ORG"), ("Conn.", "GPE"), ("Olin Corp", "ORG"), ("Gilman", "GPE"), ("Conn.", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Newbridge"], labels["Conn."]) == ("GPE", "GPE")


def test_a_states_word_inside_a_dateline_is_a_place() -> None:
    text = "ELWOOD, KAN., Feb 26 - Shr loss six cts vs not available."
    assert labels_of(("a1", text, [("ELWOOD", "GPE"), ("KAN", "ORG")]))["KAN"] == "GPE"


def test_no_dateline_no_cue() -> None:
    assert in_a_dateline("KELMOOR, March 5 - Ardent said", 0, 7)
    assert in_a_dateline("Text.\nKELMOOR, Calif., March 5 - Ardent said", 6, 13)
    assert in_a_dateline("KELMOOR, Calif., March 5 - Ardent said", 9, 15)
    assert not in_a_dateline("Ardent Corp, March 5 - Ardent said", 0, 11)  # not shouted: a firm's line
    assert not in_a_dateline("He said KELMOOR, March 5 - was", 8, 15)  # not opening a line
    assert not in_a_dateline("KELMOOR said on March 5 - it", 0, 7)
    assert not in_a_dateline("Mo, a friend, was there", 0, 2)


def test_a_county_after_a_town_and_a_comma_is_a_place() -> None:
    text = "A 19-year-old man from Calderbrook, Surrey, was arrested. Men held at Fenwood, Milton Keynes, were freed."
    found = [("Calderbrook", "GPE"), ("Surrey", "ORG"), ("Fenwood", "FAC"), ("Milton Keynes", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Surrey"], labels["Milton Keynes"]) == ("GPE", "GPE")


def test_a_county_in_a_list_of_sides_is_no_town_s() -> None:
    text = "Leaders Notts, Kent, Surrey, Essex and Somerset all won on the final day of the season."
    found = [("Notts", "ORG"), ("Kent", "ORG"), ("Surrey", "ORG"), ("Essex", "ORG"), ("Somerset", "ORG")]
    assert labels_of(("a1", text, found))["Surrey"] == "ORG"


def test_a_town_before_a_states_base_is_a_place() -> None:
    text = (
        "Genzyme and Howmedica, a Rutherglen, N.J.-based company, agreed. "
        "Lobster Inc, a Falbrook, Maine-based firm, fell."
    )
    labels = labels_of(("a1", text, [("Rutherglen", "ORG"), ("Falbrook", "ORG")]))
    assert (labels["Rutherglen"], labels["Falbrook"]) == ("GPE", "GPE")
