"""Label votes: each mention votes for its entity's label, weighted by what its surface says
(an honorific is strong PERSON evidence, an organisation designator strong ORG evidence, a
short form resolved to a person's full name votes PERSON at half weight); and entity ids."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.firm_marks import town_club
from pipelines.entities.given_names import given_names
from pipelines.entities.holidays import is_holiday
from pipelines.entities.keys import match_key
from pipelines.entities.landforms import landform_label
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.org_words import CLUB_PREFIXES
from pipelines.entities.title_shapes import person_title, possessive_title
from pipelines.ids import stable_id
from pipelines.wordlists import ENTITY_LABELS, LEGAL_FORMS, PLACE_LABELS

if TYPE_CHECKING:
    from pipelines.entities.surfaces import Surface

_LABEL_ORDER = {label: i for i, label in enumerate(ENTITY_LABELS)}

RESOLVED_WEIGHT = 0.5
"""PERSON vote of a short form resolved to a person's full name (its own label is often wrong)."""
HONORIFIC_WEIGHT = 2.0
"""Extra PERSON weight of a mention carrying an honorific ("Mr", "Ms", "Dr")."""
DESIGNATOR_WEIGHT = 2.0
"""Extra ORG weight of a mention whose name ends in an organisation designator."""
REPEAT_WEIGHT = 0.25
"""Share of its vote a name's later mentions in one article give what their surface says (the
model's label, designators, honorifics): the model labels every occurrence of a name in an
article alike (and the document passes copy its label to the ones it missed), so a name
repeated ten times in one article is one reading, not ten; the context cues of each mention
count in full."""


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(match_key(w) for w in words)


ORG_DESIGNATORS = LEGAL_FORMS | frozenset(
    """company companies group holdings partners fc afc rfc rufc rlfc united rovers wanderers athletic albion hotspur
    academicals rangers harriers villa argyle party council bank association union university college school club agency
    ministry department committee commission institute foundation society airlines airways railways
    motors industries authority board league federation trust service services organisation
    organization network studios records brothers radio television tv films pictures premiership labs lab
    leisure chronicle herald telegraph gazette tribune journal echo inquirer examiner sentinel post""".split()
)
"""Last words that make a name an organisation's ("Manchester United", "Neath RFC", "Diageo plc",
"Labour Party", "Creative Labs", "Stanley Leisure"), a newspaper's among them ("Newcastle Evening
Chronicle", "Sydney Morning Herald", "South China Morning Post"; not "Times", "Express" nor
"Press", which end titles, products and surnames too), which the small model often tags PERSON,
GPE or EVENT (as match keys)."""


