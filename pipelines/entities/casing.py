"""Upper-case text (wire titles such as "BAHIA COCOA REVIEW", whole wire stories in capitals)
defeats the small NER model, which leans on capital letters. NER reads a case-restored copy of
the same length instead: each word of an upper-case line takes the casing the same word has
most often elsewhere in the text, else title case. Offsets in the copy are offsets in the
original, so mentions keep the original's text."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_UPPER_WORDS = 2
"""A line is upper-case text when it has no lower-case letter and at least this many words of
two letters or more."""


def _is_upper_line(line: str) -> bool:
    if not line or any(ch.islower() for ch in line):
        return False
    return sum(1 for w in _WORD_RE.findall(line) if len(w) >= 2) >= MIN_UPPER_WORDS


def _casing(words: list[str]) -> dict[str, str]:
    """Lower-cased word -> its most frequent written form (in the lines that are not shouting)."""
    forms: dict[str, Counter] = defaultdict(Counter)
    for w in words:
        forms[w.lower()][w] += 1
    return {k: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for k, c in forms.items()}


def _recase(word: str, casing: dict[str, str]) -> str:
    if len(word) < 2:
        return word  # initials ("U.S.") stay as they are
    form = casing.get(word.lower()) or word[0] + word[1:].lower()
    return form if len(form) == len(word) else word


def restore_case(text: str) -> str:
    """``text`` with its upper-case lines re-cased; the same length, so offsets hold."""
    lines = text.split("\n")
    shouting = [_is_upper_line(line) for line in lines]
    if not any(shouting):
        return text
    casing = _casing([w for line, up in zip(lines, shouting) if not up for w in _WORD_RE.findall(line)])
    out = [
        _WORD_RE.sub(lambda m: _recase(m.group(), casing), line) if up else line for line, up in zip(lines, shouting)
    ]
    restored = "\n".join(out)
    return restored if len(restored) == len(text) else text
