"""List spans: the small model tags a run of names (a team line-up "Moody, Back, Corry", "Walt
Disney, Touchstone") as one entity, and glues a name to the next across a spaced dash or a colon
("Jonathan Kaplan - England", "Arsenal: Lehmann"). Such a span is split into its names, each
with its own offsets, when every part is a name (capitalised words); a name with a comma of its
own ("Department of the Environment, Food and Rural Affairs", "Martin Luther King, Jr", "Toyota
Motor Sales, U.S.A. Inc") is left whole. A title of a work keeps its commas ("Crouching Tiger,
Hidden Dragon") unless it stands in a longer comma list (a line-up the model took for a work).
A trailing comma or an opening bracket ends a name ("Rowntree,", "Flack (Edwards")."""

from __future__ import annotations

import re

from pipelines.entities.keys import fold
from pipelines.entities.spans import EntitySpan
from pipelines.wordlists import LEGAL_FORMS, NAME_SUFFIXES

LISTED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
"""Labels whose spans may be lists of names."""
WORK_LABEL = "WORK_OF_ART"
"""Titles of works keep their commas, unless the span stands in a longer comma list."""
MAX_NAME_WORDS = 4
"""Words of one name in a list."""
LIST_CONTEXT_CHARS = 40
"""How far around a span its list's other items are looked for."""

_NAME_RE = re.compile(rf"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,{MAX_NAME_WORDS - 1}}}")
_REST_RE = re.compile(r"\s*(?:\(.*)?")
_SEPARATOR_RE = re.compile(r",|\s[-–—]\s(?!The\b)|:(?=\s)")
"""Where a list span is cut: a comma, a dash with a space on each side (not before "The": "Sophie
Scholl - The Final Days" is a title and its subtitle), a colon before a space."""
_ITEM_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s*\([^()]*\))?,\s*$")
_ITEM_AFTER_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*[A-Z]")


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of ``text`` between its separators."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _SEPARATOR_RE.finditer(text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return out


def _parts(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of each name of a list span (relative to it), or None when it is not one."""
    out: list[tuple[int, int]] = []
    for pos, piece in _pieces(text):
        lead = len(piece) - len(piece.lstrip())
        m = _NAME_RE.match(piece, lead)
        if piece.strip() and (m is None or not _REST_RE.fullmatch(piece, m.end())):
            return None
        if m is not None:
            words = fold(m.group()).split()
            if words == [] or " ".join(words) in NAME_SUFFIXES or (out and LEGAL_FORMS & set(words)):
                return None  # "King, Jr", "Toyota Motor Sales, U.S.A. Inc": one name
            out.append((pos + m.start(), pos + m.end()))
    return out


def _in_longer_list(text: str, s: EntitySpan) -> bool:
    """A comma list of capitalised items goes on before or after the span."""
    before = text[max(0, s.start_char - LIST_CONTEXT_CHARS) : s.start_char]
    after = text[s.end_char : s.end_char + LIST_CONTEXT_CHARS]
    return bool(_ITEM_BEFORE_RE.search(before) or _ITEM_AFTER_RE.match(after))


def _splittable(text: str, s: EntitySpan) -> bool:
    if not _SEPARATOR_RE.search(s.text):
        return False
    if s.label in LISTED_LABELS:
        return True
    return s.label == WORK_LABEL and "," in s.text and _in_longer_list(text, s)


def split_lists(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """The spans with each list span replaced by its names (offsets into ``text``)."""
    out: list[EntitySpan] = []
    for s in spans:
        parts = _parts(s.text) if _splittable(text, s) else None
        if parts is None:
            out.append(s)
            continue
        for a, b in parts:
            start, end = s.start_char + a, s.start_char + b
            out.append(EntitySpan(text[start:end], s.label, start, end))
    return out
