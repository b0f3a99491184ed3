"""A name's edge the small model misreads as a word boundary (issue 11):

* a dropped "g" written with an apostrophe ends a word inside the name, not the name: "[Blazin]'
  Squad singer Kenzie", "[Dunkin]' Donuts". A span whose last word ends in "in" and stands right
  before "' " and a run of capitalised words (one to three, no mention on them) takes in the
  apostrophe and the run (:func:`widen_dropped_g`); not where a quotation mark opens before the
  span ("the word 'Berlin' Wall": the apostrophe closes the quotation);
* a year glued onto a name before the next capitalised word belongs to what follows, not to the
  name: "[the Royal Academy of Engineering 2004] Hinton Lecture" is the Academy's (:func:`year_cut`,
  read by :mod:`span_cuts`); only for a name the model calls a person, an organisation, a place or
  a group, whose names end in no year: "Euro 2004", "Windows 2000", "Film 2005" and "CeBit 2005"
  (events, products, works) keep theirs;
* a police force's name written with a lower-case head noun: "The [Metropolitan] police chief",
  "[West Yorkshire] police confirmed", "a [Surrey] police station" name the force, an organisation
  (:func:`widen_forces`): the span takes in "police" and votes ORG; not after a nationality, a
  country or a big city, where "police" is a common noun ("[Chinese] police", "[UK] police",
  "[London] police station").

Each test reads a few characters after a mention, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.labels import is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.surfaces import analyse

_DROPPED_G_RE = re.compile(r"['’]((?: [A-Z][a-z]+){1,3})(?![\w'’&-]| [A-Z0-9])")
"""An apostrophe and the run of capitalised words after it ("' Squad", "' Donuts")."""
_QUOTE_BEFORE = ("'", "‘", "’")
YEAR_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
"""Labels of names that end in no year ("Royal Academy of Engineering"; not "Euro 2004", an event)."""
_YEAR_END_RE = re.compile(r" (?:1[89]|20)\d\d$")
_CAPITAL_AFTER_RE = re.compile(r" [A-Z][a-z]")


def year_cut(name: str, label: str, text: str, end: int) -> str | None:
    """``name`` without the year glued onto its end, when a capitalised word follows the span
    ending at ``end`` of ``text`` (see the module docstring), else None."""
    m = _YEAR_END_RE.search(name)
    if m is None or label not in YEAR_NAME_LABELS or not _CAPITAL_AFTER_RE.match(text, end):
        return None
    rest = name[: m.start()]
    return rest if " " in rest.strip() or rest[:1].isupper() else None


def widen_dropped_g(st) -> None:
    """Widen the spans that stop at a dropped "g" inside a name (see the module docstring); ``st``
    is the canonicaliser's ``state.State``, not imported: that would be a cycle."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            s, start, end = st.surf[i], st.starts[i], st.ends[i]
            if s is None or text[end : end + 1] not in ("'", "’") or not text.endswith("in", 0, end):
                continue
            if text.endswith(_QUOTE_BEFORE, 0, start) or (m := _DROPPED_G_RE.match(text, end)) is None:
                continue
            if any(st.starts[j] < m.end() and m.start() < st.ends[j] for j in idx if j != i):
                continue
            wide = analyse(text[start : m.end()], st.labels[i])
            if not isinstance(wide, str):
                st.surf[i], st.ends[i] = wide, m.end()


_FORCE_RE = re.compile(r" (?:police|constabulary)\b(?![-'’])")
"""A police force's head noun in lower case after a span (" police", " constabulary")."""
COMMON_PLACES = ("country:", "continent:")
"""Kinds of gazetteer place whose police no force's name names ("UK police", "Chinese police")."""


def _area(key: str) -> bool:
    """A county's, a region's or a town's name, or a word of no place: no nationality, no country,
    no big city."""
    if is_nationality_word(key) or is_demonym(key):
        return False
    place = gazetteer.lookup(key)
    return place is None or not (
        place.place_id.startswith(COMMON_PLACES)
        or (place.place_id.startswith("city:") and place.strength == gazetteer.STRONG)
    )


def widen_forces(st) -> None:
    """Widen an area's span before a lower-case "police" to the force's name, which votes ORG (see
    the module docstring)."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            s, end = st.surf[i], st.ends[i]
            if s is None or text[end : end + 1] != " " or s.honorific or s.titled or not s.name[:1].isupper():
                continue
            if (m := _FORCE_RE.match(text, end)) is None or not _area(s.key):
                continue
            wide = analyse(text[st.starts[i] : m.end()], "ORG")
            if not isinstance(wide, str):
                st.surf[i], st.ends[i], st.labels[i] = wide, m.end(), "ORG"
