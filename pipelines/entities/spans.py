"""The span of one named entity in a text, as the NER stage produces it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntitySpan:
    text: str
    label: str
    start_char: int
    end_char: int
