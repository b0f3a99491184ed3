"""Words around a name that make it a team's (or a player's, below), for the label cues
(:mod:`pipelines.entities.cues`): the small model calls a club named after its town a person or a
place ("Bolton", "Hereford", "Norwich"), and the results and fixtures around it say better:

* a football score right before or after it ("Newcastle 2-1 [Bolton]", "[Hereford] 1-1
  Doncaster", "[Hereford] win 3-1", "a 3-2 win at [Norwich]", "a 3-0 Scottish Cup win over [Queen of
  the South]"): a score whose larger number is at
  most ``MAX_GOALS``, which no tennis set has (a set is won with 6 or 7 games: "beat Tommy Robredo
  7-6" is a player's);
* a fixture's words before it ("at home to [Bolton]", "away to", "a home tie with", "a draw with",
  "signed for", "play for", "on loan from");
* a goal's verb after it that a side scores through a player (:data:`SCORING_VERBS`), the player
  named after it in the clause ("[Santos] equalised on the hour mark thanks to Thokozani Xaba",
  "[Sable Batie] took the lead in the 35th minute through Kemadjou", "[Ireland] drew level with a
  Ronan O'Gara penalty"; not "[John Terry] levelled with a powerful header"), or "their lead"
  ("[United] doubled their lead").

A **player** is named by a play in a match report, whatever the small model calls it (a place,
a firm: "Kemadjou" GPE, "Quinton Fortune" ORG), when it stands right after

* a play's noun and "from", a few lower-case words apart (:data:`PLAY_NOUNS`: "a header from
  [Kemadjou]", "goals in each half from [Quinton Fortune]", "a good tackle from [Djimi Traore]");
* a goal's verb and "through", "thanks to" or "courtesy of" in the clause ("took the lead in the
  35th minute through [Kemadjou]", "hit back through [Stelios Giannakopoulos]"; not "thanks to
  [Henson], Wales did", with no goal's verb);
* a side's or a nation's name and a player's position that other news uses too (:data:`POSITIONS`:
  "Liverpool forward [Milan Baros]", "former Scotland international [Finlay Calder]").

The caller reads it in a sport article only (:func:`club_cues.sport_article`: "a pass from
[Veltrix]" in a firm's news is none) and leaves alone a place of the gazetteer ("the 100m winner
from [Jamaica]"; no "winner" nor "double" among the nouns for that) and a possessive ("a cross
from [Real Madrid]'s winger" is the club's). But "from" and a pass of the name's own after it name
a player too (:data:`PASSES`: "the lead from [Milan Baros]' pass", "a header from [Henry]'s free-kick").

A score right after "at [X]" is the match's at a ground, no side's ("a replay at [Craven Cottage]
1-0"); a match's noun before "at" in the sentence (:data:`MATCH_NOUNS`, :func:`played_at`: "the
third-round game at [Murrayfield]") says a match is played there, for :mod:`grounds`.

Each test reads a few words on either side of the name, so the pass is linear."""

from __future__ import annotations

import re

