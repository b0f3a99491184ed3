"""Rivals for a work's award, for the label cues (:mod:`pipelines.entities.cues`): in "[Amadeus] beat [The
Killing Fields], A Passage to India and Places in the Heart to best picture" or "Nip/Tuck beat [The
Sopranos] and [Deadwood] to the best television drama title", the winner before "beat" and every rival
named between "beat" and the category are works, for the category names a kind of work (``WORK_CATEGORY``)
that only works win. Not a performer's category ("beat Martin Scorsese to the best director award", "beat
fellow stars Marcia Cross and Felicity Huffman to the best comedy actress prize", "beat Franz Ferdinand for
best British live act"), nor a possessive ("Martin Scorsese's The Aviator": the maker of a work), nor rivals
across a full stop. Each "beat" is read with a bounded window after it, so the pass is linear."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.entities.work_phrases import FILM_AWARD_KINDS

_BEAT_RE = re.compile(r"\s+(?:beat|beats|beating|pipped|edged\s+out)\s+(?:the\s+likes\s+of\s+|fellow\s+)?")
"""A win over rivals after its winner's name ("[Amadeus] beat ", "beat the likes of")."""
PERFORMER_WORDS = r"(?:actors?|actress(?:es)?|directors?|performers?|presenters?|writers?|acts?|stars?|male|female)"
"""Words of a category that people win ("best comedy actress", "best British male")."""
WORK_CATEGORY = r"(?:picture|series|programme|show|soap|" + FILM_AWARD_KINDS + ")"
"""Kinds of work an award's category names that only works win: a film award's (``work_phrases``), a
picture's, a programme's."""
_CATEGORY_RE = re.compile(
    r"\s+(?:to|in|for)\s+(?:the\s+)?(?:award\s+for\s+)?best\s+(?:(?!"
    + PERFORMER_WORDS
    + r"\b)[\w&/-]+\s+){0,3}?"
    + WORK_CATEGORY
    + r"\b(?!\s+"
    + PERFORMER_WORDS
    + r"\b)"
)
"""The category the win was in after the rivals ("to best picture", "in the best TV comedy category")."""
RIVALS_WINDOW = 200
"""Characters after "beat" read for the rivals and the category."""


def rival_works(text: str, order: Sequence[int], starts: Sequence[int], ends: Sequence[int]) -> list[int]:
    """The mentions (``order``: indices sorted by offset into ``starts`` and ``ends``) that win or lose a
    work's award in ``text`` (see the module docstring)."""
    if "beat" not in text and "pipped" not in text and "edged out" not in text:
        return []
    out: list[int] = []
    for i in order:
        beat = _BEAT_RE.match(text, ends[i])
        if beat is None or text[ends[i] - 2 : ends[i]] in ("'s", "’s"):
            continue
        window = text[beat.end() : beat.end() + RIVALS_WINDOW]
        stop = window.find(". ")
        category = _CATEGORY_RE.search(window, 0, len(window) if stop < 0 else stop)
        if category is None:
            continue
        hi = beat.end() + category.start()
        rivals = [j for j in order if beat.end() <= starts[j] and ends[j] <= hi]
        out.append(i)
        out.extend(j for j in rivals if not _possessive(text, ends[j]))
    return out


def _possessive(text: str, end: int) -> bool:
    return text[end - 2 : end] in ("'s", "’s") or text[end : end + 2] in ("'s", "’s")
