"""Pass 4a, acronyms to their expansion across the corpus: defined in the text ("Armed Forces
of Ukraine (AFU)"), named in one article with it, or the only expansion in the corpus with
those initials ("EU" / "European Union")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.keys import fold
from pipelines.entities.surfaces import LETTER_RE

if TYPE_CHECKING:
    from pipelines.entities.state import NodeStats, State

from pipelines.entities.state import MergeReason

MIN_INITIALS = 2
"""Initials shorter than this are no acronym."""
EVIDENCE_MARGIN = 2
"""An acronym goes to the expansion its evidence names most only when that one has at least
this many times the evidence of the next."""
FUNCTION_WORDS = frozenset("of the and for in on de du des la le to".split())
"""Words an acronym may skip ("Department for Transport" → "DfT" as "dt")."""
NOT_EXPANDED_LABELS = ("PERSON", "NORP")
"""Labels whose names are not expansions of an acronym (and whose acronyms are not expanded)."""


def initials(name: str) -> set[str]:
    """Initials of a written multi-word name (all words, and the capitalised ones only)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and LETTER_RE.search(w)]
    if len(words) < 2:
        return set()
    out = {"".join(fold(w)[:1] for w in words)}
    capital = [w for w in words if w[:1].isupper()]
    if len(capital) >= 2:
        out.add("".join(fold(w)[:1] for w in capital))
    return {i for i in out if len(i) >= MIN_INITIALS}


def initials_of_key(key: str) -> set[str]:
    """Initials of a multi-word match key (all words, and without function words)."""
    words = key.split()
    out = {"".join(w[0] for w in words)}
    content = [w for w in words if w not in FUNCTION_WORDS]
    if len(content) >= 2:
        out.add("".join(w[0] for w in content))
    return out


def _initials_index(nodes: NodeStats) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for k, names in nodes.names.items():
        if " " not in k or nodes.majority(k) in NOT_EXPANDED_LABELS:
            continue
        for name in names:
            for ini in initials(name):
                index[ini].add(k)
    return index


def _best(evidence: Counter | None) -> str | None:
    """The expansion the evidence names clearly most often, if any."""
    if not evidence:
        return None
    (top, n_top), *rest = evidence.most_common(2) + [(None, 0)]
    second = rest[0][1] if rest else 0
    return top if n_top >= EVIDENCE_MARGIN * second else None


def acronym_nodes(st: State) -> set[str]:
    """Match keys of the acronyms written as such (not resolved to a full name)."""
    return {st.surf[i].key for i in st.live() if st.surf[i].acronym and i not in st.resolved}


def join_acronyms(st: State, nodes: NodeStats, defined: dict[str, Counter], cooc: dict[str, Counter]) -> set[str]:
    """Union each acronym with its expansion; returns the acronyms' keys."""
    index = _initials_index(nodes)
    acronyms = acronym_nodes(st)
    for a in sorted(acronyms):
        if nodes.majority(a) in NOT_EXPANDED_LABELS or gazetteer.lookup(a) is not None:
            continue  # "USA" names a country, whatever else has those initials
        target, reason = None, None
        for evidence, why in (
            (defined.get(a), MergeReason.ACRONYM_DEFINED),
            (cooc.get(a), MergeReason.ACRONYM_COOCCURS),
        ):
            top = _best(evidence)
            if top is not None and top != a:
                target, reason = top, why
                break
        if target is None:
            cands = {k for k in index.get(a.replace(" ", ""), ()) if k != a}
            if len(cands) == 1:
                target, reason = next(iter(cands)), MergeReason.ACRONYM_UNIQUE
        if target is not None and a not in target.split():  # "BT" is not short for "BT Together"
            st.union(a, target, reason)
    return acronyms
