"""List spans: the small model tags a run of comma-separated names (a team line-up "Moody,
Back, Corry", "Walt Disney, Touchstone") as one entity. Such a span is split into its names,
each with its own offsets; a name with a comma of its own ("Department of the Environment,
Food and Rural Affairs", "Martin Luther King, Jr", "Toyota Motor Sales, U.S.A. Inc") is left
whole. A trailing comma or an
opening bracket ends a name ("Rowntree,", "Flack (Edwards")."""

from __future__ import annotations

import re

from pipelines.entities.keys import fold
from pipelines.entities.spans import EntitySpan
from pipelines.wordlists import LEGAL_FORMS, NAME_SUFFIXES

LISTED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
"""Labels whose spans may be lists of names (titles of works keep their commas)."""
MAX_NAME_WORDS = 4
"""Words of one name in a list."""

_NAME_RE = re.compile(rf"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,{MAX_NAME_WORDS - 1}}}")
_REST_RE = re.compile(r"\s*(?:\(.*)?")


def _parts(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of each name of a list span (relative to it), or None when it is not one."""
    out: list[tuple[int, int]] = []
    pos = 0
    for piece in text.split(","):
        lead = len(piece) - len(piece.lstrip())
        m = _NAME_RE.match(piece, lead)
        if piece.strip() and (m is None or not _REST_RE.fullmatch(piece, m.end())):
            return None
        if m is not None:
            words = fold(m.group()).split()
            if words == [] or " ".join(words) in NAME_SUFFIXES or (out and LEGAL_FORMS & set(words)):
                return None  # "King, Jr", "Toyota Motor Sales, U.S.A. Inc": one name
            out.append((pos + m.start(), pos + m.end()))
        pos += len(piece) + 1
    return out


def split_lists(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """The spans with each list span replaced by its names (offsets into ``text``)."""
    out: list[EntitySpan] = []
    for s in spans:
        parts = _parts(s.text) if s.label in LISTED_LABELS and "," in s.text else None
        if parts is None:
            out.append(s)
            continue
        for a, b in parts:
            start, end = s.start_char + a, s.start_char + b
            out.append(EntitySpan(text[start:end], s.label, start, end))
    return out
