"""Two names glued by "and" that the first coordination rule leaves whole (issue 11): a name of the
corpus and a name of two capitalised words or more, and two people's full names."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def names_of(*articles) -> set[str]:
    articles, mentions = corpus(*articles)
    return set(canonicalize(mentions, articles).entities["name"].to_list())


KNOWN = ("a2", "Zentrix TV bought Borovia Rangers. Zentrix TV grew.", [("Zentrix TV", "ORG"), ("Zentrix TV", "ORG")])


def test_a_known_name_and_a_name_of_two_capitalised_words_are_two_names() -> None:
    text = "The deal covers Zentrix TV and Country Song Channel, the firm said."
    names = names_of(("a1", text, [("Zentrix TV and Country Song Channel", "ORG")]), KNOWN)
    assert {"Zentrix TV", "Country Song Channel"} <= names
    assert "Zentrix TV and Country Song Channel" not in names


def test_a_pair_in_two_articles_splits_when_its_known_name_is_named_far_more_often() -> None:
    text = "Films such as Glass Harbour and Million Peso Girl won."
    pair = [("Glass Harbour and Million Peso Girl", "FAC")]
    known = [(f"a{k}", "Glass Harbour won a prize.", [("Glass Harbour", "WORK_OF_ART")]) for k in range(3, 8)]
    names = names_of(("a1", text, pair), ("a2", text, pair), *known)
    assert {"Glass Harbour", "Million Peso Girl"} <= names


def test_two_full_names_of_people_are_two_people() -> None:
    text = "Replacements Peter Morgan and Willie Jenkins came on."
    names = names_of(("a1", text, [("Peter Morgan and Willie Jenkins", "ORG")]))
    assert {"Peter Morgan", "Willie Jenkins"} <= names


def test_pairs_of_one_name_stay_whole() -> None:
    text = (
        "He joined the Rock and Roll Hall of Fame. Rock fans cheered; rock and roll lives. "
        "Kate Smith, the MP for Hornsey and Wood Green, spoke. Hornsey voted. "
        "Charlie and the Chocolate Factory opened. Charlie said so. "
        "The Health and Safety Executive said so. Health was poor; health and safety matters."
    )
    found = [("Rock and Roll Hall of Fame", "ORG"), ("Rock", "ORG"), ("Kate Smith", "PERSON")]
    found += [("Hornsey and Wood Green", "GPE"), ("Hornsey", "GPE")]
    found += [("Charlie and the Chocolate Factory", "WORK_OF_ART"), ("Charlie", "PERSON")]
    found += [("Health and Safety Executive", "ORG"), ("Health", "ORG")]
    names = names_of(("a1", text, found))
    assert {
        "Rock and Roll Hall of Fame",
        "Hornsey and Wood Green",
        "Charlie and the Chocolate Factory",
        "Health and Safety Executive",
    } <= names


def test_a_substitution_spanned_whole_is_two_players() -> None:
    text = "Replacements: Marlow for Pettigrew (53), Quayle for Dunstan (71). Not used: Hibbert."
    found = [("Marlow", "PERSON"), ("Pettigrew", "PERSON"), ("Quayle for Dunstan", "PERSON"), ("Hibbert", "PERSON")]
    articles, mentions = corpus(("a1", text, found))
    out = canonicalize(mentions, articles).mentions
    assert sorted(zip(out["text"], out["label"])) == sorted(
        (n, "PERSON") for n in ("Marlow", "Pettigrew", "Quayle", "Dunstan", "Hibbert")
    )
    assert [text[a:b] for a, b in zip(out["start_char"], out["end_char"])] == list(out["text"])


def test_a_firm_named_with_its_legal_form_is_a_name_of_the_corpus_without_it() -> None:
    text = 'Charges hit Brindlex LLC. and its partner. "Brindlex and QuorvaNet are legitimate firms," he said.'
    names = names_of(("a1", text, [("Brindlex LLC", "PERSON"), ("Brindlex and QuorvaNet", "WORK_OF_ART")]))
    assert "QuorvaNet" in names
    assert "Brindlex and QuorvaNet" not in names
