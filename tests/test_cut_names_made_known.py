"""A name :mod:`cut_names` widens in one article is a name the corpus knows whole in the others
(issue 11): "the [Sunday] Telegraph said" widens by its rule for "the Sunday", and then "by Sunday
[Telegraph] journalist", where a day without "the" is taken in only into a known name, widens too."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_a_name_widened_in_one_article_is_known_whole_in_another() -> None:
    assert mention_texts(
        ("a", "It was claimed in the book, by Sunday Telegraph journalist Ann Lee.", [("Telegraph", "ORG")]),
        ("b", "Later the Sunday Telegraph said the plan was dead.", [("Telegraph", "ORG")]),
    ) == ["Sunday Telegraph", "Sunday Telegraph"]


def test_a_day_before_a_name_known_nowhere_whole_stays_out() -> None:
    assert mention_texts(
        ("a", "It was claimed in the book, by Sunday Telegraph journalist Ann Lee.", [("Telegraph", "ORG")]),
    ) == ["Telegraph"]
