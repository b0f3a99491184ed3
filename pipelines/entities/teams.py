"""A town's team apart from the town: within one article "Leeds won 2-1", "beat Leeds" and
"Leeds manager Kevin Blackwell" name the club, while "a flat in Leeds" names the city, and a
reader takes them for two things. The small model (and the gazetteer, which knows the town)
joins them in one entity whose label is right for one reading only.

A one-word mention of a town of the gazetteer (no country, continent nor home nation: "England
beat Wales 2-1" are the national sides, which stay places) is its team's when a result, a
fixture or a player's role stands by it:

* a football score or a fixture's words (:mod:`fixtures`: "[Leeds] 2-1", "home to [Leeds]");
* "beat" before it, or "v" / "vs" on either side, as a fixture list writes it ("Bolton v Derby");
* a club's role or its side after it ("[Leeds] manager", "[Bristol] striker", "the [Leeds] side";
  not a possessive: "[Leeds]' side" stays with the club too, "Leeds's council" is no role).

In a sport article (:mod:`club_cues`: "striker", "Premiership", "semi-final" ...) a match's verb
before the name ("against [Barcelona]", "joined [Tottenham]", "leaders [Barcelona]") or a
supporter's, a player's word or a plural verb after it ("[West Ham] fans", "[Newcastle] were")
says so too; and a name of two words the gazetteer does not know, that the model calls a place in
most of its mentions ("West Ham": a club and a seat), is read as a town is.

Such a mention takes the key of the town's name and "FC" (``leeds fc``), which is the club's
name, no gazetteer place, and joins the club's other mentions, whatever the corpus names the town
more often (a strong place of the gazetteer, "Barcelona", would else name the club's mentions a
place however they vote). The town's other mentions in the article join the club too unless the
article names the town as a place ("in Leeds"; not "in [Leeds]' defeat"); when the corpus names
the town more often as its club than as a place ("Newcastle", "Liverpool"), its mentions in every
sport article join the club but for those named as a place. Each test reads a few words by the
name, so the pass is linear."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.club_cues import club_in_sport, sport_article
from pipelines.entities.fixtures import names_a_team
from pipelines.entities.keys import match_key

if TYPE_CHECKING:
    from pipelines.entities.state import State

CLUB_SUFFIX = " " + match_key("FC")
"""What a town's key takes for its club ("leeds" -> "leeds fc")."""
CLUB_WEIGHT = 1.5
"""ORG vote of a mention split off as its town's club (more than the model's place label)."""
ROLES_AFTER = frozenset(
    """manager boss coach striker midfielder defender goalkeeper keeper winger side squad
    captain""".split()
)
"""Words right after a town's name that make it its club's ("[Leeds] manager", "[Bristol] striker");
not "team" (a city's "bid team") nor "chairman" (a council's)."""
RESULT_BEFORE = frozenset("beat beating v vs".split())
"""A word right before a town's name that makes it the side played ("beat [Leeds]", "Bolton v [Derby]")."""
FIXTURE_AFTER = frozenset("v vs".split())
"""A word right after a town's name that makes it a side in a fixture ("[Bolton] v Derby")."""
WINDOW = 30
"""Characters on either side of a mention read for a cue."""
PLACE_VOTES = frozenset({"GPE", "LOC"})
POSSESSIVE_MARKS = frozenset("'’")
_WORD_RE = re.compile(r"[\w'’-]+")


def _words(chunk: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(chunk)]


def names_a_club(text: str, start: int, end: int, roles: bool = True) -> bool:
    """A result, a fixture or (with ``roles``) a club's role by the town's name at [start, end)
    (see the module docstring)."""
    before = _words(text[max(0, start - WINDOW) : start]) if text[start - 1 : start].isspace() else []
    after = _words(text[end : end + WINDOW]) if text[end : end + 1].isspace() else []
    if names_a_team(text, start, end, before[-2:]):
        return True
    if before and before[-1] in RESULT_BEFORE:
        return True
    return bool(after) and (after[0] in FIXTURE_AFTER or (roles and after[0] in ROLES_AFTER))


def _is_town(key: str) -> bool:
    place = gazetteer.lookup(key)
    return (
        place is not None
        and not place.place_id.startswith(("country:", "continent:"))
        and key not in gazetteer.HOME_NATIONS
    )


def _town_like(st: State, i: int, place_named: set[str]) -> bool:
    """Mention i may name a town's club: one word that is a town of the gazetteer, or a name of
    two words the gazetteer does not know that the model calls a place here and in most of
    its mentions (``place_named``: "West Ham"; not a surname the model once calls a place, nor a
    country the gazetteer misses, whose side is a national team: "Holland")."""
    s = st.surf[i]
    if s is None or s.acronym:
        return False
    if s.ntok == 1 and _is_town(s.key):
        return True
    return s.ntok == 2 and st.labels[i] in PLACE_VOTES and s.key in place_named and gazetteer.lookup(s.key) is None


def _place_named(st: State) -> set[str]:
    """Keys of names the model calls a place (GPE, LOC) in most of their live mentions."""
    votes: Counter = Counter()
    total: Counter = Counter()
    for i in st.live():
        key = st.surf[i].key
        total[key] += 1
        if st.labels[i] in PLACE_VOTES:
            votes[key] += 1
    return {k for k, n in votes.items() if 2 * n > total[k] and k not in gazetteer.HOME_NATIONS}


def split_teams(st: State) -> None:
    """Give a town's mentions that name its club (see :func:`names_a_club`, and in a sport article
    :func:`club_cues.club_in_sport`) the club's key, so that they make an entity apart from the
    town's, and with them the town's other mentions in their article unless it names the town as a
    place too (after "in", "near" ...; not "in [Leeds]' defeat"); when the corpus names the town as
    its club more often than as a place ("Newcastle", "Barcelona"), its mentions in any sport
    article are the club's too but for those named as a place."""
    clubs: dict[tuple[str, str], list[int]] = {}
    rest: dict[tuple[str, str], list[int]] = {}
    places: set[tuple[str, str]] = set()
    sport: set[str] = set()
    club_count: Counter = Counter()
    place_count: Counter = Counter()
    place_named = _place_named(st)
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid)
        if not text:
            continue
        in_sport = None
        for i in idx:
            if not _town_like(st, i, place_named):
                continue
            key = st.surf[i].key
            if in_sport is None:
                in_sport = sport_article(text)
                if in_sport:
                    sport.add(aid)
            start, end = st.starts[i], st.ends[i]
            if names_a_club(text, start, end) or (in_sport and club_in_sport(text, start, end)):
                clubs.setdefault((aid, key), []).append(i)
                club_count[key] += 1
            elif st.in_place_context[i] and text[end : end + 1] not in POSSESSIVE_MARKS:  # not "in [Leeds]' defeat"
                places.add((aid, key))
                place_count[key] += 1
            else:
                rest.setdefault((aid, key), []).append(i)
    for (aid, key), idx in rest.items():
        if (aid in sport and club_count[key] > place_count[key]) or ((aid, key) in clubs and (aid, key) not in places):
            clubs.setdefault((aid, key), []).extend(idx)  # "Leeds manager ... Leeds": one club
    for idx in clubs.values():
        for i in idx:
            st.node[i] = st.surf[i].key + CLUB_SUFFIX
            st.cues.setdefault(i, []).append(("ORG", CLUB_WEIGHT))  # "beat [Bristol]": no other cue says so
