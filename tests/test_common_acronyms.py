"""Abbreviations of common nouns are no entities (issue 11): an article that writes an
abbreviation in brackets after a lower-case phrase whose words spell it ("set-top box (STB)")
names a kind of thing, so none of its mentions there is a name; a capitalised phrase defines a
name ("the Gaming Standards Board (GSB)"), which stays."""

from __future__ import annotations

import pytest

from pipelines.entities.canonical import canonicalize
from pipelines.entities.common_acronyms import common_noun_keys, spells
from tests.test_entities import corpus


def names(result) -> set[str]:
    return set(result.entities.get_column("name").to_list())


@pytest.mark.parametrize(
    ("phrase", "letters"),
    [
        ("home media server", "HMS"),
        ("research and development", "R&D"),
        ("networks of energy transfer", "NET"),
        ("gigabits per second", "Gbps"),
        ("wireless local area networks", "WLANs"),
    ],
)
def test_a_phrase_spells_its_abbreviation(phrase: str, letters: str) -> None:
    assert spells(tuple(phrase.split()), letters.replace("&", ""))


@pytest.mark.parametrize(("phrase", "letters"), [("home media server", "HSM"), ("gigabits per second", "GBPS")])
def test_a_phrase_that_does_not_spell_it_in_order(phrase: str, letters: str) -> None:
    """Capital letters come from the start of a word only; the order counts."""
    assert not spells(tuple(phrase.split()), letters)


def test_a_lower_case_definition_drops_every_mention_in_its_article() -> None:
    text = (
        "Sales of the home media server (HMS) doubled, said Arlo Pendry. The HMS stores films, and "
        "each HMS holds 200 hours. Makers of HMSs expect more."
    )
    labels = [("HMS", "ORG"), ("Arlo Pendry", "PERSON"), ("HMS", "ORG"), ("HMS", "GPE"), ("HMSs", "ORG")]
    articles, mentions = corpus(("a1", text, labels))
    assert names(canonicalize(mentions, articles)) == {"Arlo Pendry"}


def test_letters_inside_words_and_a_sentence_opening_phrase() -> None:
    text = "Lines run at ten gigabits per second (Gbps) now. Gross regional output (GRO) rose by 2%."
    assert common_noun_keys(text) == {"gbps", "gbpss", "gbp", "gro", "gros"}


def test_a_capitalised_phrase_defines_a_name_which_stays() -> None:
    text = "The Gaming Standards Board (GSB) met. The GSB said the home media server (HMS) was safe."
    labels = [("The Gaming Standards Board", "ORG"), ("GSB", "ORG"), ("GSB", "ORG"), ("HMS", "ORG")]
    articles, mentions = corpus(("a1", text, labels))
    result = canonicalize(mentions, articles)
    assert "Gaming Standards Board" in names(result)
    assert "HMS" not in names(result)


def test_only_the_defining_article_loses_the_abbreviation() -> None:
    defined = ("a1", "Each home media server (HMS) sold out.", [("HMS", "ORG")])
    other = ("a2", "HMS Victory sailed; the HMS crew cheered.", [("HMS", "ORG")])
    articles, mentions = corpus(defined, other)
    result = canonicalize(mentions, articles)
    assert result.mentions.get_column("article_id").to_list() == ["a2"]


def test_a_phrase_with_a_capitalised_word_inside_a_sentence_is_a_name() -> None:
    assert common_noun_keys("the new Home Media Server (HMS) and the home Media server (HMS)") == set()
