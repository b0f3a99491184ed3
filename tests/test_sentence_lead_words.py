"""A word opening a sentence glued before a name: a rare role word the corpus never writes
capitalised inside a sentence ("[Cinematographer Jon Maddox], who ...") before a person's full
name, and a common word ("[Fellow Leeds] prop Dan Cole") before a one-word name the corpus gives
another label than a person's, are cut off: the name is the rest."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def names_of(*articles) -> set[str]:
    articles, mentions = corpus(*articles)
    return set(canonicalize(mentions, articles).entities["name"].to_list())


def test_a_rare_role_word_opening_a_sentence_is_cut_off_a_full_name() -> None:
    found = names_of(
        (
            "a1",
            "It won. Cinematographer Jon Maddox, who shot the film, was there.",
            [("Cinematographer Jon Maddox", "PERSON")],
        ),
        (
            "a2",
            "The court heard it. Magistrate Lee Dunmore, who heard the case, agreed.",
            [("Magistrate Lee Dunmore", "PERSON")],
        ),
    )
    assert {"Jon Maddox", "Lee Dunmore"} <= found


def test_a_rare_first_name_opening_a_sentence_stays() -> None:
    found = names_of(
        ("a1", "It won. Tamsin Rhys Owen, who shot the film, was there.", [("Tamsin Rhys Owen", "PERSON")]),
        ("a2", "Later Ashanter Lee Dunmore, who heard the case, agreed.", [("Ashanter Lee Dunmore", "PERSON")]),
    )
    assert {"Tamsin Rhys Owen", "Ashanter Lee Dunmore"} <= found


def test_a_common_word_opening_a_sentence_is_cut_off_a_clubs_name() -> None:
    found = names_of(
        (
            "a1",
            "They won. Fellow Leeds prop Dan Cole will start on the bench.",
            [("Fellow Leeds", "PERSON"), ("Dan Cole", "PERSON")],
        ),
        (
            "a2",
            "Leeds beat Bath. Leeds were the better side and a fellow fan said so.",
            [("Leeds", "ORG"), ("Bath", "ORG"), ("Leeds", "ORG")],
        ),
        (
            "a3",
            "Leeds lost to Wasps and a fellow player and a fellow coach agreed.",
            [("Leeds", "ORG"), ("Wasps", "ORG")],
        ),
    )
    assert "Leeds" in found and "Fellow Leeds" not in found


def test_a_common_word_opening_a_sentence_is_cut_off_a_towns_club_read_as_a_person() -> None:
    found = names_of(
        ("a1", "They won. Fellow Bath prop Dan Cole will start.", [("Fellow Bath", "PERSON"), ("Dan Cole", "PERSON")]),
        (
            "a2",
            "M Stevens (Bath), D Bell (Bath), J White (Bath).",
            [("Bath", "PERSON"), ("Bath", "PERSON"), ("Bath", "PERSON")],
        ),
        ("a3", "A fellow fan and a fellow player agreed.", []),
    )
    assert "Fellow Bath" not in found


def test_a_common_word_before_a_surname_stays() -> None:
    found = names_of(
        ("a1", "Miles Shipton reports. Miles of road were shut and miles more.", [("Miles Shipton", "PERSON")]),
        ("a2", "Shipton said the roads were shut for miles.", [("Shipton", "PERSON")]),
    )
    assert "Miles Shipton" in found
