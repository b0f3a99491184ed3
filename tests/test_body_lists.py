"""A body's name the small model cut at the first comma of the list of what the body is for (issue
11): "[The State Administration of Radio], Film and Television (SARFT)", "[the Centre for Vision],
Speech and Signal Processing"; the mentions of the list's items go into the body's name."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_a_bodys_name_cut_at_its_comma_list_takes_in_the_list() -> None:
    text = (
        "The State Administration of Radio, Film and Television (SARFT) regulates it. "
        "He lectures at the Centre for Vision, Speech and Signal Processing at the university."
    )
    rows = [("The State Administration of Radio", "ORG"), ("Film and Television", "ORG")]
    rows += [("the Centre for Vision", "FAC"), ("Speech", "ORG"), ("Signal Processing", "ORG")]
    assert mention_texts(("a1", text, rows)) == [
        "The State Administration of Radio, Film and Television",
        "the Centre for Vision, Speech and Signal Processing",
    ]


def test_a_list_of_bodies_places_or_people_after_a_body_stays_apart() -> None:
    text = (
        "On Monday the Council of Mortgage Lenders, British Bankers Association and Halifax spoke. "
        "The Council of Europe, France and Germany agreed. "
        "The Minister for Children, Young People and Families Margaret Hodge spoke. "
        "The Institute of Physics, Dr Jones and Dr Smith wrote. The Museum of London, Tate and Bafta met."
    )
    rows = [("the Council of Mortgage Lenders", "ORG"), ("British Bankers Association", "ORG"), ("Halifax", "ORG")]
    rows += [("The Council of Europe", "ORG"), ("France", "GPE"), ("Germany", "GPE")]
    rows += [("Young People", "WORK_OF_ART"), ("Margaret Hodge", "PERSON")]
    rows += [("The Institute of Physics", "ORG"), ("Jones", "PERSON"), ("Smith", "PERSON")]
    rows += [("The Museum of London", "ORG"), ("Tate", "ORG"), ("Bafta", "ORG")]
    assert mention_texts(("a1", text, rows)) == [r for r, _ in rows]
