"""Clubs named after their town, cut by the small model to the town or to the club's first word
("a switch from PSV [Eindhoven]", "Real [Madrid] view him", "beating [Partizan] Belgrade"): the
mention names the town (GPE) or a word, where the text names the club. The mention takes in the
club's first word (:data:`org_words.CLUB_PREFIXES`: "Real", "PSV", "Partizan", "Sporting") right
before it, or the capitalised word right after a mention that is only that first word, when no
other mention covers it; its model label is read ORG (``State.kind_votes``). Each mention reads a
word on either side, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.keys import match_key
from pipelines.entities.org_words import CLUB_PREFIXES
from pipelines.entities.surfaces import analyse

_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s$")
_WORD_AFTER_RE = re.compile(r"\s([A-Z][\w'’-]*)(?![\w'’-])")
WINDOW = 20
"""Characters before a mention read for a club's first word."""


def widen_club_names(st) -> None:
    """Widen the mentions of a town cut from its club's name (see the module docstring); ``st`` is
    the canonicaliser's ``state.State``, not imported: that would be a cycle."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        bounds = {b for j in idx for b in (st.starts[j], st.ends[j])}
        for i in idx:
            s = st.surf[i]
            if s is None or (s.acronym and s.key not in CLUB_PREFIXES):
                continue
            start, end = st.starts[i], st.ends[i]
            first = s.key.split(" ", 1)[0]
            before = _WORD_BEFORE_RE.search(text, max(0, start - WINDOW), start)
            after = _WORD_AFTER_RE.match(text, end)
            if before and first not in CLUB_PREFIXES and match_key(before.group(1)) in CLUB_PREFIXES:
                a, b = before.start(1), end
                if a in bounds or text[a - 1 : a] in ("'", "’"):
                    continue  # the word ends another mention
            elif after and s.ntok == 1 and s.key in CLUB_PREFIXES and match_key(after.group(1)) not in CLUB_PREFIXES:
                a, b = start, after.end(1)
                if b in bounds:
                    continue
            else:
                continue
            widened = analyse(text[a:b], st.labels[i])
            if not isinstance(widened, str):
                st.surf[i], st.starts[i], st.ends[i] = widened, a, b
                st.kind_votes[i] = "ORG"
