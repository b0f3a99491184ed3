"""Constituencies named by the member of a parliament written after them (issue 11): "the [Salford]
MP told the committee", "[Bolton West] MP", "The [Mid-Bedfordshire] MP". The small model calls such
a name an organisation or a product, or runs the member's word into the span and calls the whole a
person ("Ms Kelly, a Cabinet Office minister and [Bolton West MP],"). A name before "MP", "MSP",
"MEP" or "AM" (capitalised: "am" is a verb) is a constituency's, and so a place, when it is one the
gazetteer knows as a town, a county or a district, or such a place with compass words ("Bolton
West", "North East Derbyshire", :func:`labels.is_compass_place`); not a party's or a nation's
("Labour MP", "Tory MPs", "Scottish MP", "London UKIP MEP"), which the gazetteer does not know.

* :func:`cut_members` (with the spans, pass 2e of :mod:`pipelines.entities.canonical`): a span
  ending in the member's word names the constituency before it, and the span follows it
  (:mod:`name_spans`), so that the label cues read the word after it;
* :func:`member_after` (a label cue, :mod:`cues`): the member's word after such a name votes GPE.

Each test reads a mention's own words or one word after it, so the passes are linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key
from pipelines.entities.labels import is_compass_place
from pipelines.entities.name_spans import narrow
from pipelines.entities.surfaces import analyse

MEMBER_WORDS = frozenset("MP MPs MSP MSPs MEP MEPs AM AMs".split())
"""A member of a parliament or an assembly, as written after a constituency ("the Salford MP")."""
_MEMBER_AFTER_RE = re.compile(r"(?:['’]s)? (?:" + "|".join(sorted(MEMBER_WORDS)) + r")\b(?!['’-])")
"""A member's word after a name, maybe after its possessive ("the [Salford] MP", "[Salford]'s MP")."""


def is_constituency(key: str) -> bool:
    """The match key names a town, county or district of the gazetteer, or one with compass words
    ("salford", "mid bedfordshire", "bolton west"): a place a member may sit for (see the module's
    docstring)."""
    place = gazetteer.lookup(key)
    if place is not None:
        return place.label == "GPE" and not place.place_id.startswith("country:")
    return is_compass_place(key)


def member_after(text: str, end: int, key: str) -> bool:
    """A member's word follows the name ending at ``end`` (or its possessive) whose match key is
    ``key``, a constituency's ("the [Salford] MP", "[Salford]'s MP")."""
    return _MEMBER_AFTER_RE.match(text, end) is not None and is_constituency(key)


def cut_members(st) -> None:
    """A span ending in a member's word after a constituency names the constituency ("[Bolton West
    MP]" → "Bolton West"); ``st`` is the canonicaliser's ``state.State``, not imported: that would
    be a cycle."""
    for i in st.live():
        s = st.surf[i]
        if s.ntok < 2 or " " not in s.name:
            continue
        rest, last = s.name.rsplit(" ", 1)
        if last not in MEMBER_WORDS:
            continue
        cut = analyse(rest, st.labels[i])
        if not isinstance(cut, str) and is_constituency(match_key(rest)):
            st.surf[i] = cut
            narrow(st, i, rest)
