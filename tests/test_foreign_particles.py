"""Foreign names whose lower-case inner words the small model read as a name's end (issue 11):
"[Partido] contra la Pobreza", "[Medecins] sans Frontieres", "Stade de [France]"."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_a_foreign_link_word_and_the_word_after_it_are_in_the_name() -> None:
    text = (
        'He spoke of the "Partido contra la Pobreza" on Sunday. Groups such as Medecins sans Frontieres '
        "(Doctors Without Borders) helped. It is branded Television Numerique pour Tous in France."
    )
    rows = [("Partido", "EVENT"), ("Medecins", "ORG"), ("Television Numerique", "ORG"), ("France", "GPE")]
    assert mention_texts(("a1", text, rows)) == [
        "Partido contra la Pobreza",
        "Medecins sans Frontieres",
        "Television Numerique pour Tous",
        "France",
    ]


def test_a_capitalised_word_and_particles_before_a_span_open_the_name() -> None:
    text = (
        "France take on Wales at the Stade de France on Saturday. He destroyed South Africa's Os du Randt "
        "in the scrum. Charles de Gaulle airport was shut."
    )
    rows = [("France", "GPE"), ("Wales", "GPE"), ("France", "GPE"), ("South Africa", "GPE")]
    rows += [("Randt", "PERSON"), ("Gaulle", "PERSON")]
    assert mention_texts(("a1", text, rows)) == [
        "France",
        "Wales",
        "Stade de France",
        "South Africa",
        "Os du Randt",
        "Charles de Gaulle",
    ]


def test_no_sentence_opener_role_or_honorific_before_particles_opens_a_name() -> None:
    text = 'He said: "In de Vries we trust." Mr de Villepin spoke. President de Klerk came. Then de Boer ran.'
    rows = [("Vries", "PERSON"), ("Villepin", "PERSON"), ("Klerk", "PERSON"), ("Boer", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["Vries", "Villepin", "Klerk", "Boer"]
