"""A title the small model cut at a capitalised negative contraction (issue 11): "Don't", "Can't"
written capitalised inside a sentence stands only in a title, so :mod:`cut_names` reads it as a
word of the name next to it ("Boys Don't [Cry]"); at a sentence's start it is no name's."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_a_capitalised_negative_contraction_mid_sentence_is_a_word_of_the_title() -> None:
    assert mention_texts(
        ("a", "She won the Oscar for Boys Don't Cry, a true story.", [("Cry", "PRODUCT")]),
        ("b", "It was a hit for Prince. Don't Tell Mum was second.", [("Prince", "PERSON"), ("Mum", "PERSON")]),
    ) == ["Boys Don't Cry", "Prince", "Mum"]
