"""Two names glued by "and" into one span (issue 11): split into its two names when each is a
name of the corpus on its own and the pair is named in one article only."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def names_of(*articles) -> set[str]:
    articles, mentions = corpus(*articles)
    return set(canonicalize(mentions, articles).entities["name"].to_list())


SAINTS = ("a1", "Saints beat Leicester. Saints and Lions meet.", [("Saints", "ORG"), ("Saints and Lions", "PERSON")])
LIONS = ("a2", "The Lions toured New Zealand.", [("Lions", "ORG")])


def test_two_names_of_the_corpus_joined_by_and_are_no_entity() -> None:
    assert names_of(SAINTS, LIONS) == {"Saints", "Lions"}


def test_two_names_of_the_corpus_joined_by_and_become_two_mentions_with_their_own_labels() -> None:
    text = "Sales of Shaun of the Dead and Shrek 2 rose, as did Halo 2 and Half Life 2."
    pair = [("Shaun of the Dead and Shrek 2", "WORK_OF_ART"), ("Halo 2 and Half Life 2", "ORG")]
    known = "Shaun of the Dead won. Shrek 2 won. Halo 2 sold. Half Life 2 sold. Halo 2 and Half Life 2 sell."
    alone = [("Shaun of the Dead", "WORK_OF_ART"), ("Shrek 2", "WORK_OF_ART")]
    alone += [("Halo 2", "PRODUCT"), ("Half Life 2", "PRODUCT"), ("Halo 2", "PRODUCT"), ("Half Life 2", "PRODUCT")]
    articles, mentions = corpus(("a1", text, pair), ("a2", known, alone))
    out = canonicalize(mentions, articles).mentions.filter(article_id="a1")
    assert sorted(zip(out["text"], out["label"])) == [
        ("Half Life 2", "PRODUCT"),
        ("Halo 2", "PRODUCT"),
        ("Shaun of the Dead", "WORK_OF_ART"),
        ("Shrek 2", "WORK_OF_ART"),
    ]
    assert [text[a:b] for a, b in zip(out["start_char"], out["end_char"])] == list(out["text"])


def test_a_bodys_name_whose_and_joins_what_it_is_for_stays_whole() -> None:
    text = "The Department for Work and Pensions said so. Work began. Pensions rose. Trinidad and Tobago won."
    found = [("Department for Work and Pensions", "ORG"), ("Work", "ORG"), ("Pensions", "ORG")]
    found += [("Trinidad and Tobago", "GPE")]
    names = names_of(("a1", text, found))
    assert {"Department for Work and Pensions", "Trinidad and Tobago"} <= names


def test_a_pair_with_a_part_that_names_nothing_alone_stays() -> None:
    text = "The Department of Trade and Industry said so. Industry grew."
    assert "Department of Trade and Industry" in names_of(
        ("a1", text, [("Department of Trade and Industry", "ORG"), ("Industry", "ORG")])
    )
    text = "Hopes and Fears sold well. Hopes rose. His fears grew."
    assert "Hopes and Fears" in names_of(("a1", text, [("Hopes and Fears", "WORK_OF_ART"), ("Hopes", "ORG")]))


def test_a_pair_named_in_two_articles_is_one_name() -> None:
    text = "Arsenal and Everton met. Arsenal won and Everton lost."
    pair = [("Arsenal and Everton", "ORG"), ("Arsenal", "ORG"), ("Everton", "ORG")]
    assert "Arsenal and Everton" in names_of(("a1", text, pair), ("a2", text, pair))
    assert "Arsenal and Everton" not in names_of(("a1", text, pair))


def test_an_ampersand_joins_one_firms_name() -> None:
    text = "Johnson & Johnson rose. Mr Johnson said so."
    assert "Johnson & Johnson" in names_of(("a1", text, [("Johnson & Johnson", "ORG"), ("Johnson", "PERSON")]))


def test_a_pair_after_a_singular_kind_of_work_is_one_title() -> None:
    text = "It follows his first book Angels and Demons. Both Angels and Demons lost."
    found = [("Angels and Demons", "WORK_OF_ART"), ("Angels and Demons", "ORG")]
    known = ("a2", "The Angels won. The Demons lost.", [("Angels", "ORG"), ("Demons", "ORG")])
    articles, mentions = corpus(("a1", text, found), known)
    out = canonicalize(mentions, articles).mentions.filter(article_id="a1")
    assert list(out["text"]) == ["Angels and Demons", "Angels", "Demons"]


def test_a_known_name_and_a_word_the_corpus_never_writes_in_lower_case_are_two_names() -> None:
    text = (
        "Sales of Celebrax and Bextro products fell. Celebrax was withdrawn. Ernzt and Youngg audit it. "
        "Marcs and Youngg sell it. Trinidad and Tobago buy it. Trinidad won."
    )
    found = [("Celebrax and Bextro", "ORG"), ("Celebrax", "PRODUCT"), ("Ernzt and Youngg", "ORG")]
    found += [("Marcs and Youngg", "ORG"), ("Trinidad and Tobago", "GPE"), ("Trinidad", "GPE")]
    singer = ("a2", "Will Youngg sang. Youngg's won.", [("Will Youngg", "PERSON"), ("Youngg's", "ORG")])
    names = names_of(("a1", text, found), singer)
    assert {"Celebrax", "Bextro", "Ernzt and Youngg", "Marcs and Youngg", "Trinidad and Tobago"} <= names
    assert "Celebrax and Bextro" not in names  # "Youngg" is a person's name: with it, a pair names a firm
