"""A name listed between two people (for the label cues, :mod:`pipelines.entities.cues`): the small
model reads an unknown full name in a list of people as a firm or a place ("Compatriots Mulugeta
Wondimu, [Abiyote Abate] and Markos Geneti", "fellow Springboks John Smit, [Cobus Visagie] and
Victor Matfield"), though a list names things of one kind and both its neighbours are people's
full names. A name of two or three capitalised words (:func:`full_names.looks_like_full_name`) whose
list neighbours on both sides are full names the model calls PERSON votes PERSON; the neighbours'
own small list votes (:data:`cues.COORDINATION_WEIGHT`) are too light to outweigh the model's
label. One look at each list, so the pass is linear."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pipelines.entities.full_names import FULL_NAME_WORDS, looks_like_full_name

if TYPE_CHECKING:
    from pipelines.entities.state import State


def _full_person(st: State, i: int) -> bool:
    return st.labels[i] == "PERSON" and st.surf[i].ntok >= 2 and not st.surf[i].acronym


def between_people(st: State, chain: list[int]) -> Iterator[int]:
    """The names of a list (mention indices in order) that stand between two people's full names
    and are not called a person themselves."""
    for a, i, b in zip(chain, chain[1:], chain[2:]):
        s = st.surf[i]
        if (
            st.labels[i] != "PERSON"
            and s.ntok in FULL_NAME_WORDS
            and not s.acronym
            and looks_like_full_name(s.name)
            and _full_person(st, a)
            and _full_person(st, b)
        ):
            yield i
