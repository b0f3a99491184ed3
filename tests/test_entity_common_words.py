"""Spans the corpus's casing shows are not names (issue 11): a single capitalised word the
articles mostly write in lower case ("Hotel", "Champions") is no entity, and a common word that
opens a sentence is cut off the name it runs into ("Cult British group Portishead")."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus

COMMON = (
    "b1",
    "The hotel was full and another hotel was empty, a hotel in a hotel town. A cult film is a cult hit in a cult. "
    "Rock bands play.",
    [],
)


def names(result) -> set[str]:
    return set(result.entities.get_column("name").to_list())


def test_a_single_word_the_corpus_writes_in_lower_case_is_no_entity() -> None:
    text = "Hotel rooms were full on Friday. Zandor Kell said so."
    articles, mentions = corpus(("a1", text, [("Hotel", "ORG"), ("Zandor Kell", "PERSON")]), COMMON)
    assert names(canonicalize(mentions, articles)) == {"Zandor Kell"}


def test_a_common_word_that_is_a_name_in_its_article_or_a_place_stays() -> None:
    text = "Will Hotel sang. Hotel said the Rock had gone. Later Mr Rock left for Reading."
    labels = [("Will Hotel", "PERSON"), ("Hotel", "PERSON"), ("Rock", "PERSON"), ("Reading", "GPE")]
    extra = ("b2", "He was reading a book, reading it well, and reading more.", [])
    articles, mentions = corpus(("a1", text, labels), COMMON, extra)
    assert {"Will Hotel", "Rock", "Reading"} <= names(canonicalize(mentions, articles))


def test_a_common_word_opening_a_sentence_is_cut_off_the_name() -> None:
    text = "Cult British group Vexo have a new album. The British band said so."
    articles, mentions = corpus(("a1", text, [("Cult British", "ORG"), ("British", "NORP")]), COMMON)
    result = canonicalize(mentions, articles)
    assert "Cult British" not in names(result)
    [entity] = set(result.mentions.get_column("entity_id").to_list())
    assert result.entities.filter(result.entities["entity_id"] == entity)["name"].to_list() == ["British"]


def test_a_name_written_so_inside_a_sentence_keeps_its_first_word() -> None:
    text = "Cult Records rose. Shares in Cult Records fell."
    labels = [("Cult Records", "ORG"), ("Cult Records", "ORG")]
    articles, mentions = corpus(("a1", text, labels), ("a2", "Records fell.", [("Records", "ORG")]), COMMON)
    assert "Cult Records" in names(canonicalize(mentions, articles))


def test_a_common_word_after_a_determiner_alone_stays_and_a_cut_leaves_no_common_word() -> None:
    text = "The 1964 film shows the Hotel frontman. Cult Rock DJ Ann Lee said so."
    labels = [("Hotel", "ORG"), ("Cult Rock", "ORG"), ("Ann Lee", "PERSON")]
    rock = ("b2", "Rock fell. The rock, a rock, this rock, rock music.", [("Rock", "ORG")])
    articles, mentions = corpus(("a1", text, labels), COMMON, rock)
    assert {"Hotel", "Cult Rock"} <= names(canonicalize(mentions, articles))


def test_a_common_word_before_an_ampersand_is_not_cut_off() -> None:
    articles, mentions = corpus(
        ("a1", "Cult & Vexo rose.", [("Cult & Vexo", "ORG")]),
        ("a2", "Vexo fell. Shares in Vexo fell.", [("Vexo", "ORG"), ("Vexo", "ORG")]),
        COMMON,
    )
    assert "Cult & Vexo" in names(canonicalize(mentions, articles))


def test_a_common_word_standing_alone_inside_a_sentence_stays_a_name() -> None:
    text = "Shami Chakrabarti of rights group Hotel said so."
    articles, mentions = corpus(("a1", text, [("Shami Chakrabarti", "PERSON"), ("Hotel", "ORG")]), COMMON)
    assert "Hotel" in names(canonicalize(mentions, articles))


def test_a_common_word_its_article_also_uses_as_a_name_stays_everywhere_in_it() -> None:
    text = '"I deal with fact," said Hotel. Hotel added: "I gave the signal."'
    hotels = ("b2", "A hotel, the hotel, this hotel, that hotel and every hotel.", [])
    articles, mentions = corpus(("a1", text, [("Hotel", "PERSON"), ("Hotel", "PERSON")]), COMMON, hotels)
    result = canonicalize(mentions, articles)
    assert result.mentions.height == 2 and names(result) == {"Hotel"}


def test_a_person_is_not_cut_to_a_lone_surname() -> None:
    text = "Cult Vexo, of the firm, said so. Mr Vexo left."
    articles, mentions = corpus(("a1", text, [("Cult Vexo", "PERSON"), ("Vexo", "PERSON")]), COMMON)
    assert "Cult Vexo" in names(canonicalize(mentions, articles))


def test_a_portfolio_of_common_words_before_a_role_is_no_entity() -> None:
    text = (
        "Home Affairs spokesman Mark Oaken said so. Home Office said no. Home Office minister Fiona Mactaggart agreed."
    )
    corpus_words = (
        "b3",
        "He was at home, home alone. The affairs of state, affairs at home and an office at home.",
        [],
    )
    found = [("Home Affairs", "ORG"), ("Mark Oaken", "PERSON"), ("Home Office", "ORG"), ("Home Office", "ORG")]
    found.append(("Fiona Mactaggart", "PERSON"))
    articles, mentions = corpus(("a1", text, found), COMMON, corpus_words)
    assert names(canonicalize(mentions, articles)) == {"Mark Oaken", "Home Office", "Fiona Mactaggart"}


def test_a_common_word_the_model_calls_a_place_opening_a_sentence_is_no_entity() -> None:
    text = "Hotel prices rose. Reading won at home."
    articles, mentions = corpus(("a1", text, [("Hotel", "GPE"), ("Reading", "GPE")]), COMMON)
    assert names(canonicalize(mentions, articles)) == {"Reading"}  # a known place stays
