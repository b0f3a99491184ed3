"""A kind named before a list of names that names every item of it, for the label cues
(:mod:`pipelines.entities.cues`): a plural kind of work ("films including [Raging Bull], Goodfellas
and Gangs of New York"), of organisation ("bands including [Keane] and Blur") or a plural role of
people ("backing singers [Pepsi] and Shirlie", "colleagues [Haisheng Rong], Richard Jones, ...") or
of town or country ("cities including Cardiff, Bangor and [Aberystwyth]"). The test reads the words
before the first name of a list, so the pass is linear."""

from __future__ import annotations

from pipelines.entities.place_phrases import PLACE_PLURALS
from pipelines.entities.product_phrases import PRODUCT_AFTER, SOFTWARE_PLURALS
from pipelines.entities.work_phrases import WORK_PLURALS

PERSON_PLURALS = frozenset(
    """actors actresses singers writers authors novelists directors producers presenters comedians
    artists stars strikers midfielders defenders goalkeepers wingers forwards colleagues team-mates teammates
    brothers sisters sons daughters""".split()
)
"""Plural roles before a list that make its items people ("stars such as Beenie Man and [Sizzla]");
not "players" (clubs and countries have them too: "Arsenal players")."""


ORG_PLURALS = frozenset(
    """bands firms companies clubs chains groups banks retailers airlines carriers insurers lenders operators
    labels studios publishers broadcasters""".split()
)
"""Plural kinds before a list that make its items organisations ("bands including [Keane] and Blur",
"snack food chains such as [Dunkin' Donuts] and Baskin-Robbins", "record labels such as EMI")."""
LIST_PLURALS = frozenset("classics programmes books".split())
"""Plural kinds of work before a list only, not before a single name ("such classics as [SOS]")."""

PRODUCT_PLURALS = frozenset(w for w in PRODUCT_AFTER if w.endswith("s")) | SOFTWARE_PLURALS
"""Plural kinds of device, game or software before a list that make its items products ("browsers such as
[Opera], Safari", "programs such as Ad-Aware and [Spybot]")."""
LINKS = frozenset("including include includes included were are like as".split())
"""Words that may stand between the plural kind and the list ("films including [A], B", "the
overlooked films were [A], B and C", "singers like [A] and B", "such classics as [A] and B")."""

COUNTS = frozenset("two three four five six seven eight nine ten both".split())
"""Numbers before a plural kind and a comma that make the list after it the kind's items ("two singles,
[Club Foot] and LSF"); without one a comma may close a clause ("in songs, Smith and Jones said")."""


def list_kind(before: list[str]) -> str | None:
    """The label a list takes from the lower-cased words ``before`` its first name (up to three),
    maybe with a link word between (:data:`LINKS`, or "such as"): WORK_OF_ART after a plural kind of
    work, PERSON after a plural role, ORG after a plural kind of organisation, PRODUCT after a plural
    kind of device or software, GPE after a plural kind of town or country."""
    if before[-2:] == ["such", "as"]:
        before = before[:-2]
    if not before:
        return None
    if before[-1].endswith(","):  # "two singles, [Club Foot] and LSF": a count before the kind
        if len(before) < 2 or before[-2] not in COUNTS:
            return None
        before = [*before[:-1], before[-1][:-1]]
    kind = before[-2] if before[-1] in LINKS and len(before) > 1 else before[-1]
    if kind in WORK_PLURALS or kind in LIST_PLURALS:
        return "WORK_OF_ART"
    if kind in PERSON_PLURALS:
        return "PERSON"
    if kind in ORG_PLURALS:
        return "ORG"
    if kind in PRODUCT_PLURALS:
        return "PRODUCT"
    if kind in PLACE_PLURALS:
        return "GPE"
    return None
