"""Pollsters and research firms the small model calls people, which a survey or a poll and "by" before
them say better (issue 11)."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_survey_or_a_polls_author_is_a_firm() -> None:
    text = "A recent survey by Mediametrix found that 70% knew it. The survey was conducted by Sunovat for them."
    labels = labels_of(("a1", text, [("Mediametrix", "PERSON"), ("Sunovat", "PERSON")]))
    assert (labels["Mediametrix"], labels["Sunovat"]) == ("ORG", "ORG")
    text = "The concert, conducted by Simen Rattel, was a triumph. A study by Profesor Jonsen found more."
    labels = labels_of(("a1", text, [("Simen Rattel", "PERSON"), ("Jonsen", "PERSON")]))
    assert (labels["Simen Rattel"], labels["Jonsen"]) == ("PERSON", "PERSON")