EVENT_DESIGNATORS = frozenset(
    """prix lecture championship championships cup games open awards festival olympics marathon
    conference summit tournament trophy run race rally regatta classic indoors invitational dinner ceremony
    gala expo slam election""".split()
)
"""Last words that make a name an event's ("Norwich Union Grand Prix", "Adam Smith Lecture",
"Brit Awards", "Great North Run", "Milan Indoors", "Technical Awards Dinner", "Macworld Expo",
"Grand Slam", "General Election", "European Elections"),
which the small model tags ORG or PERSON (as match keys); not "show", which ends the names of
television programmes as often as those of fairs (``TRADE_SHOW_WORDS``)."""
COMPETING_NUMBERS = frozenset("tri two three four five six seven eight".split())
"""Numbers before "Nations" that make a name a tournament's ("Tri Nations", "Six Nations"), unlike
"United Nations"."""
TRADE_SHOW_WORDS = frozenset("motor auto air boat electronics trade book game".split())
"""Words before "Show" or "Fair" that make the name a trade show's or a fair's, an event's ("Detroit
Motor Show", "Consumer Electronics Show", "London Book Fair"; not "The Fast Show", "Vanity Fair")."""
EVENT_WORDS = frozenset("games olympics paralympics championships tests".split())
"""Event words that name an event alone ("the [Games]", "in [Games] history", "at the [Championships]",
"two victories from 14 [Tests]": matches),
which the small model tags FAC or ORG (as match keys)."""
FAC_DESIGNATORS = frozenset(
    """theatre theater street road stadium airport bridge arena square avenue racecourse velodrome
    temple cathedral abbey mosque auditorium pavilion prison""".split()
)
"""Last words that make a name a building's or a road's ("Prince Edward Theatre", "George
Street"), as match keys."""
SURNAME_FAC_DESIGNATORS = frozenset("hall park castle tower".split())
"""Last words that make a name a building's or grounds' ("Carnegie Hall", "Weston Park", "Windsor
Castle", "TFC Tower") unless a given name opens it: they are surnames too ("Lee Hall", "Barbara
Castle", "John Tower")."""
WORK_DESIGNATORS = frozenset("award prize".split())
"""Last words that make a name a prize's ("Douglas Hickox Award", "Turner Prize"; "Awards" are
events), as match keys."""
LAW_DESIGNATORS = frozenset(
    "act bill treaty agenda protocol accord accords declaration pact charter agreement directive convention".split()
)
"""Last words that make a name a law's, a treaty's or a policy's when capitalised ("Sarbanes-Oxley
Act", "Consumer Credit Bill", "Maastricht Treaty", "Kyoto Protocol", "Lisbon Agenda", "Good Friday
Agreement": a place's name before them names the document, not the place; not "Best British R & B
act"), as match keys; not "strategy", "plan" nor "programme", which end firms' and broadcasts'
names too ("World Food Programme", "Today Programme")."""
PERSON_WORK_ENDINGS = frozenset("song album film movie novel opera musical soundtrack trilogy".split())
"""Last words that make a name the model calls a person's a work's ("Redemption Song", "the Harry
Potter film"), unless a given name opens it: they are surnames too ("Dan Song")."""
PERSON_EVENT_ENDINGS = frozenset("tour concert gig".split())
"""Last words that make a name the model calls a person's an event's ("Onyx Hotel tour"), unless a
given name opens it ("Bill Tour")."""
PRODUCT_DESIGNATORS = frozenset(
    """suv hatchback saloon coupe console handset smartphone laptop consoles handsets smartphones
    laptops robot""".split()
)
"""Last words that make a name a product's ("Highlander SUV", "Xbox 360 console", "Orange
Smartphones", "Sony's [Qrio Robot]"), as match keys."""
LOC_DESIGNATORS = frozenset("desert canyon valley mountains ocean sea river peninsula".split())
"""Last words that make a name a landform's ("Silicon Valley", "Red Sea"); "national park" too
("Bryce Canyon National Park"), as match keys; not "forest" ("Nottingham Forest" is a club) nor
"lake" (a surname), nor "islands" (many are countries: "Maldive Islands")."""
TITLE_INNER_WORDS = frozenset(
    """With Or To Is Are An In On At For From Have Has Be It My Your You Me We Not No Up Out All What
    Who How Why Where When Can Do Get Got Will Was Were Am Been Into Off Over By Vs Versus""".split()
)
"""Function words, pronouns and verbs that only a title capitalises inside a name ("Breakfast With
Frost", "Super Size Me", "Have I Got News For You", "Freddy Vs Jason": a fixture writes "v"),
written as they are (not match keys); not
"The", "Of" nor "And", which some firms capitalise, nor "A" and "I", which are letters
("Group A", "World War I")."""
NOBLE_TITLES = frozenset("prince princess duke duchess earl countess king queen baron baroness marquess".split())
"""Titles that make "<title> of <Place>" a person ("Prince of Wales", "Duke of Edinburgh"; not
"King of the Hill"), and stand before a name outside it ("Baron [Kinnock]")."""
CLUB_TOWN_WORDS = frozenset("city town".split())
"""Last words that make a town's name a club's when the whole is no place of the gazetteer
("Exeter City", "Nelson Town"; not "Salt Lake City", "Cape Town"), as match keys."""
ORG_LEADING_WORDS = frozenset("team club university bank banque banco banca college".split())
"""First words that make a name an organisation's ("Team GB", "Bank of England"; a bank in French,
Spanish or Italian: "Banque Misr", "Banco Santander", "Banca Intesa"), as match keys."""


