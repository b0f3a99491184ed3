"""Meetings named after their town: a place of the gazetteer and "International" or "Masters" ("the
Sydney International", "the Shanghai Masters") names a tournament or an athletics meeting, which the
small model tags ORG, when the words around read as an event's: "at", "won", "in" or "of" and "the"
before it ("at the [Sydney International]", "the final of the [Sydney International]"), a month's or
a day's possessive ("January's [Sydney International]", "Sunday's [Leipzig International] meeting")
or a word for a meeting after it ("the [Sydney International] tournament"). Not a firm ("Cathay
International": no place), nor a building the model cut short ("at the [Sydney International]
Airport": a capital follows).

Events of any name (:func:`names_an_event`): a date's possessive or "annual" before a name that no noun follows
("at last year's [Superbowl] landed", "next month's [Budget] will"), or "the" or a possessive before
it and a word for an event after it ("the 1989 [Hillsborough] disaster", "Sun's quarterly [Network
Computing] event"; not a name the model calls a place: "the [Kooyong] event" names its town), or a
clause saying when it is held ("[3GSM], which takes place in Cannes"); not a place of the gazetteer
("this year's [London] event"), a nationality ("the [Dutch] festival"), an acronym ("the [BMW]
event": a firm holds it) or a person's name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.wordlists import PLACE_LABELS

if TYPE_CHECKING:
    from pipelines.entities.surfaces import Surface

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


EVENT_NOUNS = frozenset("event tournament championship championships disaster tragedy massacre festival".split())
"""Lower-case words after a name that make it an event's ("the [Hillsborough] disaster", "the
[Futures] tournament"); not "meeting" nor "summit", which follow the bodies that meet ("the [G7]
meeting"), nor "scandal", which follows the firm it is about ("the [Enron] scandal")."""
MATCH_NOUNS = frozenset("match fixture clash".split())
"""Words for one game after a name of two words or more that make it an event's ("Saturday's [IRB Rugby
Aid] match"): a team's name, which stands there too, is one word ("the [Ireland] match") or a club's
the vote outweighs; not "game", which follows video games ("the [Painkiller] game")."""
LEAGUE_ENDINGS = frozenset(match_key(w) for w in "league premiership division conference".split())
"""Last words of a league's name, a body whose matches these are ("the [Champions League] match")."""
DATED_MODEL_LABELS = frozenset("ORG GPE LOC FAC NORP LAW".split())
"""Model labels a name after a date's possessive is corrected from ("last year's [Superbowl]" tagged
GPE); not a work's or a product's ("last year's [Sands Of Time]", a game) nor a person's."""
_DATE_POSSESSIVE_RE = re.compile(r"\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:year|season|month|week)['’]s|annual)\s+$")
"""A date's possessive right before the name ("last year's", "next month's"), or "annual" ("the
annual [Bloggies]")."""
_NO_NOUN_AFTER_RE = re.compile(
    r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:on|in|at|where|which|when|with|for|from|to|by|as|than|but|is|was|are|were"
    r"|will|would|has|have|had|could|can|may|might|must|should|did|does|[a-z]+ed)\b"
)
"""A punctuation mark, a function word or a verb (an auxiliary, or a past in "-ed": "last year's
[Superbowl] landed CBS with a fine") after the name: no noun it qualifies ("this year's [Bafta]
award ceremony"), nor a hyphen ("last year's [Oscar]-winning film"), nor "and" ("the annual [RSA
Security] and NetSurity survey")."""
_HELD_AFTER_RE = re.compile(
    r",?\s+which\s+(?:(?:opens|starts|begins|ends|closes|runs)\s+(?:on|in|until|from|next|this|today|tomorrow)\b"
    r"|(?:takes|took)\s+place\b|(?:is|was|will\s+be)\s+held\b)"
)
"""A relative clause giving when or where the name is held ("[3GSM], which takes place in Cannes",
"the [Australian Open] which begins on 17 January"; not "which runs the computer")."""
HELD_MODEL_LABELS = frozenset("ORG FAC NORP LAW WORK_OF_ART PRODUCT".split())
"""Model labels a name before such a clause is corrected from: not a place's ("in [Pattaya], which
starts on 31 January" gives the venue of an event named before) nor a person's."""
_EVENT_DETERMINER_RE = re.compile(r"(?:\b[Tt]he|['’]s)(?:\s+(?:\d{4}|[a-z][\w-]*)){0,2}\s+$")
""""The" or a possessive before the name, and at most two lower-case words or a year between ("the
1989 [Hillsborough] disaster", "Sun's quarterly [Network Computing] event"); not "a" ("a [London]
ceremony": the place it was held in)."""


def names_an_event(text: str, start: int, end: int, label: str, surface: Surface) -> bool:
    """The name at [start, end) of ``text`` (the model's ``label``) names an event (see the
    module's docstring)."""
    key = surface.key
    if gazetteer.lookup(key) is not None or is_nationality_word(key) or is_demonym(key):
        return False
    lead = "the " if text.startswith(("the ", "The "), start) else text[max(0, start - WINDOW) : start]
    after = _AFTER_RE.match(text, end)
    word = after.group(1).strip(".,;:!?)'\"”").lower() if after is not None else ""
    noun = word in EVENT_NOUNS or (
        word in MATCH_NOUNS and surface.ntok > 1 and key.rsplit(" ", 1)[-1] not in LEAGUE_ENDINGS
    )
    if noun and after.group(1)[:1].islower() and not surface.acronym and _EVENT_DETERMINER_RE.search(lead):
        return label not in PLACE_LABELS and key.split(" ", 1)[0] not in given_names()  # not "the [Bob Hope] festival"
    if label in HELD_MODEL_LABELS and _HELD_AFTER_RE.match(text, end):
        return True
    return (
        label in DATED_MODEL_LABELS
        and _DATE_POSSESSIVE_RE.search(lead) is not None
        and (noun or _NO_NOUN_AFTER_RE.match(text, end) is not None)
    )
