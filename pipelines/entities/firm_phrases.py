"""Phrases after a name that only firms have, for the label cues (:mod:`pipelines.entities.cues`):
an apposition or a predicate whose head names a kind of firm or band ("Diageo, the world's biggest
spirits company, ...", "Xstrata is a global mining giant"), a possessive and a word only firms
have ("Diageo's best-known brands"), or a partnership's ending ("Laurie Milbank and Co"); a web
domain written onto it ("the man behind [OptInRealBig].com"), which names a firm or a site.
Each test reads a few words after the name, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key

POSSESSIVE_ORG = frozenset(
    """shareholders subsidiary subsidiaries brands profits stores factories plants workforce customers
    subscribers network IPO flotation equity""".split()
)
"""Words within two words after a name and "'s" that only firms have ("Diageo's best-known brands",
"Yukos's shareholders", "Jet's IPO", "Jet's equity"); not "shares", "manager", "squad" nor
"boss", which people have too."""
HOLDINGS = frozenset("shares stake chairman earnings revenues".split())
"""Words within two words after a one-word name and "'s" that a listed firm has, and a person's
full name seldom does ("[Novartis]' shares rose", "[Alfa-Eco]'s stake in", "[May]'s chairman";
not "Tom Hale's shares in it"); "chief executive" too
("[Foster]'s chief executive"); not "board" ("[Mackay]'s executive board", its chairman's), "debt"
nor "takeover", which people and countries have too."""
FIRM_NOUNS = frozenset(
    """company firm group bank retailer carrier airline insurer lender brewer carmaker operator
    conglomerate maker manufacturer supplier chain club side giant miner band""".split()
)
"""Head nouns of an apposition or of a predicate that make the name before it an organisation's
("Diageo, the world's biggest spirits company, ...", "Xstrata is a global mining giant")."""
_BETWEEN = r"(?:(?!(?:of|for|at|with|to|in|on|from|by)\s)[\w'’-]+\s+){0,5}?"
"""Up to five words between the article and the head, none a preposition."""
_FIRM_HEADS = "|".join(sorted(FIRM_NOUNS | {n + "s" for n in FIRM_NOUNS if not n.endswith("y")} | {"companies"}))
_APPOSITION_RE = re.compile(
    r",\s+(?:the|a|an|one\s+of)\s+" + _BETWEEN + "(?:" + _FIRM_HEADS + r")(?=[,.;:)]|\s+(?:which|that|whose)\b)"
)
"""An apposition after a name whose head names a kind of firm, or one of several ("Diageo, the
world's biggest spirits company, ...", "Glenmorangie, one of Scotland's premier whisky firms,";
not "Tom Hale, the company's boss", nor "..., a spokeswoman for the bank,")."""
_PREDICATE_RE = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:the|a|an|one\s+of)\s+"
    + _BETWEEN
    + "(?:"
    + _FIRM_HEADS
    + r")(?=[,.;:)]|\s+(?:which|that|whose|with|in|based|and)\b)"
)
"""A copula after a name and a predicate whose head names a kind of firm or band ("Xstrata is a
global mining giant with operations ...", "Crespel is a specialist steel firm."; not "Mukesh is the
company's chairman")."""
_POSSESSIVE_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(POSSESSIVE_ORG)) + r")\b")
_HOLDINGS_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(HOLDINGS)) + r"|chief\s+executive)\b")
_APOSTROPHE_S_RE = re.compile(r"['’]s?")
_NAME_END_RE = re.compile(r"['’]s?$")


def _possessive_firm(text: str, end: int, start: int | None) -> bool:
    """A possessive ending or following the name, then a word only firms have within two words
    ("Diageo's best-known brands"), or a firm's holding after a one-word name (``HOLDINGS``; the
    name starts at ``start``, when given)."""
    if text[end - 2 : end] in ("'s", "’s"):
        after = end
    else:
        apostrophe = _APOSTROPHE_S_RE.match(text, end)
        if apostrophe is None:
            return False
        after = apostrophe.end()
    if _POSSESSIVE_RE.match(text, after) is not None:
        return True
    if start is None or _HOLDINGS_RE.match(text, after) is None:
        return False
    name = _NAME_END_RE.sub("", text[start:end])
    return bool(name) and " " not in name


