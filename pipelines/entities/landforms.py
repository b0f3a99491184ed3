"""Names of water bodies and landforms by their own words, for the label vote
(:mod:`pipelines.entities.labels`): a name opening with "Gulf of", "Bay of", "Sea of", "Strait(s)
of" or "Isle(s) of" ("the western [Gulf of Venezuela]", "the [Isle of Wight]"), or ending in
"Strait(s)", "Gulf", "Isles" or "Islands" ("the Bosphorus and [Dardanelles Straits]", "[Channel
Islands] decathlete"), names a place, which the small model often tags FAC, ORG or PERSON. The
place's kind is the gazetteer's when it knows the name ("Isle of Man", a country: GPE), else the
model's when it already says a place ("the Maldive Islands" GPE), else a landform's (LOC). Not
"Lake" nor "Mount" before a name ("Lake Bell", an actress; "Mount Pleasant", a sorting office), nor
a name the model calls a work, an event, a product or a law ("Sea of Souls", a drama; not a region's
word alone), nor "Bay" or "Channel" after it ("Clear Channel", a firm), nor "Island" (a novel's "Small
Island", a toy's "Tracey Island"). A region named by a plural of its landform alone ("the [Valleys]",
"the [Midlands]", "the [Highlands]") names a place too, whatever the model calls it: "the Valleys" a
person, "the Midlands" a product (with a compass point before it, "the East Midlands", the model reads
it a place). One look-up per distinct name."""

from __future__ import annotations

from functools import lru_cache

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key

OPENINGS = tuple(
    tuple(match_key(w) for w in phrase.split())
    for phrase in ("gulf of", "bay of", "sea of", "strait of", "straits of", "isle of", "isles of")
)
"""First two words of a water body's or an island's name (as match keys)."""
LAND_LABELS = frozenset({"GPE", "LOC"})
"""The model's labels that already say a place such a name may be (not FAC: a building's)."""
KEPT_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
"""The model's labels such a name keeps: titles, races and products named after a place ("Sea of
Souls", a drama; "Isle of Man TT", a race)."""
REGIONS = frozenset(match_key(w) for w in "midlands highlands lowlands valleys potteries".split())
"""Plural landform words that name a region alone ("the Valleys", "the Midlands", "the Highlands"), which
no surname nor firm's name is (unlike "Dales", "Downs" or "Borders", a bookseller)."""
ENDINGS = frozenset(match_key(w) for w in "strait straits gulf isles islands".split())
"""Last words of a water body's or an island group's name (as match keys)."""


@lru_cache(maxsize=100_000)
def _is_landform(key: str) -> bool:
    words = key.split()
    if len(words) < 2:
        return key in REGIONS
    return tuple(words[:2]) in OPENINGS and len(words) > 2 or words[-1] in ENDINGS


def landform_label(key: str, label: str) -> str | None:
    """The place label a name of two words or more, or a region's word alone (its match ``key``, the
    model's ``label``), takes by its landform's words (see the module docstring), or None when it has none."""
    if (label in KEPT_LABELS and key not in REGIONS) or not _is_landform(key):
        return None
    place = gazetteer.lookup(key)
    if place is not None:
        return place.label
    return label if label in LAND_LABELS else "LOC"
