"""Names listed with other kinds of things, for the label cues (:mod:`pipelines.entities.cues`): the
small model calls many one-word names of firms, bands, clubs and towns a person, and a town an
organisation, but a list holds things of one kind ("ScanSoft and [Gracenote]", "Hyundai, Toyota,
[Suzuki] and Ford", "Coldplay and [Gorillaz]", "Shrewsbury, Basingstoke, Dorset and [Torbay]"):

* a lone one-word "person" (:mod:`lone_names`: no given name, no full person name of the corpus
  ending in it, no honorific) whose list's other names are all towns of the gazetteer (not countries,
  whose lists hold bodies too: "Britain, France, [Gavi] and the Gates Foundation"; outside a sport
  article, where a town is its club) or all organisations the corpus tags ORG at least twice and never
  PERSON votes that kind (``LISTED_WEIGHT``): "Chopin" tagged ORG once beside "[Debussy]" is no
  evidence, nor an owner before its possessive ("Channel 4's [Supernanny] and ITV1's Hell's Kitchen"),
  and a line-up's player (:mod:`lineups`) and a short form of a longer name in the article ("Burton
  Bongard ... Warner and [Bongard]", whose first name no list knows) are left alone;
* a town of the gazetteer (no country) that the model calls an organisation or a person, in an article
  that is no sport article (where a town is its club: "Norwich, Blackburn, West Brom are away") and no
  line-up, whose list's other names are all towns of the gazetteer too ("Ireland and [Munster] lock"
  names a player's country and club), votes GPE ("mayors at Doncaster, [Hartlepool], North Tyneside");
  some of them may be regions the gazetteer does not know that the model calls places (no home nation),
  beside one town of it at least: "Yorkshire, the West Midlands, [Northumberland] and Durham";
* any other name of one article only (no reading of its own elsewhere in the corpus to outweigh its
  list's) whose list's other names, two at least and more than those of no known kind (countries are of
  none: "the US, Japan and [the EU]"), are all towns of the gazetteer or all organisations the corpus tags
  ORG often, as above, votes that kind: "spells at Arsenal, Real Madrid and [Paris St Germain]" (tagged
  FAC), "AC Milan, Bayer Leverkusen, [Internazionale], Juventus, Lyon" (tagged GPE; a town of the
  gazetteer listed in a sport article is a club there, no evidence of its own but none against), "new
  properties in Amsterdam, [Lyon/Atlas] and Lisbon" (tagged ORG). A name the model calls a place takes ORG
  only in a sport article's list of clubs, some of whose names hold a town ("games like Warcraft,
  EverQuest, [Ultima]", the first two tagged ORG, are games), and a list of towns needs an "and" (commas
  alone often follow a firm with its address: "signed [WJTC-TV], Pensacola, Fla"). Left alone are a place
  of the gazetteer, a nationality, a place among towns ("Indianapolis, New York's [Kennedy Airport],
  Philadelphia"), a person's full name opening with a given name ("Keane, [Katie Melua] and Scissor
  Sisters": singers are listed with bands), an honorific's or a title's, a surname of the article, a
  line-up's player and an owner before its possessive.

Two names with only a comma between them are no list but an apposition or a thing and its town ("save
[Varig], Brazil's flagship airline", "In London, [Brent] crude"). The coordination cue of :mod:`cues`
gives each neighbour's label a small weight only, which the model's own PERSON outweighs. One pass over
each list, so the pass is linear."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.gazetteer import HOME_NATIONS
from pipelines.entities.given_names import given_names

if TYPE_CHECKING:
    from pipelines.entities.state import State

LISTED_WEIGHT = 1.0
"""Weight of the label a lone "person"'s list gives it: more than its own weak PERSON (``LONE_PERSON_WEIGHT``),
no more than one model label, so that a cue of its own wins ("Honda's [Asimo] and Sony's Qrio robots": a
product, though "Qrio" is tagged ORG)."""
MIN_ORG_MENTIONS = 2
"""Mentions the corpus tags ORG (and none PERSON) that make a listed neighbour a firm's, a band's or a
club's name for the list: "Chopin" tagged ORG once beside "[Debussy]" is no evidence."""
POSSESSIVES = ("'s", "’s")
TOWN_MODEL_LABELS = frozenset({"ORG", "PERSON"})
"""Model labels of a town the list of places makes a place again."""
REGION_MODEL_LABELS = frozenset({"GPE", "LOC"})
"""Model labels of a listed name the gazetteer does not know that make it a place for the list ("the West
Midlands", "Merseyside")."""


