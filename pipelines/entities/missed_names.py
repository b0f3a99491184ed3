"""People the tagger missed, where a speaker stands: a capitalised name with no entity mention
that is a person by its form and its place next to a reporting verb.

A run of two or three capitalised words (or one after an honorific) outside every mention and
quote is a person when an honorific opens it ("Lord Browne", "Ms Detakats"), or when it stands
where a speaker stands and either opens with a given name (:mod:`pipelines.entities.given_names`)
or has a title in apposition:

* before a reporting verb, with an apposition between commas or a few adverbs between
  ("Parul Jain, deputy chief economist at Nomura, said"; "Theresa May told");
* after an inverted reporting verb, with an organisation's possessive between ("said Sky
  Networks' Sophie Turner Laing");
* after a title noun ("Boss Henk Addink blames").

Such a person is a speaker the warehouse has no entity for: the quote gets their name as its
speaker text, and a later "he" or "she" stops at them instead of reaching an earlier person.
"""

from __future__ import annotations

import re

from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.reporting import CUE_WORDS, ROLE_NOUNS, SKIP_WORDS

_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Baroness)\.?"
NAME_RE = re.compile(
    rf"(?<![\w'’.-])(?:(?P<hon>{_HONORIFIC})\s+{_WORD}(?:\s+{_WORD}){{0,2}}|{_WORD}(?:\s+{_WORD}){{1,2}})"
    rf"(?![\w'’-])(?!\s+[A-Z])"
)
"""A capitalised name of two or three words, or of one to three after an honorific."""
_APPOSITION_RE = re.compile(r"\s*,([^,;:.!?\"“”]{1,80}),\s*")
_LOWER_WORDS_RE = re.compile(r"[A-Za-z]+")
MAX_SKIPPED = 2
"""Adverbs or time words allowed between a name and its reporting verb ("Theresa May also told")."""
_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+(?:(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}['’]s?\s+)?$")
LOOKBACK = 60
"""Characters before a name searched for an inverted reporting verb or a title noun."""


def _cue_after(masked: str, end: int) -> tuple[bool, str]:
    """Whether a reporting verb follows the name (past an apposition between commas and up to
    ``MAX_SKIPPED`` adverbs or time words), and the apposition."""
    app = _APPOSITION_RE.match(masked, end)
    if app and " and " in app.group(1):
        return False, ""  # a list, not an apposition: "Age Concern, Mencap and the Society, said"
    words = _LOWER_WORDS_RE.findall(masked, app.end() if app else end, (app.end() if app else end) + 60)
    for k, w in enumerate(words[: MAX_SKIPPED + 1]):
        if w.lower() in CUE_WORDS:
            return all(x.lower() in SKIP_WORDS for x in words[:k]), app.group(1) if app else ""
    return False, ""


def _before_is_speaker_slot(masked: str, start: int) -> bool:
    """Whether an inverted reporting verb ("said", "said Acme's") or a title noun ("Boss")
    stands right before the name."""
    m = _BEFORE_RE.search(masked, max(0, start - LOOKBACK), start)
    if not m:
        return False
    word = m.group(1).lower()
    return word in CUE_WORDS or (word in ROLE_NOUNS and m.end(1) == start - 1)


def _given_name(word: str, masked: str, names: frozenset[str]) -> bool:
    """A given name that the article never writes in lower case ("Age" of "Age Concern" is not
    one where it speaks of "old age")."""
    return match_key(word) in names and not re.search(rf"\b{re.escape(word.lower())}\b", masked)


def missed_persons(masked: str, covered) -> list[tuple[int, int, str]]:
    """(start, end, text) of the people the tagger missed in the masked text (see the module
    docstring); covered(start, end) tells whether a span overlaps a mention or a quote."""
    names = given_names()
    out = []
    for m in NAME_RE.finditer(masked):
        if covered(m.start(), m.end()):
            continue
        if m.group("hon"):
            out.append((m.start(), m.end(), m.group()))
            continue
        start, words = m.start(), m.group().split()
        if words[0].lower() in ROLE_NOUNS and len(words) > 2:  # "Boss Henk Addink"
            start = masked.index(words[1], m.start() + len(words[0]))
        cue_after, apposition = _cue_after(masked, m.end())
        slot = cue_after or _before_is_speaker_slot(masked, start)
        titled = any(w.lower() in ROLE_NOUNS for w in apposition.split())
        first = masked[start : m.end()].split()[0]
        if slot and (_given_name(first, masked, names) or titled):
            out.append((start, m.end(), masked[start : m.end()]))
    return out