_AND_CO_RE = re.compile(r"\s+(?:and|&)\s+(?:Co|Cie|Company|Sons|Partners)\b")
"""A partnership's ending after a name ("Laurie Milbank and Co", "Samuel Montagu & Co Ltd"): the
name is the firm's, not the person's it is named after."""


def firm_after(text: str, end: int, start: int | None = None) -> bool:
    """The words after the name ending at ``end`` (starting at ``start``, when given) make it a
    firm's (see the module docstring)."""
    following = text[end : end + 1]
    if following == " " and (_PREDICATE_RE.match(text, end) or _AND_CO_RE.match(text, end)):
        return True
    if following == ",":
        return _APPOSITION_RE.match(text, end) is not None
    if following in ("'", "’") or text[end - 2 : end] in ("'s", "’s"):
        return _possessive_firm(text, end, start)
    return False


_SEQUEL_AFTER_RE = re.compile(r"\s+(?:[A-Z][\w:'’-]*\s+){1,5}[1-9]\d?(?![\w/.,:-]*\w)(?!\s+[A-Z])")
"""A title of capitalised words closing on a sequel's or a version's number of one or two digits
after a possessive ("Pro Evolution Soccer 4"; not "Fahrenheit 9/11", "Nikkei 225", a year, nor a
number a capitalised word follows: "TFC 101 Tower")."""


def maker_possessive(text: str, start: int, end: int) -> bool:
    """A one-word name's possessive before a title closing on a sequel's number ("[Konami]'s Pro
    Evolution Soccer 4"): the title is a game's or a product's, the name its maker's, a firm; not
    a place's ("Tokyo's Nikkei 225") nor a full name's ("Michael Moore's Fahrenheit 9/11"), and a
    person's works seldom carry a number ("Shakespeare's Richard III": a king's)."""
    name = text[start:end]
    if name.endswith(("'s", "’s")):
        name, after = name[:-2], end
    elif text.startswith(("'s", "’s"), end):
        after = end + 2
    else:
        return False
    if not name or " " in name or gazetteer.lookup(match_key(name)) is not None:
        return False
    return _SEQUEL_AFTER_RE.match(text, after) is not None


PRICE_MOVES = frozenset(
    """shed fell rose gained slipped dropped jumped climbed slumped added lost tumbled soared sank surged
    eased dipped""".split()
)
"""Verbs of a share price's move that a firm's or an index's name opens with a percentage ("Arcelor
shed 2.1% to 17.58 euros", "AirAsia fell 2.9%"); not "grew", which an economy does too."""
PLACE_PREPOSITIONS = frozenset("in at to from of for across and or &".split())
"""Words before a name that make a share's move after it a region's figure ("sales in [London] rose
4%", "applications from England and [Wales] rose by 17%")."""
_PRICE_MOVE_RE = re.compile(
    r"\s+(?:" + "|".join(sorted(PRICE_MOVES)) + r")\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent)"
)


def price_move_after(text: str, start: int, end: int) -> bool:
    """A share price's move after the name at [start, end) ("[Arcelor] shed 2.1%"): a firm's or an
    index's, unless the name is a place of the gazetteer or follows a preposition or a
    coordination (``PLACE_PREPOSITIONS``)."""
    if _PRICE_MOVE_RE.match(text, end) is None or gazetteer.lookup(match_key(text[start:end])) is not None:
        return False
    before = text[max(0, start - 12) : start].split()
    return not before or before[-1].lower() not in PLACE_PREPOSITIONS


_WEB_DOMAIN_RE = re.compile(r"\.(?:com|net|org|biz|co\.uk|org\.uk)\b")
"""A web domain right after the name, with no space ("[OptInRealBig].com", "[Jolt].co.uk")."""


def web_domain_after(text: str, end: int) -> bool:
    """The name ending at ``end`` is written with a web domain: a firm's or a site's."""
    return _WEB_DOMAIN_RE.match(text, end) is not None
