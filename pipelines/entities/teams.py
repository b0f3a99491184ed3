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

Such a mention takes the key of the town's name and "FC" (``leeds fc``), which is the club's
name, no gazetteer place, and joins the club's other mentions so split, in an article that
names the town as a place too ("in Leeds"), and anywhere when the corpus names the town as a
place more often than as a club; the town's mentions keep theirs, and a town the corpus names
mostly as its club keeps its club mentions outside mixed articles (its uncued mentions are the
club's too: "Liverpool"). Each test reads a few words by the name, so the pass is linear."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.fixtures import names_a_team
from pipelines.entities.keys import match_key

if TYPE_CHECKING:
    from pipelines.entities.state import State

CLUB_SUFFIX = " " + match_key("FC")
"""What a town's key takes for its club ("leeds" -> "leeds fc")."""
CLUB_WEIGHT = 1.5
"""ORG vote of a mention split off as its town's club (more than the model's place label)."""
HOME_NATIONS = frozenset(match_key(w) for w in ("England", "Scotland", "Wales", "Ireland"))
"""Places whose sides are national teams (places, like countries: "England beat Wales")."""
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
    return place is not None and not place.place_id.startswith(("country:", "continent:")) and key not in HOME_NATIONS


def split_teams(st: State) -> None:
    """Give a town's mentions that name its club (see :func:`names_a_club`) the club's key, so
    that they make an entity apart from the town's: in an article that names the town as a place
    too (after "in", "near" ...), and in every article when the corpus names the town as a place
    more often than as a club ("Leeds", "Birmingham"). A town the corpus names mostly as its club
    ("Liverpool", "Southampton") is left to the vote outside mixed articles: its other mentions are
    the club's too."""
    clubs: dict[tuple[str, str], list[int]] = {}
    places: set[tuple[str, str]] = set()
    club_count: Counter = Counter()
    place_count: Counter = Counter()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid)
        if not text:
            continue
        for i in idx:
            s = st.surf[i]
            if s is None or s.ntok != 1 or s.acronym or not _is_town(s.key):
                continue
            if names_a_club(text, st.starts[i], st.ends[i]):
                clubs.setdefault((aid, s.key), []).append(i)
                club_count[s.key] += 1
            elif st.in_place_context[i]:
                places.add((aid, s.key))
                place_count[s.key] += 1
    for (aid, key), idx in clubs.items():
        if (aid, key) in places or place_count[key] > club_count[key]:
            for i in idx:
                st.node[i] = key + CLUB_SUFFIX
                st.cues.setdefault(i, []).append(("ORG", CLUB_WEIGHT))  # "beat [Bristol]": no other cue says so
