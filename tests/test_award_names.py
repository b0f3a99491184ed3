"""Award names (issue 11): a name before lower-case "awards" that "the" or a possessive opens is the
ceremony ("this year's [Interactive Gong] awards" -> "Interactive Gong awards", an event); a name
the corpus calls an award in a third of its articles is the award's everywhere, and its plural the
ceremony's ("the [Glories]")."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts
from tests.test_labels_evidence import labels_of


def test_a_name_before_awards_after_the_or_a_possessive_is_the_ceremony() -> None:
    articles = (
        ("a", "The games led the field at this year's Interactive Gong awards.", [("Interactive Gong", "ORG")]),
        ("b", "It won the Royal Arts Society and Fine Comedy awards last year.", [("Fine Comedy", "ORG")]),
        ("c", "The Zorbo awards, which take place in May, are next.", [("Zorbo", "GPE")]),
    )
    assert mention_texts(*articles) == ["Interactive Gong awards", "Fine Comedy awards", "Zorbo awards"]
    labels = labels_of(*articles)
    assert (labels["Interactive Gong Awards"], labels["Fine Comedy Awards"]) == ("EVENT", "EVENT")


def test_an_acronym_a_possessive_or_an_organisation_before_awards_stays_itself() -> None:
    articles = (
        ("a", "He won the BBC awards and the Writers Guild's award.", [("BBC", "ORG"), ("Writers Guild's", "ORG")]),
        ("b", "He added the Sports Writers Association awards to it.", [("Sports Writers Association", "ORG")]),
        ("c", "He chairs the Directors Guild of Great Britain awards.", [("Great Britain", "GPE")]),
        ("d", "That is how highly Sany prize him, he said.", [("Sany", "ORG")]),
        ("e", "Usher leads the Zing awards. Zing's charts rank songs.", [("Zing", "PERSON"), ("Zing's", "PERSON")]),
    )
    texts = ["BBC", "Writers Guild's", "Sports Writers Association", "Great Britain", "Sany", "Zing", "Zing's"]
    assert mention_texts(*articles) == texts


def test_a_name_the_corpus_calls_an_award_is_one_everywhere_and_its_plural_the_ceremony() -> None:
    """ "Glammy" before "award" in a third of its articles: its readings as a
    place or an organisation elsewhere are an award's, and "Glammys" is its ceremony;
    a name called so in few of its articles ("Brittania award") stays what it is."""
    articles = [
        ("g1", "She won a Glammy award for her role.", [("Glammy", "GPE")]),
        ("g2", "It earned him a Glammy award on Monday.", [("Glammy", "GPE")]),
        ("g3", "The Glammy award for best drama went to her.", [("Glammy", "GPE")]),
        *[(f"g{k}", "She is honoured to receive this Glammy, she said.", [("Glammy", "GPE")]) for k in range(4, 9)],
        ("p1", "He was a favourite at this year's Glammys on Sunday.", [("Glammys", "ORG")]),
        ("p2", "The film won five Glammys, he said.", [("Glammys", "ORG")]),
        ("f1", "He won the Brittania award.", [("Brittania", "ORG")]),
        *[(f"f{k}", "Brittania shares rose.", [("Brittania", "ORG")]) for k in range(2, 7)],
    ]
    labels = labels_of(*articles)
    assert (labels["Glammy"], labels["Glammys"], labels["Brittania"]) == ("WORK_OF_ART", "EVENT", "ORG")
