"""Spans that are no names (issue 11): a one-word portfolio before a minister's title
("[Finance] Minister Olu Bako"), a verb form or adverb opening a sentence ("[Chased] by the
press, ...", "[Regionally], prices fell"), two names joined by a slash ("the [Grant/Moss] feud")
and a year glued onto a title ("[The Silver Key from 1999] made ...")."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus

WORDS = (
    "b1",
    "The finance of the home was a matter of finance. A home is a home, and the home is full. "
    "They were chased and chased again; prices were set regionally and regionally again. "
    "The shell of a shell company, a shell game.",
    [],
)


def names(result) -> set[str]:
    return set(result.entities.get_column("name").to_list())


def test_a_common_word_before_a_ministers_title_is_no_entity() -> None:
    text = (
        "Finance Minister Olu Bako said so. Home Secretary Dana Fell agreed. Treasury Secretary Ron Vale too. "
        "A reply from Shell spokesman Ian Pole came."
    )
    found = [("Finance", "ORG"), ("Olu Bako", "PERSON"), ("Home", "ORG"), ("Dana Fell", "PERSON")]
    found += [("Treasury", "ORG"), ("Ron Vale", "PERSON"), ("Shell", "ORG"), ("Ian Pole", "PERSON")]
    articles, mentions = corpus(("a1", text, found), WORDS)
    result = names(canonicalize(mentions, articles))
    assert not {"Finance", "Home"} & result
    assert {"Treasury", "Shell", "Olu Bako", "Dana Fell"} <= result  # a body's name, a firm before a spokesman


def test_a_participle_opening_a_sentence_after_a_quote_is_no_name() -> None:
    text = "His life was 'messy.' Chased by the press, Pablo Vero left. Vero said he would go."
    found = [("Chased", "PERSON"), ("Pablo Vero", "PERSON"), ("Vero", "PERSON")]
    articles, mentions = corpus(("a1", text, found), WORDS)
    assert names(canonicalize(mentions, articles)) == {"Pablo Vero"}


def test_an_adverb_opening_a_sentence_is_no_name_but_a_surname_is() -> None:
    text = "Regionally, prices fell. Kelly, 30, said so. Donnelly said prices rose."
    found = [("Regionally", "PERSON"), ("Kelly", "PERSON"), ("Donnelly", "PERSON")]
    articles, mentions = corpus(("a1", text, found), WORDS)
    assert names(canonicalize(mentions, articles)) == {"Kelly", "Donnelly"}


def test_a_year_glued_onto_a_title_is_cut_off() -> None:
    text = "The Silver Key from 1999 went on to make millions. The Silver Key is a film."
    found = [("The Silver Key from 1999", "EVENT"), ("The Silver Key", "WORK_OF_ART")]
    articles, mentions = corpus(("a1", text, found), WORDS)
    result = canonicalize(mentions, articles)
    assert names(result) == {"Silver Key"}
    assert result.mentions.get_column("end_char").to_list() == [14, text.rindex("Key") + 3]


def test_two_names_joined_by_a_slash_are_no_entity_but_a_slashed_name_is() -> None:
    text = (
        "Tom Grant and Eva Moss met. The Grant/Moss feud went on. Grant said so. "
        "Analysts Vexo/NetPoll and TCP/IP agreed."
    )
    found = [("Tom Grant", "PERSON"), ("Eva Moss", "PERSON"), ("Grant/Moss", "ORG"), ("Grant", "PERSON")]
    found += [("Vexo/NetPoll", "ORG"), ("TCP/IP", "PRODUCT")]
    articles, mentions = corpus(("a1", text, found), WORDS)
    assert names(canonicalize(mentions, articles)) == {"Tom Grant", "Eva Moss", "Vexo/NetPoll", "TCP/IP"}


def test_a_common_word_opening_a_sentence_before_a_noun_is_no_name() -> None:
    nouns = "Prices rose. Home prices fell in May. Home buyers said so."
    verb = "Trade was slow. Home is a chain of shops. Home said sales rose."
    said = "He is here and it is there; she said so and he said no. The prices, the buyers, at home, a home."
    verbs_and_nouns = ("b2", said, [])
    found = [("Home", "ORG"), ("Home", "ORG")]
    articles, mentions = corpus(("a1", nouns, found), ("a2", verb, found), WORDS, verbs_and_nouns)
    result = canonicalize(mentions, articles)
    assert set(result.mentions.get_column("article_id").to_list()) == {"a2"}


def test_a_name_before_by_that_other_articles_name_stays() -> None:
    first = "The awards went on. Vertigo by rock giants Uxo won three."
    second = "Uxo released Vertigo last year."
    found = [("Vertigo", "ORG")]
    articles, mentions = corpus(("a1", first, found), ("a2", second, [("Uxo", "ORG"), ("Vertigo", "ORG")]), WORDS)
    assert "Vertigo" in names(canonicalize(mentions, articles))
