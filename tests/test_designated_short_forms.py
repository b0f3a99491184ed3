"""A short form joined to a full name the model called a person's whose last word names a thing
("Argonaut" in an article about "Argonaut Games", the model tagging both PERSON): the short form
is the thing's and votes what its full name's designator says, not PERSON; and the first word of
an event's, a law's or a place's name ("Ulster" beside "Ulster Schools' Cup") is not that name."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def entities_of(*articles) -> dict[str, tuple[str, int]]:
    articles, mentions = corpus(*articles)
    ents = canonicalize(mentions, articles).entities
    return {name: (label, n) for name, label, n in ents.select("name", "label", "n_mentions").iter_rows()}


def test_a_firm_tagged_person_is_not_voted_a_person_by_its_short_forms() -> None:
    text = (
        "Staff at Kestrel Games were told of cuts. Kestrel called in administrators on Friday. "
        "Kestrel warned it was low on cash. Kestrel has made games for 18 years. Kestrel needed deals. "
        "Kestrel made a loss. Kestrel cut jobs. Kestrel sold a studio. Kestrel was sold. Kestrel is gone."
    )
    found = [("Kestrel Games", "PERSON")] + [("Kestrel", "PERSON")] * 9
    assert entities_of(("a1", text, found))["Kestrel Games"] == ("ORG", 10)


def test_the_first_word_of_an_event_is_not_the_event() -> None:
    text = (
        "He led Royal Armagh to their first Leinster Schools' Cup success since 1977. "
        "Leinster finished runners-up in their group. Leinster only managed five wins."
    )
    found = [("Leinster Schools' Cup", "PERSON"), ("Leinster", "PERSON"), ("Leinster", "PERSON")]
    ents = entities_of(("a1", text, found))
    assert ents["Leinster Schools' Cup"] == ("EVENT", 1)
    assert ents["Leinster"][1] == 2


def test_a_person_named_like_a_bridge_keeps_his_surname() -> None:
    text = "Chelsea full-back Wayne Bridge is fit. Bridge played on Saturday."
    found = [("Wayne Bridge", "PERSON"), ("Bridge", "PERSON")]
    assert entities_of(("a1", text, found))["Wayne Bridge"] == ("PERSON", 2)


def test_an_acronym_of_a_treaty_votes_with_the_treaty() -> None:
    text = (
        "The trade body is to end its Multi-Yarn Agreement (MYA) at midnight. Charities condemned the end "
        "of the MYA. Under the MYA, quotas were set. Without the MYA, prices may fall."
    )
    found = [("Multi-Yarn Agreement", "ORG"), ("MYA", "ORG"), ("MYA", "ORG"), ("MYA", "ORG")]
    assert entities_of(("a1", text, found))["Multi-Yarn Agreement"] == ("LAW", 4)
