"""Works in brackets after their nominees (issue 11): in a sentence about an award, a name alone in
brackets after a person's is the person's film, play or show; in a line-up it is the player's club."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_name_in_brackets_after_a_nominee_is_a_work() -> None:
    text = (
        "The best actor award is contested by Dan Holt (Dumb Luck) and Stan Townley (Shady Town). "
        "Fellow nominees include Ina Stanton (Vera Drape), Nat Priss (Summer Glow, BBC Four)."
    )
    mentions = [
        ("Dan Holt", "PERSON"),
        ("Dumb Luck", "PERSON"),
        ("Stan Townley", "PERSON"),
        ("Shady Town", "ORG"),
        ("Ina Stanton", "PERSON"),
        ("Vera Drape", "PERSON"),
        ("Nat Priss", "PERSON"),
        ("Summer Glow", "GPE"),
    ]
    labels = labels_of(("a", text, mentions))
    assert [labels[n] for n in ("Shady Town", "Vera Drape", "Summer Glow")] == ["WORK_OF_ART"] * 3


def test_a_club_in_a_line_up_a_country_or_an_acronym_in_brackets_stays_what_it_is() -> None:
    lineup = "Wales: G Hanson (Ospreys), T Shanklin (Cardiff Blues). The coach named his side."
    prize = "The prize shortlist reads: Margaret Atwell (Canada), and the Screen Actors Guild (SAG) said so."
    labels = labels_of(
        (
            "a",
            lineup,
            [("G Hanson", "PERSON"), ("Ospreys", "PERSON"), ("T Shanklin", "PERSON"), ("Cardiff Blues", "PERSON")],
        ),
        (
            "b",
            prize,
            [("Margaret Atwell", "PERSON"), ("Canada", "GPE"), ("Screen Actors Guild", "ORG"), ("SAG", "ORG")],
        ),
    )
    assert [labels[n] for n in ("Ospreys", "Cardiff Blues", "Canada", "Screen Actors Guild")] == [
        "ORG",
        "ORG",
        "GPE",
        "ORG",
    ]
