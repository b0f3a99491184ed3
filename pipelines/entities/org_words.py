"""Words around a name that only firms, teams, bands and papers have, for the label cues
(:mod:`pipelines.entities.cues`): a word after it ("Yukos shares", "Munster lock", "Nirvana
frontman", "Jupiter analyst", "the North side"), or a kind of firm, club or group before it ("oil
giant Yukos", "shares in Glaxo", "analysts Datamonitor", "economist at Global Insight"), or a
place and "-based" before it ("Oxford-based Natural Motion"). Each test reads a word or two on
either side of the name, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key

ORG_AFTER = frozenset(
    """fc afc plc ltd inc share shares shareholders chairman boss executives spokesman spokeswoman
    spokesperson striker midfielder defender goalkeeper keeper winger flanker lock prop fly-half
    scrum-half hooker full-back manager coach squad subsidiary
    brand brands marque frontman frontwoman singer vocalist guitarist drummer bassist analyst analysts economist
    economists strategist magazine newspaper customers subscribers unit""".split()
)
"""Words right after a name that only firms, teams and bands have ("Yukos shares", "Munster lock",
"the Wolf Blass brand", "Nirvana frontman", "Boyzone singer Ronan Keating", "Global Insight analyst
Howard Archer", "Mac Format magazine", "its Yugansk unit")."""
TEAM_AFTER = frozenset("side team outfit".split())
"""Words right after a name that make it a team's, unless the name is a possessive ("the [North] side",
"the [Tampa Bay Buccaneers] team"; not "[Neil Warnock's] side", a manager's)."""
CLUB_PREFIXES = frozenset(
    match_key(w)
    for w in """real sporting inter dynamo dinamo atletico olympique olympiakos deportivo borussia lokomotiv
    spartak cska psv steaua partizan sparta slavia hapoel maccabi werder hertha eintracht""".split()
)
"""First words of clubs named after their town ("Real Madrid", "PSV Eindhoven", "Partizan Belgrade",
"Sporting Lisbon", "Werder Bremen"), as match keys; a name of two words or more opening with one votes ORG as a
designator does (:mod:`labels`: "Atletico Madrid", "Real Sociedad" tagged PERSON or GPE); not
"racing", which opens titles too ("Racing Stripes")."""
ORG_AFTER_PAIRS = frozenset({("chief", "executive"), ("share", "price")})
ORG_KINDS_PLURAL = """firms companies groups banks retailers carriers airlines clubs insurers lenders operators
    analysts consultants pollsters auctioneers bookmakers solicitors accountants stockbrokers publishers
    auditors developers""".split()
PEOPLE_AT = """economist economists analyst analysts editor researcher researchers strategist expert experts
    consultant consultants engineer engineers director directors manager managers partner partners executive
    executives officer spokesman spokeswoman""".split()
"""Roles of people that work at or with a firm or a paper named after them ("security expert at
[Energis]", "economist at [Global Insight]", "editor at [Mac Format]", "a partner at [Tods Murray]",
"portal director at [Tiscali]"); not "staff" or "workers", which a place has too ("the staff at
[Wolong]", a nature reserve), nor "of", which names what a director directs ("director of [Vera
Drake]")."""
ORG_BEFORE = frozenset(
    {
        ("firm",),
        ("company",),
        ("giant",),
        ("club",),
        ("retailer",),
        ("carrier",),
        ("airline",),
        ("bank",),
        ("label",),
        ("group",),
        ("band",),
        ("operator",),
        ("insurer",),
        ("lender",),
        ("brewer",),
        ("carmaker",),
        ("supermarket",),
        ("brokers",),
        ("regulator",),
        ("watchdog",),
        ("charity",),
        ("conglomerate",),
        ("side",),
        ("subsidiary",),
        ("think-tank",),
        ("think", "tank"),
        ("newspaper",),
        ("magazine",),
        ("outfit",),
        ("brokerage",),
        ("studio",),
        ("store",),
        ("agency",),
        ("department",),
        ("provider",),
        ("consultancy",),
        ("business",),
        ("portal",),
        ("search", "engine"),
        ("chain",),
        ("pollster",),
        ("auditor",),
        ("channel",),
        ("station",),
        ("movement",),
        ("miner",),
        ("bookmaker",),
        ("network",),
        ("exchange",),
        ("bourse",),
        ("stock", "market"),
        ("derivatives", "market"),
        ("body",),
        ("start-up",),
        ("drugmaker",),
        ("distributor",),
        *((kind,) for kind in ORG_KINDS_PLURAL),
        ("shares", "in"),
        ("shares", "of"),
        ("stake", "in"),
        ("takeover", "of"),
        ("bid", "for"),
        ("chairman", "of"),
        ("boss", "of"),
        ("executive", "of"),
        *((role, prep) for role in PEOPLE_AT for prep in ("at", "with")),
        ("editor", "of"),
        ("head", "of"),
        ("owner", "of"),
        ("owners", "of"),
        ("parent", "of"),
    }
)
"""Words right before a name that name a kind of firm, band or club, or several ("technology
firms [Earthlink] and Webroot"), a side or an outfit ("Tunisian side [Esperance]") ("oil giant
Yukos", "shares in Glaxo", "engineering group Jarvis"), a research firm or a consultancy
("analysts Datamonitor", "brokerage Aton"), a studio, a store, an agency, a department or a
provider ("film studio New Line", "agriculture department Defra", "net provider Pipex"), a
business or a chain ("property business Lensworth", "electronics chain Best Buy"), a portal or a
search engine ("internet portal Lycos"), auctioneers, bookmakers, solicitors or publishers
("auctioneers Cooper Owen"), its head or its owner ("head of [Tiga]", "Euronext, owner of
[Liffe]"), a channel, a station, a network, a movement, a miner or a bookmaker ("cable channel
HBO", "TV station Music Choice", "file-sharing network Napster", "movement J-Flag", "miner
Barrick", "bookmaker Ladbrokes"), an exchange or a market's kind ("futures exchange [Liffe]",
"pan-European bourse [Euronext]", "derivatives market [Eurex]"), a body or a start-up ("trade
body [Intellect]", "search start-up [Blinkx]"), a drugmaker or a distributor ("Swiss drugmaker
[Novartis]", "film distributor [Toho]"), also in an apposition closed by a comma ("its own budget
airline, [Jetstar], which"); not "maker", "broadcaster", "publisher",
"developer", "broker" nor "analyst", which stand before people too."""


GROUP_BEFORE = frozenset("duo trio quartet quintet".split())
"""Words right before a single name that make it a band's or an act's ("pop quartet [Abba]"); not
before a list, which names its members ("American duo [Jerry Harris] and James Davis")."""


CALLED_KINDS = sorted(
    {kind[0] for kind in ORG_BEFORE if len(kind) == 1 and kind[0] not in ("side", "body", "channel", "station")}
    | set("organisation organization party consortium venture partnership".split())
)
"""Kinds of firm, band or group that "called" or "named" a name after them ("a firm called [Baikal]",
"a new company entitled [POW]", "a band named [Fenstra]"), the one-word kinds of ``ORG_BEFORE`` and a
few more; not "man", "horse" or "song" ("a song called ...", :mod:`work_phrases`)."""
_CALLED_RE = re.compile(
    r"\b(?:" + "|".join(CALLED_KINDS) + r")\s+(?:called|named|entitled|dubbed|known\s+as)\s+[\"'‘“]?$"
)
CALLED_WINDOW = 45
"""Characters before a name read for a kind and "called"."""


def called_before(text: str, start: int) -> bool:
    """A kind of firm, band or group and "called", "named", "entitled" or "known as" stand right
    before the name starting at ``start`` ("a firm called [Baikal]")."""
    return _CALLED_RE.search(text, max(0, start - CALLED_WINDOW), start) is not None


_SURVEY_BY_RE = re.compile(
    r"\b(?:survey|surveys|poll|polls)\s+(?:(?:was|were)\s+)?(?:(?:conducted|carried\s+out|commissioned)\s+)?by\s+$",
    re.IGNORECASE,
)
"""A survey or a poll and "by" (maybe "conducted", "carried out" or "commissioned") right before a name:
a pollster's, a research firm's or a paper's ("a recent survey by [Mediametrie] found", "The survey was
conducted by [Sunovate] on behalf of Dimension Data"; not "a study by", "research by" nor "the concert,
conducted by", which academics and conductors stand after)."""
SURVEY_WINDOW = 45
"""Characters before a name read for a survey and "by"."""


def survey_by_before(text: str, start: int) -> bool:
    """A survey or a poll and "by" stand right before the name starting at ``start`` (see
    ``_SURVEY_BY_RE``)."""
    return _SURVEY_BY_RE.search(text, max(0, start - SURVEY_WINDOW), start) is not None


_SPEAKS_AFTER_RE = re.compile(r",\s+(?:said|says|told|tells|added|adds|explained|warned)\b")
"""A reporting verb right after the comma closing an apposition: the name is its speaker."""


def org_words(text: str, end: int, before: list[str], after: list[str]) -> bool:
    """The lower-cased words ``before`` and ``after`` the name ending at ``end`` are words only
    organisations have around them (see the module docstring)."""
    if after and (after[0] in ORG_AFTER or tuple(after) in ORG_AFTER_PAIRS):
        return True
    if after and after[0] in TEAM_AFTER and text[end - 2 : end] not in ("'s", "’s"):
        return True
    if before and before[-1] in GROUP_BEFORE:
        return not text.startswith(",", end) and after[:1] != ["and"]
    if before and before[-1].endswith(",") and (before[-1][:-1],) in ORG_BEFORE:
        # "its own budget airline, [Jetstar], which": an apposition; not a speaker's ("the head of the
        # Naftohaz company, [Yury Boyko], said")
        return text.startswith(",", end) and _SPEAKS_AFTER_RE.match(text, end) is None
    return bool(before) and (tuple(before[-1:]) in ORG_BEFORE or tuple(before) in ORG_BEFORE)


_PLACE_BASED_RE = re.compile(r"\b(?:([A-Z][\w.'’]*)\s+)?([A-Z][\w.'’]*)-based\s+$")
"""One or two capitalised words and "-based" right before a name ("Oxford-based [Natural Motion]",
"Zurich and London-based [Xstrata]", "Hong Kong-based [Hutchison Whampoa]")."""
BASED_WINDOW = 30
"""Characters before a name read for "-based"."""


def based_before(text: str, start: int, end: int) -> bool:
    """A place of the gazetteer (one word or two: "Hong Kong") and "-based" stand right before the
    name at [start, end), which is
    no possessive and opens with no given name: a firm's ("Oxford-based [Natural Motion]"; not
    "US-based [Alistair Cragg]", "London-based [Levy's] novel", "the Windows-based [Creative Zen]")."""
    m = _PLACE_BASED_RE.search(text, max(0, start - BASED_WINDOW), start)
    if m is None or text[end - 2 : end] in ("'s", "’s") or text[end : end + 2] in ("'s", "’s"):
        return False
    place = m.group(2) if m.group(1) is None else f"{m.group(1)} {m.group(2)}"
    return (
        gazetteer.lookup(match_key(place)) is not None or gazetteer.lookup(match_key(m.group(2))) is not None
    ) and match_key(text[start:end].split()[0]) not in given_names()
