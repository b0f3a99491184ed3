"""A kind of game or gadget a few words after a name that "the" opens makes it a product's (a label
cue, read by :func:`product_phrases.names_a_product`): "the [World of Warcraft] massive multi-player
online game", "the [Gizmondo] combined media player", "the [Tarvix] portable games console". The
small model reads such names as firms or places when the kind does not follow them right away (the
one-word kinds right after a name are :data:`product_phrases.PRODUCT_AFTER`'s).

Only modifiers of :data:`MODIFIERS` may stand between the name and its kind, one to three of them,
so a team that "go into the game" or "the Bryans are great doubles players" give no cue; not
"service", which follows firms as often as their products ("the Sky digital satellite service",
"the Sirius subscription service", Sirius the "satellite radio employer"); a possessive's thing is
what it makes ("Nintendo's handheld games console"), and a place or a nationality before such
words is where the thing is sold ("the US mobile handset and infrastructure maker"). One
regular-expression match per mention."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key
from pipelines.entities.nationalities import is_nationality_word

MODIFIERS = frozenset(
    """video computer online role-playing racing strategy puzzle arcade adventure multiplayer multi-player
    massive massively combined digital media music portable handheld mobile interactive games""".split()
)
"""Lower-case words that describe a game or a gadget between its name and its kind ("massive
multi-player online", "combined media", "portable games"); no word of a sport ("football game")."""
_MOD = "(?:" + "|".join(sorted(MODIFIERS)) + ")"
_HEAD_RE = re.compile(
    rf"\s+(?:{_MOD}\s+){{0,2}}(?:{_MOD}\s+(?:game|console|handset|gadget)|(?:media|music)\s+player)\b"
)
"""One to three modifiers and a kind of game or gadget, or a media or music player."""
_POSSESSIVE = ("'s", "’s")


def product_head_after(text: str, start: int, end: int) -> bool:
    """Whether "the" opens the name at [start, end) (in its span or right before it) and modifiers and
    a kind of product follow it (see the module docstring)."""
    name = text[start:end]
    if name[-2:] in _POSSESSIVE or _HEAD_RE.match(text, end) is None:
        return False
    if not (name.lower().startswith("the ") or text[max(0, start - 4) : start].lower() == "the "):
        return False
    key = match_key(name)
    return gazetteer.lookup(key) is None and not is_nationality_word(key)
