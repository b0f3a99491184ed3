"""Label cues: what the words around a mention say about the kind of thing it names, for the
label vote (:mod:`pipelines.entities.labels`). The small model gives one name one wrong label
again and again (a firm called a person, a club a person, an actor an organisation); the text
around it often says better:

* an organisation: a word after it that only firms and teams have ("Yukos shares", "Yukos chief
  executive", "Munster lock", "Arsenal FC"), a word before it that names a kind of firm or club
  ("oil giant Yukos", "shares in Glaxo", "the drugs firm Glanzo"; not "maker" nor "broadcaster",
  which stand before people too), a club in brackets after a
  player in a line-up ("A Foley (Munster)"), or a one-word "person" between a determiner and a
  lower-case noun ("the Yukos case", "the Munster man"; not "the Irish team": an adjective);
* a person: an age between commas ("Lana Brill, 34, said"; not a relative "who", which British
  English gives bands, clubs and firms too: "Radiohead, who ...");
* the names listed with it ("Will Smith, Kevin Spacey and Keanu Reeves"): each neighbour in the
  list votes its own label at a small weight.

Each test looks at a few characters on either side of the mention, so the pass is linear."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.entities.junk import after_determiner

if TYPE_CHECKING:
    from pipelines.entities.state import State

CUE_WEIGHT = 2.0
"""Weight of a context cue in the label vote (one model label counts 1)."""
ATTRIBUTIVE_WEIGHT = 1.0
"""Weight of the determiner cue ("the Yukos case"): as much as one model label and no more, for
people's names stand there too ("the Attlee government"), and a tie goes to PERSON."""
COORDINATION_WEIGHT = 0.5
"""Weight of each listed neighbour's label."""
WINDOW = 40
"""Characters on either side of a mention read for a cue."""

ORG_AFTER = frozenset(
    """fc afc plc ltd inc share shares shareholders chairman boss executives spokesman spokeswoman
    spokesperson striker midfielder defender goalkeeper keeper winger flanker lock prop fly-half
    scrum-half hooker full-back manager coach squad subsidiary""".split()
)
"""Words right after a name that only firms and teams have ("Yukos shares", "Munster lock")."""
ORG_AFTER_PAIRS = frozenset({("chief", "executive"), ("share", "price")})
ORG_BEFORE = frozenset(
    {
        ("firm",),
        ("company",),
        ("giant",),
        ("club",),
        ("retailer",),
        ("carrier",),
        ("airline",),
        ("bank",),
        ("label",),
        ("shares", "in"),
        ("shares", "of"),
        ("stake", "in"),
        ("takeover", "of"),
        ("bid", "for"),
        ("chairman", "of"),
        ("boss", "of"),
        ("executive", "of"),
    }
)
"""Words right before a name that name a kind of firm or club ("oil giant Yukos", "shares in
Glaxo"); not "maker" nor "broadcaster", which stand before people too."""

_EDGE = ".,;:!?()'\"’”"
_AGE_RE = re.compile(r",\s+\d{1,3},")
_CAPITALISED_BEFORE_BRACKET_RE = re.compile(r"[A-Z][\w'’.-]*\s+\($")
_LOWER_WORD_AFTER_RE = re.compile(r"\s+[a-z]")
_JOIN_RE = re.compile(r"\s*(?:,|,?\s+and|&)\s+")


def _words_after(text: str, end: int) -> list[str]:
    if end >= len(text) or not text[end].isspace():
        return []
    return [w.strip(_EDGE).lower() for w in text[end : end + WINDOW].split()[:2]]


def _words_before(text: str, start: int) -> list[str]:
    if start == 0 or not text[start - 1].isspace():
        return []
    return [w.lower() for w in text[max(0, start - WINDOW) : start].split()[-2:]]


def _context_vote(text: str, start: int, end: int, one_word_person: bool) -> tuple[str, float] | None:
    """The (label, weight) the words around [start, end) vote for, if any."""
    if text.startswith(",", end) and _AGE_RE.match(text, end):
        return "PERSON", CUE_WEIGHT
    after = _words_after(text, end)
    before = _words_before(text, start)
    if (
        (after and (after[0] in ORG_AFTER or tuple(after) in ORG_AFTER_PAIRS))
        or (before and (tuple(before[-1:]) in ORG_BEFORE or tuple(before) in ORG_BEFORE))
        or (
            text.startswith(")", end)
            and text[start - 1 : start] == "("
            and _CAPITALISED_BEFORE_BRACKET_RE.search(text, max(0, start - WINDOW), start)
        )
    ):
        return "ORG", CUE_WEIGHT
    if one_word_person and _LOWER_WORD_AFTER_RE.match(text, end) and after_determiner(text, start):
        return "ORG", ATTRIBUTIVE_WEIGHT
    return None


def label_cues(st: State) -> dict[int, list[tuple[str, float]]]:
    """Mention index -> (label, weight) votes its context adds (live mentions only)."""
    cues: dict[int, list[tuple[str, float]]] = {}
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid)
        if not text:
            continue
        order = sorted(idx, key=lambda j: st.starts[j])
        for i in order:
            one_word_person = st.surf[i].ntok == 1 and st.labels[i] == "PERSON"
            vote = _context_vote(text, st.starts[i], st.ends[i], one_word_person)
            if vote is not None:
                cues.setdefault(i, []).append(vote)
        for a, b in zip(order, order[1:]):
            if st.ends[a] <= st.starts[b] and _JOIN_RE.fullmatch(text, st.ends[a], st.starts[b]):
                cues.setdefault(a, []).append((st.labels[b], COORDINATION_WEIGHT))
                cues.setdefault(b, []).append((st.labels[a], COORDINATION_WEIGHT))
    return cues
