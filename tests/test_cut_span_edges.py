"""Spans that stop a word short of the name or run past it (issue 11): a nationality's or a party's
adjective, a sentence-opening "The" or an acronym next to a name the corpus knows whole, a given
name before a full name, a dropped "g" before an apostrophe, a year glued onto a name."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_an_adjective_spanned_alone_takes_in_the_known_name_it_opens() -> None:
    assert mention_texts(
        (
            "a",
            "Shares fell after the Scottish Executive met and the Czech Republic lost.",
            [("the Scottish Executive", "ORG"), ("the Czech Republic", "GPE")],
        ),
        (
            "b",
            "Ministers said the Scottish Executive would act, after the Czech Republic won.",
            [("Scottish", "NORP"), ("Czech", "NORP")],
        ),
    ) == ["the Scottish Executive", "the Czech Republic", "Scottish Executive", "Czech Republic"]


def test_a_sentence_opening_word_before_a_run_does_not_hide_the_known_name() -> None:
    assert mention_texts(
        ("a", "Voters backed the Liberal Democrats in the city.", [("Liberal Democrats", "ORG")]),
        (
            "b",
            "The Liberal Democrats said so. But Liberal Democrat peers disagreed.",
            [("Democrats", "NORP"), ("Democrat", "NORP")],
        ),
    ) == ["Liberal Democrats", "Liberal Democrats", "Liberal Democrat"]


def test_a_word_opening_the_sentence_joins_a_span_only_into_a_known_name() -> None:
    """The word opening a sentence may be a name's first word ("Liberal [Democrat] chairman Matt
    Tailor said"): it joins the span when the corpus names the longer name whole, and not otherwise
    ("Rebel [Democrat] peers"), nor when it is a word that opens sentences ("Today [Democrat]")."""
    assert mention_texts(
        ("a", "Voters backed the Liberal Democrat candidate.", [("Liberal Democrat", "NORP")]),
        (
            "b",
            "It fell. Liberal Democrat chairman Matt Tailor said so. Rebel Democrat peers agreed. Today Democrat "
            "peers met.",
            [("Democrat", "NORP"), ("Democrat", "NORP"), ("Democrat", "NORP")],
        ),
    ) == ["Liberal Democrat", "Liberal Democrat", "Democrat", "Democrat"]


def test_an_acronym_before_a_span_joins_it_only_into_a_known_name() -> None:
    assert mention_texts(
        (
            "a",
            "He quit the UK Independence Party, and a survey by PC Pro Magazine found it.",
            [("UK Independence Party", "ORG"), ("PC Pro Magazine", "ORG")],
        ),
        (
            "b",
            "Members of the UK Independence Party left; a survey by PC Pro Magazine said so.",
            [("Independence Party", "ORG"), ("Pro Magazine", "ORG")],
        ),
        ("c", "The US Anti-Doping Agency said the drug was found.", [("Anti-Doping Agency", "ORG")]),
    ) == [
        "UK Independence Party",
        "PC Pro Magazine",
        "UK Independence Party",
        "PC Pro Magazine",
        "Anti-Doping Agency",
    ]


def test_no_role_nationality_or_unknown_name_is_taken_in() -> None:
    assert mention_texts(
        (
            "a",
            "The French President Jacques Chirac met Home Office Minister Hazel Blears.",
            [("French", "NORP"), ("Jacques Chirac", "PERSON"), ("Hazel Blears", "PERSON")],
        ),
        (
            "b",
            "But Scottish ministers met the US Olympic team and Mr Brown.",
            [("Scottish", "NORP"), ("US", "GPE"), ("Brown", "PERSON")],
        ),
    ) == ["French", "Jacques Chirac", "Hazel Blears", "Scottish", "US", "Brown"]


def test_a_given_name_before_a_full_name_is_its_first_word() -> None:
    assert mention_texts(
        ("a", "Other winners included Catalina Sandino Moreno, who took the prize.", [("Sandino Moreno", "PERSON")]),
        ("b", "Armand Marie Leroi, a lecturer at the college, won it.", [("Marie Leroi", "PERSON")]),
        (
            "c",
            "But Tory Liam Fox said so, and Scot Nick Smith agreed.",
            [("Liam Fox", "PERSON"), ("Nick Smith", "PERSON")],
        ),
        ("d", "Chelsea John Terry fans sang.", [("John Terry", "PERSON")]),
        ("e", "Chelsea beat them, the Tory said.", [("Chelsea", "ORG"), ("Tory", "NORP")]),
    ) == ["Catalina Sandino Moreno", "Armand Marie Leroi", "Liam Fox", "Nick Smith", "John Terry", "Chelsea", "Tory"]


def test_a_dropped_g_before_an_apostrophe_stays_in_the_name() -> None:
    assert mention_texts(
        (
            "a",
            "He was followed by Blazin' Squad singer Kenzie and Dunkin' Donuts.",
            [("Blazin", "ORG"), ("Kenzie", "PERSON"), ("Dunkin", "PERSON")],
        ),
        ("b", "He said 'Berlin' Wall was the 'Lincoln' word.", [("Berlin", "GPE"), ("Lincoln", "PERSON")]),
    ) == ["Blazin' Squad", "Kenzie", "Dunkin' Donuts", "Berlin", "Lincoln"]


def test_a_year_between_a_name_and_the_next_capitalised_word_leaves_the_name() -> None:
    assert mention_texts(
        (
            "a",
            "He gave the Royal Academy of Engineering 2004 Hinton Lecture on Monday.",
            [("the Royal Academy of Engineering 2004", "ORG")],
        ),
        (
            "b",
            "England went out of Euro 2004 in June and Windows 2000 users fled.",
            [("Euro 2004", "EVENT"), ("Windows 2000", "PRODUCT")],
        ),
    ) == ["Royal Academy of Engineering", "Euro 2004", "Windows 2000"]


def test_an_area_before_a_lower_case_police_is_the_forces_name() -> None:
    assert mention_texts(
        (
            "a",
            "The Metropolitan police chief said West Yorkshire police had arrested him.",
            [("Metropolitan", "NORP"), ("West Yorkshire", "GPE")],
        ),
        (
            "b",
            "Chinese police and UK police and London police were told.",
            [("Chinese", "NORP"), ("UK", "GPE"), ("London", "GPE")],
        ),
    ) == ["Metropolitan police", "West Yorkshire police", "Chinese", "UK", "London"]
