"""Pass 3, short forms within an article: a one-word mention equal to the last word of exactly
one full person name in the same article is that person ("Stoltenberg", "Mr Stoltenberg" →
Jens Stoltenberg); the first word only when it is a PERSON and unambiguous, and after "Mr",
"Dr" ... (a surname there) only of a person the article never calls by the last word alone
("Mr Kim" is Kim Yungmin, "Mr Howard" is not Howard Flight, called "Flight"); the last word also
of a given name and a surname the model calls no person, with a PERSON cue ("signing [Adrian Mutu]"
tagged NORP, then "Mutu was sacked"), when no person of the article has that surname; "George Bush" →
"George W. Bush" in the same article; a surname opening with a particle ("[El Guerrouj]") and a given
name alone the model calls a firm or a place ('"[Jerzy] played well"') join the one person they are
of (:mod:`person_short_forms`). Never a name the words around it call a work's ("the film biopic
[Ray]" beside "Ray Charles": :func:`work_titles.read_as_work`). Two candidates = ambiguous, left alone.
Which surnames the model labels otherwise still join (hyphenated, a place's name, one person written
twice, an initial before it) is :mod:`surname_links`'s. The same walk
collects the acronym evidence of each article (definitions such as "Armed Forces of Ukraine
(AFU)", and expansions named in the same article)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from pipelines.entities import gazetteer
from pipelines.entities.acronyms import initials, initials_of_key
from pipelines.entities.full_names import looks_like_full_name
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import DESIGNATORS, NAMED_THINGS, thing_label
from pipelines.entities.person_short_forms import GivenNamesAlone, particle_surnames
from pipelines.entities.state import Clues, MergeReason, State
from pipelines.entities.surname_links import (
    AMBIGUOUS_SURNAME_WEIGHT,
    cued_full_person,
    initial_before,
    one_person,
    one_written_word,
    place_surname,
    place_words,
    surname_keys,
    thing_words,
    with_initial,
)
from pipelines.entities.work_titles import read_as_work
from pipelines.wordlists import PLACE_LABELS, SURNAME_HONORIFICS

SURNAME_WEIGHT = 1.0
"""PERSON cue of a surname alone resolved to a given name and that surname the model calls no
person (on top of the resolved short form's own half vote)."""

BUILDING_WORDS = frozenset(
    match_key(w) for w in "palace house hall park castle tower court church gardens place gate lodge manor".split()
)
"""Last words that make a given name and that word a building's or its club's ("Crystal Palace",
"Clarence House", "Victoria Park"), whose last word alone is no surname."""

_DEFINITION_GAP_RE = re.compile(r"\s*[(\[]\s*")
"""What stands between an expansion and its acronym when the text defines it: "... (AFU)"."""

_LAST_TWO_WORDS_RE = re.compile(r"(\w+)\.?\s+\S+$")
"""The word before a mention's last word, in its span or just before it ("Mr" of "Mr Howard")."""


def _after_surname_honorific(text: str, start: int, end: int) -> bool:
    """Whether a one-word name ends a span preceded (in the span or before it) by "Mr", "Ms",
    "Dr" ...: a surname there."""
    found = _LAST_TWO_WORDS_RE.search(text, max(0, start - 12), end)
    return bool(found) and found.group(1).lower() in SURNAME_HONORIFICS


def _is_full_person(st: State, i: int) -> bool:
    s = st.surf[i]
    return (
        s.ntok >= 2
        and not s.acronym
        and not s.handle
        and not one_written_word(s)  # "Wright-Phillips" is a surname, not a full name
        and (st.labels[i] == "PERSON" or s.honorific or (cued_full_person(st, i) and not _thing_end(s.key)))
        and (s.honorific or thing_label(s.key, s.name) not in NAMED_THINGS)  # "Ulster Schools' Cup"
    )


def _thing_end(key: str) -> bool:
    """A last word that makes a given name and that word a building's, a club's or a firm's
    ("Crystal Palace", "Georgia Inc")."""
    last = key.rsplit(" ", 1)[-1]
    return last in BUILDING_WORDS or last in DESIGNATORS


def _is_given_and_surname(st: State, i: int) -> bool:
    """A name of two words the model does not call a person that opens with a given name and
    ends in a capitalised word that is no given name, designator nor place ("consider signing
    [Adrian Mutu]" tagged NORP)."""
    s = st.surf[i]
    if s.ntok != 2 or s.acronym or s.handle or st.labels[i] == "PERSON" or not s.name.split()[-1][:1].isupper():
        return False
    first, last = s.key.split()
    return (
        first in given_names()
        and last not in given_names()
        and last not in DESIGNATORS
        and last not in BUILDING_WORDS
        and gazetteer.lookup(s.key) is None
        and gazetteer.lookup(last) is None
    )


def given_and_surnames(st: State) -> set[int]:
    """The mentions of :func:`_is_given_and_surname` whose last word the corpus never writes in
    lower case: the surname alone later in their article is that person ("[Mutu] was sacked"),
    as a reader takes it; not a name ending in a word of the language ("Crystal Palace", "the
    James Bond films": "bond")."""
    found = [i for i in st.live() if _is_given_and_surname(st, i)]
    if not found:
        return set()
    lasts = {i: st.surf[i].name.split()[-1].lower() for i in found}
    common = st.common_words(set(lasts.values()))
    return {i for i in found if not common.written_in_lower_case(lasts[i])}


def _settle(st: State, i: int, cands: set[str], reason: MergeReason) -> bool:
    """Resolve mention i to the one full name in ``cands``; with several it is ambiguous and
    left alone. True when there was any candidate."""
    if len(cands) == 1:
        st.node[i] = next(iter(cands))
        st.resolved[i] = reason
    elif cands:
        st.ambiguous.add(i)
    return bool(cands)


@dataclass
class _Article:
    full: dict[str, tuple[str, ...]]  # full person names: key -> its words
    last: dict[str, set[str]]  # last word -> full names
    first: dict[str, set[str]]  # first word -> full names
    initials: dict[str, set[str]]  # initials -> multi-word non-person keys
    words: set[str]  # keys of the one-word mentions
    given_last: dict[str, set[str]]  # last word -> given name and surname the model calls no person
    things: set[str]  # hyphenated first words of names of things (surname_links.thing_words)
    particle_last: dict[str, set[str]]  # surname opening with a particle -> full names (person_short_forms)
    shaped: set[str]  # full names written as one (capitalised words, particles): not "Bethan and Huw"


def _article_names(st: State, idx: list[int], ev: Clues, given_full: set[int]) -> _Article:
    full_idx = {i for i in idx if _is_full_person(st, i)}
    full = {st.surf[i].key: tuple(st.surf[i].key.split()) for i in full_idx}
    words = {st.surf[i].key for i in idx if st.surf[i].ntok == 1}
    art = _Article(
        full,
        defaultdict(set),
        defaultdict(set),
        defaultdict(set),
        words,
        defaultdict(set),
        set(),
        defaultdict(set),
        set(),
    )
    art.shaped = {st.surf[i].key for i in full_idx if looks_like_full_name(st.surf[i].name)}
    for i in full_idx:
        for k in surname_keys(st.surf[i]):
            art.last[k].add(st.surf[i].key)
    for k, toks in full.items():
        art.first[toks[0]].add(k)
        for surname in particle_surnames(toks) if k in art.shaped else ():
            art.particle_last[surname].add(k)
        ev.person_evidence[k] += 1
    art.things = thing_words(st, idx)
    for i in idx:
        last = st.surf[i].key.split()[-1]
        if i in given_full and last not in art.last:  # a person's full name with that surname wins
            art.given_last[last].add(st.surf[i].key)
    for i in idx:
        s = st.surf[i]
        if s.ntok >= 2 and st.labels[i] not in ("PERSON", "NORP"):
            for ini in initials(s.name):
                art.initials[ini].add(s.key)
    return art


def _note_acronym(st: State, i: int, art: _Article, text: str, prev_multi, ev: Clues) -> None:
    s, aid = st.surf[i], st.art_ids[i]
    letters = s.key.replace(" ", "")
    if prev_multi and text:
        gap = text[prev_multi[0] : st.starts[i]]
        if _DEFINITION_GAP_RE.fullmatch(gap) and letters in initials_of_key(prev_multi[1]):
            ev.acr_defined[s.key][prev_multi[1]] += 1
            ev.defined_here[aid, s.key][prev_multi[1]] += 1
    for k in art.initials.get(letters, ()):
        ev.acr_cooc[s.key][k] += 1
        ev.cooc_here[aid, s.key].add(k)


def _resolve_short(st: State, i: int, art: _Article, text: str, places: set[str], given_alone: GivenNamesAlone) -> None:
    s, label = st.surf[i], st.labels[i]
    if read_as_work(st, i):
        return  # "the film biopic [Ray]" beside "Ray Charles": a title, no short form (work_titles)
    if one_written_word(s) and (label != "NORP" or i in st.person_votes):  # a surname tagged NORP: people_words
        cands = one_person(art.last.get(s.key, set()) - {s.key})
        cands = with_initial(cands, initial_before(text, st.starts[i]) if s.ntok == 1 and cands else None)
        if cands and s.ntok > 1 and s.key in art.things:
            return  # "Newport-Gwent" beside "Newport-Gwent Dragons" is no surname
        place = gazetteer.lookup(s.key) if label in PLACE_LABELS else None
        if place is not None and not (cands and place_surname(st, i, place, places)):
            return
        group_use = (st.art_ids[i], s.key) in st.group_uses
        if group_use and cands & st.group_persons:
            return  # "band [Kasabian]" is not Linda Kasabian
        found = _settle(st, i, cands, MergeReason.SHORT_FORM_IN_ARTICLE)
        if i in st.ambiguous and not group_use:
            st.cues.setdefault(i, []).append(("PERSON", AMBIGUOUS_SURNAME_WEIGHT))  # "Neville" of Gary and Phil
        if (
            not found
            and not group_use
            and _settle(st, i, art.given_last.get(s.key, set()), MergeReason.SHORT_FORM_IN_ARTICLE)
        ):
            # a surname alone after the full name is a reader's cue for a person
            st.cues.setdefault(i, []).append(("PERSON", SURNAME_WEIGHT))
            return
        if not found and (label == "PERSON" or s.honorific):
            cands = art.first.get(s.key, set()) - {s.key}
            if _after_surname_honorific(text, st.starts[i], st.ends[i]):
                # "Mr Howard" is not Howard Flight, whom the article calls "Flight"; "Mr Wang" is
                # Wang Xuebing, never called "Xuebing" (a family name written first)
                cands = {k for k in cands if art.full[k][-1] not in art.words}
            _settle(st, i, cands, MergeReason.FIRST_NAME_IN_ARTICLE)
        elif not found and i in given_alone.mentions:  # '"[Imanol] has been dropped"' tagged ORG
            cands = given_alone.full_names(s.key, (art.first.get(s.key, set()) & art.shaped) - {s.key})
            _settle(st, i, cands, MergeReason.FIRST_NAME_IN_ARTICLE)
    elif s.ntok >= 2 and s.key in art.particle_last and s.key not in art.full:
        _settle(st, i, one_person(art.particle_last[s.key]), MergeReason.SHORT_FORM_IN_ARTICLE)  # "[El Guerrouj]"
    elif s.ntok >= 2 and s.key not in art.full and (label == "PERSON" or s.honorific):
        toks = s.key.split()
        cands = {k for k, ft in art.full.items() if len(ft) > len(toks) and ft[0] == toks[0] and ft[-1] == toks[-1]}
        if len(cands) == 1:
            st.node[i] = next(iter(cands))
            st.resolved[i] = MergeReason.PARTIAL_NAME_IN_ARTICLE


def resolve_in_articles(st: State) -> Clues:
    """Pass 3 over every article; returns the corpus-wide evidence it collected."""
    ev = Clues()
    given_full = given_and_surnames(st)
    arts = {aid: _article_names(st, idx, ev, given_full) for aid, idx in st.by_article.items()}
    places = place_words(st, {aid: set(art.last) for aid, art in arts.items()})
    given_alone = GivenNamesAlone.of(st)
    for aid, idx in st.by_article.items():
        art = arts[aid]
        text = st.article_text.get(aid) or ""
        prev_multi: tuple[int, str] | None = None  # (end_char, key) of the last multi-word mention
        for i in sorted(idx, key=lambda j: st.starts[j]):
            s = st.surf[i]
            if s.acronym:
                _note_acronym(st, i, art, text, prev_multi, ev)
            else:
                _resolve_short(st, i, art, text, places, given_alone)
            if s.ntok >= 2:
                prev_multi = (st.ends[i], s.key)
    return ev
