"""Marks on a name or right after it that make it a charity's, a firm's or a club's, where the small
model calls it a person ("[Christian Aid] condemned the move", "[Atlas Copco] <ASTS ST>", "losing
to [Racing Santander]"), for the label cues (:mod:`pipelines.entities.cues`) and the designators
(:mod:`pipelines.entities.labels`):

* a charity's body word ending a name of two words or more that the model calls a person
  (:data:`CHARITY_WORDS`: "Christian Aid", "Age Concern", "Islamic Relief"): a given name may open
  it ("Christian"), which the first-name cue reads as a person's; the model's other labels stay
  ("Rugby Aid" is a match), and so does one word ("Aid") and a name another cue calls an event's
  or a work's ("Saturday's [Tsunami Aid]", a concert);
* a stock ticker in angle brackets right after a name, as the wire writes a listed firm ("[Atlas
  Copco] <ASTS ST>", "[Lambert] <BBLB.B>"); not after a place that ends a firm's name with "of"
  ("First Union Corp of [Georgia] <FUNC>");
* "v" or "vs" right before or after a name the model calls a person, as a fixture list writes its
  sides ("Charlton v [Yeovil]", "[Milton Keynes Dons] v Peterborough"); not a person's full name
  ("[Marvin Gaye] v Tuff Jam": two words opening with a given name) nor a surname of the corpus's
  full names ("Federer v [Roddick]"); a place's name, a national side, stays a place;
* a bond's or a share issue's lead manager or underwriters right before a name, as the wire
  names the banks that run an issue ("lead manager [Union Bank of Switzerland] said", "joint-lead
  manager [Samuel Montagu] and Co", "Underwriters are led by [X]"), where "manager" alone would
  make it a person's role; not "managed by" alone, which a football manager stands after too;
* "Racing" opening a name whose rest is a town of the gazetteer ("Racing Santander", "Racing
  Ferrol"): a club, as "Real" or "Sporting" opens one (:data:`org_words.CLUB_PREFIXES`); before
  any other word "Racing" opens titles too ("Racing Stripes").

Each test reads a name's words or a few characters after it, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key

CHARITY_WORDS = frozenset(match_key(w) for w in "aid concern relief".split())
"""Last words of charities' names ("Christian Aid", "Age Concern", "Comic Relief"), as match keys;
not "trust", which :data:`labels.ORG_DESIGNATORS` has, nor "action" or "appeal", which end titles
and courts ("Timetable for Action", "Court of Appeal")."""
OTHER_KIND_WEIGHT = 1.0
"""A context vote for another kind this heavy (one model label's) keeps a charity's word from
voting ("Saturday's [Tsunami Aid]", which the corpus's casing calls a title's)."""
TOWN_CLUB_OPENERS = frozenset({match_key("Racing")})
"""First words that make a name a club's only before a town ("Racing Santander")."""
_TICKER_RE = re.compile(r"\s?<[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)?(?:\s[A-Z]{1,3})?>")
"""A wire's stock ticker in angle brackets ("<ASTS ST>", "<BBLB.B>", "<VOLV ST>", "<FUNC>")."""

_V_AFTER_RE = re.compile(r"\s+vs?\.?\s+[A-Z]")
_V_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*\s+vs?\.?\s+$")
"""A fixture's "v" (or "vs") between the name and another capitalised name ("Charlton v [Yeovil]")."""
_ISSUE_MANAGER_RE = re.compile(
    r"(?:\b(?:sole\s+|joint[-\s]|co-)?lead[-\s]+(?:managers?|underwriters?)|\b(?:joint[-\s]|co-)?book-?runners?"
    r"|\bunderwriters(?:\s+(?:are|were))?(?:\s+(?:led|managed)\s+by)?|\bunderwriting\s+group\s+led\s+by)\s+$",
    re.IGNORECASE,
)
"""A bond's or a share issue's lead manager, bookrunner or underwriters right before a name."""
ISSUE_WINDOW = 45
"""Characters before a name read for an issue's manager."""
FIXTURE_WINDOW = 30
"""Characters before a name read for a fixture's "v"."""


def charity_name(key: str, label: str, votes) -> bool:
    """A name (match key ``key``) of two words or more that the model calls a person (``label``)
    and that ends in a charity's body word ("christian aid"), where none of the context's ``votes``
    ((label, weight) pairs) calls it another kind at a model label's weight or more."""
    if label != "PERSON" or " " not in key or key.rsplit(" ", 1)[-1] not in CHARITY_WORDS:
        return False
    return not any(kind not in ("PERSON", "ORG") and weight >= OTHER_KIND_WEIGHT for kind, weight in votes)


def ticker_after(text: str, start: int, end: int, place: bool) -> bool:
    """A stock ticker in angle brackets right after the name at [start, end), unless the name is a
    place (``place``) after "of", which ends a firm's name ("First Union Corp of [Georgia] <FUNC>")."""
    if _TICKER_RE.match(text, end) is None:
        return False
    return not (place and text.endswith(" of ", 0, start))


def town_club(words: list[str]) -> bool:
    """A name's words (match keys) open with a club's word that opens titles too ("racing") and the
    rest is a town of the gazetteer, no country ("racing santander")."""
    if len(words) < 2 or words[0] not in TOWN_CLUB_OPENERS:
        return False
    place = gazetteer.lookup(" ".join(words[1:]))
    return place is not None and not place.place_id.startswith(("country:", "continent:"))


def fixture_side(text: str, start: int, end: int, key: str, label: str) -> bool:
    """A name the model calls a person (``label``) stands on either side of a fixture's "v"
    ("Charlton v [Yeovil]"), unless its match key ``key`` is a person's full name's shape (two
    words opening with a given name); the caller rules out the corpus's surnames ("Federer v
    Roddick")."""
    words = key.split()
    if label != "PERSON" or (len(words) == 2 and words[0] in given_names()):
        return False
    return _V_AFTER_RE.match(text, end) is not None or (
        _V_BEFORE_RE.search(text, max(0, start - FIXTURE_WINDOW), start) is not None
    )


def issue_manager_before(text: str, start: int) -> bool:
    """A bond's or a share issue's lead manager, bookrunner or underwriters stand right before the
    name starting at ``start`` ("lead manager [Swiss Volksbank] said")."""
    return _ISSUE_MANAGER_RE.search(text, max(0, start - ISSUE_WINDOW), start) is not None
