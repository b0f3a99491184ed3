"""Lists of works the small model labels as people, organisations or places (issue 11): a plural kind of
work some words before the verb that opens the list ("Other films tipped for success include ..."), and
a list whose first titles the model missed or cut ("the overlooked films were Hobson's Choice, ...")."""

from __future__ import annotations

from pipelines.entities.list_kinds import list_kind_at
from tests.test_labels_evidence import labels_of


def _kind(text: str, name: str) -> str | None:
    return list_kind_at(text, text.index(name))


def test_a_plural_kind_of_work_a_few_words_before_the_verb_names_the_list() -> None:
    assert _kind("Other films tipped for success this year include Hustel & Flo, Kinsy and Closar.", "Hustel") == (
        "WORK_OF_ART"
    )
    assert _kind("Her hits have included Hard Luck Life, Dirt Off and Bonnie and Clide.", "Hard") == "WORK_OF_ART"
    assert _kind("Other American films which won praise were The Z-Files, Twin Peeks and Star Trik.", "The Z") == (
        "WORK_OF_ART"
    )
    assert _kind("He has made more than 25 films, including Jungle Fevar and Summar of Sam.", "Jungle") == (
        "WORK_OF_ART"
    )


def test_a_list_reaches_back_over_titles_the_model_missed() -> None:
    text = "Among the overlooked films were Hobsen's Choice, Dirty Harri, The Searchars and King Kongg."
    assert _kind(text, "Dirty Harri") == "WORK_OF_ART"
    text = "The designer, whose previous films have included Captain Corelly's Mandolyn and Elizabath, is there."
    assert _kind(text, "Mandolyn") == "WORK_OF_ART"
    text = "Lee has made 25 films, including Jungle Fevar, Do the Right Thing, Summar of Sam and Crooklin."
    assert _kind(text, "Summar") == "WORK_OF_ART"


def test_no_kind_of_work_or_another_subject_leaves_the_list_alone() -> None:
    assert _kind("The films whose directors are Mike Lee and Ken Loche won.", "Mike") == "PERSON"
    assert _kind("The films did well. Mike Lee, Ken Loche and Danny Boil were there.", "Ken") is None
    assert _kind("Songs written by Elton Jon were sung, and Mike Lee and Ken Loche were there.", "Ken") is None
    assert _kind("Many films were shown at festivals such as Cannez and Berlyn.", "Cannez") is None


def test_the_items_of_such_a_list_are_works() -> None:
    text = "Among the overlooked films were Hobsen's Choice, Dirty Harri, The Searchars and King Kongg."
    found = [("Hobsen", "PERSON"), ("Dirty Harri", "PERSON"), ("Searchars", "GPE"), ("King Kongg", "GPE")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Dirty Harri", "Searchars", "King Kongg")] == ["WORK_OF_ART"] * 3


def test_a_title_cut_inside_is_no_missed_title() -> None:
    text = "Her hits have included Hard Luck Life, Dirt Off Your Shoulder and 03 Bonnie and Clide."
    assert _kind(text, "Bonnie") is None


def test_a_lone_item_of_a_list_of_works_is_a_work() -> None:
    text = "Among the overlooked films were Hobsen's Choice, Dirty Harri, The 39 Stepps, The Searchars and King Kongg."
    found = [("Hobsen", "PERSON"), ("Dirty Harri", "PERSON"), ("Searchars", "GPE"), ("King Kongg", "GPE")]
    assert labels_of(("a1", text, found))["Dirty Harri"] == "WORK_OF_ART"


def test_a_first_item_alone_after_the_kind_is_a_work_unless_it_modifies_a_noun() -> None:
    text = "Other films tipped this year include Hustel & Flo, about a rapper. His films include Mexikan movie Y Tu."
    found = [("Hustel & Flo", "ORG"), ("Mexikan", "NORP")]
    labels = labels_of(("a1", text, found))
    assert (labels["Hustel & Flo"], labels["Mexikan"]) == ("WORK_OF_ART", "NORP")
