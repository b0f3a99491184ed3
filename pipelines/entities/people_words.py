"""Words a NORP label needs: a NORP names a nationality or a people ("Italian", "Kenyans",
"Liverpudlians", "Sri Lankan"), a religion's people ("Muslims", "Catholic") or a party's or a
movement's members ("Tories", "Liberal Democrat", "Communists"). The small model also tags NORP a
surname ending like a nationality ("Hashemian"), a film ("Dogville"), a firm ("Symantec") or a club
("Corinthians"); an entity none of whose names holds such a word is no NORP, whatever its votes
(:func:`pipelines.entities.naming._label` then takes its next label); and the model's NORP on a
surname of the corpus or a name opening with a given name reads PERSON (:func:`surname_norps`:
"Hashemian" after "Vahid Hashemian"), so that the surname joins its full name."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import argmax, is_demonym
from pipelines.entities.lone_names import surnames
from pipelines.entities.nationalities import is_nationality_word

if TYPE_CHECKING:
    from pipelines.entities.state import State


def _keys(words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words.split())


FAITH_WORDS = _keys(
    """muslim islamic islamist jew jewish semitic zionist christian catholic protestant anglican baptist
    methodist presbyterian lutheran evangelical quaker mormon orthodox hindu sikh buddhist shia shiite sunni
    pagan rastafarian christianity islam judaism semitism"""
)
"""Religions' peoples and adjectives ("Muslims", "Catholic", "anti-Semitic")."""
PARTY_WORDS = _keys(
    """tory tories conservative liberal democrat democratic republican labourite socialist communist
    nazi nazism fascist marxist leninist maoist trotskyist baathist bolshevik unionist nationalist loyalist
    separatist federalist eurosceptic europhile blairite thatcherite green whig soviet"""
)
"""Parties' and movements' members and adjectives ("Tories", "Liberal Democrat", "Communists")."""
PARTY_SHORT_CHARS = 3
"""Shortest abbreviation of a party word read ("Lib", "Dem", "Con")."""


def party_short_form(key: str) -> bool:
    """The match key is a party's short name: two words or more, each a party word (``PARTY_WORDS``)
    or its first letters, at least one cut short, a plural's "s" aside ("Lib Dem", "Lib Dems"); a
    person's name has a word that abbreviates none."""
    words = key.split()
    if len(words) < 2:
        return False
    cut = False
    for word in words:
        stem = word.removesuffix("s") if word not in PARTY_WORDS else word
        if len(stem) < PARTY_SHORT_CHARS:
            return False
        if stem not in PARTY_WORDS:
            if not any(p.startswith(stem) for p in PARTY_WORDS):
                return False
            cut = True
    return cut


PEOPLE_NAMES = _keys(
    """arab kurd maori inuit aborigine aboriginal tutsi hutu basque catalan gypsy roma bedouin pashtun zulu
    celt hispanic latino latina anglo western eastern latin liverpudlian mancunian glaswegian geordie brummie
    cockney scouser kiwi yankee swiss scottish argentine spaniard saudi turk cypriot peruvian scandinavian
    filipino icelander"""
)
"""Peoples whose name no country's gives ("Maori", "Tutsis", "Basques"), a city's people of an
irregular name ("Liverpudlians", "Glaswegians"), the nationalities of irregular names that
:func:`pipelines.entities.labels.is_demonym` cannot read ("Swiss", "Spaniard", "Cypriot"), and the
West and the East ("Western")."""
PLACE_ENDINGS = ("ians", "ian", "ans", "an", "ers", "er", "ese", "ish", "is", "i", "ites", "ite")
"""Endings that make a people of a place's name ("Texan", "Londoners", "Viennese", "Sri Lankans")."""
PLACE_COMPLETIONS = ("", "a", "o", "ia", "e", "y", "as")
"""Letters an ending may have replaced at the end of the place's name ("Vienn-ese" from Vienna,
"Puerto Ric-an" from Puerto Rico, "Saudi Arab-ian" from Saudi Arabia, "Tex-an" from Texas)."""
PLACE_STEM_CHARS = 3
"""Shortest place stem read ("Cub-an", "Asi-an")."""
_SPLIT_RE = re.compile(r"[\s-]+")


@lru_cache(maxsize=100_000)
def _place_people(word: str) -> bool:
    """A word made of a place of the gazetteer and a people's ending ("texan", "londoners"), and no
    place itself ("paris")."""
    if gazetteer.lookup(word) is not None:
        return False
    for ending in PLACE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem.replace(" ", "")) >= PLACE_STEM_CHARS:
            for tail in PLACE_COMPLETIONS:
                if gazetteer.lookup(match_key(stem + tail)) is not None:
                    return True
    return False


@lru_cache(maxsize=100_000)
def _people_word(word: str) -> bool:
    """One word (a match key) naming a nationality, a people, a faith's or a party's people, or
    one of them plus "man"/"woman" or a plural "s"."""
    for w in (word, word.removesuffix("s"), word.removesuffix("es")):
        if w in FAITH_WORDS or w in PARTY_WORDS or w in PEOPLE_NAMES:
            return True
        if is_demonym(w) or is_nationality_word(w):
            return True
    return _place_people(word)


@lru_cache(maxsize=100_000)
def is_people_word(key: str) -> bool:
    """The match key holds a word naming a people (see the module docstring): "italian", "sri
    lankans", "british muslim", "anglo-dutch", "anti-semitism"."""
    words = [w for w in _SPLIT_RE.split(key) if w]
    if any(_people_word(w) for w in words):
        return True
    return " " in key and _place_people(key)


def surname_norps(st: State) -> set[int]:
    """Live mentions the model calls NORP whose name holds no people word but is a surname of the
    corpus (the last word of a full person name opening with a given or first name: "Campese" after
    "David Campese") or opens with a given or first name ("Reese Witherspoon"): the model read a
    person's name as a nationality by its ending; their reading votes PERSON."""
    found = [i for i in st.live() if st.labels[i] == "NORP" and not is_people_word(st.surf[i].key)]
    if not found:
        return set()
    given = given_names()
    person_words = surnames(st, given) | given | st.first_names
    return {i for i in found if st.surf[i].key in person_words or st.surf[i].key.split(" ", 1)[0] in person_words}


def drop_unfounded_norp(votes: Counter, keys) -> Counter:
    """The ``votes`` without NORP when NORP wins but none of the entity's ``keys`` is a people
    word ("Dogville", "Symantec"); unchanged otherwise."""
    if not votes or argmax(votes) != "NORP" or any(is_people_word(k) for k in keys):
        return votes
    return Counter({label: n for label, n in votes.items() if label != "NORP"})
