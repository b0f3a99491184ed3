"""Titles taken for people: the small model calls many titles of films, programmes, songs and
bands a person's name when they are two or three capitalised words ("Ground Force", "Sugar Rush",
"Wooden Heart", "Girls Aloud"). A person's name is seldom made of words of the language only:
a name the model calls a person whose every word the corpus writes in lower case more often than
capitalised (:mod:`common_words`), that opens with no given name (:mod:`given_names`: "Bill Cash",
"Will Young") nor a first name of the corpus and carries no honorific, votes WORK_OF_ART at
``TITLE_WEIGHT``: a title is what such names mostly are, and a cue around a band's or a firm's
name ("rock band [Talking Heads]") still decides. One test per mention; the words are counted over
the corpus with those of the given-name cue (:mod:`cues`), in one pass, so the pass is linear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.entities.given_names import given_names

if TYPE_CHECKING:
    from pipelines.entities.common_words import CommonWords
    from pipelines.entities.state import State

TITLE_WEIGHT = 1.5
"""WORK_OF_ART weight of such a name's mention: more than the model's PERSON for it, less than a
context cue (an honorific or a person's role before it keeps it a person)."""
TITLE_WORDS = (2, 3)
"""Words of a name read so."""


def _candidate(st: State, i: int, given: frozenset[str]) -> bool:
    s = st.surf[i]
    if st.labels[i] != "PERSON" or s.ntok < TITLE_WORDS[0]:
        return False
    words = s.name.split()
    return (
        len(words) in TITLE_WORDS
        and not (s.honorific or s.titled or s.acronym)
        and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)
        and s.key.split(" ", 1)[0] not in given
        and s.key.split(" ", 1)[0] not in st.first_names
    )


def title_candidates(st: State) -> list[int]:
    """Live mentions the model calls a person whose name may be a title: two or three capitalised
    words, no given or first name first, no honorific; ``st.first_names`` must be set."""
    given = given_names()
    return [i for i in st.live() if _candidate(st, i, given)]


def title_words(st: State, todo: list[int]) -> set[str]:
    """The words (lower case) of the candidates' names, to count over the corpus."""
    return {w.lower() for i in todo for w in st.surf[i].name.split()}


def common_word_titles(st: State, todo: list[int], common: CommonWords | None) -> list[int]:
    """The candidates whose every word is common (see the module docstring); ``common`` counts
    :func:`title_words` of them."""
    if common is None:
        return []
    return [i for i in todo if all(common.is_common(w.lower()) for w in st.surf[i].name.split())]