def kind_counts(st: State) -> tuple[Counter, set[str]]:
    """(keys -> live mentions the model tags ORG, keys of the names it tags PERSON somewhere)."""
    orgs: Counter = Counter()
    persons: set[str] = set()
    for i in st.live():
        if st.labels[i] == "ORG":
            orgs[st.surf[i].key] += 1
        elif st.labels[i] == "PERSON":
            persons.add(st.surf[i].key)
    return orgs, persons


def last_words(st: State, idx: list[int]) -> set[str]:
    """Last words of the names of more than one word among mentions ``idx`` (an article's): a lone
    name that ends one there is its short form ("Burton Bongard ... Warner and [Bongard]")."""
    return {st.surf[j].key.rsplit(" ", 1)[-1] for j in idx if st.surf[j] is not None and st.surf[j].ntok > 1}


def _is_town(key: str) -> bool:
    place = gazetteer.lookup(key)
    return place is not None and not place.place_id.startswith(("country:", "continent:"))


def _neighbour_kind(
    st: State, text: str, j: int, counts: tuple[Counter, set[str]], sport: Callable[[], bool]
) -> str | None:
    """What listed name j is for its lone neighbour: a town of the gazetteer (outside a sport
    article, where a town is its club; not a country, whose list holds bodies too: "Britain, France,
    [Gavi] and the Gates Foundation"), or an organisation the corpus tags ORG often and never PERSON;
    else None, and for an owner before its possessive ("Channel 4's [Supernanny] and ITV1's Hell's
    Kitchen")."""
    if text.startswith(POSSESSIVES, st.ends[j]) or text.endswith(POSSESSIVES, 0, st.ends[j]):  # "[ITV1's]" too
        return None
    key = st.surf[j].key
    if gazetteer.lookup(key) is not None:
        return "GPE" if _is_town(key) and not sport() else None
    orgs, persons = counts
    if st.labels[j] == "ORG" and orgs[key] >= MIN_ORG_MENTIONS and key not in persons:
        return "ORG" if key.split(" ", 1)[0] not in given_names() else None
    return None


def article_counts(st: State) -> Counter:
    """Key -> articles its live mentions stand in: a name of one article has no reading of its own
    elsewhere to outweigh its list's."""
    seen = {(st.surf[i].key, st.art_ids[i]) for i in st.live()}
    return Counter(key for key, _ in seen)


def _apposition(text: str, st: State, chain: list[int]) -> bool:
    """Two names with a comma only between them: an apposition or a thing and its town ("save
    [Varig], Brazil's flagship airline", "In London, [Brent] crude"), no list."""
    return len(chain) == 2 and text[st.ends[chain[0]] : st.starts[chain[1]]].strip() == ","


def lone_listed_votes(
    st: State,
    text: str,
    chain: list[int],
    counts: tuple[Counter, set[str]],
    sport: Callable[[], bool],
    player: Callable[[int], bool],
    surnames: set[str],
) -> list[tuple[int, str]]:
    """(mention, label) for the lone "persons" of a list (``chain``: its mentions in order) whose
    other names are all places or all organisations (see the module docstring), to weigh
    ``LISTED_WEIGHT``; ``counts`` is :func:`kind_counts`, ``sport`` says whether the article is a
    sport article, ``player`` whether a mention is a line-up's, ``surnames`` holds the last words of
    the article's longer names (:func:`last_words`)."""
    out: list[tuple[int, str]] = []
    if _apposition(text, st, chain):
        return out
    for i in chain:
        if i in st.lone_persons and st.surf[i].key not in surnames and not player(i):
            kinds = {_neighbour_kind(st, text, j, counts, sport) for j in chain if j != i}
            if len(kinds) == 1 and None not in kinds:
                out.append((i, kinds.pop()))
    return out


def _places_around(st: State, i: int, chain: list[int]) -> bool:
    """The names listed with mention i are all places: towns of the gazetteer, or regions it does not
    know that the model calls places ("Yorkshire, [the West Midlands], Northumberland and Durham"), with
    at least one town of the gazetteer among them; no country, whose lists hold bodies too."""
    towns = 0
    for j in chain:
        if j == i:
            continue
        key = st.surf[j].key
        if _is_town(key):
            towns += 1
        elif st.labels[j] not in REGION_MODEL_LABELS or gazetteer.lookup(key) is not None or key in HOME_NATIONS:
            return False
    return towns > 0


def listed_towns(
    st: State, text: str, chain: list[int], sport: Callable[[], bool], player: Callable[[int], bool]
) -> list[int]:
    """The towns of the gazetteer in a list (``chain``) the model calls an organisation or a person
    whose other names are all towns of the gazetteer, outside a sport article and a line-up (see
    the module docstring)."""
    if _apposition(text, st, chain):
        return []
    out = []
    for i in chain:
        s = st.surf[i]
        if (
            st.labels[i] in TOWN_MODEL_LABELS
            and s.ntok == 1
            and _is_town(s.key)
            and _places_around(st, i, chain)
            and not sport()
            and not player(i)
        ):
            out.append(i)
    return out


