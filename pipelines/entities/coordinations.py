"""Coordinated names: the small model glues two names joined by "and" into one span ("Saints and
Lions", "Arsenal and Real Madrid", "Travis and Snow Patrol", "Sideways and Finding Neverland")
and gives the pair one label, often wrong. Such a span is junk (pass 2c of
:mod:`pipelines.entities.canonical`) when each of its two names is a name of the corpus on its own
(the match key of another mention) and the pair is named in one article only: a name that holds
"and" recurs across articles ("Securities and Exchange Commission") or has a part that names
nothing alone ("Department of Trade and Industry", "Hopes and Fears"). Not "&", which firms'
names hold ("Johnson & Johnson", "Tate & Lyle"). The corpus's keys are counted once, so the pass
is linear."""

from __future__ import annotations

import re
from collections import defaultdict

from pipelines.entities.surfaces import analyse

_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_PAIR_RE = re.compile(rf"({_NAME}) and (?:[Tt]he )?({_NAME})")
"""Two names of one to four capitalised words joined by "and" (a title's "The" before the second)."""
JUNK_REASON = "coordinated names"


def _part_key(name: str, label: str) -> str | None:
    s = analyse(name, label)
    return None if isinstance(s, str) else s.key


def drop_coordinations(st) -> None:
    """Drop the live mentions whose span is two names of the corpus joined by "and" and named in
    one article only (see the module docstring); ``st`` is the canonicaliser's ``state.State``, not
    imported: that would be a cycle."""
    live = st.live()
    pairs = [(i, m) for i in live if " and " in st.surf[i].name and (m := _PAIR_RE.fullmatch(st.surf[i].name))]
    if not pairs:
        return
    keys = {st.surf[i].key for i in live}
    articles: dict[str, set[str]] = defaultdict(set)
    for i, _ in pairs:
        articles[st.surf[i].key].add(st.art_ids[i])
    for i, m in pairs:
        if len(articles[st.surf[i].key]) > 1:
            continue
        parts = [_part_key(m.group(g), st.labels[i]) for g in (1, 2)]
        if all(k is not None and k in keys for k in parts):
            st.surf[i] = None
            st.junk[JUNK_REASON] += 1
    for aid, idx in st.by_article.items():
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
