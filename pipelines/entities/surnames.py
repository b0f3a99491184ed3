"""Pass 5, short forms across articles: a bare surname left unresolved goes to the one full
name in the corpus with that surname, or to one that has at least ``DOMINANCE`` times the
articles of the next; never on a first name, never where it was ambiguous in its own
article, never for a known place, never for a word the model mostly calls something else."""

from __future__ import annotations

from collections import Counter, defaultdict

from pipelines.entities import gazetteer
from pipelines.entities.state import MergeReason, NodeStats, State

DOMINANCE = 5
"""Across articles a bare surname goes to the most frequent full name only when that name is in
at least this many times as many articles as the next one with the same surname."""
NOT_PERSON_SHARE = 0.8
"""A word whose votes are more than this share for labels other than PERSON ("America" as GPE,
"Labour" as ORG) is not a surname ..."""
NOT_PERSON_MIN_MENTIONS = 5
"""... once it has at least this many mentions."""


def _surname_index(st: State, nodes: NodeStats, person_evidence: Counter) -> dict[str, Counter]:
    """Last word -> root of each full person name -> the articles that root is named in."""
    root_articles: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        root_articles[st.uf.find(st.node[i])].add(st.art_ids[i])
    index: dict[str, Counter] = defaultdict(Counter)
    for k in nodes.mentions:
        if " " in k and person_evidence.get(k) and nodes.majority(k) == "PERSON":
            root = st.uf.find(k)
            index[k.rsplit(" ", 1)[1]][root] = len(root_articles[root])
    return index


def _mostly_not_person(nodes: NodeStats, key: str) -> bool:
    votes = nodes.votes.get(key, Counter())
    total = sum(votes.values()) or 1.0
    return 1 - votes.get("PERSON", 0) / total > NOT_PERSON_SHARE and nodes.mentions[key] >= NOT_PERSON_MIN_MENTIONS


def _target(st: State, nodes: NodeStats, key: str, cands: Counter | None, acronyms: set[str]) -> str | None:
    if not cands or st.uf.find(key) != key or key in acronyms or _mostly_not_person(nodes, key):
        return None
    place = gazetteer.lookup(key)
    if place is not None and (place.strength >= gazetteer.STRONG or nodes.majority(key) != "PERSON"):
        return None
    ranked = cands.most_common(2)
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def resolve_across_articles(st: State, nodes: NodeStats, person_evidence: Counter, acronyms: set[str]) -> None:
    index = _surname_index(st, nodes, person_evidence)
    decided: dict[str, str | None] = {}
    for i in st.live():
        s = st.surf[i]
        if i in st.resolved or i in st.ambiguous or s.ntok != 1 or s.acronym or st.labels[i] == "NORP":
            continue
        if s.key not in decided:
            decided[s.key] = _target(st, nodes, s.key, index.get(s.key), acronyms)
        target = decided[s.key]
        if target is not None:
            st.node[i] = target
            st.resolved[i] = MergeReason.SHORT_FORM_ACROSS
