"""Lone one-word "persons": the small model calls many one-word names of firms, clubs, charities
and brands a person ("Maserati", "Energis", "Cotonsport"). A person named by one word is mostly
named in full somewhere, and the corpus then holds a full person name opening with a given or
first name and ending in that word ("Jarosik" after "Jiri Jarosik"; not "Ericsson" after "Sony
Ericsson", which the model calls a person too), or the word is a given name ("Rachel"), or it carries an
honorific ("Mr Camus"). A one-word mention the model calls a person with none of these is a
weak reading: its PERSON vote counts ``LONE_PERSON_WEIGHT``, so that a cue or the model's other
readings of the name decide; alone, it still makes a person. One test per mention, so the pass is
linear."""

from __future__ import annotations

from pipelines.entities.given_names import given_names

LONE_PERSON_WEIGHT = 0.5
"""Share of its vote a lone one-word "person" gives what its surface says."""


def surnames(st, given: frozenset[str]) -> set[str]:
    """Last words of the corpus's multi-word names the model calls a person that open with a given
    name or a first name of the corpus ("Jiri Jarosik"; not "Sony Ericsson")."""
    firsts = given | st.first_names
    out = set()
    for i in st.live():
        s = st.surf[i]
        if s.ntok >= 2 and st.labels[i] == "PERSON":
            first, _, last = s.key.partition(" ")
            if first in firsts:
                out.add(last.rsplit(" ", 1)[-1])
    return out


def lone_persons(st) -> set[int]:
    """Live one-word mentions the model calls PERSON that no full person name of the corpus ends
    in (a multi-word PERSON name opening with a given or first name), that are no given name and
    carry no honorific or title; ``st`` is the canonicaliser's ``state.State`` (its first names set)."""
    given = given_names()
    last_words = surnames(st, given)
    out = set()
    for i in st.live():
        s = st.surf[i]
        if (
            st.labels[i] == "PERSON"
            and s.ntok == 1
            and not (s.honorific or s.titled)
            and s.key not in last_words
            and s.key not in given
        ):
            out.add(i)
    return out
