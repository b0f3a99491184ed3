"""Lone one-word "persons": the small model calls many one-word names of firms, clubs, charities
and brands a person ("Maserati", "Energis", "Cotonsport"). A person named by one word is mostly
named in full somewhere, and the corpus then holds a full person name ending in that word
("Jarosik" after "Jiri Jarosik"), or the word is a given name ("Rachel"), or it carries an
honorific ("Mr Camus"). A one-word mention the model calls a person with none of these is a
weak reading: its PERSON vote counts ``LONE_PERSON_WEIGHT``, so that a cue or the model's other
readings of the name decide; alone, it still makes a person. One test per mention, so the pass is
linear."""

from __future__ import annotations

from collections import Counter

from pipelines.entities.given_names import given_names

LONE_PERSON_WEIGHT = 0.5
"""Share of its vote a lone one-word "person" gives what its surface says."""


def lone_persons(st, last_words: Counter) -> set[int]:
    """Live one-word mentions the model calls PERSON that no full person name of the corpus ends
    in (``last_words`` counts the distinct multi-word PERSON names each word ends), that are no
    given name and carry no honorific or title; ``st`` is the canonicaliser's ``state.State``."""
    given = given_names()
    out = set()
    for i in st.live():
        s = st.surf[i]
        if (
            st.labels[i] == "PERSON"
            and s.ntok == 1
            and not (s.honorific or s.titled)
            and last_words[s.key] == 0
            and s.key not in given
        ):
            out.add(i)
    return out
