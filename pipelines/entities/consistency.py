"""Document-level consistency: once the model recognises a name in an article, its other
occurrences in that article are mentions too (the model misses many repeats), and so is the
surname of a recognised person ("Jens Stoltenberg" ... "Mr Stoltenberg"). An occurrence counts
only at token boundaries, in the same case, outside every recognised span, and not as part of
a longer capitalised name ("Stoltenberg Foundation"); a one-word name is not taken at the start
of a sentence when the text also uses it as a common word ("Back then" where "back" occurs
too), nor in a line of figures, nor when it is an abbreviation of a table of figures ("Avg", "Revs",
"Mar"), and a surname two recognised people
share is not taken at all.
Added mentions take the label of the name they repeat (a surname: PERSON)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from pipelines.entities.keys import fold
from pipelines.entities.spans import EntitySpan
from pipelines.wordlists import FIGURE_ABBREVIATIONS, HONORIFICS, NAME_SUFFIXES, TITLE_CONNECTORS, TITLE_WORDS

REPEATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
"""Labels whose names are looked for again in the article."""
MIN_NAME_CHARS = 2
"""Shorter names are not looked for."""

_CAPITALISED_RE = re.compile(r"[A-Z][\w'’.-]*")
_WORD_BEFORE_RE = re.compile(r"([\w'’.-]+)\s+$")
_WORD_AFTER_RE = re.compile(r"\s+([\w'’.-]+)")
_SENTENCE_END = '.!?:;"“”('
"""Characters after which the next word starts a sentence."""


def _names(spans: list[EntitySpan]) -> dict[str, tuple[str, bool]]:
    """Name -> (label, is a surname) to look for: every recognised name (its most frequent
    label), and the unambiguous surnames of recognised persons."""
    labels: dict[str, Counter] = {}
    for s in spans:
        if s.label in REPEATED_LABELS and "\n" not in s.text and len(s.text) >= MIN_NAME_CHARS:
            labels.setdefault(s.text, Counter())[s.label] += 1
    names = {text: (c.most_common(1)[0][0], False) for text, c in labels.items() if text[:1].isupper()}
    surnames: dict[str, set[str]] = {}
    for text, (label, _) in names.items():
        words = text.split()
        while len(words) > 1 and fold(words[-1]) in NAME_SUFFIXES:
            words = words[:-1]
        if label == "PERSON" and len(words) >= 2 and _CAPITALISED_RE.fullmatch(words[-1]) and len(words[-1]) > 1:
            surnames.setdefault(words[-1], set()).add(text)
    for text in [t for t in names if fold(t) in FIGURE_ABBREVIATIONS]:
        del names[text]  # "Avg", "Revs", "Mar" tagged once in a table are not repeated
    for surname, owners in surnames.items():
        if len(owners) == 1 and surname not in names:
            names[surname] = ("PERSON", True)
    return names


def _free(starts: list[int], ends: list[int], a: int, b: int) -> bool:
    """No recognised span overlaps [a, b) (spans sorted by start, not overlapping)."""
    k = bisect_right(starts, a) - 1
    if k >= 0 and ends[k] > a:
        return False
    return not (k + 1 < len(starts) and starts[k + 1] < b)


_GLUE_BEFORE = "-‐@#_"
_GLUE_AFTER = "-‐_"


def _occurrences(text: str, name: str):
    """(start, end) of ``name`` in ``text`` at token boundaries (str.find: no regex per name)."""
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in _GLUE_BEFORE or after.isalnum() or after in _GLUE_AFTER):
            yield pos, end
        pos = text.find(name, pos + 1)


def _in_table(text: str, a: int) -> bool:
    """The line around ``a`` has more digits than letters (a table of figures: "Avg shrs 3,050,000")."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", a)
    line = text[start : end if end >= 0 else len(text)]
    return sum(ch.isdigit() for ch in line) > sum(ch.isalpha() for ch in line)


def _sentence_initial(text: str, pos: int) -> bool:
    """Nothing but white space since the start of the text or a sentence end; a line break
    alone is no sentence end (wire copy wraps its lines)."""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] in _SENTENCE_END


def _standalone(text: str, a: int, b: int, common_word: bool) -> bool:
    """Not part of a longer capitalised name, and (for a name that is also a common word of the
    text) not sentence-initial."""
    after = _WORD_AFTER_RE.match(text, b)
    if after and _CAPITALISED_RE.fullmatch(after.group(1)):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, a - 40), a)
    if before and _CAPITALISED_RE.fullmatch(before.group(1)):
        word = fold(before.group(1))
        title = word in TITLE_WORDS and word not in TITLE_CONNECTORS  # "Mr", "President", not "The"
        if word not in HONORIFICS and not title and not _sentence_initial(text, before.start()):
            return False
    return not (common_word and _sentence_initial(text, a))


def complete(text: str, spans: list[EntitySpan], readable: str | None = None) -> list[EntitySpan]:
    """The spans plus the other occurrences of their names in ``text``, sorted by offset. The
    names are looked for in ``readable`` when given: the case-restored copy of ``text`` (same
    length), so that "Bahia" in the body finds "BAHIA" in an upper-case line."""
    readable = text if readable is None else readable
    spans = sorted(spans, key=lambda s: (s.start_char, s.end_char))
    names = _names(spans)
    if not names:
        return spans
    starts = [s.start_char for s in spans]
    ends = [s.end_char for s in spans]
    added: list[EntitySpan] = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        label, surname = names[name]
        common_word = " " not in name and not surname and next(_occurrences(text, name.lower()), None) is not None
        for a, b in _occurrences(readable, name):
            if _free(starts, ends, a, b) and _standalone(readable, a, b, common_word) and not _in_table(text, a):
                added.append(EntitySpan(text[a:b], label, a, b))
                k = bisect_right(starts, a)
                starts.insert(k, a)
                ends.insert(k, b)
    return sorted(spans + added, key=lambda s: (s.start_char, s.end_char))
