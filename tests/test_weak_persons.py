"""Unfounded persons (issue 11, :mod:`pipelines.entities.weak_persons`): a name the model calls a
person on every mention, with no given name, honorific, title, age or person's role anywhere,
takes another label when one context says what it is ("the drug [Zelvax]"), however many bare
mentions call it a person; a person founded anywhere keeps PERSON."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def labels_of(*articles) -> dict[str, str]:
    articles, mentions = corpus(*articles)
    return dict(canonicalize(mentions, articles).entities.select("name", "label").iter_rows())


def test_one_cue_outweighs_many_bare_person_readings_of_an_unfounded_name() -> None:
    text = (
        "Regulators have approved the drug Zelvax for use in Europe. Zelvax will be sold from June. "
        "Doctors said Zelvax had few side effects. Sales of Zelvax are expected to reach $1bn."
    )
    others = [(f"a{n}", "Zelvax was praised by doctors.", [("Zelvax", "PERSON")]) for n in range(2, 6)]
    labels = labels_of(("a1", text, [("Zelvax", "PERSON")] * 4), *others)
    assert labels["Zelvax"] == "PRODUCT"


def test_a_firms_own_last_word_outweighs_its_bare_short_forms() -> None:
    text = (
        "Quillon Games has been put up for sale. Quillon ran out of cash. Quillon warned in October. "
        "Staff said Quillon had been in trouble. Quillon called in administrators. Selling Quillon was "
        "the only way. Quillon makes games. Quillon was behind a hit. Quillon needed deals. Quillon had 80 staff."
    )
    labels = labels_of(("a1", text, [("Quillon Games", "PERSON")] + [("Quillon", "PERSON")] * 9))
    assert labels["Quillon Games"] == "ORG"


def test_an_age_anywhere_keeps_the_person() -> None:
    first = "Drabek, 32, said he was happy. Drabek scored twice."
    second = "The Drabek case was heard. Drabek denied it."
    labels = labels_of(("a1", first, [("Drabek", "PERSON")] * 2), ("a2", second, [("Drabek", "PERSON")] * 2))
    assert labels["Drabek"] == "PERSON"


def test_an_honorific_anywhere_keeps_the_person() -> None:
    first = "Mr Tolvane said the plan would work. Tolvane added more."
    second = "It was sold to the drug maker. Tolvane said nothing. Later Tolvane shares rose."
    labels = labels_of(("a1", first, [("Tolvane", "PERSON")] * 2), ("a2", second, [("Tolvane", "PERSON")] * 2))
    assert labels["Tolvane"] == "PERSON"


def test_a_full_name_with_a_given_name_keeps_its_surname_a_person() -> None:
    first = "Maria Kostelic won the race. Kostelic was delighted."
    second = "The Kostelic brand is strong. Kostelic said so."
    labels = labels_of(
        ("a1", first, [("Maria Kostelic", "PERSON"), ("Kostelic", "PERSON")]),
        ("a2", second, [("Kostelic", "PERSON")] * 2),
    )
    assert labels["Maria Kostelic"] == "PERSON"


def test_words_people_seldom_have_decide_for_an_unfounded_name() -> None:
    text = (
        "Drugs firm Merrow stopped sales of Calvex in May. Calvex was withdrawn after a study. "
        "Calvex may return. Doctors prescribed Calvex to millions."
    )
    assert labels_of(("a1", text, [("Calvex", "PERSON")] * 4))["Calvex"] == "PRODUCT"


def test_a_spokesman_for_an_unfounded_name_makes_it_an_organisation() -> None:
    text = "The Westlink scheme was delayed. Westlink will cost £5bn. A spokesman for Westlink said work would begin."
    assert labels_of(("a1", text, [("Westlink", "PERSON")] * 3))["Westlink"] == "ORG"


def test_a_hint_says_nothing_for_a_founded_person() -> None:
    text = "Dario Velluti, 31, said he was ready. A spokesman for Velluti said he would rest. Velluti won."
    labels = labels_of(("a1", text, [("Dario Velluti", "PERSON"), ("Velluti", "PERSON"), ("Velluti", "PERSON")]))
    assert labels["Dario Velluti"] == "PERSON"


def test_a_partys_short_name_is_no_person() -> None:
    text = "Lib Dem leader Charles Kennedy spoke. The Lib Dem plans were costed. Lib Dem policy is clear."
    labels = labels_of(
        ("a1", text, [("Lib Dem", "PERSON"), ("Charles Kennedy", "PERSON")] + [("Lib Dem", "PERSON")] * 2)
    )
    assert labels["Lib Dem"] == "ORG"
    assert labels["Charles Kennedy"] == "PERSON"


def test_a_role_ending_the_sentence_before_says_nothing() -> None:
    text = "It is the world's biggest drug producer. Trevaxis, which forecast record profits, said so."
    assert labels_of(("a1", text, [("Trevaxis", "ORG")]))["Trevaxis"] == "ORG"


def test_a_firms_possessions_or_a_plural_kind_before_a_list_hint_at_an_unfounded_name() -> None:
    text = "Skyvale has ordered 30 planes. Skyvale's managing director said so. Skyvale will fly in May."
    assert labels_of(("a1", text, [("Skyvale", "PERSON")] * 3))["Skyvale"] == "ORG"
    text = "Brands such as Choconel and Fizzo sell well. Choconel is made in Bournville. Choconel is cheap."
    assert (
        labels_of(("a1", text, [("Choconel", "PERSON"), ("Fizzo", "ORG")] + [("Choconel", "PERSON")] * 2))["Choconel"]
        == "PRODUCT"
    )
