"""Wire results tables: "Shr 12 cts vs nine cts Net 507,000 vs 362,000 Sales 5.0 mln vs 3.6 mln".

A figure that a comparison with last year's follows ("vs") and that a short label opens, with no
verb nor preposition before the figure, is that row's: the label ("Shr", "Qtly div", "Sales",
"Profit after financial items") is what the money is for. The parse cannot read such rows (no
verbs, no articles), and prose rarely writes "vs" after a figure; prose that does ("profits rose to
5 mln dlrs vs 4 mln") has a verb or a preposition before the figure, and is left to the parse.
The figure after "vs" takes the row's label from the figure it is compared with (``objects.parallel``).
Plain regular expressions over a few words before each figure, so linear."""

from __future__ import annotations

import bisect
import re

_VS_AFTER = re.compile(r"[\s\u00a0]+vs\.?[\s\u00a0]")
"""A comparison after the figure: the row goes on with last year's."""
_ROW_START = re.compile(
    r"(?:^|(?<=[\d)])[\s\u00a0]+|[.;:][\s\u00a0]+|(?<=\s)-[\s\u00a0]+|\bprior(?:[\s\u00a0]+yr)?[\s\u00a0]+|\n)"
)
"""Where a row's label starts: after a figure, the end of a sentence, a dateline's dash, the
"prior" that closes the row before, or a line break."""
_LABEL = re.compile(r"[A-Z][A-Za-z.'&-]*(?:[\s\u00a0]+[A-Za-z][A-Za-z.'&-]*){0,4}")
"""A label: one to five words, the first capitalised ("Shr", "Qtly div", "Net loss")."""
LOOKBACK = 50
"""Characters before a figure searched for its row's label."""
_VERBS = frozenset("was were is are be been has have had will would said says rose fell gained lost".split())
"""Verbs of being, saying and change: a label holds none ("profits rose to")."""
NOT_LABEL_WORDS = _VERBS | frozenset(
    """rise fall a an the of to from by for at in on with as than and or but up down about around some
    nearly almost over under just only""".split()
)
"""Words a row's label never ends with: the verbs, articles and prepositions."""
PRONOUNS = frozenset("i we you he she it they this that these those".split())
"""Subjects that open prose, never a row's label ("He paid 5 dlrs vs 4 dlrs", "It earned ...")."""
_NOTE_VERBS = frozenset("includes excludes include exclude including excluding".split())
"""Verbs of a results table's note ("Net excludes investment gains 20,000 dlrs vs 86,000"): the
figure is the words' after it."""


def row_label(text: str, start: int, end: int, floor: int = 0) -> str | None:
    """The label of the results row the figure text[start:end] opens, or None; the label starts
    after ``floor`` (the end of the figure before it)."""
    if not _VS_AFTER.match(text, end):
        return None
    lo = max(0, floor, start - LOOKBACK)
    before = text[lo:start]
    cut = 0
    for m in _ROW_START.finditer(before):
        if m.end() < len(before):
            cut = m.end()
    label = before[cut:].strip()
    if not _LABEL.fullmatch(label):
        return None
    words = label.split()
    lower = [w.lower() for w in words]
    cut = max((k + 1 for k, w in enumerate(lower) if w in _NOTE_VERBS), default=0)
    words, lower = words[cut:], lower[cut:]  # "Net excludes investment gains": the gains
    if not words or lower[0] in PRONOUNS or lower[-1] in NOT_LABEL_WORDS or _VERBS & set(lower):
        return None  # prose: "He paid 5 dlrs vs ...", "profits rose to"
    return " ".join(words)


def row_labels(text: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """``row_label`` of each (start, end) span, each label starting after the figure before it."""
    ends = sorted(e for _, e in spans)
    out = []
    for s, e in spans:
        k = bisect.bisect_right(ends, s)
        out.append(row_label(text, s, e, ends[k - 1] if k else 0))
    return out
