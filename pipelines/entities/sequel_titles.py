"""Film sequels, for the label cues (:mod:`pipelines.entities.cues`): a title and a sequel's number
("Spider-Man 2", "Die Hard 2", "Robocop 2") is a film's in an article about films, which the
small model reads as a person (a person's name has no digits, so the vote made it a product), an
organisation or a law. A name ending in a number from 2 to 9 (not a Roman one: "Elizabeth II") after
one to four words votes WORK_OF_ART when the words of films stand around it: ``FILM_NEAR`` of them
within ``WINDOW`` characters, or one there and ``FILM_IN_ARTICLE`` in its article, and no word of games
near it (a game's
sequel is a product: "Halo 2", "Half-Life 2", nor a console: "Xbox 2"). Not a broadcaster's channel
("Channel 4", "BBC Radio 2", "BBC 3", ``CHANNEL_WORDS``), nor a law's part ("Section 5"). The name is read
first, and only a sequel's shape makes the test read the words around it, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.keys import match_key
from pipelines.entities.labels import LAW_PARTS, ORG_DESIGNATORS

_SEQUEL_RE = re.compile(r"[A-Z][\w'’:-]*\s+(?:[\w'’:-]+\s+){0,3}[2-9]")
"""One to four words, the first capitalised, and a sequel's number ("Spider-Man 2")."""
FILM_RE = re.compile(
    r"\b(?:films?|movies?|cinemas?|box\s+office|Oscars?|sequels?|DVDs?|starring|directors?|Hollywood|actors?"
    r"|actress(?:es)?)\b",
    re.IGNORECASE,
)
"""Words of films."""
GAME_RE = re.compile(r"\b(?:games?|gamers?|gaming|consoles?|Xbox|PlayStation|PSP|Nintendo)\b", re.IGNORECASE)
"""Words of video games, whose sequels are products ("Halo 2 sold five million copies")."""
CHANNEL_WORDS = (
    frozenset(match_key(w) for w in ("channel", "bbc", "itv", "sky", "five", "stage", "level", "class", "grade"))
    | ORG_DESIGNATORS
)
"""Last words before a number that make the name a channel's, a body's or a grade's ("Channel 4", "Radio
2", "BBC 3", "Key Stage 2"), as match keys."""
WINDOW = 300
"""Characters on either side of the name read for words of films and games."""
FILM_NEAR = 2
"""Words of films within ``WINDOW`` that make the name a film's ..."""
FILM_IN_ARTICLE = 5
"""... or words of films in its whole article ("DVD review: [Spider-Man 2]")."""


def film_sequel(text: str, start: int, end: int) -> bool:
    """The name at [start, end) of ``text`` is a film sequel's title (see the module docstring)."""
    if not _SEQUEL_RE.fullmatch(text, start, end):
        return False
    words = text[start:end].split()
    if match_key(words[-2]) in CHANNEL_WORDS or match_key(words[0]) in LAW_PARTS:
        return False
    lo, hi = max(0, start - WINDOW), end + WINDOW
    if GAME_RE.search(text, lo, hi):
        return False
    near = len(FILM_RE.findall(text, lo, hi))
    return near >= FILM_NEAR or (near >= 1 and len(FILM_RE.findall(text)) >= FILM_IN_ARTICLE)