ODD_FROM_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
"""Model labels of a name of one article that its list's kind may replace (no nationality: "the ADB, World
Bank and [Japanese] aid agencies")."""
MIN_ODD_NEIGHBOURS = 2
"""Other names of the list, all of one kind, that give a name of one article that kind."""
CLUB = "club"
"""What a town of the gazetteer listed in a sport article is for its neighbours: a club, no evidence of
its own but no place against a list of clubs."""
PLACE_FROM_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""Model labels of a name that a list of organisations makes one only in a sport article, where places
listed with clubs are clubs; elsewhere lists of things the model calls firms are often games or works
("games like Warcraft, EverQuest, [Ultima]", the first two tagged ORG)."""


def _club(st: State, j: int, sport: Callable[[], bool]) -> str | None:
    """``CLUB`` for a town of the gazetteer in a sport article, where a listed town is its club
    ("AC Milan, Bayer Leverkusen, [Internazionale], Juventus, Lyon"), else None."""
    return CLUB if _is_town(st.surf[j].key) and sport() else None


def _and_list(text: str, st: State, chain: list[int]) -> bool:
    """The list joins two of its names with "and" or "&": names with commas only between them are often
    a firm and its address ("[WJTC-TV], Pensacola, Fla"), no list of places."""
    return any(re.search(r"\band\b|&", text[st.ends[a] : st.starts[b]]) is not None for a, b in zip(chain, chain[1:]))


def _named_after_towns(st: State, chain: list[int]) -> bool:
    """Some name of the list is a town of the gazetteer or holds one as a word, as clubs' names do ("AC
    [Milan]", "Real [Madrid]", "[Paris] St Germain"): a list of clubs, not of games the model calls firms."""
    return any(_is_town(w) for j in chain for w in (st.surf[j].key, *st.surf[j].key.split()))


def _may_take_kind(st: State, text: str, i: int, kind: str, articles: Counter, surnames: set[str]) -> bool:
    """Mention i, a name of one article, may take its list's ``kind`` (see the module docstring)."""
    s = st.surf[i]
    label = st.labels[i]
    if label == kind or label not in ODD_FROM_LABELS or articles[s.key] != 1 or s.honorific or s.titled:
        return False
    if (kind == "GPE" and label in PLACE_FROM_LABELS) or gazetteer.lookup(s.key) is not None or s.key in HOME_NATIONS:
        return False
    if label == "PERSON" and (s.key in surnames or s.key.split(" ", 1)[0] in given_names()):
        return False
    return not (text.startswith(POSSESSIVES, st.ends[i]) or text.endswith(POSSESSIVES, 0, st.ends[i]))


def odd_listed_votes(
    st: State,
    text: str,
    chain: list[int],
    counts: tuple[Counter, set[str]],
    sport: Callable[[], bool],
    player: Callable[[int], bool],
    surnames: set[str],
    articles: Counter,
) -> list[tuple[int, str]]:
    """(mention, kind) for the names of one article in a list (``chain``) whose other names, at least
    ``MIN_ODD_NEIGHBOURS``, are all towns of the gazetteer or all organisations (:func:`_neighbour_kind`),
    not lone "persons" (:func:`lone_listed_votes`); ``articles`` is :func:`article_counts`, the rest as
    for :func:`lone_listed_votes`."""
    out: list[tuple[int, str]] = []
    if len(chain) <= MIN_ODD_NEIGHBOURS or _apposition(text, st, chain):
        return out
    kinds = [_neighbour_kind(st, text, j, counts, sport) or _club(st, j, sport) for j in chain]
    for n, i in enumerate(chain):
        others = Counter(k for m, k in enumerate(kinds) if m != n)
        decided = set(others) - {CLUB, None}
        if len(decided) != 1 or i in st.lone_persons or player(i):
            continue
        kind = decided.pop()
        if others[kind] < MIN_ODD_NEIGHBOURS or others[kind] <= others[None] or (others[CLUB] and kind != "ORG"):
            continue  # "Britain, France, [Gavi] and the Gates Foundation": a mixed list
        if kind == "GPE" and not _and_list(text, st, chain):
            continue  # "signed [WJTC-TV], Pensacola, Fla": a firm and its address
        if kind == "ORG" and st.labels[i] in PLACE_FROM_LABELS and not (sport() and _named_after_towns(st, chain)):
            continue  # "games like Warcraft, EverQuest, [Ultima]", both tagged ORG
        if _may_take_kind(st, text, i, kind, articles, surnames):
            out.append((i, kind))
    return out
