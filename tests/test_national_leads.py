"""A noun for a national glued before a person's full name (issue 11): "[Scot Nick Smith]" is
Nick Smith; the adjectives that open names stay ("American Express", "Swiss Re")."""

from __future__ import annotations

from tests.test_entity_span_cuts import labels_of, mention_texts


def test_a_noun_for_a_national_before_a_full_name_leaves_the_span() -> None:
    text = "Hall finished ahead of Scot Dougie Ferris and fellow Irishmen Mick O'Leary in the race."
    rows = [("Scot Dougie Ferris", "ORG"), ("Irishmen Mick O'Leary", "ORG")]
    assert mention_texts(("a1", text, rows)) == ["Dougie Ferris", "Mick O'Leary"]
    assert labels_of(("a1", text, rows))["Dougie Ferris"] == "PERSON"


def test_a_nationality_adjective_opening_a_name_stays() -> None:
    text = "Loans from American Express Bank rose, and Swiss Re Capital Markets and German Gref spoke."
    rows = [("American Express Bank", "ORG"), ("Swiss Re Capital Markets", "ORG"), ("German Gref", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["American Express Bank", "Swiss Re Capital Markets", "German Gref"]
