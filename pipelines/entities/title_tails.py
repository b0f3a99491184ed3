"""Names that end a title of the shape "X of the Y", for the label cues (:mod:`pipelines.entities.cues`):
the small model often tags the title's last word alone ("Lord of the [Rings]", "Revenge of the
[Sith]", "Top of the [Pops]", "Shaun of the [Dead]") as an organisation or a person. The word
before "of the" must be one capitalised word that is no role, no quantity, no plural and no end
of another name ("Leader of the [Commons]", "Some of the [Wales] forwards", "Readers of the
[Boingboing] weblog", "Peter Saunders of the [Guardian]" name the thing itself). The test reads a
few characters before the name, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.keys import match_key
from pipelines.wordlists import TITLE_WORDS

NOT_TITLE_HEADS = frozenset(
    """some much many most one two three all none each both few any part half rest member father mother
    friend head""".split()
)
"""Words before "of the" that name a part, a share or a role, not a title's head ("Father of the
[House]", "Much of the [UKIP] funding")."""
_HEAD_OF_THE_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) of the $")
WINDOW = 30
"""Characters before a name read for the title's head."""


def title_head(text: str, start: int, mention_ends: set[int]) -> int | None:
    """Where the title "X of the [Y]" starts that the name starting at ``start`` ends (see the
    module docstring), or None; ``mention_ends`` holds the end offsets of the article's mentions."""
    m = _HEAD_OF_THE_RE.search(text, max(0, start - WINDOW), start)
    if m is None or m.end() != start or m.end(1) in mention_ends:
        return None
    head = m.group(1)
    key = match_key(head)
    return m.start(1) if not head.endswith("s") and key not in TITLE_WORDS and key not in NOT_TITLE_HEADS else None


def ends_a_title(text: str, start: int, mention_ends: set[int]) -> bool:
    """The name starting at ``start`` ends a title "X of the [Y]" (:func:`title_head`)."""
    return title_head(text, start, mention_ends) is not None
