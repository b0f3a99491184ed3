"""Items of a comma list glued into one span are split into the items (issue 11): a span with a comma
when the list goes on after it, and a pair joined by "and" right after an item and its comma when the
list ends after it; bodies' names, laws, quoted titles and "and the" stay whole."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from pipelines.entities.glued_lists import list_pieces
from tests.test_entities import corpus


def names_of(*articles) -> set[str]:
    articles, mentions = corpus(*articles)
    return set(canonicalize(mentions, articles).entities["name"].to_list())


def pieces(text: str, span: str) -> list[str] | None:
    start = text.index(span)
    found = list_pieces(span, text, start, start + len(span))
    return None if found is None else [span[a:b] for a, b in found]


def test_a_span_with_a_comma_is_its_items_when_the_list_goes_on() -> None:
    text = "Their singles include Year 4000, Fell Off The Roof, You Said Yes, and Who's Barry?"
    assert pieces(text, "Fell Off The Roof, You Said Yes") == ["Fell Off The Roof", "You Said Yes"]
    text = "The voice behind Mack the Spoon, Dream Walker and Beyond the Lake died."
    assert pieces(text, "Mack the Spoon, Dream Walker") == ["Mack the Spoon", "Dream Walker"]
    text = "Soldiers, by Destiny's Kin, Ta and Lil Wane, debuted at four."
    assert pieces(text, "Kin, Ta and Lil Wane") == ["Kin", "Ta", "Lil Wane"]


def test_a_pair_after_a_listed_item_and_its_comma_is_two_items() -> None:
    text = "The directors of Shameful, Bustle and Torsos are all nominated."
    assert pieces(text, "Bustle and Torsos") == ["Bustle", "Torsos"]
    text = "She named the tabloids Them Weekly, In Reach and Planet as the worst."
    assert pieces(text, "In Reach and Planet") == ["In Reach", "Planet"]


def test_names_of_one_thing_stay_whole() -> None:
    text = "A spokesman for the Department for Sport, Media and Leisure, the firm and others said."
    assert pieces(text, "Department for Sport, Media and Leisure") is None
    text = "The Academy of Motion Painting, Arts and Letters has sent out ballots."
    assert pieces(text, "Academy of Motion Painting, Arts and Letters") is None
    text = "Her second album Mind, Heart & Soul reached number one."
    assert pieces(text, "Mind, Heart & Soul") is None  # the list does not go on after it
    text = "Under the Anti-Terror, Crime and Safety Act introduced in 2001."
    assert pieces(text, "Crime and Safety Act") is None
    text = "The State Administration of Radio, Film and Cinema regulates it."
    assert pieces(text, "Film and Cinema") is None
    text = "In a statement, the Bureau of Trade and Farming said so."
    assert pieces(text, "the Bureau of Trade and Farming") is None
    text = "He hosted Cosby Show, Fat Bert and the Cosby Kids at night."
    assert pieces(text, "Fat Bert and the Cosby Kids") is None
    text = "Hits like Romeo and Julia, Tatanic and Gangs of Old York followed."
    assert pieces(text, "Tatanic and Gangs of Old York") is None  # an earlier pair before the item


def test_the_items_become_entities_of_their_own() -> None:
    text = "Singles include Year 4000, Fell Off The Roof, You Said Yes, and Who's Barry?"
    names = names_of(("a1", text, [("Fell Off The Roof, You Said Yes", "WORK_OF_ART")]))
    assert {"Fell Off The Roof", "You Said Yes"} <= names


def test_a_person_glued_into_a_list_of_works_is_a_person() -> None:
    text = "Beyonce, Prince, Destiny's Kin, Jill Scotter and New Edition all received two nominations."
    articles, mentions = corpus(("a1", text, [("Kin, Jill Scotter", "WORK_OF_ART")]))
    result = canonicalize(mentions, articles)
    labels = dict(zip(result.entities["name"], result.entities["label"]))
    assert labels.get("Jill Scotter") == "PERSON"


def test_odd_spans_are_left_alone() -> None:
    text = " said Angela , , and , , said"
    assert pieces(text, "Angela , ,") is None
    assert pieces(text, ", ,") is None


def test_bodies_the_corpus_names_on_their_own_glued_across_a_comma_are_split() -> None:
    text = "Parties with two members in the House of Lords, European Assembly, Scottish Assembly or the council."
    others = ("b1", "The House of Lords voted. The European Assembly met.", [("The House of Lords", "ORG")])
    others[2].append(("The European Assembly", "ORG"))
    glued = ("a1", text, [("the House of Lords, European Assembly", "ORG"), ("Scottish Assembly", "ORG")])
    names = names_of(glued, others)
    assert {"House of Lords", "European Assembly"} <= names
    assert not any("," in n for n in names)
    text = "Under the Anti-Terror, Crime and Safety Act introduced in 2001, the Anti-Terror unit grew."
    glued = ("a2", text, [("Anti-Terror, Crime and Safety Act", "LAW"), ("Anti-Terror", "ORG")])
    assert "Anti-Terror, Crime and Safety Act" in names_of(glued)  # the list does not go on
