"""Works in brackets after their nominees, for the label cues (:mod:`pipelines.entities.cues`). A list
of an award's nominees names each person's film, play or show in brackets after them ("the best actor
award with Douglas Hodge (Dumb Show) and Stanley Townsend ([Shining City])", "Imelda Staunton ([Vera
Drake]), Natalie Press (My Summer of Love)"), as a line-up names each player's club ("A Foley
(Munster)"): a name alone in brackets after a capitalised word is a work's when the sentence, or the
one before, speaks of an award, a nomination or a shortlist (``AWARD_WORDS_RE``), which line-ups do
not; not a place of the gazetteer ("Margaret Atwood (Canada)", a list of writers' countries) nor an
acronym ("The Screen Actors Guild (SAG)", a short form). Each test reads a bounded window before the
name, so the pass is linear.

A nominee's work follows "for" after the nominee's name in such a sentence too ("Other nominees include
Bill Condon for Kinsey and Michel Gondry for [Eternal Sunshine of the Spotless Mind]", "Best actress -
Clare Higgins for [Hecuba] at the Donmar"): :func:`work_after_nominee`."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key

AWARD_WORDS_RE = re.compile(
    r"\b(?:awards?|prizes?|nominat\w*|nominees?|shortlist\w*|best\s+(?:actor|actress|supporting|director|newcomer"
    r"|performance|film|comedy|drama|play|musical))\b",
    re.IGNORECASE,
)
"""Words of an award's nominations ("best actor award", "nominees include", "shortlisted")."""
_PERSON_BRACKET_RE = re.compile(r"[A-Z][\w'’.-]*\s+\($")
"""A capitalised word (a nominee's surname) and an opening bracket right before the name."""
_CLOSE_RE = re.compile(r"\s*(?:\)|,|/)")
"""What closes the work's name: its bracket, or a comma or a slash before its channel or another work
("(Little Britain, BBC Three)", "(Life Begins/ Von Trapped, ITV1)")."""
SENTENCE_WINDOW = 400
"""Characters before a name read for the award's words: the sentence and the one before."""
_SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-Z\"'“‘])|\n")


def _two_sentences_before(text: str, start: int) -> str:
    """The text from the start of the sentence before the one holding ``start`` to ``start``, at most
    ``SENTENCE_WINDOW`` characters."""
    window_start = max(0, start - SENTENCE_WINDOW)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, window_start, start)]
    return text[ends[-2] if len(ends) >= 2 else window_start : start]


def work_in_brackets(text: str, start: int, end: int) -> bool:
    """The name at [start, end) stands in brackets after a capitalised word in a sentence about an award
    (see the module docstring)."""
    if text[start - 1 : start] != "(" or not _PERSON_BRACKET_RE.search(text, max(0, start - 40), start):
        return False
    if _CLOSE_RE.match(text, end) is None:
        return False
    name = text[start:end]
    if name.isupper() or gazetteer.lookup(match_key(name)) is not None:
        return False
    return AWARD_WORDS_RE.search(_two_sentences_before(text, start)) is not None


_FOR_RE = re.compile(r" for (?:The )?")
"""What stands between a nominee's name and the work after it."""


def work_after_nominee(text: str, person_end: int, start: int, name: str) -> bool:
    """The name ``name`` at ``start`` follows a person's name ending at ``person_end`` and "for" in a sentence
    (or after one) about an award ("Michel Gondry for [Eternal Sunshine of the Spotless Mind]"): the person's
    film, play or book; not a place of the gazetteer nor an acronym ("Rooney for England", "for the BBC")."""
    if _FOR_RE.fullmatch(text, person_end, start) is None:
        return False
    if name.isupper() or gazetteer.lookup(match_key(name)) is not None:
        return False
    return AWARD_WORDS_RE.search(_two_sentences_before(text, start)) is not None
