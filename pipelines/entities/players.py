"""A player in a line-up apart from a namesake of other articles: "Morton, Moffat, MacRae, ...,
[Thomson], Ford, Douglas" is a rugby player, "companies such as Nokia, Intel, Philips, ...
[Thomson] and Telefonica" the electronics firm, and one word shared by the two is all that joins
them. The small model's key puts every "Thomson" of the corpus in one entity, whose vote the
firm's mentions win, and the player is shown as an organisation.

A name that stands as a player in its article (:func:`lineups.is_player`: a line-up, a
substitutes list, a substitution, a scorer and a minute) and that no pass sent to a full name
(a short form of its article's or, on shared entities, another article's "Imanol Harinordoquy")
stays in the entity of the same name of other articles only when that entity's vote says person
as well: else the name's mentions in the articles that list it as a player take a key of their
own (the name's and " (player)", which no written name has), and make a person apart, as
:mod:`teams` does for a town's club. The other articles keep the name and their label; so does a
country or a home nation listed by mistake ("Scotland" before its team's line-up). The vote is
the one the entity gets (:func:`labels.add_vote` of its mentions' labels and cues), counted in
one pass over the mentions, so the pass is linear."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.labels import add_vote, argmax

if TYPE_CHECKING:
    from pipelines.entities.state import State

PLAYER_SUFFIX = " (player)"
"""What a name's key takes for the player a line-up lists ("thomson" -> "thomson (player)"):
brackets, which no match key holds."""


def _is_nation(key: str) -> bool:
    place = gazetteer.lookup(key)
    return key in gazetteer.HOME_NATIONS or (
        place is not None and place.place_id.startswith(("country:", "continent:"))
    )


def _unlinked(st: State, i: int) -> bool:
    """Mention i is joined to its entity by its key alone (no short form sent to a full name, no
    acronym to its expansion)."""
    return i not in st.resolved and i not in st.attached


def split_players(st: State) -> None:
    """Give the mentions of a name in the articles that list it as a player (``st.players``) a
    key of their own when its entity is also named in other articles and that entity's vote is
    no person's (see the module docstring). Runs after the passes that join entities."""
    listed: dict[str, set[str]] = defaultdict(set)  # entity (root key) -> the articles listing it as a player
    for i in st.players:
        if st.surf[i] is not None and _unlinked(st, i):
            listed[st.root(i)].add(st.art_ids[i])
    votes: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        r = st.root(i)
        if r in listed:
            articles[r].add(st.art_ids[i])
            cues = st.cues.get(i, ())
            resolved = i in st.resolved
            add_vote(votes[r], st.vote_label(i), st.surf[i], resolved, cues, i in st.repeats, st.surface_weight(i))
    for r, arts in listed.items():
        if articles[r] <= arts or argmax(votes[r]) == "PERSON" or _is_nation(r):
            continue
        for aid in arts:
            for i in st.by_article[aid]:
                if st.surf[i] is not None and _unlinked(st, i) and st.root(i) == r:
                    st.node[i] = st.node[i] + PLAYER_SUFFIX
