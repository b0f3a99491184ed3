"""Two names glued by "and" that :mod:`coordinations`' first test leaves whole, because one of
them is no name of the corpus or the pair is named in more than one article (issue 11):

* a name of the corpus and a name of two capitalised words or more ("[VH1] and Country Music TV",
  "[Real Madrid] and Real Sociedad", "[Aviator] and Million Dollar Baby"): two names, when the
  pair is named in one article only or its known name is named on its own in
  :data:`KNOWN_RATIO` times as many articles as the pair ("[Finding Neverland]" in eight, "Spotless
  Mind and Finding Neverland" in two); not when the known name is one word the corpus writes in
  lower case ("[Rock] and Roll Hall of Fame", "Health and Safety Executive"), nor when the two
  words either side of "and" are written together in lower case ("rock and roll", "health and
  safety"), nor when "the" follows the "and" ("Charlie and the Chocolate Factory"), nor after a
  member's "for" ("the MP for Hornsey and Wood Green", a constituency);
* two people's full names, each of two or three capitalised words opening with a given name and
  ending in no organisation's designator ("Hayden Tanner and Willie Davies"): two people.

Each test reads the pair's words and a few characters before it, and the corpus's texts are
scanned once for all the lower-case phrases asked, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import ORG_DESIGNATORS
from pipelines.entities.surfaces import key_of

KNOWN_RATIO = 2
"""How many times as many articles as the pair a known name must be named in on its own for a
pair of more than one article to split."""
MAX_PERSON_WORDS = 3
"""Words of a person's full name in a pair of people."""
_MEMBER_FOR_RE = re.compile(r"\b(?:MPs?|MSPs?|MEPs?|AMs?|candidates?|members?|seat)\s+for\s+(?:the\s+)?$")
"""A member's or a candidate's "for" before a constituency ("the MP for [Hornsey and Wood Green]")."""
FOR_WINDOW = 30
"""Characters before a pair read for a member's "for"."""


def _words(m: re.Match, g: int) -> list[str]:
    return m.group(g).split()


def known_side(m: re.Match, label: str, key_articles: dict, pair_articles: int) -> int | None:
    """The group (1 or 2) of the pair ``m`` that is a name of the corpus, the other being two
    capitalised words or more, when the known name is named in enough articles (see the module
    docstring), else None; ``key_articles``: match key -> articles naming it on its own."""
    for g, other in ((1, 2), (2, 1)):
        rest = _words(m, other)
        if len(rest) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in rest):
            continue
        named = len(key_articles.get(key_of(m.group(g), label), ()))
        if named and (pair_articles == 1 or named >= KNOWN_RATIO * pair_articles):
            return g
    return None


def junction(m: re.Match) -> str:
    """The two words either side of the pair's "and", in lower case ("rock and roll")."""
    return f"{_words(m, 1)[-1]} and {_words(m, 2)[0]}".lower()


def written_in_lower_case(phrases: set[str], texts) -> set[str]:
    """The ``phrases`` (lower case) that ``texts`` write in lower case, in one scan of each text."""
    if not phrases:
        return set()
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, phrases))) + r")\b")
    return {hit for text in texts for hit in pattern.findall(text)}


def apart(m: re.Match, g: int, words, text: str, start: int, lower: set[str]) -> bool:
    """The pair ``m`` whose group ``g`` is a known name (:func:`known_side`) is two names: see the
    module docstring; ``words`` is the corpus's :class:`~common_words.CommonWords` with the known
    name asked when it is one word, ``text`` the article, ``start`` the pair's offset in it,
    ``lower`` the junctions (:func:`junction`) the corpus writes in lower case."""
    side = _words(m, g)
    if len(side) == 1 and words.written_in_lower_case(side[0].lower()):
        return False  # "[Rock] and Roll Hall of Fame"
    if " and the " in m.group(0):
        return False  # "Charlie and the Chocolate Factory"
    if _MEMBER_FOR_RE.search(text, max(0, start - FOR_WINDOW), start):
        return False  # "MP for Hornsey and Wood Green"
    return junction(m) not in lower  # "rock and roll", "health and safety"


def full_name(words: list[str]) -> bool:
    """``words`` are a person's full name: two or three capitalised words opening with a given name and
    ending in no organisation's designator ("Hayden Tanner")."""
    return (
        2 <= len(words) <= MAX_PERSON_WORDS
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and match_key(words[0]) in given_names()
        and match_key(words[-1]) not in ORG_DESIGNATORS
    )


def two_people(m: re.Match) -> bool:
    """The pair ``m`` is two people's full names ("Hayden Tanner and Willie Davies")."""
    return m.group(0)[:4].lower() != "the " and full_name(_words(m, 1)) and full_name(_words(m, 2))
