"""How an entity's label is voted across its mentions (issue 11): the model labels every
occurrence of a name in an article alike, so a name's later mentions in one article weigh less
than its first, while what the context says around each mention counts in full."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def labels_of(*articles) -> dict[str, str]:
    articles, mentions = corpus(*articles)
    return dict(canonicalize(mentions, articles).entities.select("name", "label").iter_rows())


def test_a_name_repeated_in_one_article_is_one_reading_of_the_model_not_many() -> None:
    text = (
        "The nuclear unit of Russian energy giant Oblonsk faces a claim. Oblonsk said it would pay. "
        "Oblonsk shares fell. Oblonsk is the biggest producer. Oblonsk declined to comment."
    )
    found = [("Oblonsk", "GPE")] * 5
    assert labels_of(("a1", text, found))["Oblonsk"] == "ORG"


def test_a_name_the_model_reads_alike_in_many_articles_keeps_its_label_against_one_cue() -> None:
    texts = [f"Marlowe{'' if k else ' shares'} scored twice. Marlowe was delighted." for k in range(3)]
    found = [("Marlowe", "PERSON"), ("Marlowe", "PERSON")]
    articles = [(f"a{k}", t, found) for k, t in enumerate(texts)]
    full = (
        "a9",
        "Christopher Marlowe was born in Canterbury.",
        [("Christopher Marlowe", "PERSON")],
    )  # not a lone name: lone_names
    assert labels_of(*articles, full)["Marlowe"] == "PERSON"


def test_one_context_cue_outweighs_the_model_reading_a_name_alike_in_two_articles() -> None:
    first = "He was nominated for films including Raging Calf. Then he rested."
    second = "Raging Calf was shown again on Sunday."
    found = [("Raging Calf", "ORG")]
    assert labels_of(("a1", first, found), ("a2", second, found))["Raging Calf"] == "WORK_OF_ART"


def _three_articles(name: str) -> list:
    return [
        ("a1", f"{name} was sold.", [(name, "PERSON")]),
        ("a2", f"{name} rose.", [(name, "PERSON")]),
        ("a3", f"Investors sold {name} shares.", [(name, "PERSON")]),
    ]


def test_a_one_word_person_the_corpus_never_names_in_full_gives_way_to_a_cue() -> None:
    assert labels_of(*_three_articles("Maseratti"))["Maseratti"] == "ORG"
    alone = [("a1", "Maseratti was sold.", [("Maseratti", "PERSON")])]
    assert labels_of(*alone)["Maseratti"] == "PERSON"  # no other evidence: the model's reading stands


def test_a_one_word_person_named_in_full_elsewhere_keeps_its_full_vote() -> None:
    full = ("a4", "Chelsea signed Jiri Jarozik.", [("Jiri Jarozik", "PERSON")])
    assert labels_of(*_three_articles("Jarozik"), full)["Jarozik"] == "PERSON"


def test_a_full_name_that_opens_with_no_given_name_does_not_make_its_last_word_a_surname() -> None:
    full = ("a4", "Zony Maseratti unveiled a phone.", [("Zony Maseratti", "PERSON")])
    assert labels_of(*_three_articles("Maseratti"), full)["Maseratti"] == "ORG"


def test_an_event_word_alone_names_an_event() -> None:
    text = "He won the closest final in Games history. He was hurt at the Games. At the Championships, he ran."
    found = [("Games", "ORG"), ("Games", "FAC"), ("Championships", "FAC")]
    assert labels_of(("a1", text, found)) == {"Games": "EVENT", "Championships": "EVENT"}
