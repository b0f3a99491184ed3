"""Names the small model cut short at a wire's line wrap (issue 11): :mod:`cut_names` reads a single
line break as the space it stands for, so the words on the line before or after join the span as
they would across a space; a blank line still ends the paragraph."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_a_name_cut_at_a_line_wrap_takes_in_the_words_across_it() -> None:
    assert mention_texts(
        ("a", "It agreed a buyout with Pizza\nInn Acquiring Corp, which approved it.", [("Inn Acquiring Corp", "ORG")]),
        ("b", "The firm has offices in Kentish\nTown, London.", [("Town", "GPE")]),
        ("c", "He turned down the Casino\nRoyale project, he said.", [("Casino", "NORP")]),
    ) == ["Pizza\nInn Acquiring Corp", "Kentish\nTown", "Casino\nRoyale"]


def test_a_blank_line_or_a_role_across_a_wrap_stays_out() -> None:
    assert mention_texts(
        (
            "a",
            "It agreed a buyout with Pizza\n\nInn Acquiring Corp, which approved it.",
            [("Inn Acquiring Corp", "ORG")],
        ),
        ("b", "It met Energy Minister\nSubroto, who pledged support.", [("Subroto", "PERSON")]),
        (
            "c",
            "It met the ruling Radical Party\nDeputy Raul Baglini.",
            [("Radical Party", "ORG"), ("Raul Baglini", "PERSON")],
        ),
    ) == ["Inn Acquiring Corp", "Subroto", "Radical Party", "Raul Baglini"]
