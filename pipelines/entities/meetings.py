"""Meetings named after their town: a place of the gazetteer and "International" or "Masters"
("the Sydney International", "the Shanghai Masters") names a tournament or an athletics meeting,
which the small model tags ORG, when the words around read as an event's: "at", "won", "in" or
"of" and "the" before it ("at the [Sydney International]", "the final of the [Sydney
International]"), a month's or a day's possessive ("January's [Sydney International]",
"Sunday's [Leipzig International] meeting") or a word for a meeting after it ("the [Sydney
International] tournament"). Not a firm ("Cathay International": no place), nor a building the
model cut short ("at the [Sydney International] Airport": a capital follows)."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key

MEETING_ENDINGS = frozenset(match_key(w) for w in "international masters".split())
"""Last words that make a place's name a meeting's in an event's context (as match keys); the
others ("Open", "Classic", "Cup", "Trophy", "Grand Prix", "Marathon") make an event of any name
(``labels.EVENT_DESIGNATORS``)."""
BEFORE_THE = frozenset("at won win wins winning in of from for to".split())
"""Words before "the" and the name that make it a meeting ("at the", "won the", "final of the")."""
DATED = frozenset(
    """january's february's march's april's may's june's july's august's september's october's
    november's december's monday's tuesday's wednesday's thursday's friday's saturday's sunday's
    year's""".split()
)
"""Possessives of a date before the name ("January's [Norwich Union International]")."""
MEETING_AFTER = frozenset("tournament meeting meet event series race title final champion championship".split())
"""Words right after the name that make it a meeting ("the [Sydney International] tournament")."""
_BEFORE_RE = re.compile(r"(\S+)\s+(\S+)\s+$")
_AFTER_RE = re.compile(r"\s+(\S+)")
WINDOW = 40


def meeting_name(key: str) -> bool:
    """The match key is a place of the gazetteer and "International" or "Masters" ("sydnei
    international"), and the whole is no place itself."""
    head, _, last = key.rpartition(" ")
    return (
        bool(head) and last in MEETING_ENDINGS and gazetteer.lookup(head) is not None and gazetteer.lookup(key) is None
    )


def names_a_meeting(text: str, start: int, end: int, key: str) -> bool:
    """The name at [start, end) of ``text`` (match key ``key``) is a meeting named after its town
    (see the module's docstring)."""
    if not meeting_name(key):
        return False
    if text.startswith(("the ", "The "), start):
        start += 4  # the span holds "the": "at [the Sydney International]"
    after = _AFTER_RE.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        return False  # "the Sydney International Airport"
    if after is not None and after.group(1).strip(".,;:!?)'\"").lower() in MEETING_AFTER:
        return True
    before = _BEFORE_RE.search(text[max(0, start - WINDOW) : start])
    if before is None:
        return False
    word, the = before.group(1).lower().strip("\"'(“‘"), before.group(2).lower()
    return (the == "the" and word in BEFORE_THE) or the.replace("’", "'") in DATED