# as match keys ("street" -> "stret", "committee" -> "comite"), which is what they are compared with
ORG_DESIGNATORS = _keys(ORG_DESIGNATORS)
EVENT_DESIGNATORS = _keys(EVENT_DESIGNATORS)
COMPETING_NUMBERS = _keys(COMPETING_NUMBERS)
NATIONS = match_key("Nations")
CROSS_COUNTRY = match_key("cross country").split()
EVENT_WORDS = _keys(EVENT_WORDS)
FAC_DESIGNATORS = _keys(FAC_DESIGNATORS)
SURNAME_FAC_DESIGNATORS = _keys(SURNAME_FAC_DESIGNATORS)
LAW_DESIGNATORS = _keys(LAW_DESIGNATORS)
LOC_DESIGNATORS = _keys(LOC_DESIGNATORS)
WORK_DESIGNATORS = _keys(WORK_DESIGNATORS)
PRODUCT_DESIGNATORS = _keys(PRODUCT_DESIGNATORS)
PERSON_WORK_ENDINGS = _keys(PERSON_WORK_ENDINGS)
PERSON_EVENT_ENDINGS = _keys(PERSON_EVENT_ENDINGS)
ORG_LEADING_WORDS = _keys(ORG_LEADING_WORDS)
CLUB_TOWN_WORDS = _keys(CLUB_TOWN_WORDS)
TRADE_SHOW_WORDS = _keys(TRADE_SHOW_WORDS)
SHOW_ENDINGS = _keys("show fair".split())
SHOW = match_key("show")
OPERATION = match_key("operation")
NATIONAL_PARK = [match_key("national"), match_key("park")]
DESIGNATORS = (
    ORG_DESIGNATORS
    | EVENT_DESIGNATORS
    | FAC_DESIGNATORS
    | LAW_DESIGNATORS
    | LOC_DESIGNATORS
    | WORK_DESIGNATORS
    | PRODUCT_DESIGNATORS
    | {SHOW}
)
"""Every last word that says what kind of thing a name names (and "Show", which makes a person's
name a programme's: no first name opening "The Catherine Tate Show" votes PERSON)."""


def coarse_type(label: str) -> str:
    if label in ("PERSON", "ORG", "NORP"):
        return label
    if label in PLACE_LABELS:
        return "PLACE"
    return "MISC"


def entity_id(coarse: str, key: str) -> str:
    return stable_id("entity", coarse, key)


DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i")
"""Endings that make a nationality of a country's name ("Bangladesh-i", "Europe-an", "Chin-ese"
from China), longest first; not a bare plural "s" ("Americas", "Guinness")."""
WHOLE_NAME_ENDINGS = frozenset({"is", "i"})
"""Endings that follow a country's whole name ("Israel-i", "Iraq-is"; not "Franc-is")."""
DEMONYM_DROPPED_CHARS = 3
"""Letters of the country's name the other endings may replace ("Canad(a)-ian", "Brit(ain)-ish")."""
DEMONYM_STEM_CHARS = 4
"""Shortest stem a nationality is read from ("Thai" is left to the model)."""
PLACE_COMPASS_WORDS = _keys("north south east west".split())
"""Words that make a place of a place's name they stand before or after ("Dundee East", "South
West Edinburgh", "Bournemouth West": constituencies and regions), as match keys; not "central"
("Central America" is a region)."""
PLACE_TRAILING_WORDS = PLACE_COMPASS_WORDS | _keys(["central"])
"""Words that make a place of a place's name they stand after: the compass words and "Central"
("Sheffield Central", a constituency; not "Central America" before a name, a region)."""
COMPASS_WORDS = frozenset("north south east west northern southern eastern western central latin".split())
"""Words that may stand before a nationality ("Eastern European", "South African")."""


CITY_DEMONYM_ENDINGS = ("ers", "er")
"""Endings that make a city's people of its name ("Londoner", "Dubliners", "New Yorkers")."""


def city_demonym(key: str) -> bool:
    """The match key is a city of the gazetteer and "-er" or "-ers", and no place itself."""
    for ending in CITY_DEMONYM_ENDINGS:
        if key.endswith(ending):
            place = gazetteer.lookup(key[: -len(ending)])
            return place is not None and place.place_id.startswith("city:") and gazetteer.lookup(key) is None
    return False


@lru_cache(maxsize=100_000)
def is_demonym(key: str) -> bool:
    """The match key names the people of a country or a continent of the gazetteer (and names
    no place itself): "bangladeshi", "slovaks", "eastern european", "south african", "sri lankan"."""
    if gazetteer.lookup(key) is not None:
        return False
    words = key.split()
    while len(words) > 1 and words[0] in COMPASS_WORDS:
        words = words[1:]
    word = " ".join(words)  # "sri lankan", "costa rican": the ending closes a country of two words
    for ending in DEMONYM_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= DEMONYM_STEM_CHARS:
            dropped = 0 if ending in WHOLE_NAME_ENDINGS else DEMONYM_DROPPED_CHARS
            return any(
                k.startswith(stem) and len(k) - len(stem) <= dropped
                for k in _countries_by_prefix().get(stem[:DEMONYM_STEM_CHARS], ())
            )
    return False


