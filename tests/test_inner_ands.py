"""Bodies whose name holds an inner "and" ("the Public and Commercial Services Union", "the British
and Irish Lions"): the small model often spans only the words after the "and"; the span takes the
words before it in when a body's kind word ends the name, or when nationalities stand either side
of the "and". Lists stay apart."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def names_of(*articles) -> set[str]:
    articles, mentions = corpus(*articles)
    return set(canonicalize(mentions, articles).entities["name"].to_list())


def test_a_bodys_name_cut_at_its_inner_and_is_whole() -> None:
    found = names_of(
        (
            "a1",
            "A strike was called by the Retail and Transport Workers Union on Friday.",
            [("Transport Workers Union", "ORG")],
        ),
        ("a2", "The Trade and Industry Ministry said on Monday it would act.", [("Industry Ministry", "ORG")]),
        ("a3", "A survey by the Pew Web and Family Life Project found growth.", [("Family Life Project", "ORG")]),
        ("a7", "A special S and P Advisory Committee met.", [("P Advisory Committee", "ORG")]),
        ("a4", "Members of the Public and Civil Services union walked out.", [("Civil Services", "ORG")]),
        ("a5", "The Public and Civil Services Union struck.", [("Public", "ORG"), ("Civil Services Union", "ORG")]),
        ("a6", "The public were told; the public sector and the public purse were hit.", []),
    )
    assert {
        "Retail and Transport Workers Union",
        "Trade and Industry Ministry",
        "Pew Web and Family Life Project",
        "Public and Civil Services",
        "Public and Civil Services Union",
        "S and P Advisory Committee",
    } <= found
    assert "Public" not in found


def test_nationalities_either_side_of_and_open_a_teams_name() -> None:
    found = names_of(
        ("a1", "He hopes to tour with the British and Irish Lions next summer.", [("Irish Lions", "ORG")]),
        ("a2", "Few expect the British and Irish Lions to win.", [("British", "NORP"), ("Irish Lions", "ORG")]),
        ("a3", "The British team won. British fans cheered.", [("British", "NORP"), ("British", "NORP")]),
    )
    assert "British and Irish Lions" in found and "Irish Lions" not in found


def test_lists_roles_and_known_names_stay_apart() -> None:
    found = names_of(
        (
            "a1",
            "Clubs in Leeds, Otley and Wharfedale Rugby Club were hit.",
            [("Leeds", "GPE"), ("Wharfedale Rugby Club", "ORG")],
        ),
        ("a2", "The Prime Minister and Labour Party leader spoke.", [("Labour Party", "ORG")]),
        (
            "a3",
            "Both Tories and Green Party members agreed. Tories said so.",
            [("Tories", "NORP"), ("Green Party", "ORG"), ("Tories", "NORP")],
        ),
        ("a5", "He said ABC and Deutsche Post were bidders.", [("ABC", "ORG"), ("Deutsche Post", "ORG")]),
        ("a4", "Both Scottish and Welsh Labour agreed.", [("Scottish", "NORP"), ("Welsh Labour", "ORG")]),
    )
    assert {"Wharfedale Rugby Club", "Labour Party", "Green Party", "Deutsche Post"} <= found
    assert not {n for n in found if " and " in n}
