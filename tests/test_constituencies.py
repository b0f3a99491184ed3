"""Constituencies and home towns that the small model calls organisations, people or products
(issue 11): a member of a parliament's word after a place ("the Salford MP", "Bolton West MP", cut
off the span that holds it), "constituency party" before a name, a home town, its streets or its
residents, a possessive's native place, and a peer's territorial title ("Lord Roberts of Conwy")."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.helpers import quotes_of
from tests.test_entities import corpus
from tests.test_labels_evidence import labels_of


def test_a_constituency_party_before_a_name_makes_it_a_place() -> None:
    text = "Mr Dyer's constituency party, Glanford North West, which he had represented as an MP, backed him."
    labels = labels_of(("a1", text, [("Mr Dyer", "PERSON"), ("Glanford North West", "ORG")]))
    assert labels["Glanford North West"] == "GPE"


def test_a_members_word_is_cut_off_a_constituency_span() -> None:
    text = "Ms Hale, a junior minister and Bolton West MP, arrived at the studio. Ms Hale spoke."
    found = [("Ms Hale", "PERSON"), ("Bolton West MP", "PERSON"), ("Ms Hale", "PERSON")]
    articles, mentions = corpus(("a1", text, found))
    out = canonicalize(mentions, articles)
    assert dict(out.entities.select("name", "label").iter_rows())["Bolton West"] == "GPE"
    assert "Bolton West" in out.mentions["text"].to_list()
    text = "Allegations were made. The Mid-Bedfordshire MP had denied a claim."
    assert labels_of(("a1", text, [("The Mid-Bedfordshire MP", "ORG")])) == {"Mid-Bedfordshire": "GPE"}


def test_a_members_word_after_a_known_place_makes_it_a_place() -> None:
    text = 'Some hide behind faith, the Salford MP told the committee. "It is wrong," the Tory MP said.'
    labels = labels_of(("a1", text, [("Salford", "PRODUCT"), ("Tory", "NORP")]))
    assert (labels["Salford"], labels["Tory"]) == ("GPE", "NORP")
    text = "Bolton's MP, a minister, spoke."
    assert labels_of(("a1", text, [("Bolton", "ORG")])) == {"Bolton": "GPE"}


def test_a_party_before_a_members_word_stays_a_party() -> None:
    text = "Some 32 Labour MPs voted against. Labour MP Jean Corstan said so."
    labels = labels_of(("a1", text, [("Labour", "ORG"), ("Labour MP Jean Corstan", "PERSON")]))
    assert labels["Labour"] == "ORG"


def test_a_home_town_its_streets_and_residents_make_a_place() -> None:
    text = (
        "The award was given this spring in the writer's hometown of Vejlby. When the judge toured "
        "the streets of Brixtow his presence was felt. A station is run by the 8,000 residents of Engerdorf. "
        "He is a native of Keighlee, said the mayor of Frankenburg."
    )
    found = [("Vejlby", "ORG"), ("Brixtow", "ORG"), ("Engerdorf", "ORG")]
    found += [("Keighlee", "PERSON"), ("Frankenburg", "ORG")]
    labels = labels_of(("a1", text, found))
    assert set(labels.values()) == {"GPE"}


def test_a_possessives_native_place_is_a_place() -> None:
    text = "Set in her native Dartfield, the film tells a story. The native Maories found an empathy."
    labels = labels_of(("a1", text, [("Dartfield", "PERSON"), ("Maories", "NORP")]))
    assert (labels["Dartfield"], labels["Maories"]) == ("GPE", "NORP")


def test_a_peers_territorial_title_names_a_place() -> None:
    text = (
        "Ex-minister Lord Robarts of Conwyn denied it. "
        "Later Lord Robarts of Conwyn spoke, as did Tim Daly of Michael Foods."
    )
    found = [
        ("Lord Robarts", "PERSON"),
        ("Conwyn", "ORG"),
        ("Lord Robarts", "PERSON"),
        ("Conwyn", "ORG"),
        ("Tim Daly", "PERSON"),
        ("Michael Foods", "ORG"),
    ]
    labels = labels_of(("a1", text, found))
    assert (labels["Conwyn"], labels["Michael Foods"]) == ("GPE", "ORG")


def test_a_year_may_stand_between_the_and_a_by_election() -> None:
    text = "Edward Turner, who won the 1904 Horsam by-election aged 21, was the youngest."
    labels = labels_of(("a1", text, [("Edward Turner", "PERSON"), ("Horsam", "PERSON")]))
    assert labels["Horsam"] == "GPE"


def test_a_peers_title_before_a_body_names_no_place() -> None:
    text = "Lord Justice Rix of the Court of Appeal said so."
    found = [("Lord Justice Rix", "PERSON"), ("the Court of Appeal", "ORG")]
    assert labels_of(("a1", text, found))["Court of Appeal"] == "ORG"


def test_a_seats_member_speaks_not_the_seat() -> None:
    text = (
        "Hazel Blairs, the Home Office minister, spoke.\n\n"
        '"The threat is most likely to come from extremists," the Salford MP told the committee.'
    )
    names = {"Hazel Blairs": ("blairs", "PERSON"), "Salford": ("salford", "GPE"), "Home Office": ("ho", "ORG")}
    found = [(r["speaker_entity_id"], r["speaker_text"]) for r in quotes_of(text, names).iter_rows(named=True)]
    assert found == [("blairs", "the Salford MP")]