def is_compass_place(key: str) -> bool:
    """The match key is a gazetteer GPE with compass words before or after it ("dundee east",
    "south west edinburgh") or "central" after it ("sheffield central"); not a continent's part
    ("east asia"), which is a LOC."""
    words = key.split()
    a, b = 0, len(words)
    while a < b and words[a] in PLACE_COMPASS_WORDS:
        a += 1
    while b > a and words[b - 1] in PLACE_TRAILING_WORDS:
        b -= 1
    if (a, b) == (0, len(words)) or a == b:
        return False
    place = gazetteer.lookup(" ".join(words[a:b]))
    return place is not None and place.label == "GPE"


def _is_country(key: str) -> bool:
    place = gazetteer.lookup(key)
    return place is not None and place.place_id.startswith(("country:", "continent:"))


@lru_cache(maxsize=1)
def _countries_by_prefix() -> dict[str, tuple[str, ...]]:
    """Match keys of the gazetteer's countries and continents, by their first letters."""
    out: dict[str, list[str]] = {}
    for key in gazetteer.places():
        if _is_country(key):
            out.setdefault(key[:DEMONYM_STEM_CHARS], []).append(key)
    return {k: tuple(v) for k, v in out.items()}


LAW_PARTS = _keys("article section clause chapter rule part schedule no number regulation resolution".split())
"""First words of a law's part with a number ("Chapter 11", "Section 28", "Article 52"), as match keys."""
_SEQUEL_RE = re.compile(r"[A-Z][\w'’:-]*(?: [\w'’:-]+)* \d")
"""A title and a one-digit number ("Halo 2", "Need for Speed: Underground 2"; not a scorer and
the minute: "Dyer 69")."""


_MODEL_NUMBER_RE = re.compile(r"[A-Z]{1,3}\d{1,4}[a-z]?")
"""A model's number ending a name: capitals then digits ("Dell Optiplex [GX280]", "Vaio [W1]",
"Mercedes Benz [C180]", "Airbus [A300s]"); not a year nor a plain number ("Euro 2004", "Channel 4")."""


_BRAND_SHAPE_RE = re.compile(r"[a-z][A-Z]")
"""A lower-case letter then a capital opening a name: a brand's shape ("eBay", "iTunes", "eDonkey")."""
NOT_BRAND_LABELS = frozenset({"GPE", "LOC", "NORP", "PERSON"})
"""Labels no name of a brand's shape takes: no place, people or person is written so."""


NICKNAME_ENDING = "inho"
"""The ending of a Portuguese nickname, which footballers go by alone ("Juninho", "Serginho",
"Ronaldinho"): a one-word name ending so that no place of the gazetteer has is a person's, which
the small model often tags ORG (as a match key)."""


def _nickname(surface: Surface) -> bool:
    return surface.ntok == 1 and surface.key.endswith(NICKNAME_ENDING) and gazetteer.lookup(surface.key) is None


def _vote_label(label: str, surface: Surface) -> str:
    if label != "PERSON" and _nickname(surface):
        return "PERSON"  # "Juninho" tagged ORG
    if label in NOT_BRAND_LABELS and _BRAND_SHAPE_RE.match(surface.name):
        return "ORG"  # "iTunes" tagged NORP, "eDonkey" GPE
    if label == "PERSON" and any(ch.isdigit() for ch in surface.name):
        return "PRODUCT"  # names have no digits: "Leopard 2", "Windows 95"
    if label == "LAW" and _SEQUEL_RE.fullmatch(surface.name) and match_key(surface.name.split()[0]) not in LAW_PARTS:
        return "WORK_OF_ART"  # a title and a small number is a sequel: "Halo 2", "Shrek 2" (not "Chapter 11")
    if label == "PERSON" and surface.acronym:
        return "ORG"  # people are not written as acronyms: "CENTR", "RICS"
    if (label == "PERSON" and not surface.honorific and person_title(surface.name)) or (
        label == "PRODUCT" and possessive_title(surface.name)
    ):
        return "WORK_OF_ART"  # "Beyond Borders", "Notes on Falling Leaves", "My Life" (``title_shapes``)
    if label == "PERSON" and surface.ntok >= 2:
        first, last = surface.key.split(" ", 1)[0], surface.key.rsplit(" ", 1)[-1]
        if last == SHOW:
            return "WORK_OF_ART"  # a person's name and "Show" is a programme: "The Catherine Tate Show"
        if first not in given_names():  # else a surname: "Dan Song", "Bill Tour"
            if last in PERSON_WORK_ENDINGS:
                return "WORK_OF_ART"  # "Redemption Song"
            if last in PERSON_EVENT_ENDINGS:
                return "EVENT"  # "Onyx Hotel tour"
    return label


