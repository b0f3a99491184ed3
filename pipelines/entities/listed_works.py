"""Names listed with works or products: a list holds things of one kind, so a name the model calls
a firm, a person or a place whose list's other names are mostly works or products (at least
``MIN_WORKS`` of them, and more than the others) is one too ("star of [Crouching Tiger], Hidden Dragon,
Hero and House of Flying Daggers", "[The Incredible Hulk], The Mighty Thor, Iron Man"). A listed
name is a work's or a product's when the model calls it one where it stands, or the corpus calls its
name a title (``work_titles``: ``State.kind_votes``), or the words around it do (``cues``).

A name of one article only (no reading of its own elsewhere in the corpus) that the model calls a
product where it stands, listed with at least ``MIN_WORKS`` works and no product (more than the names
of no kind), is a work, and so the other way round: "Star Trek spin-off series The Next Generation, Deep
Space Nine and [Voyager]" (tagged PRODUCT).

The other names that may take the list's kind too (no firm the corpus tags ORG at least
``MIN_ORG_MENTIONS`` times, nor anything left alone below) count for neither side: "the Chevrolet
Avalanche, [Express], [Kodiak], [Silverade] and Suburban" are all cars, the two the model calls products
outvoting none.

Left alone: a person's full name opening with a given name ("Julie Walters, Billy Elliot" beside works),
a person the words around call one (an honorific, an age, a role), a place of the gazetteer ("Good
Morning, [Vietnam]"), a name in a sport article (a line-up: "Hart, Rees, [Dallaglio]"), an owner before
its possessive and two names with a comma only between them (an apposition: "[Varig], Brazil's
flagship airline"), as for the other listed names (:mod:`listed_names`). The mention's model label is
read as the list's kind (``State.kind_votes``), as a title's is. Runs after :mod:`work_titles`, over the
lists :mod:`cues` found (``State.lists``), so linear."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.club_cues import sport_article
from pipelines.entities.cues import CUE_WEIGHT
from pipelines.entities.given_names import given_names
from pipelines.entities.listed_names import MIN_ORG_MENTIONS, POSSESSIVES, article_counts, kind_counts
from pipelines.entities.work_titles import read_as_work

if TYPE_CHECKING:
    from pipelines.entities.state import State

WORK_KINDS = ("WORK_OF_ART", "PRODUCT")
"""Kinds a list of works or products gives its other names."""
FROM_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})
"""Model labels of a listed name that its list's works make a work's."""
MIN_WORKS = 2
"""Works or products among a name's listed neighbours that make the list one of works."""


def _owner(text: str, st: State, j: int) -> bool:
    return text.startswith(POSSESSIVES, st.ends[j]) or text.endswith(POSSESSIVES, 0, st.ends[j])


def _work_kind(st: State, text: str, j: int) -> str | None:
    """WORK_OF_ART or PRODUCT when listed mention j is a work's or a product's (see the module
    docstring), else None (and for an owner: "Nintendo's so-called Revolution")."""
    if _owner(text, st, j):
        return None
    kind = st.vote_label(j)
    if kind in WORK_KINDS:
        return kind
    if read_as_work(st, j):
        return "WORK_OF_ART"
    if any(c == "PRODUCT" and w >= CUE_WEIGHT for c, w in st.cues.get(j, ())):
        return "PRODUCT"
    return None


def _may_be_work(st: State, text: str, i: int) -> bool:
    """Mention i may take its list's kind: a firm's, a person's or a place's reading that is no full
    person name with a given name, no person the words around call one, no gazetteer place, no owner."""
    s = st.surf[i]
    if st.vote_label(i) not in FROM_LABELS or s.honorific or s.titled or _owner(text, st, i):
        return False
    if any(c == "PERSON" and w >= CUE_WEIGHT for c, w in st.cues.get(i, ())):
        return False
    if s.ntok > 1 and s.key.split(" ", 1)[0] in given_names():
        return False
    return gazetteer.lookup(s.key) is None


def _firm(st: State, j: int, orgs: Counter) -> bool:
    """Mention j is a firm's: the model calls it one, and the corpus at least ``MIN_ORG_MENTIONS`` times."""
    return st.labels[j] == "ORG" and orgs[st.surf[j].key] >= MIN_ORG_MENTIONS


def _apposition(text: str, st: State, chain: list[int]) -> bool:
    return len(chain) == 2 and text[st.ends[chain[0]] : st.starts[chain[1]]].strip() == ","


def _other_work_kind(
    st: State,
    text: str,
    chain: list[int],
    n: int,
    kinds: list[str | None],
    undecided: list[bool],
    articles: Counter,
    sport: dict[str, bool],
) -> bool:
    """The model calls listed mention chain[n], a name of one article, a work (a product) where it stands,
    and its list's other names are at least ``MIN_WORKS`` products (works), none a work (a product), more
    than those of no kind: "Star Trek spin-off series The Next Generation, Deep Space Nine and [Voyager]"."""
    i = chain[n]
    if st.labels[i] != kinds[n] or articles[st.surf[i].key] != 1 or _owner(text, st, i):
        return False
    others = Counter(k for m, k in enumerate(kinds) if m != n and not undecided[m])
    other = WORK_KINDS[1 - WORK_KINDS.index(kinds[n])]
    if others[other] < MIN_WORKS or others[kinds[n]] or others[other] <= others[None]:
        return False
    aid = st.art_ids[i]
    if aid not in sport:
        sport[aid] = sport_article(text)
    return not sport[aid]


def listed_works(st: State) -> dict[int, str]:
    """Mention -> WORK_OF_ART or PRODUCT for the names listed with works or products (see the module
    docstring)."""
    out: dict[int, str] = {}
    orgs, _ = kind_counts(st)
    articles = article_counts(st)
    sport: dict[str, bool] = {}
    for chain in st.lists:
        aid = st.art_ids[chain[0]]
        text = st.article_text.get(aid, "")
        if _apposition(text, st, chain):
            continue
        kinds = [_work_kind(st, text, j) for j in chain]
        may = [k is None and _may_be_work(st, text, j) for k, j in zip(kinds, chain)]
        undecided = [m and not _firm(st, j, orgs) for m, j in zip(may, chain)]  # count for neither side
        for n, i in enumerate(chain):
            if kinds[n] in WORK_KINDS and _other_work_kind(st, text, chain, n, kinds, undecided, articles, sport):
                out[i] = WORK_KINDS[1 - WORK_KINDS.index(kinds[n])]
                continue
            if not may[n]:
                continue
            others = Counter(k for m, k in enumerate(kinds) if m != n and not undecided[m])
            works = others["WORK_OF_ART"] + others["PRODUCT"]
            if works < MIN_WORKS or works <= others[None]:
                continue
            if aid not in sport:
                sport[aid] = sport_article(text)
            if not sport[aid]:
                out[i] = "PRODUCT" if others["PRODUCT"] > others["WORK_OF_ART"] else "WORK_OF_ART"
    return out


def note_listed_works(st: State) -> None:
    """Read the model labels of the names listed with works or products as the list's kind (``kind_votes``)."""
    for i, kind in listed_works(st).items():
        st.kind_votes[i] = kind
