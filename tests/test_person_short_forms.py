"""A person's short form the model calls something else (issue 11, labels, helper people3): a given
name alone ("[Imanol] has been dropped" beside "Imanol Harizabal") and a surname opening with a
particle ("[El Ghazi]" beside "Hicham El Ghazi") join the one person their article names in full;
not a film's title, a place or a word that opens the corpus's names of things."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_given_name_alone_joins_the_person_named_in_full() -> None:
    text = (
        "Coach Bernard Lapierre said Imanol Harizabal had been axed. "
        '"Imanol has been dropped from the squad because he did not play well," he said.'
    )
    found = [("Bernard Lapierre", "PERSON"), ("Imanol Harizabal", "PERSON"), ("Imanol", "ORG")]
    labels = labels_of(("a1", text, found))
    assert "Imanol" not in labels
    assert labels["Imanol Harizabal"] == "PERSON"


def test_a_place_a_work_or_a_things_first_word_is_no_given_name() -> None:
    text = (
        "Jordan Hendry scored twice. Jordan has asked for aid. Foxx played Ray Charles in Ray. "
        "Zapple Messenger was launched by Zapple Search. Zapple grew fast."
    )
    found = [("Jordan Hendry", "PERSON"), ("Jordan", "GPE"), ("Foxx", "PERSON"), ("Ray Charles", "PERSON")]
    found += [("Ray", "WORK_OF_ART"), ("Zapple Messenger", "PERSON"), ("Zapple Search", "ORG"), ("Zapple", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Jordan"], labels["Ray"], labels["Zapple"]) == ("GPE", "WORK_OF_ART", "ORG")


def test_a_surname_with_a_particle_joins_the_person_named_in_full() -> None:
    text = (
        "Double Olympic champion Hicham El Ghazi is set to run in Paris. "
        "Kiplagat settled for silver behind El Ghazi in Athens. He failed to break El Ghazi's record."
    )
    found = [("Hicham El Ghazi", "PERSON"), ("Paris", "GPE"), ("Kiplagat", "PERSON")]
    found += [("El Ghazi", "ORG"), ("Athens", "GPE"), ("El Ghazi's", "ORG")]
    labels = labels_of(("a1", text, found))
    assert "El Ghazi" not in labels
    assert labels["Hicham El Ghazi"] == "PERSON"


def test_a_word_that_is_no_given_name_joins_no_full_name_ending_in_a_things_name() -> None:
    text = (
        "Sony said it would double output at Bridgend Sony in Wales. Sony makes televisions there. "
        "The move will add 300 jobs at Bridgend, the company said."
    )
    found = [("Sony", "ORG"), ("Bridgend Sony", "PERSON"), ("Wales", "GPE"), ("Sony", "ORG"), ("Bridgend", "ORG")]
    assert labels_of(("a1", text, found))["Bridgend"] == "ORG"