def add_vote(
    votes: Counter,
    label: str,
    surface: Surface,
    resolved: bool,
    cues: Iterable[tuple[str, float]] = (),
    repeat: bool = False,
    weight: float = 1.0,
) -> None:
    """One mention's vote for its entity's label, with extra PERSON weight when it carries an
    honorific, extra EVENT or FAC weight when its name ends in an event word ("... Awards") or a
    building's ("... Theatre"), and extra
    ORG weight when it ends in an organisation designator or opens with an organisation word
    ("Team GB"), plus the votes of its context (``cues``). A short
    form resolved to a full name (always a person's) votes PERSON at ``RESOLVED_WEIGHT``,
    whatever the model called it ("O'Gara" tagged GPE). A ``repeat`` (a later mention of the
    same name in its article) gives what its surface says at ``REPEAT_WEIGHT``, and every mention
    at ``weight`` (:mod:`lone_names`)."""
    cues = list(cues)
    _surface_vote(votes, weight * (REPEAT_WEIGHT if repeat else 1.0), label, surface, resolved, cues)
    for cue_label, w in cues:
        votes[cue_label] += w


def _surface_vote(votes: Counter, weight: float, label: str, surface: Surface, resolved: bool, cues: list) -> None:
    """What the model's label and the name itself say, at ``weight`` (see :func:`add_vote`)."""
    if resolved:
        votes["PERSON"] += weight * RESOLVED_WEIGHT
    elif (
        (is_demonym(surface.key) or is_nationality_word(surface.key))
        and not surface.honorific
        and all(c not in ("PERSON", "LANGUAGE") for c, _ in cues)
    ):
        votes["NORP"] += weight * (1.0 + DESIGNATOR_WEIGHT)  # "Bangladeshi" tagged PERSON, "Welsh" ORG
    else:
        votes[_vote_label(label, surface)] += weight
        designated = designated_label(surface, label)
        if designated is not None:
            votes[designated] += weight * DESIGNATOR_WEIGHT
    if surface.honorific:
        votes["PERSON"] += weight * HONORIFIC_WEIGHT


def designated_label(surface: Surface, label: str) -> str | None:
    """The label a name's own words give it, if any: a designator ending it ("... Awards", "Team
    GB"), a landform's word ("Gulf of Venezuela"), an event's word alone ("the [Games]") or a
    holiday's name ("by [Easter]" tagged LOC, "[Christmas Eve]" tagged PERSON)."""
    if is_holiday(surface.key):
        return "EVENT"
    if surface.ntok == 1:
        return "EVENT" if surface.key in EVENT_WORDS else landform_label(surface.key, label)
    designated = _designator_label(surface.key, surface.name)
    return designated if designated is not None else landform_label(surface.key, label)


def _club_of_a_town(words: list[str]) -> bool:
    """A place of the gazetteer and "City" or "Town" that together are none ("exeter citi")."""
    return (
        words[-1] in CLUB_TOWN_WORDS
        and gazetteer.lookup(" ".join(words[:-1])) is not None
        and gazetteer.lookup(" ".join(words)) is None
    )


GAMES_EVENT_WORDS = _keys(
    """olympic olympics paralympic paralympics commonwealth winter summer indoor outdoor youth goodwill
    highland highlands world asian european african pan island islands special masters mind""".split()
)
"""Words before "Games" that make the name a sporting event's ("Commonwealth Games", "Boston Indoor
Games"), as a place, a year, a month or a nationality before it does ("Athens Games", "2012 Games",
"August Games"); before any other word "Games" ends a firm's or a service's name ("Argonaut Games",
"Rockstar Games", "Yahoo Games")."""
_MONTHS = _keys("january february march april may june july august september october november december".split())


