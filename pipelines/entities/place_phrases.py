"""Phrases around a name that make it a place's, for the label cues (:mod:`pipelines.entities.cues`): a
comma and a county, state or province of the gazetteer, and a punctuation mark ("from [Camberley],
Surrey, was arrested", "[Omaha], Nebraska."); a lower-case word after it that only places have
("whose [Finchley] constituency", "the [Bordesley Green] ward"); a kind of place and "of" before it
("the seat of [Dewsbury]", "the Norwegian town of [Lillehammer]"), a home town, its streets or its
people ("Andersen's hometown of [Odense]", "the streets of [Brixton]", "the 8,000 residents of
[Engerwitzdorf]"; not a landform's name: "the inhabitants of [the Chancay-Huaral Valley]"), a peer's
title and surname ("Lord Roberts of [Conwy]": a territorial title, no body the peer belongs to),
"constituency" or "constituency party" and a comma ("Meyer's constituency party, [Clwyd North
West],"), a possessive and "native" with no noun after the name ("set in her native [Dartford],"),
or a member of a parliament and "for" ("the Labour MP for [Birkenhead]", "the MP for Sittingbourne
and [Sheppey]"), or games and "to" or "in" with "in" and a year after the name ("the Olympic Games
to [Nagano] in 1998"), or people and "from" ("both from [Keighley]", "a 19-year-old from
[Camberley]"), or a birth, a base, a factory or training and "in" ("a factory in [Sindelfingen]",
"training in [Lanzarote]"); an apposition naming a kind of place ("[Cuyo], a 50-family community",
"[Riyadh], the capital of ..."); for a name the gazetteer knows, "in" and a country after it
("[Bordeaux] in France"). A wire dateline opening a line names a town, and maybe its state or country
(:func:`in_a_dateline`: "[DETROIT], March 5 -", "ELWOOD, [KAN]., Feb 26 -"), and so does a state's
wire abbreviation after a town and a comma (:func:`state_after_town`: "Gilman, [Conn]., with"), which
the small model calls a firm and a person. Not a nation of the United Kingdom ("Tindall, England" lists a player and
his team). A constituency's words: "the" or a possessive (and maybe a year) before it and "seat" or
"by-election" after it ("first contesting the [Sheffield Hallam] seat", "the 1904 [Horsham]
by-election"; not "a safe [Labour] seat", nor "the [Tory] seat of Dorset"), "contest" before it and
a seat, a place or a party after it ("would contest [Bethnal Green], in London, for Respect"), or a
percentage and "in" before it ("62% in [Sheffield Hallam]"). An adjective of place may stand between
"born in" and the name ("born in nearby [Port Talbot]"), and "near" and a place of the gazetteer may
follow it ("the plant at [Arese] near Milan"), or "-born" or "-based" ("the [Ballymena]-born
actor"). A lower-case landform's or building's word after a name makes it a landform's or a
building's ("the [Kalahari] desert", "[Belmarsh] prison", "[Rhein-Main] airport"), and its plural
after a list of names makes every name of the list one, but those the gazetteer knows, which name
the town the building stands in ("at [Heathrow], [Gatwick], Edinburgh and Glasgow airports", "the
Tigris and [Euphrates] rivers"). A city's people (:func:`city_demonyms`): one word made of a city of
the gazetteer and "-er" or "-ers" ("[Londoner]", "[Dubliners]"), which the small model calls a
person or a place, is a NORP. Each test reads a few words around the name, so the pass is linear."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key
from pipelines.entities.labels import DESIGNATORS, NOBLE_TITLES, city_demonym
from pipelines.entities.nationalities import is_nationality_word

if TYPE_CHECKING:
    from pipelines.entities.state import State

REGION_KINDS = ("state:", "subdivision:")
"""Gazetteer places that hold towns: US states, and the counties, states and provinces of
English-speaking countries."""
NATIONS = frozenset({"subdivision:GB-ENG", "subdivision:GB-SCT", "subdivision:GB-WLS", "subdivision:GB-NIR"})
"""Subdivisions that are also national teams and countries in their own right."""
PLACE_AFTER = frozenset("constituency ward borough province district county state".split())
"""Lower-case words right after a name that only places have."""
PLACE_BEFORE_PAIRS = frozenset(
    (kind, "of")
    for kind in (
        "seat constituency town village city province county region suburb district island port resort capital "
        "hometown birthplace native streets outskirts residents inhabitants mayor"
    ).split()
) | frozenset((member, "for") for member in "mp mps msp msps mep meps member".split())
"""Words right before a name that name a kind of place, a home town, its streets or its people
("the seat of", "the town of", "Andersen's hometown of [Odense]", "a native of [Keighley]", "toured
the streets of [Brixton]", "the 8,000 residents of [Engerwitzdorf]", "the mayor of [Frankfurt]") or
a member of a parliament for a constituency or region ("the Tory MP for [Sleaford]", "MEP for
[London]")."""
_CONSTITUENCY_BEFORE_RE = re.compile(r"\bconstituency(?:\s+party)?,\s+$")
"""A constituency (or its party) and a comma before a name: the constituency's name in apposition
("Meyer's constituency party, [Clwyd North West], which he had represented")."""
_NATIVE_BEFORE_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)\s+native\s+$")
"""A possessive and "native" before a name that no noun follows: one's home town or country ("set in
her native [Dartford],"; not "the native [Maoris] finding", a people, nor "his native Welsh
speakers")."""
PEER_TITLES = NOBLE_TITLES | frozenset("lord lady viscount".split())
"""Titles of peers and royals that a surname and "of" and a territorial title follow."""
_PEER_OF_BEFORE_RE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+\s+){2,3})of\s+$")
"""A title, a surname and "of" before a name: a peer's territorial title, which names a place
("Lord Roberts of [Conwy]", "Baron Kinnock of [Bedwellty]")."""


