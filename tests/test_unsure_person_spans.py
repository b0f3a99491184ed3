"""A PERSON span of two words whose first word is no given name, with no title or honorific, is no
sure person's full name (issue 11): the model may have called part of a title or a group's name a
person's, so :mod:`cut_names` lets it take in the words before it ("watchdog Reporters [Without
Borders]"), which it refuses a full name ("Scots Guardsman [Allan Hendry]"); never a role's
portfolio after "of" or "for" ("Minister of Social Affairs [Louw de Graaf]")."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_a_person_span_with_no_given_name_takes_in_the_words_before_it() -> None:
    assert mention_texts(
        ("a", "It was criticised by watchdog Reporters Without Borders, he said.", [("Without Borders", "PERSON")]),
        ("b", "It changed its name to Fixed Penalty, Rocket Baby Dolls and finally Muse.", [("Baby Dolls", "PERSON")]),
        ("c", "They topped the bid for Purolator Courier Corp by Hutton.", [("Courier Corp", "PERSON")]),
    ) == ["Reporters Without Borders", "Rocket Baby Dolls", "Purolator Courier Corp"]


def test_a_full_name_or_a_name_after_a_portfolio_takes_no_word_before_it() -> None:
    assert mention_texts(
        ("a", "Former Scots Guardsman Allan Hendry will challenge him.", [("Allan Hendry", "PERSON")]),
        ("b", "A deadline set by Minister of Social Affairs Louw de Graaf expires.", [("Louw de Graaf", "PERSON")]),
        ("c", "Minister of State for Energy Alick Buchanan-Smith said so.", [("Alick Buchanan-Smith", "PERSON")]),
    ) == ["Allan Hendry", "Louw de Graaf", "Alick Buchanan-Smith"]