MAX_GOALS = 5
"""The larger number of a score read as a match's (no tennis set ends with at most 5 games)."""
RESULT_WORDS = frozenset("win wins won beat beating lose lost draw drew lead led trail trailed".split())
"""Verbs between a team and its score ("[Hereford] win 3-1")."""
RESULT_NOUNS = frozenset("win victory defeat draw loss".split())
"""Nouns between a score and the team played ("a 3-2 win at [Norwich]")."""
FIXTURE_BEFORE = frozenset(
    {
        ("home", "to"),
        ("away", "to"),
        ("tie", "with"),
        ("draw", "with"),
        ("drew", "with"),
        ("signed", "for"),
        ("sign", "for"),
        ("signing", "for"),
        ("play", "for"),
        ("plays", "for"),
        ("playing", "for"),
        ("played", "for"),
        ("loan", "from"),
        ("loan", "to"),
    }
)
"""Two words right before a name that make it a club's ("at home to [Bolton]", "signed for
[Hereford]"); a country's name there stays a place by the gazetteer's strong places."""
MATCH_NOUNS = RESULT_NOUNS | frozenset(
    "game match clash tie leg replay fixture encounter derby test final semi-final semi-finals debut cap".split()
)
"""Nouns of a match before "at" in a sentence that make the name after it where the match is played
("the third-round game at [Murrayfield]", "a draw at [Anfield]", "won his first cap against
Australia at [Murrayfield]")."""
SCORING_VERBS = (
    "equalised equalized levelled leveled drew.level went.ahead went.in.front took.the.lead took.a.lead "
    "pulled.one.back pulled.a.goal.back hit.back reduced.the.deficit"
).split()
"""A goal's verbs, whose subject is a side when the clause names the player it scored through
(words joined by dots)."""
_SCORING_VERBS = "|".join(v.replace(".", r"\s+") for v in SCORING_VERBS)
_SCORED_THROUGH_RE = re.compile(
    rf"\s+(?:(?:{_SCORING_VERBS})\b[^.;:!?\n]{{0,60}}?"
    r"\b(?:through|thanks\s+to|courtesy\s+of|with\s+an?|when|as)\s+[A-Z]"
    r"|(?:doubled|extended|increased)\s+their\s+(?:lead|advantage))"
)
"""A goal's verb after a name and the player it was scored through in the clause, or "their lead"."""
PLAY_NOUNS = (
    "goal goals header headers strike strikes shot shots penalty penalties try tries effort efforts pass passes "
    "cross crosses save saves volley drive finish kick free-kick corner conversion drop-goal equaliser opener "
    "tackle chip clearance brace hat-trick"
).split()
"""Nouns of a play a player makes, before "from" and the player ("a header from [Kemadjou]")."""
PLAY_GAP = 3
"""Lower-case words at most between a play's noun and "from" ("goals in each half from")."""
_PLAY_FROM_RE = re.compile(rf"\b(?i:{'|'.join(PLAY_NOUNS)})(?:\s+[a-z][\w-]*){{0,{PLAY_GAP}}}\s+from\s+$")
"""A play's noun (maybe opening a sentence) and "from" right before a name, lower-case words apart."""
_SCORED_BY_RE = re.compile(
    rf"\b(?:{_SCORING_VERBS}|scored|scoring|scores)\b[^.;:!?\n]{{0,40}}?\b(?:through|thanks\s+to|courtesy\s+of)\s+$"
)
"""A goal's verb and "through" (or "thanks to", "courtesy of") right before a name, in its clause."""
POSITIONS = (
    "international forward full-back fly-half scrum-half half-back stand-off prop lock hooker flanker centre wing "
    "keeper centre-back centre-half left-back right-back sprinter hurdler"
).split()
"""A player's position (or cap) that other news uses too ("a lock", "the centre", "an international"),
and that a side's or a nation's name before it makes a player's ("Liverpool forward [Milan Baros]",
"former Scotland international [Finlay Calder]"); the unambiguous ones ("striker", "winger") are
roles of every article (:data:`pipelines.wordlists.PERSON_BEFORE`)."""
_POSITION_RE = re.compile(rf"\b[A-Z][\w'’-]*\s+(?:{'|'.join(POSITIONS)})\s+$")
_POSSESSIVE_RE = re.compile(r"['’]")
PASSES = "pass passes cross crosses free-kick chip knockback delivery flick lay-off through-ball".split()
"""A player's passes, after "from" and a possessive ("from [Milan Baros]' pass"); not "goal", "try" nor
"penalty", which a side's line and area have ("from [Arsenal]'s goal line")."""
_OWN_PLAY_RE = re.compile(rf"(?:['’]s?|s['’])\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(PASSES)})\b")
"""A possessive mark and a pass after the name, the pass its own ("a header from [Henry]'s free-kick",
"the lead from [Milan Baros]' pass"), which a club's possessive before its player is not ("a cross
from [Real Madrid]'s winger")."""
SCORE = r"(\d{1,2})-(\d{1,2})"
"""A match's score ("2-1"; also a tennis set's, "6-7"), its two numbers as groups."""
_SCORE_AFTER_RE = re.compile(rf"\s+(?:(?:{'|'.join(sorted(RESULT_WORDS))})\s+)?{SCORE}\b")
_SCORE_BEFORE_RE = re.compile(
    rf"\b{SCORE}(?:(?:\s+[A-Z][\w'’]*){{0,3}}\s+(?:{'|'.join(sorted(RESULT_NOUNS))})\s+(?:at|against|over|to|with))?\s+$"
)
WINDOW = 60
"""Characters before a name read for a score."""
MATCH_WINDOW = 80
"""Characters before "at" read for a match's noun (within the sentence)."""
_MATCH_NOUN_RE = re.compile(rf"\b(?:{'|'.join(sorted(MATCH_NOUNS))})\b", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?:;]\s|\n")


def _goals(match: re.Match | None) -> bool:
    return match is not None and max(int(match.group(1)), int(match.group(2))) <= MAX_GOALS


def names_a_team(text: str, start: int, end: int, before: list[str]) -> bool:
    """A football score or a fixture's words stand around the name at [start, end) (see the
    module docstring); ``before`` holds the two lower-cased words before it."""
    if tuple(before[-2:]) in FIXTURE_BEFORE:
        return True
    if before[-1:] != ["at"] and _goals(_SCORE_AFTER_RE.match(text, end)):
        return True  # not "at [Craven Cottage] 1-0": the ground's
    if _SCORED_THROUGH_RE.match(text, end):
        return True  # "[Santos] equalised ... thanks to Thokozani Xaba"
    return _goals(_SCORE_BEFORE_RE.search(text[max(0, start - WINDOW) : start]))


def names_a_player(text: str, start: int, end: int) -> bool:
    """A play's noun and "from", a goal's verb and "through", or a side's name and a position stand
    right before the name at [start, end), which no possessive mark follows; or "from" before it
    and a pass of its own after it ("a header from [Kemadjou]", "took the lead through [Kemadjou]",
    "the lead from [Milan Baros]' pass"; see the module docstring); the caller checks the article is a sport
    article's and the name no place of the gazetteer."""
    if not text[start - 1 : start].isspace():
        return False
    before = text[max(0, start - WINDOW) : start]
    if _POSSESSIVE_RE.match(text, end):
        return before.endswith("from ") and _OWN_PLAY_RE.match(text, end) is not None
    return any(r.search(before) is not None for r in (_PLAY_FROM_RE, _SCORED_BY_RE, _POSITION_RE))


def played_at(text: str, start: int) -> bool:
    """A match's noun stands before the "at" (or "to") right before ``start``, within the sentence
    ("the third-round game at [Murrayfield]", "a replay at [Craven Cottage]")."""
    chunk = text[max(0, start - MATCH_WINDOW) : start]
    ends = list(_SENTENCE_END_RE.finditer(chunk))
    return _MATCH_NOUN_RE.search(chunk, ends[-1].end() if ends else 0) is not None
