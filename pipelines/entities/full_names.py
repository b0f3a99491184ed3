"""The first-name cue (pass 3 of :mod:`pipelines.entities.canonical`, through
:mod:`pipelines.entities.cues`): which words open the corpus's person names far more often than
they end them (its first names, learnt from the corpus), which mentions the model does not call a
person look like a full name, and which of those open with a given name (:mod:`given_names`) the
corpus does not use as a word."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.common_words import CommonWords
from pipelines.entities.given_names import given_names
from pipelines.entities.labels import DESIGNATORS, is_demonym
from pipelines.wordlists import NAME_PARTICLES

if TYPE_CHECKING:
    from pipelines.entities.state import State

FIRST_NAME_WEIGHT = 1.0
"""PERSON weight of a full name opening with a first name (a tie with the model goes to PERSON)."""
FIRST_NAME_MIN = 3
"""A word opening at least this many distinct full person names ..."""
FIRST_NAME_RATIO = 2
"""... and more than this many times as many as it ends, or opens other names, is a first name."""
FULL_NAME_WORDS = (2, 3)
"""Words of a full name the first-name cue applies to."""


def opening_words(st: State) -> tuple[Counter, Counter, Counter]:
    """Over the distinct multi-word names of the corpus: how many PERSON names each word opens,
    how many it ends, and how many other names it opens."""
    person: set[str] = set()
    other: set[str] = set()
    for i in st.live():
        s = st.surf[i]
        if s.ntok >= 2:
            (person if st.labels[i] == "PERSON" else other).add(s.key)
    first: Counter = Counter(k.split(" ", 1)[0] for k in person)
    last: Counter = Counter(k.rsplit(" ", 1)[1] for k in person)
    first_other: Counter = Counter(k.split(" ", 1)[0] for k in other - person)
    return first, last, first_other


def first_names(st: State) -> set[str]:
    """Words (match keys of two letters or more) that open the model's multi-word PERSON names far
    more often than they end them and than they open other multi-word names ("New", "Golden" and
    "Manchester" open many names the model calls PERSON, and more it calls something else),
    counted over distinct names."""
    first, last, first_other = opening_words(st)
    return {
        w
        for w, n in first.items()
        if len(w) >= 2
        and w not in NAME_PARTICLES
        and n >= FIRST_NAME_MIN
        and n > FIRST_NAME_RATIO * max(last[w], first_other[w])
    }


def looks_like_full_name(name: str) -> bool:
    """Two or more capitalised words of letters (name particles aside), the last of two letters or more:
    not "Ernst and Young", "Queen at Balmoral", "Cooper S", "Mercedes Benz C180"."""
    words = name.split()
    return (
        len(words) >= 2
        and len(words[-1]) >= 2
        and all(w.lower() in NAME_PARTICLES or (w[:1].isupper() and not any(ch.isdigit() for ch in w)) for w in words)
    )


def full_names(st: State) -> list[int]:
    """Live mentions of two or three words the model does not call a person, that look like a
    full name, end in no designator and name no gazetteer place: where a first name or an
    initial says PERSON."""
    out = []
    for i in st.live():
        s = st.surf[i]
        if (
            s.ntok in FULL_NAME_WORDS
            and st.labels[i] != "PERSON"
            and looks_like_full_name(s.name)
            and s.key.rsplit(" ", 1)[-1] not in DESIGNATORS
            and gazetteer.lookup(s.key) is None
        ):
            out.append(i)
    return out


def given_name_cues(st: State, candidates: list[int], extra: set[str]) -> tuple[set[int], CommonWords | None]:
    """The candidates that open with a given name (:mod:`given_names`,
    not in capitals, not a nationality: "Georgian Parliament") which the corpus does not write in lower case more often
    than capitalised ("Hope", "Rose" are words), that do not end in a word it ever writes in
    lower case ("Clarence House", "Villa Park", "Tyson Foods"), and whose given name opens no more
    of the corpus's names of things than of its person names: a thing's name is another name the
    model does not call a person that ends in a word the corpus writes in lower case at all
    ("Royal Mail", "Crystal Palace"; not "Sebastien Chabal", which the model calls ORG too). Returns
    them and the corpus's counts of the words asked, with ``extra`` words (None when none is asked)."""
    given = given_names()
    todo = [
        i
        for i in candidates
        if st.surf[i].key.split(" ", 1)[0] in given
        and not st.surf[i].name.split()[0].isupper()
        and not is_demonym(st.surf[i].key.split(" ", 1)[0])
    ]
    if not todo:
        return set(), (st.common_words(extra) if extra else None)
    heads = {st.surf[i].key.split(" ", 1)[0] for i in todo}
    others: dict[str, dict[str, str]] = {h: {} for h in heads}  # head -> other name's key -> its last word
    for i in st.live():
        s = st.surf[i]
        if s.ntok >= 2 and st.labels[i] != "PERSON" and s.key.split(" ", 1)[0] in heads:
            others[s.key.split(" ", 1)[0]][s.key] = s.name.lower().rsplit(" ", 1)[-1]
    words = {i: st.surf[i].name.lower().split() for i in todo}  # as written: keys fold letters
    asked = {w for ws in words.values() for w in ws} | {w for o in others.values() for w in o.values()} | extra
    common = st.common_words(asked)
    first, _, _ = opening_words(st)
    out = set()
    for i in todo:
        key = st.surf[i].key
        head = key.split(" ", 1)[0]
        things = sum(1 for k, w in others[head].items() if k != key and common.written_in_lower_case(w))
        if (
            not common.is_common(words[i][0])
            and not common.written_in_lower_case(words[i][-1])
            and things <= first[head]
        ):
            out.add(i)
    return out, common
