"""Phrases after a name that make it a person's, for the label cues (:mod:`pipelines.entities.cues`):
an age between commas after a name ending in a letter ("Lana Brill, 34, said"; not "Windows 95,
98, ME"), or an apposition whose head is a word for a person, a relative or a role ("Rinat
Akhmetov, the country's richest man,", "Gil Gerard, the actor who ..."). The test reads a few words after the
name, so the pass is linear."""

from __future__ import annotations

import re

PERSON_NOUNS = frozenset(
    """man woman boy girl son daughter father mother wife husband brother sister widow grandson
    granddaughter actor actress singer songwriter novelist author striker midfielder defender
    goalkeeper winger founder chairman chairwoman rapper musician guitarist drummer bassist pianist
    composer poet playwright economist analyst presenter comedian designer lawyer solicitor""".split()
)
"""Heads of an apposition that make the name before it a person's; not "star", "boss", "owner",
"chief" nor "player", which clubs, firms and bands are called too."""
_BETWEEN = r"(?:(?!(?:of|for|at|with|to|in|on|from|by)\s)[\w'’-]+\s+){0,4}?"
"""Up to four words between the article and the head, none a preposition."""
_APPOSITION_RE = re.compile(
    r",\s+(?:the|a|an)\s+" + _BETWEEN + "(?:" + "|".join(sorted(PERSON_NOUNS)) + r")"
    r"(?=[,.;:)]|\s+(?:who|whose|of|at|for)\b)"
)

_AGE_RE = re.compile(r",\s+\d{2},\s+(?!\d)")


def person_after(text: str, end: int) -> bool:
    """An age or an apposition naming a person follows the name ending at ``end``."""
    if not text.startswith(",", end):
        return False
    if text[end - 1 : end].isalpha() and _AGE_RE.match(text, end):
        return True
    return _APPOSITION_RE.match(text, end) is not None
