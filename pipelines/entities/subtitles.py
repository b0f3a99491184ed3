"""Subtitles, for the label cues (:mod:`pipelines.entities.cues`): a title and a colon before a name
("Grand Theft Auto: [San Andreas]", "Star Wars: [The Phantom Menace]", "Medal of Honor: [Pacific
Assault]", "the Demos report, entitled Broadband Britain: [The End Of Asymmetry]") make the name the
rest of a work's or a game's title, which the small model reads as a place ("San Andreas"), a firm or a
person. A game's word near it ("game", "console", "Xbox": ``sequel_titles.GAME_RE``) makes it a game's
(PRODUCT, as games are here), else it is a work's.

Not a line-up's ("Subs Not Used: [Cudicini], Bridge", "Man City: [James], Mills"): the caller leaves
out the names the model calls people, and a list of names after the colon, a line break, or a prefix
that is a line-up's word (``LINEUP_WORDS``) or opens a line say a line-up. Not a place of the gazetteer
(the caller's test). The test reads a bounded window before the name, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.sequel_titles import GAME_RE

_PREFIX_RE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|of|the|and|in|on|a))*\s+)?([A-Z][\w'’-]*|[A-Z0-9]{2,}):\s(?:The\s+)?$"
)
"""A title before a colon and a space right before a name: capitalised words and small title words, the
last capitalised ("Grand Theft Auto: ", "Medal of Honor: ", "GTA: ")."""
LINEUP_WORDS = frozenset(
    "subs used replacements forwards backs booked goals scorers referee att attendance sent".split()
)
"""Words that end a line-up's prefix ("Subs Not Used:", "Replacements:", "Forwards:")."""
_LIST_AFTER_RE = re.compile(r"\s*(?:\([^)]*\)\s*)?,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*(?:\([^)]*\)\s*)?,")
"""Two more names after the name, each closed by a comma (perhaps with a bracket): a line-up
("[Carroll], Gary Neville, Ferdinand,")."""
WINDOW = 60
"""Characters before a name read for its title."""
GAME_WINDOW = 200
"""Characters on either side of a name read for a game's word."""


def subtitle_kind(text: str, start: int, end: int) -> str | None:
    """PRODUCT or WORK_OF_ART when the name at [start, end) is a subtitle (see the module docstring)."""
    if not text.endswith(": ", 0, start) and not text.endswith(": The ", 0, start):
        return None  # tested first: most names have no colon before them
    m = _PREFIX_RE.search(text, max(0, start - WINDOW), start)
    if m is None or "\n" in m.group():
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not text[line_start : m.start()].strip() or m.group(2).lower() in LINEUP_WORDS:
        return None  # "Man Utd: [Carroll], ...", "Subs: [Marshall]": a line-up's line
    if _LIST_AFTER_RE.match(text, end):
        return None
    near = text[max(0, start - GAME_WINDOW) : end + GAME_WINDOW]
    return "PRODUCT" if GAME_RE.search(near) else "WORK_OF_ART"
