"""Group uses: a one-word name that its article uses as a band's, a team's or a firm's ("Indie band
[Kasabian]", "[Keane] frontman Tom Chaplin", "[Blackburn] have won", "the Florida-based [Falic]
group", "shares in [Falic]") names the group in every mention of that article, not a person of
that surname. Such a word is not resolved to a full name of its article that opens with a given
name and that no article uses as a group's ("Linda Kasabian", after whom the band is named; not
"Aston Villa": "Aston Villa are"), nor, across articles, to a full name of another article
("Simon Falic" of the Falic group), and its mentions in that article vote ORG whatever the model
called them (the model calls most bands' one-word names a person, a place or a work), unless it
is a place the corpus names in other articles too ("Wales are": the team of a country). One test
per mention, on a word or two either side of it, so the pass is linear."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.cues import CUE_WEIGHT, WORDS_AFTER_A_GROUP, plural_subject, words_after, words_before
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import EVENT_DESIGNATORS
from pipelines.entities.org_words import GROUP_BEFORE, ORG_BEFORE, based_before
from pipelines.entities.person_phrases import person_after
from pipelines.wordlists import PLACE_LABELS

if TYPE_CHECKING:
    from pipelines.entities.state import State

GROUP_AFTER = frozenset("frontman frontwoman singer vocalist guitarist drummer bassist group plc".split())
"""Words right after a name that only a band or a firm has ("[Keane] frontman", "the [Falic]
group"); not "spokesman", "boss" nor "side", which follow a person's name too ("a Blair
spokesman", "Ferguson's side"), nor "shares", a cue the label vote weighs against the model's
other readings of the name (``cues``), not a reading of the whole article."""
GROUP_ARTICLES = 2
"""Articles that use a name as a group's, none reading it as a person's, that make it a group's
name in every article (``group_names``) ..."""
PERSON_SHARE = 1.0
"""... unless articles reading it as a person's by a cue weaker than an age or an apposition are this
share of them or more."""
NOT_GROUP_VOTES = frozenset({"ORG", "NORP"})
"""Model labels a group use leaves as they are."""
PLACE_ARTICLES = 5
"""Articles (not using it as a group's) in which the model calls a name a place that make it a
place's name: a country's or a city's team is named after it ("Wales are"); a band the model
calls a place is named so in a few ("Kasabian")."""
KINDS_BEFORE = GROUP_BEFORE | {k[0] for k in ORG_BEFORE if len(k) == 1}
"""One word right before a name that names a kind of band, firm or club ("band [Keane]", "pop
quartet [Abba]", "bookmaker [Ladbrokes]") ..."""
PAIRS_BEFORE = frozenset(k for k in ORG_BEFORE if len(k) == 2 and k[0] in ("shares", "stake", "takeover", "bid"))
"""... or two words that only a firm follows ("shares in [Falic]"); not "head of", which a
person's name follows too ("the head of [Adriano]")."""


_PLURAL_NAME_RE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+[A-Z][a-z]+[a-rtv-z]s")
"""Two capitalised words or more, the last in the plural ("White Stripes", "Leeds Rhinos", "Lib
Dems"; not "Ray Charles", "Elvis Costello")."""
_WORD_AFTER_RE = re.compile(r"\s+(\w+)")
_THE_BEFORE_RE = re.compile(r"(?<![\w'’])[Tt]he $")


def plural_group(text: str, start: int, end: int) -> bool:
    """ "The" and a name of two capitalised words or more ending in a plural at [start, end), "the"
    in the span or right before it, and no noun after it ("the [White Stripes] are", "support from
    [the Scissor Sisters],", "the [Leeds Rhinos] and"; not "the [Ray Charles] biopic", "the
    [Williams Sisters] tour"): a band's or a team's name, not a person's (a person's name is no
    plural, and takes no "the"), nor an event's ("the Commonwealth Games")."""
    name = text[start:end]
    if name[:4] in ("the ", "The "):
        name = name[4:]
    elif not _THE_BEFORE_RE.search(text, max(0, start - 5), start):
        return False
    if not _PLURAL_NAME_RE.fullmatch(name):
        return False
    if match_key(name.rsplit(None, 1)[-1]) in EVENT_DESIGNATORS:
        return False
    after = _WORD_AFTER_RE.match(text, end)
    return after is None or after.group(1) in WORDS_AFTER_A_GROUP


def group_cue(text: str, start: int, end: int) -> bool:
    """The words around the name at [start, end) make it a group's: a kind of band or firm before
    it, a member or a firm's word after it, a plural verb after it opening a clause, or a place
    and "-based" before it."""
    before = words_before(text, start)
    after = words_after(text, end)
    if after and after[0] in GROUP_AFTER:
        return True
    if before and (before[-1] in KINDS_BEFORE or tuple(before) in PAIRS_BEFORE):
        return True
    return plural_subject(text, start, after) or based_before(text, start, end)


def group_cued(st: State) -> set[int]:
    """The mentions whose words around make them a group's (not a nationality, not after an
    honorific: "Mr Keane are" does not occur). A plural name of several words after "the" that the
    model reads as a person's gets an ORG cue (``plural_group``; a one-word one has it from
    ``cues``: "the [Killers]"), unless a place ("the [West Midlands]"); not one it reads otherwise
    ("the [Six Nations]")."""
    out = set()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid) or ""
        for i in idx:
            s = st.surf[i]
            if s.honorific or s.titled or st.labels[i] == "NORP":
                continue
            if group_cue(text, st.starts[i], st.ends[i]):
                out.add(i)
            if (
                st.labels[i] == "PERSON"
                and plural_group(text, st.starts[i], st.ends[i])
                and gazetteer.lookup(s.key) is None
            ):
                out.add(i)
                if ("ORG", CUE_WEIGHT) not in st.cues.get(i, ()):
                    st.cues.setdefault(i, []).append(("ORG", CUE_WEIGHT))
    return out


def group_names(st: State, cued: set[int]) -> set[str]:
    """Names (match keys) that ``GROUP_ARTICLES`` articles or more use as a group's and that no
    article names with an honorific, a title, an age or a person's apposition after it ("Jon Smith,
    34,"), nor as many articles read as a person's by another PERSON cue (a role before it, a plural
    role before its list): "Glasgow group Franz Ferdinand", "the Lib Dems have", "US band Scissor
    Sisters" twice and once "artists such as Keane, Katie Melua and Scissor Sisters"; not "Keane",
    whom "Mr Keane" names too."""
    articles: dict[str, set[str]] = {}
    for i in cued:
        articles.setdefault(st.surf[i].key, set()).add(st.art_ids[i])
    out = {k for k, arts in articles.items() if len(arts) >= GROUP_ARTICLES}
    person: dict[str, set[str]] = {}
    for i in st.live():
        s = st.surf[i]
        if s.key not in out or not (
            s.honorific or s.titled or any(c == "PERSON" and w >= CUE_WEIGHT for c, w in st.cues.get(i, ()))
        ):
            continue
        if s.honorific or s.titled or person_after(st.article_text.get(st.art_ids[i]) or "", st.ends[i], st.starts[i]):
            out.discard(s.key)
        else:
            person.setdefault(s.key, set()).add(st.art_ids[i])
    return {k for k in out if len(person.get(k, ())) < PERSON_SHARE * len(articles[k])}


def person_names(st: State, words: set[str]) -> set[str]:
    """The multi-word names ending in one of ``words`` that open with a given or first name and
    that no article uses as a group's ("Linda Kasabian"; not "Aston Villa": "Aston Villa are"; not
    "Dainik Jagran" nor "Pernod Ricard", which the model calls a person too)."""
    firsts = given_names() | st.first_names
    names: set[str] = set()
    groups: set[str] = set()
    for i in st.live():
        s = st.surf[i]
        if s.ntok >= 2 and s.key.rsplit(" ", 1)[1] in words and s.key.split(" ", 1)[0] in firsts:
            names.add(s.key)
            if s.key not in groups and group_cue(st.article_text.get(st.art_ids[i]) or "", st.starts[i], st.ends[i]):
                groups.add(s.key)
    return names - groups


def places(st: State, words: set[str]) -> set[str]:
    """The ``words`` the gazetteer knows as places, or that the model calls a place (GPE, LOC) in
    ``PLACE_ARTICLES`` articles or more that do not use them as a group's ("Wales": its rugby
    team "are", the country "is")."""
    seen: dict[str, set[str]] = {}
    for i in st.live():
        s, aid = st.surf[i], st.art_ids[i]
        if s.key in words and st.labels[i] in PLACE_LABELS and (aid, s.key) not in st.group_uses:
            seen.setdefault(s.key, set()).add(aid)
    return {w for w in words if gazetteer.lookup(w) is not None or len(seen.get(w, ())) >= PLACE_ARTICLES}


def note_group_uses(st: State) -> None:
    """Store the group uses on the state, the person names they keep a word from (``person_names``)
    and the mentions whose model label votes ORG because of them: every one-word mention of such a
    name in an article naming it twice or more (once, its own cue speaks for it), and every mention
    of a name of ``group_names``, unless the model says ORG or NORP or the name is a place
    (``places``)."""
    cued = group_cued(st)
    st.group_uses = {(st.art_ids[i], st.surf[i].key) for i in cued if st.surf[i].ntok == 1}
    words = {k for _, k in st.group_uses}
    st.group_persons = person_names(st, words)
    everywhere = group_names(st, cued)
    not_places = (words | everywhere) - places(st, words | everywhere)
    named: dict[tuple[str, str], list[int]] = {}
    for i in st.live():
        s = st.surf[i]
        if s.key in not_places and (s.key in everywhere or (st.art_ids[i], s.key) in st.group_uses):
            named.setdefault((st.art_ids[i], s.key), []).append(i)
    for (_, key), idx in named.items():
        if len(idx) >= 2 or key in everywhere:  # one mention: its own cue speaks for it
            for i in idx:
                if st.labels[i] not in NOT_GROUP_VOTES and not (st.surf[i].honorific or st.surf[i].titled):
                    st.kind_votes[i] = "ORG"
