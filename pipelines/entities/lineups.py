"""People in sports line-ups: the small model gives a one-word surname in a list of players
any label ("Poole" PRODUCT, "Skivington" GPE), but the list says what it is. A name is a
player's when it stands

* in the list after a line-up heading that only players follow ("Subs Not Used: Jaidi,
  [Poole].", "Replacements: ..., Booked: ..."), up to the next full stop or colon;
* in a substitution: "[Skivington] for [Shaw] (71)", "Okocha ([Vaz Te] 77)".

The headings' lists are found once per article (:func:`lists`), the other tests read a few
characters after the name, so the pass is linear."""

from __future__ import annotations

import re
from bisect import bisect_right

_LIST_RE = re.compile(
    r"\b(?:subs(?:titutes)?(?:\s+not\s+used)?|replacements|not\s+used|unused|booked|sent\s+off)\s*:([^.:;\n]*)",
    re.IGNORECASE,
)
"""A heading that only players follow, and its list up to the next full stop, colon or line end."""
_HEADING_WORDS = (
    "subs",
    "Subs",
    "SUBS",
    "eplacements",
    "EPLACEMENTS",
    "sed:",
    "SED:",
    "ooked",
    "OOKED",
    "ent off",
    "ENT OFF",
)
"""Parts of every heading of :data:`_LIST_RE` as it may be written: an article with none has no list."""
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_ON_FOR_AFTER_RE = re.compile(rf"\s+for\s+{_NAME}\s+\(\d{{1,3}}\)")
"""After the player coming on: " for Shaw (71)"."""
_OFF_AFTER_RE = re.compile(r"\s+\(\d{1,3}\)")
_MINUTE_IN_BRACKETS_RE = re.compile(r"\s+\d{1,3}\)")
"""After a replacement named in brackets with the minute: "(Vaz Te 77)"."""


def lists(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the lists of players after the headings of ``text``, in order."""
    starts: list[int] = []
    ends: list[int] = []
    if not any(word in text for word in _HEADING_WORDS):
        return starts, ends  # most articles: a few substring tests instead of a regex scan
    for m in _LIST_RE.finditer(text):
        starts.append(m.start(1))
        ends.append(m.end(1))
    return starts, ends


def is_player(text: str, start: int, end: int, player_lists: tuple[list[int], list[int]]) -> bool:
    """The name at [start, end) of ``text`` is a player's in a line-up (see the module docstring);
    ``player_lists`` is :func:`lists` of ``text``."""
    if _ON_FOR_AFTER_RE.match(text, end):
        return True
    if text.endswith("for ", 0, start) and _OFF_AFTER_RE.match(text, end):
        return True
    if text[start - 1 : start] == "(" and _MINUTE_IN_BRACKETS_RE.match(text, end):
        return True
    starts, ends = player_lists
    k = bisect_right(starts, start) - 1
    return k >= 0 and end <= ends[k]
