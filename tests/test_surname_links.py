"""A bare surname the model labels otherwise joins the person its article names in full
(pipelines/entities/surname_links.py): hyphenated surnames, surnames that are places the corpus
does not use, one person written twice, full names the model misses but a first name marks."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus, entity_of


def test_a_hyphenated_surname_joins_the_full_name() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Winger Sean Hart-Davies will start on Saturday. Hart-Davies raced clear to score.",
            [("Sean Hart-Davies", "PERSON"), ("Hart-Davies", "ORG")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Hart-Davies") == entity_of(result, "a1", "Sean Hart-Davies")
    assert entity_of(result, "a1", "Hart-Davies")["label"] == "PERSON"


def test_a_hyphenated_word_that_opens_a_club_name_is_the_club() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Morgan joins the Bath-Avon Rovers squad. Team: D Hale Bath-Avon), P Owen (Bath-Avon).",
            [("Bath-Avon Rovers", "ORG"), ("D Hale Bath-Avon", "ORG"), ("Bath-Avon", "ORG")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Bath-Avon")["label"] == "ORG"
    assert entity_of(result, "a1", "Bath-Avon")["name"] == "Bath-Avon"


def test_a_surname_the_model_calls_a_place_joins_the_person() -> None:
    """ "Davenport" is a town the gazetteer knows, but this corpus never uses it as a place."""
    articles, mentions = corpus(
        (
            "a1",
            "Top seed Lindsay Davenport won. Davenport, who served well, plays next on Monday.",
            [("Lindsay Davenport", "PERSON"), ("Davenport", "GPE")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Davenport")["name"] == "Lindsay Davenport"
    assert entity_of(result, "a1", "Davenport")["label"] == "PERSON"


def test_a_place_of_the_corpus_is_no_surname_unless_the_words_around_it_say_person() -> None:
    """ "Scotland" is a place in five other articles: beside "Jason Scotland" it stays the
    country; "Mr Houston" is the person whatever the corpus does with the city; a country is no
    surname unless the words around it say so."""
    others = [(f"p{n}", "Scotland won in Houston again.", [("Scotland", "GPE"), ("Houston", "GPE")]) for n in range(5)]
    articles, mentions = corpus(
        *others,
        (
            "a1",
            "Striker Jason Scotland has signed. He left Scotland for Wales.",
            [("Jason Scotland", "PERSON"), ("Scotland", "GPE"), ("Wales", "GPE")],
        ),
        (
            "a2",
            "Candidate John Houston, 54, was suspended. Mr Houston said he would appeal.",
            [("John Houston", "PERSON"), ("Houston", "GPE")],
        ),
        (
            "a3",
            "The film Hotel Kenya opens today. It was shot in Kenya last year.",
            [("Hotel Kenya", "PERSON"), ("Kenya", "GPE")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Scotland")["label"] == "GPE"
    assert entity_of(result, "a1", "Scotland")["name"] == "Scotland"
    assert entity_of(result, "a2", "Houston")["name"] == "John Houston"
    assert entity_of(result, "a3", "Kenya")["label"] == "GPE"  # a country, and nothing says person


def test_one_person_written_twice_is_one_candidate() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Kelly Brennard has been invited. Brennard finished third in Athens.\n\nK Brennard (Harriers).",
            [("Kelly Brennard", "PERSON"), ("Brennard", "ORG"), ("K Brennard", "PERSON")],
        ),
        (
            "a2",
            "Sir Anton Fell, the backbencher, died. Fell was deselected. Sir Anton John Charles Fell was born in 1920.",
            [("Anton Fell", "PERSON"), ("Fell", "ORG"), ("Anton John Charles Fell", "PERSON")],
        ),
        (
            "a3",
            'Tom Duckett & Mark Allworth won. Later Allworth said: "Great." Mark Allworth thanked Duckett.',
            [("Tom Duckett & Mark Allworth", "PERSON"), ("Allworth", "ORG"), ("Mark Allworth", "PERSON")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Brennard")["name"] == "Kelly Brennard"
    assert entity_of(result, "a2", "Fell")["label"] == "PERSON"
    assert "Fell" in entity_of(result, "a2", "Fell")["name"].split()[-1]
    assert entity_of(result, "a2", "Fell")["name"] != "Fell"
    assert entity_of(result, "a3", "Allworth")["name"] == "Mark Allworth"


def test_a_full_name_marked_by_its_given_name_takes_its_surname() -> None:
    """ "Garrett" is a given name too, so only the first-name cue makes "Keith Garrett" a person."""
    articles, mentions = corpus(
        (
            "a1",
            "The job went to former triple jumper Keith Garrett. Garrett's application was approved.",
            [("Keith Garrett", "ORG"), ("Garrett", "ORG")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Garrett") == entity_of(result, "a1", "Keith Garrett")
    assert entity_of(result, "a1", "Garrett")["label"] == "PERSON"


def test_a_full_name_the_words_around_call_a_person_takes_its_surname_without_a_given_name() -> None:
    """helper people6: "Tirunesh" is no given name, but "Ethiopia's [Tirunesh Dibabo]" is a person's
    name (a context cue), so its surname alone, tagged GPE, joins it."""
    articles, mentions = corpus(
        (
            "a1",
            "Ethiopia's Tirunesh Dibabo set a new world record in Boston. Dibabo won in 14 minutes.",
            [("Ethiopia's", "GPE"), ("Tirunesh Dibabo", "FAC"), ("Boston", "GPE"), ("Dibabo", "GPE")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Dibabo") == entity_of(result, "a1", "Tirunesh Dibabo")
    assert entity_of(result, "a1", "Dibabo")["label"] == "PERSON"


def test_a_name_with_no_given_name_and_no_cue_takes_no_surname() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Sales rose at Tirunesh Dibabo last year. Dibabo won a contract.",
            [("Tirunesh Dibabo", "FAC"), ("Dibabo", "ORG")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Dibabo")["name"] == "Dibabo"


def test_a_surname_two_people_share_stays_apart_but_votes_person() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Gary Nevin crossed early. When Nevin delivered a cross, it was cleared. Phil Nevin came on.",
            [("Gary Nevin", "PERSON"), ("Nevin", "ORG"), ("Phil Nevin", "PERSON")],
        ),
    )
    result = canonicalize(mentions, articles)
    nevin = entity_of(result, "a1", "Nevin")
    assert nevin["name"] == "Nevin"
    assert nevin["label"] == "PERSON"


def test_a_firm_named_after_its_founder_stays_the_firm() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Results came from housebuilder George Pimbley. Shares in Pimbley rose 6%. Pimbley said sales grew.",
            [("George Pimbley", "PERSON"), ("Pimbley", "ORG"), ("Pimbley", "ORG")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Pimbley")["label"] == "ORG"
    assert entity_of(result, "a1", "Pimbley")["name"] == "Pimbley"


def test_an_initial_before_a_surname_keeps_the_people_it_opens() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Jon Tovey drops to the bench. Tovey scored in Rome.\n\nG Tovey (Toulouse, capt); K Morgan (Dragons).",
            [("Jon Tovey", "PERSON"), ("Tovey", "PERSON"), ("Tovey", "PERSON"), ("K Morgan", "PERSON")],
        ),
    )
    result = canonicalize(mentions, articles)
    first, second = result.mentions.filter(result.mentions["text"] == "Tovey")["entity_id"].to_list()
    jon = entity_of(result, "a1", "Jon Tovey")["entity_id"]
    assert first == jon
    assert second != jon
