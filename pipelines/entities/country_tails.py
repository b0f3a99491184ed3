"""An organisation whose name ends in its country: "Age Concern England", "Universities UK",
"Cancer Research UK", "Sport England", "Oxfam Ireland". The small model reads the country at the
end and tags the whole name GPE or LOC; the words before it say better. A name of two words or
more the model calls a place is an organisation's (:func:`org_before_country`) when

* its last word is a country or a home nation ("England", "UK", "Britain");
* the whole name is no place the gazetteer knows ("Northern Ireland", "Republic of Ireland",
  "Great Britain");
* every word before it is capitalised and none is a place's modifier (:data:`PLACE_MODIFIERS`,
  :data:`pipelines.entities.labels.COMPASS_WORDS`: "Middle England", "Greater London", "South
  Africa"), a people's or a period's adjective ("Victorian England", "African America"), a place,
  or a given name before the country alone ("Mike England", a footballer).

Its mentions vote ORG at ``TAIL_WEIGHT`` (:mod:`cues`): more than the model's place label, less
than a context cue that says otherwise ("the cult hit [Little Britain]", a work's). Only dict
look-ups of the name's words."""

from __future__ import annotations

from functools import lru_cache

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import COMPASS_WORDS
from pipelines.entities.people_words import is_people_word

TAIL_WEIGHT = 1.5
"""ORG vote of a mention of such a name (the model's own label counts 1, a context cue 2.1)."""
NATION_KEYS = gazetteer.HOME_NATIONS | frozenset(match_key(w) for w in "UK GB Britain".split())
"""Home nations and the kingdom's short names, which end organisations' names ("Sport England")."""
PLACE_MODIFIERS = frozenset(
    match_key(w)
    for w in """middle mid greater great new old upper lower inner outer deep far continental little
    modern rural urban ancient medieval royal free united black white""".split()
)
"""Words before a country's name that make a region, a period or a state of it ("Middle England",
"Greater London", "Modern Britain", "Black America"), not an organisation."""
ADJECTIVE_ENDINGS = ("ian", "an", "ese", "ish")
"""Endings of a people's or a period's adjective ("Victorian", "Elizabethan", "Congolese")."""


def _country(key: str) -> bool:
    if key in NATION_KEYS:
        return True
    place = gazetteer.lookup(key)
    return place is not None and place.place_id.startswith("country:")


@lru_cache(maxsize=100_000)
def org_before_country(name: str) -> bool:
    """The written name (two words or more) is an organisation's ending in its country (see the
    module docstring); the caller checks that the model calls it a place."""
    words = name.split()
    if len(words) < 2 or not _country(match_key(words[-1])) or gazetteer.lookup(match_key(name)) is not None:
        return False
    for w in words[:-1]:
        key = match_key(w)
        if not w[:1].isupper() or not key or key in PLACE_MODIFIERS or key in COMPASS_WORDS:
            return False
        if key.endswith(ADJECTIVE_ENDINGS) or is_people_word(key) or gazetteer.lookup(key) is not None:
            return False
        if len(words) == 2 and key in given_names():  # a first name and a surname
            return False
    return True
