"""Given names taken for places: the small model tags a lone first name a place ("Bethan",
"Serena", "Seamus" GPE: a capitalised word it does not know, in a sentence about a person). A
one-word name it calls a place is a person's when the gazetteer knows no such place, it is a given
name of :mod:`given_names`, and the corpus opens no more names of things with it than person
names ("Aston" opens "Aston Villa" and "Aston Martin", "Trinidad" "Trinidad and Tobago": they
stay). One test per mention, so the pass is linear."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names

if TYPE_CHECKING:
    from pipelines.entities.state import State


def given_name_places(st: State, person_first: Counter, other_first: Counter) -> list[int]:
    """Live one-word mentions the model calls GPE that are given names and no places (see the
    module docstring); ``person_first`` and ``other_first`` count the distinct person names and
    other names of the corpus each word opens."""
    given = given_names()
    out = []
    for i in st.live():
        s = st.surf[i]
        if (
            st.labels[i] == "GPE"
            and s.ntok == 1
            and not s.acronym
            and s.key in given
            and other_first[s.key] <= person_first[s.key]
            and gazetteer.lookup(s.key) is None
        ):
            out.append(i)
    return out
