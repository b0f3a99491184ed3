"""A player in a line-up apart from a namesake of other articles: "Morton, Moffat, MacRae, ...,
[Thomson], Ford, Douglas" is a rugby player, "companies such as Nokia, Intel, Philips, ...
[Thomson] and Telefonica" the electronics firm, and one word shared by the two is all that joins
them. The small model's key puts every "Thomson" of the corpus in one entity, whose vote the
firm's mentions win, and the player is shown as an organisation.

A name that stands as a player in its article (:func:`lineups.is_player`: a line-up, a
substitutes list, a substitution, a scorer and a minute) joins the same name of other articles
only when the corpus's vote for that name says person as well: else the name's mentions in the
articles that list it as a player take a key of their own (the name's and " (player)", which
no written name has), and make a person apart, as :mod:`teams` does for a town's club. The
name's other articles keep the name and their label; so does a country or a home nation
listed by mistake ("Scotland" before its team's line-up). The vote is the one the entity would
get (:func:`labels.add_vote` of every mention's label and cues), counted per key in one pass,
so the pass is linear."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.labels import add_vote, argmax
from pipelines.entities.teams import HOME_NATIONS

if TYPE_CHECKING:
    from pipelines.entities.state import State

PLAYER_SUFFIX = " (player)"
"""What a name's key takes for the player a line-up lists ("thomson" -> "thomson (player)"):
brackets, which no match key holds."""


def _is_nation(key: str) -> bool:
    place = gazetteer.lookup(key)
    return key in HOME_NATIONS or (place is not None and place.place_id.startswith(("country:", "continent:")))


def split_players(st: State) -> None:
    """Give the mentions of a name in the articles that list it as a player (``st.players``) a
    key of their own when the name is also written in other articles and the corpus's vote for
    it (all its mentions, players included) is no person's (see the module docstring)."""
    listed: dict[str, set[str]] = defaultdict(set)  # key -> the articles listing it as a player
    for i in st.players:
        listed[st.node[i]].add(st.art_ids[i])
    votes: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        k = st.node[i]
        if k in listed:
            articles[k].add(st.art_ids[i])
            cues = st.cues.get(i, ())
            add_vote(votes[k], st.vote_label(i), st.surf[i], False, cues, i in st.repeats, st.surface_weight(i))
    for k, arts in listed.items():
        if articles[k] <= arts or argmax(votes[k]) == "PERSON" or _is_nation(k):
            continue
        for aid in arts:
            for i in st.by_article[aid]:
                if st.node[i] == k:
                    st.node[i] = k + PLAYER_SUFFIX
