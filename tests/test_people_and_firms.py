"""People the small model calls firms and firms it calls people (issue 11, labels, helper people2):
a possessive and what only a firm has ("[Novartus]' shares rose", "[Alfo-Eco]'s stake", "[Mey]'s
chairman"), a Portuguese nickname's "-inho" ("[Jucinho]"), a role before a name that a building's
word follows ("its sister [Xiluodo] dam"), and a role word on its own ("the [MEP] said"), which
names no one."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus
from tests.test_labels_evidence import labels_of


def test_a_possessive_and_shares_a_stake_or_a_chairman_make_a_firm() -> None:
    text = (
        "Novartus announced a deal. Novartus said it would save money. Novartus' shares rose 1% to 57 francs. "
        "Inbev agreed to buy Alfo-Eco's stake in Sun Interbrew. Talks sped up after Mey's chairman resigned. "
        "Mey has struggled."
    )
    found = [("Novartus", "PERSON"), ("Novartus", "PERSON"), ("Novartus", "PERSON"), ("Inbev", "ORG")]
    found += [("Alfo-Eco", "PERSON"), ("Sun Interbrew", "ORG"), ("Mey", "PERSON"), ("Mey", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Novartus"], labels["Alfo-Eco"], labels["Mey"]) == ("ORG", "ORG", "ORG")


def test_a_possessive_and_shares_keep_a_named_person() -> None:
    text = "Mr Gleyzer bought more. Mr Gleyzer's shares in the club are worth £300m, said Malcom Gleyzer."
    found = [("Gleyzer", "PERSON"), ("Gleyzer", "PERSON"), ("Malcom Gleyzer", "PERSON")]
    assert labels_of(("a1", text, found))["Malcom Gleyzer"] == "PERSON"


def test_a_portuguese_nickname_is_a_person() -> None:
    text = (
        "Petrov and Jucinho combined brilliantly. Jucinho wants assurances that he will play. "
        "They can bring Zequinho in and play Tomasson."
    )
    found = [("Petrov", "PERSON"), ("Jucinho", "ORG"), ("Jucinho", "ORG"), ("Zequinho", "ORG"), ("Tomasson", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Jucinho"], labels["Zequinho"]) == ("PERSON", "PERSON")


def test_a_role_before_a_name_a_buildings_word_follows_is_no_person() -> None:
    text = "China halted work on a power station on its sister Xiluodo dam because of worries."
    assert labels_of(("a1", text, [("China", "GPE"), ("Xiluodo", "PRODUCT")]))["Xiluodo"] == "FAC"


def test_a_role_word_alone_is_no_name() -> None:
    text = (
        "A UK Independence Party MEP spoke. The MEP said his party would change. Brian Montieth MSP said no. "
        "The Bishop of Durham, Dr Tom Wrigth, liked it. But the Bishop said there was no evidence. "
        "Horak, Staniforth, Penney, Nordt, Bishop; Mapletoft, Edwards."
    )
    found = [("UK Independence Party", "ORG"), ("MEP", "ORG"), ("MEP", "ORG"), ("Brian Montieth", "PERSON")]
    found += [("MSP", "ORG"), ("Bishop", "ORG"), ("Durham", "GPE"), ("Tom Wrigth", "PERSON"), ("Bishop", "ORG")]
    found += [("Horak", "PERSON"), ("Staniforth", "PERSON"), ("Penney", "PERSON"), ("Nordt", "PERSON")]
    found += [("Bishop", "PERSON"), ("Mapletoft", "PERSON"), ("Edwards", "PERSON")]
    articles, mentions = corpus(("a1", text, found))
    result = canonicalize(mentions, articles)
    texts = result.mentions["text"].to_list()
    assert "MEP" not in texts and "MSP" not in texts
    assert texts.count("Bishop") == 1  # the player of the line-up stays


def test_a_drugmaker_or_a_distributor_before_a_name_makes_a_firm() -> None:
    text = "Swiss drugmaker Novarto made a bid. Japanese film distributor Tohu will release it."
    found = [("Swiss", "NORP"), ("Novarto", "PERSON"), ("Japanese", "NORP"), ("Tohu", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Novarto"], labels["Tohu"]) == ("ORG", "ORG")


def test_a_character_before_a_name_and_into_after_it_make_a_person() -> None:
    text = "Players got the job of turning central character DK into a crime boss."
    assert labels_of(("a1", text, [("DK", "ORG")]))["DK"] == "PERSON"


def test_a_bank_in_another_language_opening_a_name_makes_a_firm() -> None:
    text = "Egypt has spoken of selling Banque Mosr and Banco Centralo to private owners."
    labels = labels_of(("a1", text, [("Egypt", "GPE"), ("Banque Mosr", "PERSON"), ("Banco Centralo", "PERSON")]))
    assert (labels["Banque Mosr"], labels["Banco Centralo"]) == ("ORG", "ORG")
