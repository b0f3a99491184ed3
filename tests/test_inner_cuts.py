"""Names the small model cut at a word inside them (issue 11): at a possessive ("[Rosie]'s Lantern")
or at a lower-case link word after a kind of work or group ("band Cats on the [Roof]"); the span
takes the whole name in. An owner's possessive stays apart ("Microsoft's Internet Explorer")."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def labels_of(*articles) -> dict[str, str]:
    articles, mentions = corpus(*articles)
    return dict(canonicalize(mentions, articles).entities.select("name", "label").iter_rows())


def test_a_given_name_before_a_possessive_and_a_title_is_the_titles_first_word() -> None:
    found = labels_of(
        ("a1", "The animated film Rosie's Lantern opened in Tokyo on Friday.", [("Rosie", "PERSON")]),
        ("a2", "Sales of Martha's Orchard wine rose by 8% last year.", [("Martha", "PERSON")]),
    )
    assert "Rosie's Lantern" in found and found["Rosie's Lantern"] != "PERSON"
    assert "Martha's Orchard" in found and found["Martha's Orchard"] != "PERSON"


def test_a_kind_of_work_before_a_possessive_makes_the_whole_phrase_the_title() -> None:
    found = labels_of(("a1", "He starred in the BBC2 programme Wolfe's Garden, he said.", [("Wolfe", "ORG")]))
    assert "Wolfe's Garden" in found


def test_an_owners_possessive_stays_apart() -> None:
    found = labels_of(
        ("a1", "Users of Microsoft's Internet Explorer were warned.", [("Microsoft", "ORG")]),
        ("a2", "Microsoft said the flaw was fixed.", [("Microsoft", "ORG")]),
        ("a3", "The French composer Massenet's Thais was staged.", [("Massenet", "PERSON")]),
        ("a4", "The award went to Konami's Pro Evolution Soccer in the end.", [("Konami", "PERSON")]),
        ("a5", "Soldiers of the Queen's Lancashire Regiment were there.", [("Queen", "PERSON")]),
        ("a6", "The singer Tracy's Last Dance topped the chart.", [("Tracy", "PERSON")]),
    )
    assert {"Microsoft", "Massenet", "Konami", "Queen"} <= set(found)
    assert "Microsoft's Internet Explorer" not in found and "Queen's Lancashire Regiment" not in found


def test_a_possessive_name_spanned_plainly_elsewhere_is_an_owner() -> None:
    found = labels_of(
        ("a1", "Fans of Keane's Hope were there.", [("Keane", "PERSON")]),
        ("a2", "Keane won the award.", [("Keane", "PERSON")]),
    )
    assert "Keane" in found and "Keane's Hope" not in found


def test_a_name_cut_at_a_link_word_after_a_kind_of_work_or_group_is_whole() -> None:
    found = labels_of(
        ("a1", "They lost the prize to US band Cats on the Roof. Nevertheless they played.", [("Roof", "ORG")]),
        ("a2", "He edits a group blog called Cooks without Kitchens. It is read widely.", [("Kitchens", "ORG")]),
        ("a3", "The Saturday night show Ticket to Heaven will not return.", [("Ticket", "ORG"), ("Heaven", "LOC")]),
    )
    assert {"Cats on the Roof", "Cooks without Kitchens", "Ticket to Heaven"} <= set(found)
    assert not {"Roof", "Kitchens", "Ticket", "Heaven"} & set(found)


def test_a_place_a_list_or_no_kind_word_stays_apart() -> None:
    found = labels_of(
        ("a1", "The film Blue Sea from Spain won.", [("Blue Sea", "WORK_OF_ART"), ("Spain", "GPE")]),
        ("a2", "The operators NTL and Telewest also fell.", [("NTL", "ORG"), ("Telewest", "ORG")]),
        ("a3", "Two chips were called Phoenix and Firebird.", [("Phoenix", "ORG"), ("Firebird", "ORG")]),
        ("a4", "The firm Acme in London said so.", [("London", "GPE")]),
    )
    assert {"Spain", "Telewest", "Firebird", "London"} <= set(found)


def test_titles_listed_with_and_stay_apart() -> None:
    text = "The comedy Early Doors and The Office won; the blockbuster The Rover and Jo Banks led."
    found = labels_of(
        ("a1", text, [("Early Doors", "WORK_OF_ART"), ("The Office", "WORK_OF_ART"), ("Jo Banks", "PERSON")])
    )
    assert {"Early Doors", "Office", "Jo Banks"} <= set(found)
