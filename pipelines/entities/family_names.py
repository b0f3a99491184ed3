"""Family names taken for places: the small model tags a full name it does not know a place
("Gethin Jenkins", "Blythe Danner" GPE), and when its first word is no given name of
:mod:`given_names` (Faker lists few Welsh, Nigerian or Sri Lankan given names) no other cue says
PERSON. Its last word says it: a two-word name the model calls GPE or LOC that the gazetteer does
not know is a person's when its last word is a family name of Faker's country locales (an
installed MIT-licensed package; nothing is downloaded) that the corpus does not write in lower
case, and its first word is no word of places: no gazetteer place ("Bristol West"), no compass
word, no word opening several of the gazetteer's places ("Port Talbot", "St Etienne", "San
Fierro") and no word the corpus writes in lower case ("Flushing Meadows"). One test per
candidate, so the pass is linear."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pipelines import cache
from pipelines.entities import gazetteer
from pipelines.entities.given_names import (
    MIN_CHARS,
    NAME_MODULES,
    NAME_PACKAGES,
    ROMANISED_LOCALES,
    _latin,
    given_names,
    person_providers,
    provider_names,
)
from pipelines.entities.keys import match_key
from pipelines.entities.labels import COMPASS_WORDS

if TYPE_CHECKING:
    from pipelines.entities.state import State

PLACE_OPENER_MIN = 3
"""A word opening this many of the gazetteer's multi-word places is a word of places ("port",
"san", "st", "new")."""
FAMILY_NAME_LABELS = frozenset({"GPE", "LOC"})
"""Model labels the cue overrules: a family name ends many firms' names ("Morgan Stanley")."""


@cache.kept("family_names", modules=(*NAME_MODULES, "entities/family_names.py"), packages=NAME_PACKAGES)
def family_names() -> frozenset[str]:
    """Match keys of the family names of Faker's country locales (one word each)."""
    names: set[str] = set()
    for locale, provider in person_providers():
        attrs = ["last_names", "last_names_male", "last_names_female"]
        if locale in ROMANISED_LOCALES:
            attrs.append("last_romanized_names")
        for attr in attrs:
            names.update(match_key(n) for n in provider_names(provider, attr) if len(n) >= MIN_CHARS and _latin(n))
    return frozenset(k for k in names if " " not in k)


@cache.kept(
    "place_openers",
    modules=("entities/family_names.py", "entities/gazetteer.py", "entities/keys.py"),
    packages=NAME_PACKAGES,
)
def place_openers() -> frozenset[str]:
    """Match keys of the words that open PLACE_OPENER_MIN of the gazetteer's multi-word places or more."""
    firsts = Counter(k.split(" ", 1)[0] for k in gazetteer.places() if " " in k)
    return frozenset(w for w, n in firsts.items() if n >= PLACE_OPENER_MIN)


_COMPASS = frozenset(match_key(w) for w in COMPASS_WORDS)


def family_name_places(st: State, candidates: list[int]) -> list[int]:
    """The candidates (:func:`full_names.full_names`) of two words the model calls GPE or LOC whose
    first word is no given name and no word of places and whose last word is a family name (see
    the module docstring)."""
    family, given, openers = family_names(), given_names(), place_openers()
    todo = []
    for i in candidates:
        s = st.surf[i]
        if st.labels[i] not in FAMILY_NAME_LABELS or s.ntok != 2:
            continue
        first, last = s.key.split(" ")
        if (
            last in family
            and first != last  # "Duran Duran": a band's or a title's, not a person's
            and first not in given
            and first not in openers
            and first not in _COMPASS
            and gazetteer.lookup(first) is None
        ):
            todo.append(i)
    if not todo:
        return []
    words = {i: st.surf[i].name.lower().split() for i in todo}  # as written: keys fold letters
    common = st.common_words({w for ws in words.values() for w in ws})
    return [i for i in todo if not any(common.written_in_lower_case(w) for w in words[i])]
