"""Rivals for a work's award (issue 11): the winner and the rivals of a category that names a kind of work
are works ("when [Amadeus] beat [The Killing Fields] ... to best picture"); a performer's category names
people."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_title_that_beats_others_to_a_works_award_is_a_work() -> None:
    text = (
        "In 1984 Grey Harbour beat The Long Fields, Places in Winter and A Quiet Town to best picture. "
        "Cosmetic surgery series Tuck Shop beat Dark Rooms in the best TV drama category."
    )
    mentions = [
        ("Grey Harbour", "PERSON"),
        ("Long Fields", "ORG"),
        ("Places in Winter", "WORK_OF_ART"),
        ("A Quiet Town", "WORK_OF_ART"),
        ("Tuck Shop", "WORK_OF_ART"),
        ("Dark Rooms", "PERSON"),
    ]
    labels = labels_of(("a", text, mentions))
    assert labels["Grey Harbour"] == "WORK_OF_ART"
    assert labels["Long Fields"] == "WORK_OF_ART"
    assert labels["Dark Rooms"] == "WORK_OF_ART"


def test_a_person_who_beats_others_to_a_performers_award_stays_a_person() -> None:
    text = (
        "Tom Blake beat Jim Hale to the best actor award. "
        "Actress Ann Lee beat fellow stars Kim Cole and Sue Day to the best comedy actress prize."
    )
    mentions = [("Tom Blake", "PERSON"), ("Jim Hale", "PERSON"), ("Ann Lee", "PERSON"), ("Kim Cole", "PERSON")]
    labels = labels_of(("a", text, mentions))
    assert [labels[n] for n, _ in mentions] == ["PERSON"] * 4