def _games_event(words: list[str]) -> bool:
    """The words before "Games" (as match keys) name a sporting event's place, time or kind."""
    if not words:
        return True
    if any(w in GAMES_EVENT_WORDS or w in _MONTHS or w.isdigit() or is_nationality_word(w) for w in words):
        return True
    return gazetteer.lookup(" ".join(words)) is not None or gazetteer.lookup(words[0]) is not None


@lru_cache(maxsize=100_000)
def _designator_label(key: str, name: str) -> str | None:
    """The label the last (or first) word of a name of two words or more gives it, if any ("...
    Awards", "Team GB"), or a capitalised function word inside it (a title: "Breakfast With
    Frost"); ``key`` is the name's match key."""
    words = key.split()
    if words[-1] == "games" and not _games_event(words[:-1]):
        return "ORG"  # a games firm or service: "Argonaut Games", "Rockstar Games"
    if words[-1] in SHOW_ENDINGS and words[-2] in TRADE_SHOW_WORDS:
        return "EVENT"  # "Detroit Motor Show", "London Book Fair"
    if words[-1] in EVENT_DESIGNATORS or words[-1].removesuffix("s") in EVENT_DESIGNATORS:
        return "EVENT"  # "Brit Awards", and a plural: "the 15s and Sevens World Cups"
    if words[-2:] == CROSS_COUNTRY or (words[-1] == NATIONS and words[-2] in COMPETING_NUMBERS):
        return "EVENT"  # "Great Edinburgh Cross Country", "Five Nations" (not "United Nations")
    if words[0] == OPERATION:
        return "EVENT"  # "Operation Buccaneer": a police or military operation
    if words[-2:] == NATIONAL_PARK:
        return "LOC"
    if words[-1] in FAC_DESIGNATORS or (words[-1] in SURNAME_FAC_DESIGNATORS and words[0] not in given_names()):
        return "FAC"
    if words[-1] in WORK_DESIGNATORS:
        return "WORK_OF_ART"
    if words[-1] in LAW_DESIGNATORS and name.rsplit(" ", 1)[-1][:1].isupper():
        return "LAW"
    if words[-1] in PRODUCT_DESIGNATORS or _MODEL_NUMBER_RE.fullmatch(name.rsplit(" ", 1)[-1]):
        return "PRODUCT"
    if words[-1] in ORG_DESIGNATORS or words[0] in ORG_LEADING_WORDS or words[0] in CLUB_PREFIXES or town_club(words):
        return "ORG"  # "Team GB", "Atletico Madrid", "Racing Santander"
    if _club_of_a_town(words):
        return "ORG"
    if words[-1] in LOC_DESIGNATORS:
        return "LOC"
    if is_compass_place(key):
        return "GPE"
    if any(w in TITLE_INNER_WORDS for w in name.split()[1:]):
        return "WORK_OF_ART"
    return None


NAMED_THINGS = frozenset({"EVENT", "LAW", "LOC", "GPE"})
"""The labels of names whose words, alone, are not the thing ("Ulster" is not the "Ulster Schools'
Cup", "Multi" no agreement), unlike a firm's or a club's ("Argonaut" for "Argonaut Games")."""


def thing_label(key: str, name: str) -> str | None:
    """The label the last (or first) word of a name of two words or more gives it when that is
    neither a person's nor a building's (a building's word ends surnames too: "Wayne Bridge"),
    else None; ``key`` is the name's match key."""
    label = _designator_label(key, name) if " " in key else None
    return None if label in (None, "PERSON", "FAC") else label


def repeats(by_article: dict[str, list[int]], starts: list[int], surf: list[Surface | None]) -> set[int]:
    """The live mentions (``surf`` not None) whose name (match key) an earlier mention of their
    article has; ``by_article`` lists each article's mentions, ``starts`` their offsets."""
    out: set[int] = set()
    for idx in by_article.values():
        seen: set[str] = set()
        for i in sorted(idx, key=lambda j: starts[j]):
            if surf[i] is None:
                continue
            key = surf[i].key
            if key in seen:
                out.add(i)
            seen.add(key)
    return out


def argmax(votes: dict[str, float]) -> str:
    """The label with most votes; ties go to the label first in ENTITY_LABELS."""
    return max(votes.items(), key=lambda kv: (kv[1], -_LABEL_ORDER.get(kv[0], 99)))[0]