def peer_of_before(text: str, start: int, end: int) -> bool:
    """A peer's title, a surname and "of" stand right before the name at [start, end) (see
    ``_PEER_OF_BEFORE_RE``): the name is the place the title names, not a body the peer belongs to,
    unless "the" or a body's last word says it is one ("Lord Justice Rix of [the Court of Appeal]")."""
    m = _PEER_OF_BEFORE_RE.search(text, max(0, start - SEAT_WINDOW), start)
    if m is None or text[start : start + 4].lower() == "the ":
        return False
    if not any(w.lower() in PEER_TITLES for w in m.group(1).split()[:-1]):
        return False
    return match_key(text[start:end]).rsplit(" ", 1)[-1] not in DESIGNATORS


PEOPLE_FROM = frozenset(
    """man men woman women boy boys girl girls both couple family families resident residents pensioner
    mother father teenager teenagers people fans""".split()
)
"""Words for people before "from" that make the name after it their home town ("two men, both from
[Keighley]", "a 19-year-old from [Camberley]"); not "spokesman from", which names a body."""
_REGION_AFTER_RE = re.compile(
    r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=[,.;:)])|,\s+([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)-based\b"
)
"""A comma, then one or two capitalised words and a punctuation mark ("Camberley, Surrey, was";
not "semi-finalists Watford, Bolton meet", which lists clubs), or "-based" ("a Falmouth, Maine-based
firm")."""


def region_after(text: str, end: int) -> bool:
    """A comma and a county, state or province follow the name ending at ``end``."""
    m = _REGION_AFTER_RE.match(text, end)
    if m is None:
        return False
    place = gazetteer.lookup(match_key(m.group(1) or m.group(2)))
    return place is not None and place.place_id.startswith(REGION_KINDS) and place.place_id not in NATIONS


STATE_ABBREVIATIONS = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev "
    "N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C "
    "Ont Que B.C Alta Sask N.S Nfld"
).split()
"""The wire's abbreviations of US states and Canadian provinces ("Wilmington, Del.", "Ada, Okla.",
"Toronto, Ont."), the AP style's, which the gazetteer does not hold (it keys places by their names,
and "Ind", "Miss" or "Mo" alone are words or names)."""
_STATE_AFTER_RE = re.compile(
    r",\s+(?:"
    + "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")\.?(?=[,;:)]|\.\s|-based\b)"
)
"""A comma and a state's abbreviation, then a punctuation mark or "-based" ("CHEVY CHASE, Md., March 4",
"Coral Gables, Fla., in", "Pensacola, Fla, to", "a Rutherford, N.J.-based company")."""


def state_abbreviation_after(text: str, end: int) -> bool:
    """A comma and a US state's or a Canadian province's wire abbreviation follow the name ending
    at ``end`` ("[Ada], Okla., March 2"): a town's name."""
    return _STATE_AFTER_RE.match(text, end) is not None


