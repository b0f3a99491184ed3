"""Context junk: the character ranges of an article that are page chrome (short boilerplate
lines such as keyboard prompts, "watch now", "more on ...", browser notices; photo credits).
Mentions inside them are junk. Also the "in ..."/"near ..." context that hints at a place, and
the determiner ("the ...") that tells a thing from a person's name."""

from __future__ import annotations

import re

from pipelines.wordlists import PHOTO_AGENCIES, PHOTO_CREDIT_WORDS

BOILERPLATE_MAX_WORDS = 25
"""A boilerplate line has at most this many words (a longer line is prose that quotes the phrase)."""
PLACE_CONTEXT_CHARS = 14
"""How far before a mention the place context ("in", "near", "visit to") is looked for."""

_BOILERPLATE_LINE_RE = re.compile(
    r"press\s+ctrl|ctrl\s*\+|highlight the text|click here|watch now|watch:|read more|^more on\b|"
    r"^related\b|see also|sign up (?:for|to)|subscribe (?:to|now|for|here)|newsletter|cookie|"
    r"all rights reserved|copyright|©|javascript|(?:use|update|upgrade) (?:your |a |the )?\w*\s*browser|"
    r"video player|media player|follow us|share (?:this|on)|advertisement|image (?:caption|source|copyright)|"
    r"^listen\b|^play\b|^getty images|skip to|^\W*(?:photo|image|picture|video)s?\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_CREDIT_RE = re.compile(
    rf"(?:\(\s*(?:via|pictured|{PHOTO_CREDIT_WORDS})\b[^()\n]{{0,80}}\)"
    r"|\b(?:Photograph|Photo|Image|Picture|Credit)s?\s*:\s*[^\n.]{0,80}"
    rf"|(?:[A-Z][\w.'-]*\s+){{0,3}}[A-Z][\w.'-]*\s*\|[^\n]{{0,120}}\b(?:{PHOTO_AGENCIES}|Images)\b[^|\n]{{0,40}}$)",
    re.MULTILINE,
)
_PLACE_CONTEXT_RE = re.compile(
    r"(?:\b(?:in|near|outside|across|throughout|around|capital|city of|visit to|trip to))\s*$", re.IGNORECASE
)


def junk_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of an article that are page chrome: short boilerplate lines and photo
    credits. Mentions inside them are junk."""
    spans: list[tuple[int, int]] = []
    if not text:
        return spans
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and len(line.split()) <= BOILERPLATE_MAX_WORDS and _BOILERPLATE_LINE_RE.search(line.strip()):
            spans.append((pos, end))
        pos = end + 1
    for m in _CREDIT_RE.finditer(text):
        spans.append((m.start(), m.end()))
    spans.sort()
    return spans


_DETERMINER_RE = re.compile(r"\b(?:[Tt]he|[Aa]n|a)\s+(?:[a-z0-9][\w-]*\s+){0,2}$")
"""A determiner, perhaps with up to two lower-case words, just before a mention ("the Scot", "the
22-year-old Scot", "the Munster man"): what follows is a thing or a kind, not a person's name."""
DETERMINER_CONTEXT_CHARS = 30
"""How far before a mention the determiner is looked for."""


def after_determiner(text: str, start: int) -> bool:
    """Whether a determiner (and at most two lower-case words) stands just before ``start``."""
    return bool(start) and bool(_DETERMINER_RE.search(text[max(0, start - DETERMINER_CONTEXT_CHARS) : start]))


def place_context(text: str, start: int) -> bool:
    """Whether the words just before ``start`` introduce a place ("in", "near", "visit to")."""
    return bool(start) and bool(_PLACE_CONTEXT_RE.search(text[max(0, start - PLACE_CONTEXT_CHARS) : start]))
