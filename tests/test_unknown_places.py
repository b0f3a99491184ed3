"""Names the model calls places that the gazetteer does not know (issue 11): a full name ending in
a family name is a person's (:mod:`family_names`), a name after a country's possessive is a
national's or a national firm's (:mod:`country_possessives`)."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from pipelines.entities.family_names import family_names, place_openers
from tests.test_entities import corpus, entity_of
from tests.test_labels_evidence import labels_of


def test_the_tables_hold_family_names_and_words_of_places() -> None:
    assert {"jenkins", "danner"} <= family_names()
    assert {"san", "port"} <= place_openers()


def test_a_full_name_ending_in_a_family_name_tagged_a_place_is_a_person() -> None:
    text = "Selection will be close, but Gethwyn Jenkins is now going to start on Saturday."
    assert labels_of(("a1", text, [("Gethwyn Jenkins", "GPE")]))["Gethwyn Jenkins"] == "PERSON"


def test_a_place_or_a_word_before_a_family_name_keeps_the_place() -> None:
    text = "He won Bristol West in 1983, then moved to Puerto Wells. The port was busy."
    labels = labels_of(("a1", text, [("Bristol West", "GPE"), ("Puerto Wells", "GPE")]))
    assert (labels["Bristol West"], labels["Puerto Wells"]) == ("GPE", "GPE")
    text = "Shoppers walked to Stepney Green. The village green was full."
    assert labels_of(("a1", text, [("Stepney Green", "GPE")]))["Stepney Green"] == "GPE"


def test_a_name_after_a_countrys_possessive_is_a_firm_or_a_national() -> None:
    text = "Rivals include France's Vidsoft, one of Europe's biggest publishers, and Spain's Ibersol."
    labels = labels_of(("a1", text, [("France", "GPE"), ("Vidsoft", "GPE"), ("Spain", "GPE"), ("Ibersol", "GPE")]))
    assert (labels["Vidsoft"], labels["Ibersol"]) == ("ORG", "ORG")
    text = "She finished clear of France's Hindra Dehiba and Russia's Svetlana Ivanova."
    labels = labels_of(("a1", text, [("France", "GPE"), ("Hindra Dehiba", "GPE"), ("Russia", "GPE")]))
    assert labels["Hindra Dehiba"] == "PERSON"


def test_a_place_of_a_country_before_a_noun_stays_a_place() -> None:
    text = "Floods hit Pakistan's Sindhar province and London's Sohoville."
    labels = labels_of(("a1", text, [("Pakistan", "GPE"), ("Sindhar", "GPE"), ("London", "GPE"), ("Sohoville", "GPE")]))
    assert (labels["Sindhar"], labels["Sohoville"]) == ("GPE", "GPE")


def test_a_name_after_a_firms_possessive_is_its_product() -> None:
    text = "Microsoft's Fenestra operating system is popular. Rover's Longbrook plant may close."
    found = [("Microsoft", "ORG"), ("Fenestra", "LOC"), ("Rover", "ORG"), ("Longbrook", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Fenestra"], labels["Longbrook"]) == ("PRODUCT", "GPE")


def test_a_band_named_by_one_word_twice_is_no_person() -> None:
    text = "Pop in the mould of Duran Duran or The Strokes."
    assert labels_of(("a1", text, [("Duran Duran", "GPE")]))["Duran Duran"] == "GPE"


def test_a_firms_person_or_a_quoted_nickname_is_no_product() -> None:
    text = "Ahmed 'Mido' Hossamy scored. The move was expected, says Deutsche Bank's Simon Championa."
    found = [("Hossamy", "GPE"), ("Deutsche Bank's", "ORG"), ("Simon Championa", "GPE")]
    labels = labels_of(("a1", text, found))
    assert "PRODUCT" not in (labels["Hossamy"], labels["Simon Championa"])


def test_a_surname_after_a_countrys_possessive_is_a_persons() -> None:
    seeds = "Seeds: 9 Vera Zvonkova (Russia), 10 Alicia Molak (Australia)."
    text = "Russia's Zvonkova struggled early on but won in three sets."
    found = [("Vera Zvonkova", "GPE"), ("Russia", "GPE"), ("Alicia Molak", "PERSON"), ("Australia", "GPE")]
    articles, mentions = corpus(("a1", seeds, found), ("a2", text, [("Russia", "GPE"), ("Zvonkova", "GPE")]))
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "Zvonkova")["label"] == "PERSON"
