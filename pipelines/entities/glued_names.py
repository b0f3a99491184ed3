"""Words glued onto a name, and spans that are no name (a pass of
:mod:`pipelines.entities.canonical`, after :mod:`lead_words`):

* a lower-case word leading a capitalised name is no part of it ("rival [bank UFJ Holdings]",
  "his [stepson Sholto]", "[an International Finance Facility]", "[this Six Nations]"), unless it
  is a particle of a person's name ("de Vabres", "van der Walt") or a compass point of a place
  ("west London");
* an honorific inside a span opens a person's name, and the words before it are another mention
  ("keynote speech at [GDC Mr Allard]", "In [Tanzania Mr Brown] said"): the mention is the person
  from the honorific on;
* a member's or a counsel's letters after a person's full name are no part of it ("[Paul
  Boateng MP]", "[Andrew Nicol QC]");
* a noun for a national before a person's full name is no part of it ("[Scot Nick Smith]",
  "fellow [Irishmen JP McManus]"; not the adjectives, which open names: "American Express",
  "Swiss Re"): the mention is the person's;
* a span of honorifics alone ("the Bishop of Durham, [the Rt Rev Dr] Tom Wright") names nobody:
  it is junk.

The span follows the name left (:func:`pipelines.entities.name_spans.narrow`). Each mention's
words are read once: the pass is linear."""

from __future__ import annotations

from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import ORG_DESIGNATORS
from pipelines.entities.name_spans import narrow
from pipelines.entities.nationalities import is_national_noun
from pipelines.entities.surfaces import analyse
from pipelines.wordlists import HONORIFICS, NAME_PARTICLES

HONORIFIC_CHAIN = HONORIFICS | frozenset({"rt", "right", "very", "most", "the"})
"""Words of a chain of honorifics before a name ("the Rt Rev Dr", "the Right Hon"), as match keys."""
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central middle mid upper lower inner
    outer greater north-east north-west south-east south-west""".split()
)
"""Lower-case words that open a place's name as part of it ("west London", "middle England")."""
POST_NOMINALS = frozenset({"MP", "MSP", "MEP", "QC"})
"""Letters written after a person's name, no part of it ("Paul Boateng MP", "Andrew Nicol QC")."""
MORE_PARTICLES = frozenset("abu ben bint das dos do zu af ap y".split())
"""Lower-case particles of Arabic, Portuguese, German, Scandinavian and Welsh names besides
:data:`~pipelines.wordlists.NAME_PARTICLES` ("abu Hamza", "Jose dos Santos")."""
NAME_CONNECTORS = frozenset("of and for the on in de du la le van von der da di & -".split())
"""Lower-case words inside a capitalised name ("Memorandum of Understanding")."""


def _written_as_honorific(word: str, keys: frozenset[str]) -> bool:
    """A word of letters, not in capitals, among ``keys`` ("Mr", "Rev.", "the"; not "MS", "M&S")."""
    bare = word.rstrip(".")
    return bare.isalpha() and not (bare.isupper() and len(bare) > 1) and bare.lower() in keys


def _honorifics_alone(words: list[str]) -> bool:
    """Honorifics with no name ("the Rt Rev Dr", "Mr")."""
    return all(_written_as_honorific(w, HONORIFIC_CHAIN) for w in words) and any(
        _written_as_honorific(w, HONORIFICS) for w in words
    )


def _lower_lead(words: list[str]) -> bool:
    """A lower-case word of letters (no particle, no compass point) before capitalised words."""
    first = words[0]
    return (
        len(words) > 1
        and first.isalpha()
        and first.islower()
        and first not in NAME_PARTICLES
        and first not in MORE_PARTICLES
        and first not in NAME_CONNECTORS  # "[of Ireland]": a piece of a longer name
        and first not in COMPASS_WORDS
        and words[1][:1].isupper()
        and all(w[:1].isupper() or w in NAME_CONNECTORS for w in words[1:])
    )


def _honorific_at(words: list[str]) -> int | None:
    """Where an honorific that one person's capitalised name follows stands after a word of
    another name ("GDC Mr Allard" -> 1), else None (not "Both Mr Brown and Mr Blair": two people)."""
    for k in range(1, len(words) - 1):
        if _written_as_honorific(words[k], HONORIFICS) and words[k + 1][:1].isupper():
            rest = words[k + 1 :]
            if all(_written_as_honorific(w, HONORIFIC_CHAIN) for w in words[:k]):
                return None  # "the Rt Rev Dr Tom Wright": a chain of honorifics
            if any(w in ("and", "&") or _written_as_honorific(w, HONORIFICS) for w in rest):
                return None
            return k
    return None


def _post_nominal(words: list[str]) -> bool:
    """A member's or a counsel's letters after a person's full name ("Paul Boateng MP")."""
    return (
        len(words) >= 3
        and words[-1] in POST_NOMINALS
        and match_key(words[0]) in given_names()
        and all(w[:1].isupper() for w in words[:-1])
    )


MAX_NAME_WORDS = 3
"""Words of a person's full name after a noun for a national."""


def _national_lead(words: list[str]) -> bool:
    """A noun for a national before a person's full name of two or three capitalised words
    ("Scot Nick Smith"), which ends in no organisation's designator."""
    rest = words[1:]
    return (
        2 <= len(rest) <= MAX_NAME_WORDS
        and is_national_noun(match_key(words[0]))
        and all(w[:1].isupper() for w in rest)
        and match_key(rest[-1]) not in ORG_DESIGNATORS
    )


def cut_glued_words(st) -> None:
    """Point the live mentions that glue a lower-case word or another name before a name at the
    name, and drop the spans of honorifics alone (see the module docstring); ``st`` is the
    canonicaliser's ``state.State``, not imported: that would be a cycle."""
    dropped = False
    for i in st.live():
        s = st.surf[i]
        words = s.alias.split()
        if _honorifics_alone(words):
            st.surf[i] = None  # "the Rt Rev Dr": no name
            st.junk["honorifics alone"] += 1
            dropped = True
            continue
        label = st.labels[i]
        if (k := _honorific_at(words)) is not None:
            words, label = words[k:], "PERSON"  # "GDC [Mr Allard]": an honorific opens a person's name
        elif _lower_lead(words):
            words = words[1:]  # "bank [UFJ Holdings]"
        elif _post_nominal(words):
            words, label = words[:-1], "PERSON"  # "[Paul Boateng] MP", "[Andrew Nicol] QC"
        elif _national_lead(words):
            words, label = words[1:], "PERSON"  # "Scot [Nick Smith]"
        else:
            continue
        rest = " ".join(words)
        cut = analyse(rest, label)
        if not isinstance(cut, str):
            st.surf[i], st.labels[i] = cut, label
            narrow(st, i, rest)
    if dropped:
        for aid, idx in st.by_article.items():
            st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
