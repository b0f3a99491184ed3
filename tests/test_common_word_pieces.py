"""Single common words the model makes entities (issue 11): a common word tagged a place is junk
even where its article names something longer with it ("Broadband Nation", then "Broadband is
..."), and a common word joined by "and" or "of" to another common capitalised word is a piece of
a longer name the model cut ("the Select Group on Betting and [Gaming]"), no name alone. A firm
named by a common word keeps its short name ("Arrow Directory", then "Arrow's shares")."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from pipelines.entities.junk import linked_words
from tests.test_entities import corpus

COMMON = (
    "b1",
    "Fast broadband and cheap broadband, more broadband and better broadband. Online gaming, mobile gaming "
    "and more gaming; betting shops, betting tax and betting. An arrow, the arrow, each arrow and every arrow. "
    "Cheap energy, energy firms and energy use, energy, energy, energy; the secretary, a secretary.",
    [],
)


def names(result) -> set[str]:
    return set(result.entities.get_column("name").to_list())


def test_a_common_word_tagged_a_place_is_junk_beside_a_longer_name_with_it() -> None:
    text = 'The study, Broadband Nation, came out. "Broadband is changing how we shop," said Tam Orlow.'
    labels = [("Broadband Nation", "WORK_OF_ART"), ("Broadband", "GPE"), ("Tam Orlow", "PERSON")]
    articles, mentions = corpus(("a1", text, labels), COMMON)
    assert names(canonicalize(mentions, articles)) == {"Broadband Nation", "Tam Orlow"}


def test_a_firm_named_by_a_common_word_keeps_its_short_name() -> None:
    text = "Arrow Directory sales rose. Arrow's shares fell."
    articles, mentions = corpus(("a1", text, [("Arrow Directory", "ORG"), ("Arrow", "ORG")]), COMMON)
    assert canonicalize(mentions, articles).mentions.height == 2


def test_a_common_word_linked_to_another_is_a_piece_of_a_longer_name() -> None:
    text = "The Select Group on Betting and Gaming met. The US Secretary of Energy came too."
    labels = [("Select Group on Betting", "ORG"), ("Gaming", "GPE"), ("Energy", "ORG")]
    articles, mentions = corpus(("a1", text, labels), COMMON)
    assert names(canonicalize(mentions, articles)) == {"Select Group on Betting"}


def test_a_common_word_linked_to_a_name_stays() -> None:
    text = "Shares in Zandor and Gaming rose."
    articles, mentions = corpus(("a1", text, [("Zandor", "ORG"), ("Gaming", "ORG")]), COMMON)
    assert "Gaming" in names(canonicalize(mentions, articles))


def test_linked_words() -> None:
    text = "the Secretary of Energy said; Hide and The Sims; Vexo, Energy and Gaming"
    start = text.index("Energy")
    assert linked_words(text, start, start + len("Energy")) == ["Secretary"]
    start = text.index("Hide")
    assert linked_words(text, start, start + len("Hide")) == []
    for word in ("Energy", "Gaming"):  # a comma list: as often of names as not
        start = text.rindex(word)
        assert linked_words(text, start, start + len(word)) == []
