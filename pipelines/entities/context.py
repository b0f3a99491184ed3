"""Co-mention evidence for links across articles: two articles are about the same people and
things when they share *distinctive* entities (ones named in few articles of the corpus). A
short form or an acronym joins an entity from another article only with such evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from pipelines.entities.state import State

DISTINCTIVE_MAX_SHARE = 0.05
"""An entity named in more than this share of the articles ("UK", "Labour") is too common to be
evidence that two articles are about the same thing ..."""
DISTINCTIVE_MIN_ARTICLES = 3
"""... except that in a small corpus an entity in this many articles still counts."""
MIN_SHARED_ENTITIES = 2
"""Distinctive entities an article must share with the articles naming the full form."""


class Context:
    """Distinctive match keys per article (after short forms were resolved within articles)."""

    def __init__(self, st: State) -> None:
        keys: dict[str, set[str]] = defaultdict(set)
        for i in st.live():
            keys[st.art_ids[i]].add(st.node[i])
        df = Counter(k for ks in keys.values() for k in ks)
        limit = max(DISTINCTIVE_MIN_ARTICLES, DISTINCTIVE_MAX_SHARE * len(keys))
        self.distinct = {aid: {k for k in ks if df[k] <= limit} for aid, ks in keys.items()}
        self._around: dict[object, set[str]] = {}

    def around(self, name: object, articles: Iterable[str]) -> set[str]:
        """Distinctive keys of the articles that name ``name`` (cached under ``name``)."""
        found = self._around.get(name)
        if found is None:
            found = set().union(*(self.distinct.get(a, ()) for a in articles))
            self._around[name] = found
        return found

    def shared(self, article: str, name: object, articles: Iterable[str], exclude: set[str]) -> int:
        """How many distinctive entities ``article`` shares with the articles naming ``name``."""
        mine = self.distinct.get(article, set()) - exclude
        if not mine:
            return 0
        return len(mine & self.around(name, articles))


def pick(scores: dict[str, int], minimum: int = MIN_SHARED_ENTITIES) -> str | None:
    """The candidate with clearly most shared entities (at least ``minimum``, more than the
    next), or None."""
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < minimum:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
