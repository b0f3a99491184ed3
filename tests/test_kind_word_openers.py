"""A firm's span that opens with a body's kind word ("Group", "United", "Bank") is cut short of the
name's first word (issue 11): no firm is named by its kind word alone. When that word opens the
sentence, :mod:`cut_names` takes it in all the same if it is a rare word, one the corpus does not write
in lower case ("Menatep [Group]'s managing director"), never a common one ("With [United] battling")."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_a_rare_word_opening_the_sentence_before_a_firms_kind_word_is_the_names() -> None:
    assert mention_texts(
        ("a", "He said so. Menatep Group's managing director told Reuters.", [("Group", "ORG")]),
        ("b", "KANSAS CITY, March 2 - UtiliCorp United Inc said it closed the deal.", [("United Inc", "ORG")]),
    ) == ["Menatep Group", "UtiliCorp United Inc"]


def test_a_common_word_opening_the_sentence_stays_out() -> None:
    assert mention_texts(
        ("a", "It went on. With United battling bankruptcy, with nothing left, it failed.", [("United", "ORG")]),
        ("b", "It went on. Once Rangers receive the letter, once again, once more, it ends.", [("Rangers", "ORG")]),
    ) == ["United", "Rangers"]
