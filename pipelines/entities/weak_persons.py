"""Unfounded persons: an entity the small model calls a person on every reading, with nothing in
the corpus that says person, is often a drug, a product, a firm or a project ("Vioxx", "Blu-ray",
"Argonaut", "Crossrail"), and one mention's context says so ("the drug [Vioxx]", "the [Blu-ray]
format", "a spokesman for [Crossrail]") while its many bare mentions keep calling it a person, and
outvote the cue. A real person is almost always founded somewhere: a full name opening with a given
or first name, a surname of such a name, an honorific or a title, a person's role or an age by it,
a line-up.

So, per entity: when every PERSON reading is weak (a one-word name of :mod:`lone_names`, a name
of several words opening with no given name, first name nor initial, or a party's short name:
"Lib Dem", :func:`people_words.party_short_form`), none carries an honorific or a title and no
context votes PERSON, while a context cue, the name's own last word (:func:`labels.designated_label`:
"Argonaut Games"), a party's short name or a hint (:func:`hint`: words people seldom have around
their names, "sales of [Vioxx]", "a spokesman for [Crossrail]", which decide nothing for any other
name) votes another label, the entity takes the best label but PERSON. A short form resolved to a
full name in the entity says nothing either way (its full name does). One look per mention, so the
pass is linear."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pipelines.entities.given_names import given_names
from pipelines.entities.labels import argmax, designated_label
from pipelines.entities.people_words import party_short_form

if TYPE_CHECKING:
    from pipelines.entities.state import State

STRONG_CUE = 1.0
"""Least weight of a context cue that founds (or denies) a person: a full cue, a first name's,
a title's; not a listed neighbour's label nor a lone name's "the [Yukos] case"."""


HINT_WEIGHT = 1.0
"""Weight of a hint (``HINTS_BEFORE``, ``HINTS_AFTER``) among an unfounded name's other votes."""
HINTS_BEFORE = {
    "PRODUCT": frozenset("sales version versions users launch copies reintroduction recall withdrawal".split()),
    "ORG": frozenset(
        "spokesman spokeswoman spokesperson founder founders headquarters website staff ambassador officer".split()
    ),
}
"""Nouns and "of" (or "for", "at") right before a name that people seldom have and products or firms
do ("stopped sales of [Vioxx]", "the mobile version of [Doom]", "a spokesman for [Crossrail]"), by
the label they hint at."""
HINT_PREPOSITIONS = frozenset("of for at".split())
HINTS_AFTER = {
    "PRODUCT": r"(?:was|were|has\s+been|had\s+been)\s+(?:withdrawn|recalled|launched|released)",
    "ORG": r"(?:['’]s\s+)?(?:headquarters|website|web\s+site|shareholders|employees|staff\s+(?:were|are|have))",
}
"""Words right after a name that people seldom have and products or firms do ("[Vioxx] was withdrawn",
"[Gracenote]'s website", "the [Argonaut] headquarters"), by the label they hint at."""
OWNED_BY_FIRMS = r"managing\s+director|chief\s+executive|parent\s+company|artists|\w+\s+charts?"
"""What a possessive name has that people seldom do and firms, labels and papers do ("[Air Deccan]'s
managing director", "[Def Jam's] artists", "[Billboard]'s pop chart")."""
KINDS_LISTED = {
    "ORG": r"firms|companies|labels|networks|studios|retailers|carriers|airlines|bands",
    "PRODUCT": r"brands|drugs|medicines|products|consoles|gadgets",
}
"""Plural kinds before "like", "such as" or "including" and a list that make its names firms or
products ("networks like eDonkey, Kazaa and [Grokster]", "brands such as [Dairy Milk]")."""
_HINT_AFTER_RE = re.compile("|".join(rf"(?P<{label}>\s*{words}\b)" for label, words in HINTS_AFTER.items()))
_OWNED_RE = re.compile(rf"\s+(?:{OWNED_BY_FIRMS})\b")
_WORD = r"(?:[A-Z]|[a-z][A-Z])[\w'’-]*"
"""A word of a name ("Kazaa", "eDonkey")."""
_KINDS_RE = re.compile(
    "|".join(
        rf"(?P<{label}>\b(?i:{kinds}),?\s+(?:like|such\s+as|including)\s+(?:{_WORD}(?:\s+{_WORD})*(?:,|\s+and|\s+or)\s+){{0,4}}$)"
        for label, kinds in KINDS_LISTED.items()
    )
)
_LISTING_WORDS = ("like", "such", "including")
KINDS_WINDOW = 120
"""Characters before a name read for a plural kind and a list."""
_POSSESSIVE = ("'s", "’s")
_AFTER_OPENERS = frozenset(" '’")
"""What may follow a name that a hint after it follows (a space or a possessive)."""
_EDGE = ".,;:!?()'\"’”‘“"
HINT_WINDOW = 40
"""Characters before a name read for a hint."""


