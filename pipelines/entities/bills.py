"""A law named by its kind word alone, for the label cues (:mod:`pipelines.entities.cues`): the
small model takes a capitalised "Bill" for a person's given name ("the [Bill] passed", "the
Criminal Justice [Bill]", "a shortened Finance [Bill]") and "the Treaty" for a body. The word is
a law's when a determiner, a possessive or a capitalised word of the law's name stands right
before it and no capitalised word (a surname: "Bill Clinton") follows it. The test reads a few
characters on either side, so the pass is linear."""

from __future__ import annotations

import re

LAW_WORDS = frozenset("Bill Bills Act Acts Treaty".split())
"""Capitalised kind words that name a law or a treaty on their own."""
_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’])(?i:the|a|an|this|that|its|their|his|her|our|any|every|each)|[\w][’']s?|[a-z]\s+[A-Z][\w-]*|\))\s$"
)
"""What may stand right before the word: a determiner, a possessive ("the government's [Bill]"), a
capitalised word inside a sentence ("Finance [Bill]"), or a closing bracket ("(Miscellaneous
Provisions) [Bill]")."""
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-Z]")
WINDOW = 40
"""Characters before the word read."""


def names_a_law(text: str, start: int, end: int) -> bool:
    """The span [start, end) of ``text`` is a law's kind word naming a law (see the module docstring)."""
    if text[start:end] not in LAW_WORDS or _CAPITAL_AFTER_RE.match(text, end):
        return False
    return _BEFORE_RE.search(text, max(0, start - WINDOW), start) is not None
