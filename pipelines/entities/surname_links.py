"""Bare surnames the model labels otherwise (pass 3, for :mod:`short_forms`): which one-word
mentions are still the surname of a person their article names in full, and which full names
they may join. The small model often calls a surname alone an organisation, a place or a work
while it calls the full name a person ("Lindsay Davenport" ... "[Davenport] paid tribute" as GPE,
"Kelly Sotherton" ... "[Sotherton] finished third" as ORG), and the surname then became an entity
of its own with the wrong label. A reader takes it for the person; so does the article's walk when

* the surname is hyphenated: one written word, though its key has two ("Shaun Wright-Phillips" ...
  "[Wright-Phillips] raced clear"; ``surname_keys``, ``one_written_word``);
* the model calls it a place the gazetteer knows, and either the words around it say person ("Mr
  [Houston]", "referee [Dallas]") or it is no strong place (a country, a big city) and the corpus
  does not use the word as a place's: the model calls it a place in fewer than ``PLACE_ARTICLES``
  articles that name no person of that surname ("Davenport", "Miyazaki"; not "Scotland" beside
  "Jason Scotland", nor "Rwanda" beside "Hotel Rwanda" tagged PERSON; ``place_words``,
  ``place_surname``); a nationality (NORP) is never taken;
* one person is written twice in the article, with an initial or more given names ("Kelly
  Sotherton" and "K Sotherton", "Anthony Meyer" and "Anthony John Charles Meyer"): one candidate,
  not two; a full name that is another candidate run on after a name ("Matt Lucas & David
  Walliams") is no candidate of its own (``one_person``);
* the model does not call the full name a person but its first name does (the first-name cue of
  :mod:`full_names`: "[Keith Connor]" tagged ORG; ``cued_full_person``), or, when it opens with no
  given name, the words around it do (a context cue: "Ethiopia's [Tirunesh Dibaba]" tagged FAC,
  then "[Dibaba] won" tagged GPE; written as a full name, :func:`full_names.looks_like_full_name`).

An initial written right before the surname keeps only the candidates it opens ("G [Thomas]
(Toulouse, capt)" is not Jonathan Thomas; ``with_initial``).

A hyphenated word that opens a longer name of the article the model does not call a person ("Newport-Gwent
Dragons" beside "C Sweeney Newport-Gwent") is that thing's short name, not a surname
(``thing_words``). A surname two people of the article share stays ambiguous (left alone), but a
reader still takes it for a person: it votes PERSON (``AMBIGUOUS_SURNAME_WEIGHT``; "when [Neville]
delivered a cross" beside Gary and Phil Neville)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.cues import CUE_WEIGHT
from pipelines.entities.full_names import FIRST_NAME_WEIGHT, looks_like_full_name
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.wordlists import PLACE_LABELS

if TYPE_CHECKING:
    from pipelines.entities.state import State
    from pipelines.entities.surfaces import Surface

PLACE_ARTICLES = 5
"""Articles naming no person of that surname in which the model calls a word a place that make it
a place's name of the corpus, which a surname alone does not take ("Scotland", "Ireland"; not
"Davenport", a place in the 8 BBC articles that name Lindsay Davenport and in none other)."""
AMBIGUOUS_SURNAME_WEIGHT = 1.0
"""PERSON vote of a surname alone that two people of its article share (as much as the model's label)."""
RUN_ON_WORDS = 2
"""Words before another candidate that make a full name two names run together ("Matt Lucas &
David Walliams")."""


def surname_keys(s: Surface) -> tuple[str, ...]:
    """The keys a full person name is found under by its surname: its key's last word and, when
    its last written word is hyphenated with a capital after each hyphen, that word's key
    ("wright philips" of "Shaun Wright-Phillips", as well as "philips")."""
    last = s.key.rsplit(" ", 1)[-1]
    word = s.name.rsplit(None, 1)[-1]
    written = match_key(word)
    if written == last or " " not in written or not all(p[:1].isupper() for p in word.split("-")):
        return (last,)  # not "al-Qaeda" of a name the model ran on ("point- al-Qaeda")
    return (last, written)


def one_written_word(s: Surface) -> bool:
    """A name of one written word: one key word, or a hyphenated word ("Wright-Phillips")."""
    return s.ntok == 1 or (not s.acronym and not s.handle and " " not in s.name.strip())


def cued_full_person(st: State, i: int) -> bool:
    """A name of two words or more the model does not call a person (nor a nationality) that opens
    with a given name or a first name of the corpus and whose context votes PERSON at least as much
    as the model's label and more than anything else ("Keith Connor" tagged ORG), or that opens with
    another word, looks like a full name and has a context cue (``CUE_WEIGHT``, more than the
    first-name cue) for PERSON and more than for anything else ("Ethiopia's [Tirunesh Dibaba]"
    tagged FAC, "[Nimit Nonthapanthawat]" tagged ORG); not one opening
    with an initial ("C Smith" tagged ORG in a line-up, where "T [Smith]" is another player) or a
    possessive ("Lord [Dubs' Succession] Bill")."""
    if st.labels[i] in ("PERSON", "NORP"):
        return False
    first, head = st.surf[i].name.split(None, 1)[0], st.surf[i].key.split(" ", 1)[0]
    if first.endswith(("'", "’", "'s", "’s")) or len(head) < 2:
        return False  # not "C Smith" tagged ORG in a line-up, nor "[Dubs' Succession]" after "Lord"
    given = head in given_names() or head in st.first_names
    if not given and not looks_like_full_name(st.surf[i].name):
        return False
    votes: dict[str, float] = defaultdict(float)
    for label, weight in st.cues.get(i, ()):
        votes[label] += weight
    person = votes.pop("PERSON", 0.0)
    return person >= (FIRST_NAME_WEIGHT if given else CUE_WEIGHT) and person > max(votes.values(), default=0.0)


def one_person(cands: set[str]) -> set[str]:
    """The candidates (keys of full person names) less those that are another candidate written
    shorter (same first word or its initial, same last word, its middle words among the other's:
    "k sotherton" of "kelly sotherton", "anthony meyer" of "anthony john charles meyer") or
    another candidate run on after ``RUN_ON_WORDS`` words or more ("matt lucas david waliams")."""
    if len(cands) < 2:
        return cands
    words = {k: k.split() for k in cands}

    def shorter(b: list[str], a: list[str]) -> bool:
        initial = len(b[0]) == 1 < len(a[0]) and a[0].startswith(b[0])
        return (
            len(b) <= len(a)
            and b[-1] == a[-1]
            and (initial or (b[0] == a[0] and len(b) < len(a)))
            and set(b[1:-1]) <= set(a[1:-1])
        )

    def run_on(a: list[str], b: list[str]) -> bool:
        return len(a) - len(b) >= RUN_ON_WORDS and a[-len(b) :] == b

    return {
        k
        for k in cands
        if not any(o != k and (shorter(words[k], words[o]) or run_on(words[k], words[o])) for o in cands)
    }


_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.’'])([A-Z])\.?\s$")
"""A capital letter alone (and a full stop) right before a name: its initial ("G [Thomas]")."""


def initial_before(text: str, start: int) -> str | None:
    """The initial written right before a one-word name, in lower case ("g" of "G [Thomas]")."""
    found = _INITIAL_BEFORE_RE.search(text, max(0, start - 4), start)
    return found.group(1).lower() if found else None


def with_initial(cands: set[str], initial: str | None) -> set[str]:
    """The candidates whose first word starts with the initial before the surname, if any: "G
    [Thomas] (Toulouse, capt)" is not Jonathan Thomas of the same article."""
    return cands if initial is None else {k for k in cands if k.startswith(initial)}


def thing_words(st: State, idx: list[int]) -> set[str]:
    """Keys of the hyphenated first written words of the article's names of two words or more that
    the model does not call a person ("newport gwent" of "Newport-Gwent Dragons")."""
    out = set()
    for i in idx:
        s = st.surf[i]
        first = s.name.split(None, 1)[0]
        if "-" in first and " " in s.name.strip() and st.labels[i] != "PERSON" and not cued_full_person(st, i):
            out.add(match_key(first))
    return out


def place_words(st: State, surnames: dict[str, set[str]]) -> set[str]:
    """One-word keys the model calls a place (GPE, LOC, FAC) in ``PLACE_ARTICLES`` articles or more
    that name no person of that surname (``surnames``: article -> the surname keys of its full
    person names)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        s, aid = st.surf[i], st.art_ids[i]
        if s.ntok == 1 and st.labels[i] in PLACE_LABELS and s.key not in surnames.get(aid, ()):
            seen[s.key].add(aid)
    return {k for k, arts in seen.items() if len(arts) >= PLACE_ARTICLES}


def person_cued(st: State, i: int) -> bool:
    """The words around the mention say person (an honorific or a role before it: "Mr [Houston]")."""
    return any(label == "PERSON" and weight >= CUE_WEIGHT for label, weight in st.cues.get(i, ()))


def place_surname(st: State, i: int, place: gazetteer.Place, places: set[str]) -> bool:
    """Whether a one-word mention the model calls a place the gazetteer knows may still be a surname
    of its article (a full person name of the article ends in it, checked by the caller): the words
    around it say person, or it is no strong place ("Rwanda", "Dallas") and the corpus does not use
    it as a place's (``place_words``)."""
    return person_cued(st, i) or (place.strength < gazetteer.STRONG and st.surf[i].key not in places)
