"""Items of a comma list glued into one span (issue 11), for :mod:`coordinations`: the small model
runs two or three items of a list of titles, bands or places into one span ("Their singles include
Year 3000, [Crashed The Wedding, You Said No], and Who's David?", "films like [Titanic, Gladiator],
and ...", "songs including Back Stabbers, [Love Train and For the Love of Money]."). Such a span is
split into its items:

* a span holding a comma, when the list goes on right after it (a comma, "and", "or" or "&": "[Mack the
  Knife, Dream Lover] and Beyond the Sea", "[Isle of Wight, Dorset West], Bournemouth East"): each
  piece between its commas is an item, and a last piece of two names joined by "and" is two ("[Destiny's
  Child, Ti and Lil Wayne],");
* a span of two names joined by "and" right after an item of the list and its comma, when the list ends
  after the span ("the directors of Shameless, [Hustle and Bodies] are", "Us Weekly, [In Touch and
  Star] as"): the span's "and" is the list's last.

Never a body's name, whose commas and "and" join what it is for ("the Department for Culture, Media
and Sport", "the Academy of Motion Picture, Arts and Sciences", "the State Administration of Radio, [Film
and Television]"), nor a law's or a body's name ending in its kind ("Anti-Terrorism, [Crime and
Security Act]", ``labels.DESIGNATORS``; unless each item is a name the corpus spans on its own:
"[the House of Commons, European Parliament], Scottish Parliament"), nor a quoted title
("'Improving Opportunity, Strengthening Society'"), nor "and the" ("Fat Albert and the Cosby
Kids"), nor a pair the corpus writes in lower case ("rock and roll"), nor a place of the gazetteer
("Trinidad and Tobago"); the item before a pair is a run of capitalised words that a clause's word
does not open ("In a statement, [the Department of Trade and Industry]"). Each test reads the span
and a few characters around it, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key
from pipelines.entities.labels import DESIGNATORS

_GOES_ON_RE = re.compile(r",|\s+(?:and|or|&)\s+[A-Z0-9'‘\"“]")
"""The list going on right after a span: a comma, or "and", "or" or "&" before another item."""
_ITEM_RE = re.compile(r"[A-Z0-9][\w'’.!?-]*")
"""A piece of a list: it opens with a capital or a figure."""
_BODY_RE = re.compile(
    r"\b(?:Department|Ministry|Office|Institute|Academy|Council|Commission|Committee|Centre|Center|School"
    r"|University|College|Society|Association|Federation|Board|Bureau|Agency|Authority|Foundation|Museum"
    r"|Administration|Organisation|Organization|Union|Court|Secretary)\b[^,.;]{0,40}?\b(?:of|for)\b"
)
"""A body's head and its "of" or "for" before the list, or inside the span: its commas and "and" join
what the body is for ("Department for Culture, Media and Sport")."""
_PAIR_RE = re.compile(r"((?:[Tt]he\s+)?[A-Z0-9][^,;]*?)\s+and\s+((?:[Tt]he\s+)?[A-Z0-9][^,;]*)")
_ITEM_BEFORE_RE = re.compile(r"(?:^|[\s(])((?:[A-Z0-9][\w'’.!?-]*\s+){0,4}[A-Z0-9][\w'’.!?-]*),\s+$")
"""An item of the list (up to five capitalised words) and its comma right before a span."""
_LINK_BEFORE_RE = re.compile(r"\b(?:and|&)\s+$")
"""An "and" before the item: it closes an earlier pair ("Romeo and Juliet, [Titanic and Gangs of New
York]"), and the list's ends are unknown."""
WINDOW = 60
"""Characters before a span read for the list's item and a body's name."""


def _words_ok(piece: str) -> bool:
    return _ITEM_RE.match(piece) is not None


def _pair(piece: str, offset: int) -> list[tuple[int, int]] | None:
    """The two names of ``piece`` (at ``offset`` in the span) joined by "and", or None (one "and" only,
    not "and the", both opening with a capital or a figure)."""
    if piece.count(" and ") != 1 or " and the " in piece:
        return None
    m = _PAIR_RE.fullmatch(piece)
    if m is None:
        return None
    return [(offset + m.start(1), offset + m.end(1)), (offset + m.start(2), offset + m.end(2))]


def _excluded(span: str, text: str, start: int, lower_pairs, names=frozenset()) -> bool:
    """A span that is one name for all its commas or its "and" (see the module docstring); ``names``:
    the match keys of the corpus's spans, without a leading "the" (:func:`name_keys`)."""
    if span[:1] in "'‘\"“" or _BODY_RE.search(span) or _BODY_RE.search(text, max(0, start - WINDOW), start):
        return True
    words = span.rstrip(",").split()
    named = ", " in span and names >= name_keys(span.rstrip(",").split(", "))
    if (match_key(words[-1]) in DESIGNATORS and not named) or gazetteer.lookup(match_key(span.rstrip(","))):
        return True
    return any(p in lower_pairs for p in junctions(span))


def name_keys(texts) -> set[str]:
    """The match keys of ``texts`` without a leading "the" ("the House of Commons")."""
    return {match_key(t).removeprefix("the ") for t in texts}


def junctions(span: str) -> list[str]:
    """The two words either side of each "and" of ``span``, in lower case ("rock and roll")."""
    words = span.split()
    return [f"{a} and {b}".lower().strip(",") for a, w, b in zip(words, words[1:], words[2:]) if w == "and"]


def list_pieces(
    span: str, text: str, start: int, end: int, lower_pairs=frozenset(), names=frozenset()
) -> list[tuple[int, int]] | None:
    """The items (offsets in ``span``) of a span of a comma list standing at [start, end) of the
    article ``text`` (see the module docstring), or None to keep it whole; ``lower_pairs``: the
    junctions (:func:`junctions`) the corpus writes in lower case; ``names``: the match keys of the
    corpus's spans."""
    if ", " in span:
        goes_on = span.endswith(",") or _GOES_ON_RE.match(text, end) is not None
        if not goes_on or _excluded(span, text, start, lower_pairs, names):
            return None
        pieces, offset = [], 0
        for k, part in enumerate(span.split(", ")):
            piece = part.rstrip(",")
            lead = 4 if k == 0 and piece.startswith("the ") else 0  # "[the House of Commons, European Parliament]"
            if piece:
                if not _words_ok(piece[lead:]) or piece != piece.strip():
                    return None  # "Angela , ,": no item opens or ends there
                pieces.append((offset + lead, offset + len(piece)))
            offset += len(part) + 2
        if len(pieces) < 2:
            return None
        a, b = pieces[-1]
        last = _pair(span[a:b], a)
        return pieces[:-1] + last if last else pieces
    if " and " not in span or _GOES_ON_RE.match(text, end) or text[end : end + 1] in "'’":
        return None
    item = _ITEM_BEFORE_RE.search(text, max(0, start - WINDOW), start)
    if item is None or item.group(1).split()[0] in ("In", "At", "On", "For", "But", "And", "As", "If"):
        return None
    if _LINK_BEFORE_RE.search(text, max(0, item.start(1) - 5), item.start(1)) or _excluded(
        span, text, start, lower_pairs
    ):
        return None
    return _pair(span, 0)