_ABBREVIATION_KEYS = frozenset(a.lower() for a in STATE_ABBREVIATIONS)
_TOWN_COMMA_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*,[ \t]+$")
"""A capitalised word and a comma right before a name: the town a state's abbreviation follows."""
_PUNCTUATION_AFTER_RE = re.compile(r"\.?[,;:)]|\.(?:\s|$)")
"""A punctuation mark right after a state's abbreviation (maybe after its full stop)."""
_DATE_DASH = r",\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s+-"
"""A comma, a month, a day and a dash: a wire dateline's end (", March 5 -", ", FEb 26 -")."""
_TOWN_DATELINE_AFTER_RE = re.compile(r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?" + _DATE_DASH)
"""After a dateline's town: its state or country, maybe, and the date ("[DETROIT], March 5 -",
"[STAMFORD], Conn., March 4 -", "[KANATA], Ontario, March 4 -")."""
_STATE_DATELINE_AFTER_RE = re.compile(r"\.?" + _DATE_DASH)
_SHOUTED_TOWN_COMMA_RE = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]*,[ \t]+")
"""A line opening with a town written in capitals and a comma: a dateline's state or country follows."""


def in_a_dateline(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is the town or the state of a wire dateline, which opens a line
    and names where the story was filed: the town written in capitals, then maybe its state or
    country, then the date and a dash ("[DETROIT], March 5 - General Motors Corp said", "ELWOOD,
    [KAN]., Feb 26 -"); the small model calls the town a firm and "Conn." a person. Not a name in
    title case opening a line (a firm's in a table: "Ardent Corp, March 5 -")."""
    lead = text[text.rfind("\n", 0, start) + 1 : start]
    if not lead.strip():
        name = text[start:end]
        shouted = not any(ch.islower() for ch in name) and any(ch.isupper() for ch in name)
        return shouted and _TOWN_DATELINE_AFTER_RE.match(text, end) is not None
    return _SHOUTED_TOWN_COMMA_RE.fullmatch(lead) is not None and _STATE_DATELINE_AFTER_RE.match(text, end) is not None


def state_after_town(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is the state or county of the town before it: a US state's or a
    Canadian province's wire abbreviation, or a county, state or province of the gazetteer (not a
    nation of the kingdom), after a capitalised word and a comma, with a punctuation mark after it
    ("based in Gilman, [Conn]., with", "a man from Camberley, [Surrey], was", "Woodhill, [Milton
    Keynes],"), which the small model calls a person or a firm ("Conn" is a given name too). Not
    the given name of a listed person ("Farah, [Mo] Salah": no punctuation mark after it), nor a
    side in a list ("Notts, Kent, [Surrey], Essex": a comma before the town too, or a county)."""
    name = text[start:end]
    if name.rstrip(".").lower() not in _ABBREVIATION_KEYS:
        place = gazetteer.lookup(match_key(name))
        if place is None or not place.place_id.startswith(REGION_KINDS) or place.place_id in NATIONS:
            return False
    town = _TOWN_COMMA_BEFORE_RE.search(text, max(0, start - SEAT_WINDOW), start)
    if town is None or text[max(0, town.start() - 3) : town.start()].rstrip().endswith(","):
        return False
    county = gazetteer.lookup(match_key(town.group(0).rstrip(", \t")))
    if county is not None and county.place_id.startswith(REGION_KINDS):
        return False
    after = end - 1 if name.endswith(".") else end
    return _PUNCTUATION_AFTER_RE.match(text, after) is not None


_IN_PLACE_AFTER_RE = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=[\s,.;:)])")
""""in", maybe "the", and one or two capitalised words ("Bordeaux in France", "Dallas in the US")."""


def country_after(text: str, end: int) -> bool:
    """ "In" and a country, a US state or a county of the gazetteer follow the name ending at ``end``
    ("[Bordeaux] in France"): said of a name the gazetteer knows as a place, the place (a firm there
    is written so too: "Vodafone in Germany")."""
    m = _IN_PLACE_AFTER_RE.match(text, end)
    if m is None:
        return False
    place = gazetteer.lookup(match_key(m.group(1)))
    return place is not None and place.place_id.startswith(("country:", *REGION_KINDS))


_SEAT_PAIR_BEFORE_RE = re.compile(r"\b(?:MPs?|MSPs?|MEPs?|[Mm]ember) for [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and $")
"""A member of a parliament for the first of two places that name one seat ("the MP for
Sittingbourne and [Sheppey]")."""
SEAT_WINDOW = 60
"""Characters before a name read for a seat of two places."""


PLACE_IN_BEFORE = frozenset(
    """born based living lives lived died headquartered headquarters slums factory plant summit
    conference training""".split()
)
"""Words before "in" that make the name after it a place's ("born in [Lanarkshire]", "a factory in
[Sindelfingen]", "slums in [Narobi]", "the G8 summit in [Gleneagles]", "training in [Lanzarote]"),
unless a noun follows the name ("held in [Broadmoor] hospital"); not "held" nor "meeting", which
stand before bodies too ("a meeting in Cabinet")."""
PLACE_ADJECTIVES = (
    "nearby neighbouring neighboring central northern southern eastern western north south east west rural "
    "suburban downtown coastal"
).split()
"""Adjectives of place that may stand between "born in" and the name ("born in nearby [Port Talbot]")."""
_IN_ADJECTIVE_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(PLACE_IN_BEFORE) + r")\s+in\s+(?:" + "|".join(PLACE_ADJECTIVES) + r")\s+$", re.IGNORECASE
)
SEAT_AFTER = frozenset("seat by-election byelection".split())
"""Lower-case words after a name that make it a constituency's when "the" or a possessive stands
before it ("contesting the [Sheffield Hallam] seat", "his [Sheffield] seat")."""
SEAT_DETERMINERS = frozenset("the his her their in".split())
"""Words right before a constituency's name and "seat" ("the", a possessive, "in"): not an
adjective ("a safe [Labour] seat", a party's)."""
_CONTEST_BEFORE_RE = re.compile(r"\bcontest(?:s|ed|ing)?\s+(?:the\s+)?$", re.IGNORECASE)
_CONTEST_AFTER_RE = re.compile(
    r"\s+seat\b|,\s+in\s+[A-Z]|\s+for\s+(?:the\s+)?[A-Z]|\s+at\s+the\s+(?:[a-z]+\s+)?election"
)
"""After a name "contest" stands before: a seat, a place, a party or an election ("contest [Bethnal
Green], in London, for Respect"; not "contest the [Six Nations]")."""
_PERCENT_IN_BEFORE_RE = re.compile(r"\d(?:%|\s?per\s?cent)\s+in\s+(?:the\s+)?$")
"""A percentage and "in" before a name: a share of a place's people or votes ("62% in [Sheffield
Hallam]", "sales fell 3% in [Japan]"); not "a 10% stake in", whose noun stands between."""
_NEAR_AFTER_RE = re.compile(r",?\s+near\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=[\s,.;:)])")
"""An optional comma, "near" and one or two capitalised words ("[Arese] near Milan")."""


def near_a_place(text: str, start: int, end: int) -> bool:
    """ "Near" and a place of the gazetteer follow the name at [start, end) ("the plant at [Arese]
    near Milan", "[Gaydon], near Warwick"), whose last word says no other kind of thing ("staged at
    [Musselburgh Racecourse] near Edinburgh": a building)."""
    m = _NEAR_AFTER_RE.match(text, end)
    if m is None or gazetteer.lookup(match_key(m.group(1))) is None:
        return False
    return match_key(text[start:end]).rsplit(" ", 1)[-1] not in DESIGNATORS


_STATE_OF_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+state\s+of\s+$")
"""A country or its nationality, "state" and "of" before a name ("the Indian state of [Andhra Pradesh]",
"the US state of [Ohio]"; not "the state of [Parmalat]'s finances")."""
_BORN_OR_BASED_AFTER_RE = re.compile(
    r"-born\b|-based\s+(?:[A-Z]|(?:[a-z-]+\s+){0,2}(?:firm|company|group|band|athlete|coach|club|player|team|bank"
    r"|charity|designer|writer|artist|actor|actress|singer|businessman|businesswoman|analyst|consultancy|agency)s?\b)"
)
"""A name's "-born", or "-based" and a firm or a person ("the [Ballymena]-born actor", "[Oxford]-based
Natural Motion", "a [Galway]-based coach"; not "a [Linux]-based system")."""


def born_or_based_after(text: str, end: int) -> bool:
    """The name ending at ``end`` is a birthplace or a base (see ``_BORN_OR_BASED_AFTER_RE``)."""
    return _BORN_OR_BASED_AFTER_RE.match(text, end) is not None


_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
"""A year between the determiner and a constituency's name ("the 1904 [Horsham] by-election")."""


def names_a_seat(text: str, start: int, end: int, before: list[str], after: list[str]) -> bool:
    """The words around the name at [start, end) make it a constituency's (see the module's
    docstring)."""
    lead = text[max(0, start - SEAT_WINDOW) : start]
    if before[-1:] and _YEAR_RE.fullmatch(before[-1]):
        before = before[:-1]  # "won the 1904 [Horsham] by-election"
    if after and after[0] in SEAT_AFTER and before[-1:] and before[-1] in SEAT_DETERMINERS:
        return not text.startswith(" of ", end + 1 + len(after[0]))  # not "the [Tory] seat of Dorset"
    if _CONTEST_BEFORE_RE.search(lead) and _CONTEST_AFTER_RE.match(text, end):
        return True
    return _PERCENT_IN_BEFORE_RE.search(lead) is not None


PLACE_PLURALS = frozenset("cities towns villages countries nations states provinces counties".split())
"""Plural kinds of town or country before a list that make its items places (:mod:`list_kinds`: "cities
including Cardiff, Bangor and [Aberystwyth]", "nations such as [Lesotho], Sri Lanka and Bangladesh");
not "places" nor "areas" ("places such as Virgin Megastores"), nor "regions", which are landforms too."""
PLACE_KINDS = (
    "village town city community district suburb region province county island capital port resort "
    "hamlet township neighbourhood municipality settlement"
).split()
_PLACE_APPOSITION_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(PLACE_KINDS) + r")"
    r"(?=[,.;:)]|\s+(?:of|in|on|near|north|south|east|west|outside|where|with|that|which)\b)"
)
"""A comma and an apposition whose head is a kind of place ("[Cuyo], a 50-family community with no
electricity", "[Riyadh], the capital of Saudi Arabia"; not "a village elder")."""
_NO_NOUN_AFTER_RE = re.compile(
    r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:on|in|at|and|or|last|this|next|where|which|for|from|to)\b"
)
"""A punctuation mark or a function word after a name: no noun that the name qualifies."""


def names_a_place(text: str, start: int, end: int, before: list[str], after: list[str]) -> bool:
    """The lower-cased words ``before`` and ``after`` the name at [start, end) name a kind of place."""
    if before[-1:] == ["and"] and _SEAT_PAIR_BEFORE_RE.search(text, max(0, start - SEAT_WINDOW), start):
        return True
    if _PLACE_APPOSITION_RE.match(text, end):
        return True
    lead = text[max(0, start - SEAT_WINDOW) : start]
    if _CONSTITUENCY_BEFORE_RE.search(lead) or peer_of_before(text, start, end):
        return True  # "constituency party, [Clwyd North West]", "Lord Roberts of [Conwy]"
    if before[-1:] == ["native"] and _NATIVE_BEFORE_RE.search(lead):
        return _NO_NOUN_AFTER_RE.match(text, end) is not None  # "set in her native [Dartford],"
    if len(before) == 2 and before[1] == "in" and before[0] in PLACE_IN_BEFORE:
        return _NO_NOUN_AFTER_RE.match(text, end) is not None
    if (
        before[-1:]
        and before[-1] in PLACE_ADJECTIVES
        and _IN_ADJECTIVE_BEFORE_RE.search(text, max(0, start - 40), start)
    ):
        return _NO_NOUN_AFTER_RE.match(text, end) is not None  # "born in nearby [Port Talbot]"
    if names_a_seat(text, start, end, before, after):
        return True
    if after and after[0] in PLACE_AFTER and text[end + 1 : end + 2].islower():
        return True
    if len(before) == 2 and before[1] == "from":
        people = before[0].rstrip(",")
        return people in PEOPLE_FROM or people.endswith("-old")
    if _HOSTS_BEFORE_RE.search(text, max(0, start - SEAT_WINDOW), start) and _IN_YEAR_AFTER_RE.match(text, end):
        return True  # "bring the Winter Olympic Games to [Nagano] in 1998"
    if before == ["state", "of"]:
        return _STATE_OF_BEFORE_RE.search(text, max(0, start - SEAT_WINDOW), start) is not None
    if tuple(before) in PLACE_BEFORE_PAIRS:  # not a landform's name: "the inhabitants of [the Chancay Valley]"
        return match_key(text[start:end]).rsplit(" ", 1)[-1] not in LANDFORM_AFTER
    return False


_HOSTS_BEFORE_RE = re.compile(r"\b(?:Games|Olympics|Cup|Championships?|Expo)\s+(?:to|in)\s+$")
"""Games, a cup or championships and "to" or "in" right before a name that "in" and a year follow:
the town or country that hosts them ("the Winter Olympic Games to [Nagano] in 1998", "the World Cup
in [Mexico] in 1986")."""
_IN_YEAR_AFTER_RE = re.compile(r"\s+in\s+(?:1[89]|20)\d\d\b")


def city_demonyms(st: State) -> list[int]:
    """The live mentions that name a city's people ("[Londoner]"), unless the corpus writes the word
    in lower case too ("hamburger")."""
    found = [i for i in st.live() if st.labels[i] != "NORP" and city_demonym(st.surf[i].key)]
    if not found:
        return []
    common = st.common_words({st.surf[i].name.lower() for i in found})
    return [i for i in found if not common.written_in_lower_case(st.surf[i].name.lower())]


VENUE_ENDINGS = frozenset("parade park lane road ground stadium arena oval".split())
"""Last words of a ground's or a road's name ("Rodney Parade", "White Hart Lane", "Carrow Road"), which
"at" before it makes a venue's even when a given name opens it ("Rodney"): "at" stands before places, not
before people."""
_AT_BEFORE_RE = re.compile(r"\bat\s+(?:the\s+)?$")


def venue_at(text: str, start: int, end: int) -> bool:
    """ "At" before the name at [start, end) of two words or more, whose capitalised last word is a
    venue's (``VENUE_ENDINGS``): "a 3-0 win over the tourists at [Rodney Parade]"."""
    words = text[start:end].split()
    return (
        len(words) > 1
        and words[-1][:1].isupper()
        and words[-1].lower() in VENUE_ENDINGS
        and _AT_BEFORE_RE.search(text, max(0, start - 8), start) is not None
    )


def _plurals(words: frozenset[str]) -> frozenset[str]:
    """The words' plurals ("galleries", "valleys"; "islands" as it is)."""
    return frozenset(
        w if w.endswith("s") else w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else w + "s" for w in words
    )


LANDFORM_AFTER = frozenset("desert river valley mountains sea ocean island islands peninsula oilfield gasfield".split())
"""Lower-case words right after a name that make it a landform's ("the Kalahari desert", "the
Yadavaran and [Jufeyr] oilfields"; not "field", which is a verb after a side: "[Chelsea] field a
young team")."""
FAC_AFTER = frozenset("stadium prison jail museum gallery theatre cathedral airport hotel arena cinema dam".split())
"""Lower-case words right after a name that make it a building's ("[Belmarsh] prison", "the [Prado]
museum", "[Rhein-Main] airport", "London's [Hilton] hotel", "the [Curzon Mayfair] cinema", "the [Xiluodu]
dam"; "opera
house" too: "the [Bastille] opera house"), unless the gazetteer knows the name as a place ("a [New
Orleans] jail", "[Prague] airport") or it is a nationality ("British cinema"); not "station", which
follows broadcasters ("TV station")."""
LANDFORM_PLURALS = _plurals(LANDFORM_AFTER)
FAC_PLURALS = _plurals(FAC_AFTER)
"""The plurals, after a list of names ("Belmarsh and [Woodhill] prisons", "the Tigris and [Euphrates]
rivers")."""


def place_kind_after(text: str, start: int, end: int, after: list[str]) -> str | None:
    """LOC or FAC when a lower-case landform's or building's word (or its plural) follows the name at
    [start, end) (``after``: the lower-cased words after it), else None."""
    if not after or not text[end + 1 : end + 2].islower():
        return None
    if after[0] in LANDFORM_AFTER or after[0] in LANDFORM_PLURALS:
        return "LOC"
    if (
        (after[0] in FAC_AFTER or after[0] in FAC_PLURALS or after[:2] == ["opera", "house"])
        and gazetteer.lookup(match_key(text[start:end])) is None
        and not is_nationality_word(match_key(text[start:end]))
    ):
        return "FAC"
    return None


_PLURAL_AFTER_RE = re.compile(r"\s+([a-z]+)\b")


def listed_places(st: State, text: str, chain: list[int]) -> list[tuple[int, str]]:
    """(mention, label) for the names of a list (``chain``: its mentions in order) that a plural
    landform's or building's word closes ("at [Heathrow], [Gatwick], Edinburgh and Glasgow
    airports"): every name but the last (its own cue reads the word) and those the gazetteer knows
    or the model calls a nationality ("Scottish and [Welsh] prisons")."""
    m = _PLURAL_AFTER_RE.match(text, st.ends[chain[-1]])
    if m is None:
        return []
    word = m.group(1)
    kind = "LOC" if word in LANDFORM_PLURALS else "FAC" if word in FAC_PLURALS else None
    if kind is None:
        return []
    return [(i, kind) for i in chain[:-1] if st.labels[i] != "NORP" and gazetteer.lookup(st.surf[i].key) is None]