def hint(text: str, start: int, end: int) -> str | None:
    """The label the words right around the name at [start, end) hint at, if any: words people
    seldom have around their names, that decide only for a name nothing founds as a person."""
    m = _HINT_AFTER_RE.match(text, end) if text[end : end + 1] in _AFTER_OPENERS else None
    if m is not None:
        return m.lastgroup
    if text.endswith(_POSSESSIVE, 0, end) or text.startswith(_POSSESSIVE, end):
        owned = _OWNED_RE.match(text, end if text.endswith(_POSSESSIVE, 0, end) else end + 2)
        return "ORG" if owned is not None else None  # not "version of [Merriam-Webster]'s"
    words = [w.strip(_EDGE).lower() for w in text[max(0, start - HINT_WINDOW) : start].split()[-3:]]
    if words and words[-1] == "the":
        words.pop()
    if len(words) >= 2 and words[-1] in HINT_PREPOSITIONS:
        for label, nouns in HINTS_BEFORE.items():
            if words[-2] in nouns:
                return label
    m = None
    if any(w in text[max(0, start - KINDS_WINDOW) : start] for w in _LISTING_WORDS):
        m = _KINDS_RE.search(text, max(0, start - KINDS_WINDOW), start)
    return m.lastgroup if m is not None else None


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def weak_reading(st: State, i: int) -> bool:
    """Mention i is a PERSON reading that founds no person: one word of :mod:`lone_names`, or several
    opening with no given name, first name of the corpus nor initial, without honorific or title."""
    s = st.surf[i]
    if party_short_form(s.key):
        return True  # "Lib Dem"
    if s.honorific or s.titled:
        return False
    if s.ntok == 1:
        return i in st.lone_persons
    first = s.name.split(" ", 1)[0]
    key = s.key.split(" ", 1)[0]
    return key not in given_names() and key not in st.first_names and not _initial(first)


class Founding:
    """Per entity (root key): whether a person is founded, and the other labels its cues and its
    names' own words vote for."""

    def __init__(self) -> None:
        self.founded: set[str] = set()
        self.other: dict[str, Counter] = {}
        self.spans: dict[str, list[tuple[str, int, int]]] = {}  # read for hints only if unfounded

    def add(self, st: State, i: int, r: str) -> None:
        """Note what mention i (of root r) says."""
        s = st.surf[i]
        if s.honorific or s.titled:
            self.founded.add(r)
        if i not in st.resolved and st.vote_label(i) == "PERSON" and not weak_reading(st, i):
            self.founded.add(r)
        for label, w in st.cues.get(i, ()):
            if w < STRONG_CUE:
                continue
            if label == "PERSON":
                self.founded.add(r)
            else:
                self.other.setdefault(r, Counter())[label] += w
        if i not in st.resolved and st.vote_label(i) == "PERSON":
            designated = "ORG" if party_short_form(s.key) else designated_label(s, "PERSON")
            if designated is not None and designated != "PERSON":
                self.other.setdefault(r, Counter())[designated] += 1.0
        text = st.article_text.get(st.art_ids[i])
        if text:
            self.spans.setdefault(r, []).append((text, st.starts[i], st.ends[i]))

    def relabel(self, r: str, label: str, votes: Counter) -> str:
        """The label of root r: ``label`` (its vote), unless it is an unfounded PERSON that some cue
        calls otherwise; then the best of its other votes (cues among them)."""
        if label != "PERSON" or r in self.founded:
            return label
        for text, start, end in self.spans.get(r, ()):
            kind = hint(text, start, end)
            if kind is not None:
                self.other.setdefault(r, Counter())[kind] += HINT_WEIGHT
        if r not in self.other:
            return label
        rest = Counter({k: v for k, v in votes.items() if k != "PERSON"})
        rest.update(self.other[r])
        return argmax(rest)
