"""A town's club in a sport article (for :mod:`teams`): the words that make a town's name its
club's only where the article is about a match or a club, and that article test itself.

A **sport article** uses at least ``MIN_SPORT_WORDS`` distinct words that a report of a match,
a transfer or a league uses and other news seldom does (:data:`SPORT_WORDS`: "striker",
"midfielder", "semi-final", "Premiership", "penalty", "club" ...; not "manager", "boss", "game",
"side", "player", "try" or "transfer", which firms, councils, consoles and music players have too).

In a sport article a town's name is its club's when

* a match's verb or a league's word stands right before it ("against [Barcelona]", "Chelsea take
  on [Barcelona]", "face [Newcastle]", "joined [Tottenham]", "leaders [Barcelona]", "lost to
  [Leeds]", "knocked out by [Newcastle]", "knocked out [Doncaster]", "an emphatic win over
  [Birmingham]", "Spurs entertain [Brighton]");
* a supporter's or a player's word stands right after it ("[West Ham] fans", "[Newcastle] prop",
  "his [Newcastle] team-mate") or a plural verb ("[Newcastle] were forced to", "[Barcelona] are
  accustomed"): a city takes "is", a club "are". Not a match's noun ("the [Dublin] encounter" is
  played there) nor a possessive before a name ("[Sydney]'s Olympic Stadium").

Outside a sport article none of these says a club ("a protest against [Leeds] council plans",
"tourists who joined [Barcelona]'s festival"). Each test reads a few words by the name, so the
pass is linear."""

from __future__ import annotations

import re

SPORT_WORDS = frozenset(
    """striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers winger wingers
    fly-half scrum-half full-back flanker hooker centre-back goal goals scored scorer equaliser
    penalty penalties premiership semi-final semi-finals quarter-final quarter-finals kick-off half-time
    referee league champions cup fixture fixtures relegation promotion loan squad matches
    defeat victory season club clubs coach match scored footballer""".split()
)
"""Words of match reports, transfers and league tables (lower case)."""
MIN_SPORT_WORDS = 3
"""Distinct :data:`SPORT_WORDS` an article needs to be a sport article."""
CLUB_BEFORE = frozenset(
    """against face faces faced facing meet meets meeting play plays playing played joined join joins joining
    entertain entertains leaders champions""".split()
)
"""A word right before a town's name that makes it a club in a sport article ("against [Barcelona]")."""
CLUB_BEFORE_PAIRS = frozenset(
    {
        ("take", "on"),
        ("takes", "on"),
        ("took", "on"),
        ("taking", "on"),
        ("lost", "to"),
        ("losing", "to"),
        ("loss", "to"),
        ("defeat", "to"),
        ("out", "by"),
        ("beaten", "by"),
        ("clash", "with"),
        ("move", "to"),
        ("bid", "from"),
        ("win", "over"),
        ("wins", "over"),
        ("victory", "over"),
        ("knocked", "out"),
        ("saw", "off"),
        ("brushed", "aside"),
    }
)
"""Two words right before a town's name that make it a club in a sport article ("take on [Barcelona]")."""
CLUB_AFTER = frozenset(
    "fans supporters support player players team-mate team-mates prop centre lock are were have".split()
)
"""A word right after a town's name that makes it a club in a sport article ("[West Ham] fans",
"[Newcastle] were")."""
WINDOW = 30
"""Characters on either side of a name read for a cue."""
_WORD_RE = re.compile(r"[\w'’-]+")
_SPORT_WORD_RE = re.compile(r"[A-Za-z][a-z-]+")


def sport_article(text: str) -> bool:
    """The article uses at least ``MIN_SPORT_WORDS`` distinct :data:`SPORT_WORDS`."""
    seen: set[str] = set()
    for m in _SPORT_WORD_RE.finditer(text):
        w = m.group(0).lower()
        if w in SPORT_WORDS:
            seen.add(w)
            if len(seen) >= MIN_SPORT_WORDS:
                return True
    return False


def club_in_sport(text: str, start: int, end: int) -> bool:
    """A town's name at [start, end) that a sport article's words make its club's (see the module
    docstring); the caller has checked that the article is a sport article."""
    spaced_before = text[start - 1 : start].isspace() if start else False
    before = [w.lower() for w in _WORD_RE.findall(text[max(0, start - WINDOW) : start])] if spaced_before else []
    if before and (before[-1] in CLUB_BEFORE or tuple(before[-2:]) in CLUB_BEFORE_PAIRS):
        return True
    if not text[end : end + 1].isspace():
        return False
    after = [w.lower() for w in _WORD_RE.findall(text[end : end + WINDOW])]
    return bool(after) and after[0] in CLUB_AFTER
