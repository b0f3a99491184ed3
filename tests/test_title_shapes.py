"""Titles by their shape (issue 11): a name the model calls a person or a product that opens with a
preposition, a possessive pronoun or a genre, or holds a lower-case preposition or verb, is no person's
name ("Beyond Borders", "My Life", "Notes on Falling Leaves"), and the words of shows, memoirs, hits and
series around a name make it a work."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_name_opening_with_a_preposition_or_a_possessive_pronoun_is_a_title() -> None:
    text = (
        "Critics were kind to Beyond The Fields. Fans queued for Under Grey Skies. "
        "The singer read from My Long Summer at home. Sales of Our Little Town rose."
    )
    mentions = [
        ("Beyond The Fields", "PERSON"),
        ("Under Grey Skies", "PERSON"),
        ("My Long Summer", "PRODUCT"),
        ("Our Little Town", "PERSON"),
    ]
    labels = labels_of(("a", text, mentions))
    assert [labels[n] for n, _ in mentions] == ["WORK_OF_ART"] * 4


def test_a_lower_case_preposition_inside_a_persons_name_makes_a_title() -> None:
    text = "The jury praised Notes on Falling Leaves. Then came Dancing in Dark Rooms, a hit."
    labels = labels_of(("a", text, [("Notes on Falling Leaves", "PERSON"), ("Dancing in Dark Rooms", "PERSON")]))
    assert labels["Notes on Falling Leaves"] == "WORK_OF_ART"
    assert labels["Dancing in Dark Rooms"] == "WORK_OF_ART"


def test_peoples_names_with_particles_epithets_and_honorifics_stay_people() -> None:
    text = (
        "Ludwig van Beethoven wrote it. Ivan the Terrible ruled. Joan of Arc fought. "
        "Our Lady was honoured. Mr Under said so. Her Majesty arrived."
    )
    mentions = [
        ("Ludwig van Beethoven", "PERSON"),
        ("Ivan the Terrible", "PERSON"),
        ("Joan of Arc", "PERSON"),
        ("Our Lady", "PERSON"),
        ("Under", "PERSON"),
        ("Her Majesty", "PERSON"),
    ]
    labels = labels_of(("a", text, mentions))
    assert [labels[n] for n, _ in mentions] == ["PERSON"] * 6


def test_shows_memoirs_dated_hits_and_a_series_make_works() -> None:
    text = (
        "Long-running shows Kit and Kaboodle and others were named. "
        "He read the audio version of his autobiography Open Roads. "
        "He directed the 2002 hit Lost Weekend Blues. "
        "The current series of Celebrity Island ends on Sunday."
    )
    mentions = [
        ("Kit and Kaboodle", "PERSON"),
        ("Open Roads", "PRODUCT"),
        ("Lost Weekend Blues", "PERSON"),
        ("Celebrity Island", "PERSON"),
    ]
    labels = labels_of(("a", text, mentions))
    assert [labels[n] for n, _ in mentions] == ["WORK_OF_ART"] * 4


def test_a_verb_shows_and_a_series_of_a_channels_drama_stay_what_they_are() -> None:
    text = "The poster shows Tom Blake smiling. The new series of US drama 24 starts."
    labels = labels_of(("a", text, [("Tom Blake", "PERSON"), ("US", "GPE")]))
    assert labels["Tom Blake"] == "PERSON"
    assert labels["US"] == "GPE"


def test_a_genre_run_into_a_title_a_title_cut_at_its_and_and_a_channels_king_make_works() -> None:
    text = (
        "Comedy Meet The Neighbours has held on to the top spot. "
        "And last week Only Fools and Horses star Dan Jason criticised TV. "
        "She appeared in ITV's King of Fridges last year."
    )
    mentions = [("Comedy Meet The Neighbours", "PERSON"), ("Only Fools", "PERSON"), ("King of Fridges", "ORG")]
    labels = labels_of(("a", text, mentions))
    assert [labels[n] for n, _ in mentions] == ["WORK_OF_ART"] * 3


def test_a_critic_listed_before_a_directors_title_and_a_prince_stay_people() -> None:
    text = (
        "The critic Roger Hale and Touching the Sky director Kevin Dale spoke. The Prince of Wales came. "
        "Fans can watch Comedy Central on it."
    )
    mentions = [("Roger Hale", "PERSON"), ("Prince of Wales", "PERSON"), ("Comedy Central", "PERSON")]
    labels = labels_of(("a", text, mentions))
    assert labels["Roger Hale"] == "PERSON"
    assert labels["Prince of Wales"] == "PERSON"
    assert labels["Comedy Central"] != "WORK_OF_ART"  # a channel: the vote is not the shape's
