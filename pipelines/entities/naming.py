"""Passes 6-7, entities out of the unions: a label vote per entity that the gazetteer corrects
for places, the most frequent full form as the name, and an id that is a hash of the coarse
type and the match key of that name (so it does not depend on row order)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pipelines.entities import gazetteer
from pipelines.entities.cued_products import CuedProducts, maker_products, plural_products
from pipelines.entities.labels import add_vote, argmax, coarse_type, entity_id, thing_label
from pipelines.entities.people_words import drop_unfounded_norp
from pipelines.entities.state import State
from pipelines.entities.weak_persons import Founding
from pipelines.wordlists import PLACE_LABELS

PLACE_SHARE_TO_WIN = 0.5
"""A strong gazetteer place decides the label when at least this share of the entity's mentions
name it (and none carries an honorific) ..."""
PLACE_WEIGHT = 0.3
"""... else it adds this weight per mention naming it to the place label's vote."""
SHORT_NAME_CHARS = 6
"""A one-word name this short is written in capitals when any of its forms is ("Nato" → "NATO")."""


@dataclass
class Roots:
    """Per entity (root match key of a union): votes, the keys in it, written names and counts."""

    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    nodes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    names: dict[str, dict[str, Counter]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    in_place_context: Counter = field(default_factory=Counter)
    honorific: Counter = field(default_factory=Counter)
    count: Counter = field(default_factory=Counter)
    acronym_union: set[str] = field(default_factory=set)  # roots an acronym mention was attached to
    label: dict[str, str] = field(default_factory=dict)
    key: dict[str, str] = field(default_factory=dict)
    name: dict[str, str] = field(default_factory=dict)
    id: dict[str, str] = field(default_factory=dict)
    founding: Founding = field(default_factory=Founding)  # unfounded persons (weak_persons)
    products: CuedProducts = field(default_factory=CuedProducts)  # products cued often (cued_products)


def collect_roots(st: State, roots: list[str]) -> Roots:
    out = Roots()
    live = st.live()
    stands_for = {i: key for i in live if (key := _full_name_of(st, i)) is not None}
    things = _things_resolved_to(st, live, set(stands_for.values()))
    for i in live:
        s, r = st.surf[i], roots[i]
        thing = things.get(stands_for.get(i, ""))
        add_vote(
            out.votes[r],
            thing or st.vote_label(i),
            s,
            i in st.resolved and thing is None,
            st.cues.get(i, ()),
            i in st.repeats,
            st.surface_weight(i),
        )
        if s.honorific:
            out.honorific[r] += 1
        out.nodes[r][st.node[i]] += 1
        if i not in st.resolved:
            out.names[r][st.node[i]][s.name] += 1
        out.founding.add(st, i, r)
        out.products.add(st, i, r)
        out.aliases[r].add(s.alias)
        out.articles[r].add(st.art_ids[i])
        out.count[r] += 1
        if st.in_place_context[i]:
            out.in_place_context[r] += 1
        if i in st.attached and st.attached[i][1].is_acronym:
            out.acronym_union.add(r)
    return out


def _full_name_of(st: State, i: int) -> str | None:
    """The key of the full name mention i stands for: the name a short form was resolved to, or
    the expansion an acronym joined."""
    if i in st.resolved:
        return st.node[i]
    if i in st.attached and st.attached[i][1].is_acronym:
        return st.attached[i][0]
    return None


def _things_resolved_to(st: State, live: list[int], targets: set[str]) -> dict[str, str]:
    """Of the full names short forms or acronyms stand for (``targets``), those whose last word
    names a thing, and its label: "Argonaut" resolved to "Argonaut Games" (both tagged PERSON)
    votes ORG, not PERSON; "MFA" for the "Multi-Fibre Agreement" votes LAW, not the model's ORG."""
    out: dict[str, str] = {}
    for i in live:
        s = st.surf[i]
        if s.key in targets and s.key not in out and not s.honorific:
            label = thing_label(s.key, s.name)
            if label is not None:
                out[s.key] = label
    return out


def _label(rs: Roots, r: str) -> tuple[str, gazetteer.Place | None]:
    """The voted label of root r, with the gazetteer's place among its keys (if any)."""
    place_mentions = 0
    best_place = None
    for k, n in rs.nodes[r].items():
        p = gazetteer.lookup(k)
        if p is not None:
            place_mentions += n
            if best_place is None or p.strength > best_place.strength:
                best_place = p
    v = Counter(rs.votes[r])
    if best_place is not None:
        total = rs.count[r]
        share = place_mentions / total
        if best_place.strength == gazetteer.STRONG and share >= PLACE_SHARE_TO_WIN and not rs.honorific[r]:
            v = Counter({best_place.label: 1.0})
        else:
            v[best_place.label] += PLACE_WEIGHT * total * share + rs.in_place_context[r]
    v = drop_unfounded_norp(v, rs.nodes[r])  # "Dogville", "Symantec": NORP needs a people's word
    if not v:
        return "ORG", best_place
    label = rs.founding.relabel(r, argmax(v), v)  # "Vioxx": no person, and "the drug [Vioxx]"
    return (label if best_place is not None else rs.products.relabel(r, label)), best_place  # "iPod"


def _name(rs: Roots, r: str, label: str, best_place, acronym_union: bool) -> tuple[str, str]:
    """(key, written name) of root r: the best key, then its most frequent written form."""
    nodes, names = rs.nodes[r], rs.names[r]

    def node_score(k: str) -> tuple:
        multi = " " in k
        if label == "PERSON":
            return (multi, nodes[k], len(k), k)
        if label in PLACE_LABELS and best_place is not None:
            gp = gazetteer.lookup(k)
            return (gp is not None and gp.name in names.get(k, ()), nodes[k], k)
        if acronym_union:
            return (multi, nodes[k], k)
        return (nodes[k], k)

    candidates = [k for k in nodes if names.get(k)] or list(nodes)
    best = max(candidates, key=node_score)
    forms = names.get(best) or Counter({best: 1})
    if label in PLACE_LABELS and (own := _place_spelling(best, forms)):
        return best, own
    if " " not in best and len(best) <= SHORT_NAME_CHARS:
        caps = [f for f in forms if f.isupper() and len(f) >= 2]
        if caps:
            forms = Counter({f: forms[f] for f in caps})
    return best, max(forms.items(), key=lambda kv: (kv[1], kv[0]))[0]


_SHOUTED_RE = re.compile(r"(?=.*[A-Z]{5})[A-Z]+(?: [A-Z]+)*|[A-Z]{3,}(?: [A-Z]{3,})+")
"""A place's name written only in capitals, as wire datelines write towns, with a word of five
letters or more, or words of three or more (no acronym: "LA", "QC", "N.J."; "PALO ALTO" is one)."""


def _place_spelling(key: str, forms: Counter) -> str | None:
    """The gazetteer's spelling of a place when the corpus writes it so, or only in capitals
    ("DALLAS" in datelines, "Dallas" once: Dallas; "KAMPALA" alone: Kampala); a place the
    gazetteer does not know, written only in capitals, in title case ("PALO ALTO": Palo Alto)."""
    place = gazetteer.lookup(key)
    if place is None and all(_SHOUTED_RE.fullmatch(f) for f in forms):
        return max(forms.items(), key=lambda kv: (kv[1], kv[0]))[0].title()  # "CHEVY CHASE, Md.,": Chevy Chase
    if place is None or place.name.isupper():
        return None
    same = [f for f in forms if f.casefold() == place.name.casefold()]
    return place.name if same and (place.name in same or all(f.isupper() for f in same)) else None


def name_roots(st: State, rs: Roots) -> None:
    """Label, naming key, name and id of every root."""
    for r in rs.votes:
        label, best_place = _label(rs, r)
        acronym_union = r in rs.acronym_union
        rs.label[r] = label
        rs.key[r], rs.name[r] = _name(rs, r, label, best_place, acronym_union)
    for r in plural_products(rs.key, rs.label, rs.count):
        rs.label[r] = "PRODUCT"  # "[Xboxes]", the plural of a product the corpus names often
    for r in maker_products(rs.key, rs.label, rs.count):
        rs.label[r] = "PRODUCT"  # "[the Apple iPod]", a firm's name and its product's
    used: set[str] = set()
    for r in sorted(rs.votes, key=lambda r: (-rs.count[r], r)):
        eid = entity_id(coarse_type(rs.label[r]), rs.key[r])
        if eid in used:  # two entities with one key and type: keep ids distinct and stable
            eid = entity_id(coarse_type(rs.label[r]), rs.key[r] + "|" + r)
        used.add(eid)
        rs.id[r] = eid
