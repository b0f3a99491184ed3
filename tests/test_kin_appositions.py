"""A name set off by commas after a possessive and a word for a relative is a person's (issue 11,
labels, helper people6): "His mother, [Giselle], said" and "founded by their father, [Dhiru Bhai
Ambani], who died" tagged ORG; not a firm's "its parent, [BHP]," nor a relative word with no
possessive before it."""

from __future__ import annotations

from pipelines.entities.person_phrases import kin_apposition
from tests.test_labels_evidence import labels_of


def test_a_name_in_apposition_to_a_relative_is_a_person() -> None:
    text = (
        "Stefan Pakeerah was stabbed to death in February. His mother, Giselle, said the killer was obsessed. "
        "The firm was founded by their father, Dhiru Bhai Amrani, who died two years ago."
    )
    found = [("Stefan Pakeerah", "PERSON"), ("Giselle", "ORG"), ("Dhiru Bhai Amrani", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Giselle"], labels["Dhiru Bhai Amrani"]) == ("PERSON", "PERSON")


def test_a_possessive_name_and_a_late_relative_also_count() -> None:
    text = "Blair's wife, Cherie, spoke. The singer's late father, Ronnie; a cousin, Marc."
    assert kin_apposition(text, text.index("Cherie"), text.index("Cherie") + 6)
    assert kin_apposition(text, text.index("Ronnie"), text.index("Ronnie") + 6)


def test_no_possessive_or_a_firms_word_is_no_kin_apposition() -> None:
    text = "A cousin, Marc, came. Its parent, Broken Hill, said so. His sister company, Orbis, fell."
    for name in ("Marc", "Broken Hill", "Orbis"):
        start = text.index(name)
        assert not kin_apposition(text, start, start + len(name))
