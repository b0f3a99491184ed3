"""Who a role phrase stands for: "the defender told BBC Sport" after "Chelsea defender John
Terry", "the manager said" after "Tom Hardy, the Leeds manager,".

A person *holds* a role when its head noun (:data:`~pipelines.entities.reporting.ROLE_NOUNS`)
stands right before their name as a title ("Foreign Minister Anna Berg") or opens an
apposition after it ("Tom Hardy, the Leeds manager,"; "John Terry, 24,": a "24-year-old").
A role phrase refers back to the latest holder of its head noun, unless an unnamed one came
later ("a spokesman for the ministry said ... the spokesman added"): then it is nobody the
warehouse knows. An indefinite role ("a spokesman") is always nobody; a possessive one ("his
lawyer") is someone other than the person it belongs to, so nobody unless a holder is named.
"""

from __future__ import annotations

import bisect
import re

from pipelines.entities.reporting import ROLE_NOUNS

AGE_ROLE = "year-old"
"""The head of "the 28-year-old", held by a person whose age follows their name ("Terry, 28,")."""
_WORD_BEFORE_RE = re.compile(r"([\w-]+),?\s+$")
_APPOSITION_RE = re.compile(r",\s+([^,.;:()\"“”]{1,60})")
APPOSITION_WORDS = 5
"""Words of an apposition searched for a role noun ("Glen Wood, chief executive of Acme")."""
TITLE_LOOKBACK = 40
"""Characters before a name searched for the title word right before it."""
_AGE_RE = re.compile(r"\d+-year-old$|\d+$")


def head(phrase: str) -> str:
    """The role noun a role phrase ends with, as a key ("the former Leeds manager" -> "manager",
    "the 28-year-old" -> "year-old")."""
    word = phrase.split()[-1].lower()
    return AGE_ROLE if _AGE_RE.search(word) else word


def _apposition_roles(masked: str, end: int) -> set[str]:
    m = _APPOSITION_RE.match(masked, end, end + 64)
    if not m:
        return set()
    words = m.group(1).split()[:APPOSITION_WORDS]
    if words and _AGE_RE.fullmatch(words[0]):
        return {AGE_ROLE}
    roles = set()
    for k, w in enumerate(words):
        followed_by_name = k + 1 < len(words) and words[k + 1][:1].isupper()
        if w.lower() in ROLE_NOUNS and not followed_by_name:  # not "Tom Hardy, striker Joe Bloggs and ..."
            roles.add(w.lower())
    return roles


class RoleIndex:
    """The holders of each role noun in one article, and its unnamed role phrases, in text order."""

    def __init__(self, masked: str, persons: list[tuple[int, int, str]], role_phrases: list[tuple[int, str]]):
        """persons: (start, end, entity id) of the named persons; role_phrases: (start, text)."""
        events: dict[str, list[tuple[int, str | None]]] = {}
        for start, end, eid in persons:
            m = _WORD_BEFORE_RE.search(masked, max(0, start - TITLE_LOOKBACK), start)
            roles = _apposition_roles(masked, end)
            if m and head(m.group(1)) in ROLE_NOUNS | {AGE_ROLE}:
                roles.add(head(m.group(1)))
            for r in roles:
                events.setdefault(r, []).append((start, eid))
        for start, text in role_phrases:
            if _is_indefinite(text):
                events.setdefault(head(text), []).append((start, None))
        self.events = {r: sorted(e, key=lambda x: x[0]) for r, e in events.items()}
        self.starts = {r: [p for p, _ in e] for r, e in self.events.items()}

    def lookup(self, phrase: str, pos: int) -> tuple[bool, str | None]:
        """(whether the role phrase at pos is decided, the entity it stands for): the latest
        holder of its role before it, nobody after an unnamed one, nobody for an indefinite or
        possessive phrase; undecided (False) for a definite phrase with no holder."""
        if _is_indefinite(phrase):
            return True, None
        role = head(phrase)
        k = bisect.bisect_left(self.starts.get(role, []), pos) - 1
        if k >= 0:
            return True, self.events[role][k][1]
        return _is_possessive(phrase), None


def _is_indefinite(phrase: str) -> bool:
    return phrase.split()[0].lower() in ("a", "an")


def _is_possessive(phrase: str) -> bool:
    return phrase.split()[0].lower() in ("his", "her", "its", "their")
