"""Sports grounds named alone: the small model calls "Anfield", "Twickenham", "Murrayfield", "Old
Trafford", "Kingsholm" or "Craven Cottage" a club (ORG) or a place, for the reports use the ground
for its club too ("stay at [Anfield]", "the [Anfield] boss"); a reader takes the name for the
ground (FAC). The corpus tells a ground from the club by how it uses the name. A name is a
ground's when

* a match is played at it, at least once: "at" right before it in a sentence with a match's noun
  before it (:data:`fixtures.MATCH_NOUNS`: "the third-round game at [Murrayfield]", "a draw at
  [Anfield]", "a replay at [Craven Cottage] 1-0");
* it stands after "at" or "to" in at least ``AT_SHARE`` of its mentions ("a move to [Anfield]");
* it never names a side: no score nor fixture's words by it (:mod:`fixtures`; a score after "at
  [X]" is the match's there), no "beat" nor "v" (:mod:`teams`), no plural verb after it ("Chelsea
  have"): "a 3-2 win at [Chelsea]" names the club;
* it is no place of the gazetteer (a town after "at" names its club or the town: "a win at
  [Norwich]"), no acronym, of at most ``MAX_WORDS`` words, with no designator (an event's
  "Open", a firm's "Securities", a ground's "Park" already say what they are) and no club's
  first word (:data:`org_words.CLUB_PREFIXES`: "a match at [Sporting Lisbon]").

The match's "at" is "at" only ("a defeat to [Taylor Dent]" is a player's), before a name with no
"the" (an event's: "victory at [the Norwich Union International]") and no possessive or
lower-case noun after it ("a debut at [Bonhams] auction house", "at [Grauman]'s Chinese Theatre").

Every mention of such a name votes FAC at cue weight, the metonymic ones too ("[Anfield] boss"):
one name, one label. Each test reads a few words by a mention, so the pass is linear."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.fixtures import played_at
from pipelines.entities.labels import DESIGNATORS
from pipelines.entities.org_words import CLUB_PREFIXES
from pipelines.entities.teams import names_a_club

if TYPE_CHECKING:
    from pipelines.entities.state import State

AT_SHARE = 1 / 3
"""Share of a name's mentions that stand after "at" or "to" for it to be read as a ground."""
MAX_WORDS = 3
"""Most words of a ground's name ("Stade de France")."""
_AT_OR_TO_RE = re.compile(r"\b(?:at|to)\s$")
_FREE_AFTER = "on|in|at|for|and|but|with|last|this|next|since|when|where|after|before|against|as|to|or"
_NOUN_AFTER_RE = re.compile(rf"['’]|\s+(?!(?:{_FREE_AFTER})\b)[a-z]")
"""What follows an "at [X]" that is no ground's: a possessive or a lower-case noun ("at [Bonhams]
auction house"); not a preposition, a conjunction or a time's word ("at [Anfield] on Tuesday",
"at [Murrayfield] last year")."""


def ground_keys(st: State, plural_subject) -> set[str]:
    """Match keys of the names the corpus uses as a ground's (see the module docstring);
    ``plural_subject(text, start, end)`` says whether a plural verb makes a mention a side's."""
    counts: Counter = Counter()
    at_counts: Counter = Counter()
    played: set[str] = set()
    sides: set[str] = set()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid)
        if not text:
            continue
        for i in idx:
            s = st.surf[i]
            if s is None or s.acronym or s.ntok > MAX_WORDS or s.key in sides:
                continue
            start, end = st.starts[i], st.ends[i]
            counts[s.key] += 1
            if _AT_OR_TO_RE.search(text, max(0, start - 4), start):
                at_counts[s.key] += 1
                if (
                    text.endswith("at ", 0, start)
                    and not text.startswith(("the ", "The "), start)
                    and not _NOUN_AFTER_RE.match(text, end)
                    and played_at(text, start)
                ):
                    played.add(s.key)
            if names_a_club(text, start, end, roles=False) or plural_subject(text, start, end):
                sides.add(s.key)
    return {
        key
        for key in played - sides
        if at_counts[key] >= AT_SHARE * counts[key]
        and key.rsplit(" ", 1)[-1] not in DESIGNATORS
        and key.split(" ", 1)[0] not in CLUB_PREFIXES
        and gazetteer.lookup(key) is None
    }
