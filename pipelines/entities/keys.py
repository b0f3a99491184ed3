"""Match keys: the form under which case, accent, punctuation and transliteration variants of a
name meet. Shared by the canonicaliser and the gazetteer (which keys its places the same way)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT_RE = re.compile(r"[^\w\s]")
_PLUS_RE = re.compile(r"(?<=\w)\+")
"""A plus sign after a word names another thing, often written out: "Sky+" / "Sky Plus" is the
recorder, not the broadcaster Sky."""
_SEP_RE = re.compile(r"[\s\-‐‑‒–—_/]+")
_DOUBLE_RE = re.compile(r"(\w)\1+")
_SLAVIC_END_RE = re.compile(r"(?<=\w{3})(?:iy|yi|ij|yy)$")
DOUBLE_MIN_CHARS = 6
"""Doubled letters are written once only in words that are this long written so: "Mohammed" /
"Mohamed" meet, "Arrese" (a player) and "Arese" (a town), "Scott" and "Scot" do not."""
SLAVIC_END_MIN_CHARS = 5
"""Only words at least this long have their Slavic ending normalised ("Zelenskiy" → "zelensky")."""


CACHED_KEYS = 1 << 16
"""Distinct texts whose fold and match key are kept: a corpus names the same few thousand
things again and again, and the canonicaliser asks for their keys in every pass."""


@lru_cache(maxsize=CACHED_KEYS)
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation ("U.S." → "us"), hyphens as spaces, a plus sign
    after a word as " plus" ("Sky+" → "sky plus")."""
    if not text.isascii():  # ASCII has no accents to take off: NFKD leaves it as it is
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SEP_RE.sub(" ", _PLUS_RE.sub(" plus", text.casefold()))
    text = _PUNCT_RE.sub("", text)
    return " ".join(text.split())


def _spell(token: str) -> str:
    single = _DOUBLE_RE.sub(r"\1", token)
    if len(single) >= DOUBLE_MIN_CHARS:  # "Mohammed" / "Mohamed", not "Arrese" / "Arese"
        token = single
    if len(token) >= SLAVIC_END_MIN_CHARS:
        token = _SLAVIC_END_RE.sub("y", token)
    return token


@lru_cache(maxsize=CACHED_KEYS)
def match_key(text: str) -> str:
    """The key under which case, accent, punctuation and transliteration variants meet:
    "NATO"/"Nato" → "nato", "Zelenskyy"/"Zelenskiy" → "zelensky", "U.S." → "us"; doubled
    letters only in longer words (``DOUBLE_MIN_CHARS``)."""
    return " ".join(_spell(t) for t in fold(text).split())
