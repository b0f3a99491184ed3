"""Pass 4a, acronyms to their expansion: the one their own article defines ("Armed Forces of
Ukraine (AFU)") or names; else the corpus's (defined or named with it elsewhere, or the only
name with those initials: "EU" / "European Union") when the acronym's article shares
distinctive entities with the articles naming the expansion (:mod:`pipelines.entities.context`).
Each mention is attached on its own evidence: "NEC" in a Labour story is the National Executive
Committee, "NEC" in a chip story stays NEC."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.context import Context, pick
from pipelines.entities.keys import fold
from pipelines.entities.state import MergeReason
from pipelines.entities.surfaces import LETTER_RE
from pipelines.wordlists import ACRONYM_FUNCTION_WORDS

if TYPE_CHECKING:
    from pipelines.entities.state import Clues, NodeStats, State

MIN_INITIALS = 2
"""Initials shorter than this are no acronym."""
EVIDENCE_MARGIN = 2
"""An acronym goes to the expansion its evidence names most only when that one has at least
this many times the evidence of the next."""
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
    content = [w for w in words if w not in ACRONYM_FUNCTION_WORDS]
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


def _corpus_target(a: str, clues: Clues, index: dict[str, set[str]]) -> str | None:
    """The expansion the whole corpus gives acronym ``a``: the one defined or named with it
    clearly most often, else the only multi-word name with those initials."""
    for evidence in (clues.acr_defined.get(a), clues.acr_cooc.get(a)):
        top = _best(evidence)
        if top is not None and top != a:
            return top
    cands = {k for k in index.get(a.replace(" ", ""), ()) if k != a}
    return next(iter(cands)) if len(cands) == 1 else None


def _article_target(aid: str, a: str, clues: Clues) -> tuple[str | None, MergeReason | None]:
    """The expansion the acronym's own article gives it (defined there, or the one name there
    with those initials)."""
    top = _best(clues.defined_here.get((aid, a)))
    if top is not None and top != a:
        return top, MergeReason.ACRONYM_DEFINED
    here = clues.cooc_here.get((aid, a), set()) - {a}
    if len(here) == 1:
        return next(iter(here)), MergeReason.ACRONYM_COOCCURS
    return None, None


def link_acronyms(st: State, nodes: NodeStats, clues: Clues, context: Context) -> set[str]:
    """Attach each acronym mention to its expansion: the one its article gives, else the
    corpus's when the article shares distinctive entities with the articles naming it.
    Returns the acronyms' keys."""
    index = _initials_index(nodes)
    acronyms = acronym_nodes(st)
    corpus: dict[str, str | None] = {}
    key_articles: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        key_articles[st.node[i]].add(st.art_ids[i])
    for i in st.live():
        s = st.surf[i]
        a = s.key
        if a not in acronyms or i in st.resolved or nodes.majority(a) in NOT_EXPANDED_LABELS:
            continue
        if gazetteer.lookup(a) is not None:
            continue  # "USA" names a country, whatever else has those initials
        aid = st.art_ids[i]
        target, reason = _article_target(aid, a, clues)
        if target is None:
            if a not in corpus:
                corpus[a] = _corpus_target(a, clues, index)
            found = corpus[a]
            if found is not None:
                score = context.shared(aid, found, key_articles[found], {a, found})
                if pick({found: score}) is not None:
                    target, reason = found, MergeReason.ACRONYM_CO_MENTIONS
        if target is not None and a not in target.split():  # "BT" is not short for "BT Together"
            st.attached[i] = (target, reason)
    return acronyms
