"""Phrases after a name that make it a place's, for the label cues (:mod:`pipelines.entities.cues`):
a comma and a county, state or province of the gazetteer, and a punctuation mark
("from [Camberley], Surrey, was arrested", "[Omaha], Nebraska."). Not a nation of the United
Kingdom ("Tindall, England" lists a player and his team). The test reads a few words after the
name, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key

REGION_KINDS = ("state:", "subdivision:")
"""Gazetteer places that hold towns: US states, and the counties, states and provinces of
English-speaking countries."""
NATIONS = frozenset({"subdivision:GB-ENG", "subdivision:GB-SCT", "subdivision:GB-WLS", "subdivision:GB-NIR"})
"""Subdivisions that are also national teams and countries in their own right."""
_REGION_AFTER_RE = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=[,.;:)])")
"""A comma, then one or two capitalised words and a punctuation mark ("Camberley, Surrey, was";
not "semi-finalists Watford, Bolton meet", which lists clubs)."""


def region_after(text: str, end: int) -> bool:
    """A comma and a county, state or province follow the name ending at ``end``."""
    m = _REGION_AFTER_RE.match(text, end)
    if m is None:
        return False
    place = gazetteer.lookup(match_key(m.group(1)))
    return place is not None and place.place_id.startswith(REGION_KINDS) and place.place_id not in NATIONS
