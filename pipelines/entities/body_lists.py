"""A body's name cut at the first comma of the list of what the body is for (issue 11): the small
model stops "[The State Administration of Radio], Film and Television (SARFT)" and "[the Centre for
Vision], Speech and Signal Processing" at the comma and spans the list's items apart, or not at all.
A mention ending in a body's head word, "of" or "for" and capitalised words, right before a comma
list of capitalised items that "and" closes and no capitalised word follows, takes the list in, and
the mentions of its items are dropped into it (:func:`widen_body_lists`, a pass of the
canonicaliser, after :func:`coordinations.widen_departments`, which mends the list cut at its
"and").

Not a list of bodies, places or people after a body's name ("the Council of Mortgage Lenders,
British Bankers Association and Halifax", "The Council of Europe, France and Germany", "the
Institute of Physics, Dr Jones and Dr Smith"): no item of two words or more ends in a body's designator (one word
alone is a subject: "Film and Television"), is a place of
the gazetteer, holds a person's mention or an honorific, or is a name the corpus spans in another
article ("The Institute of Physics, Tate and Bafta"); and the body is named for no place ("The Museum
of London, Tate and Bafta"). Not a role ("Minister for Children, Young People and Families"), which
:mod:`roles` reads. Each test reads the span and a few words after it, so the pass is linear."""

from __future__ import annotations

import re
from collections import defaultdict

from pipelines.entities import gazetteer
from pipelines.entities.coordinations import BODY_HEADS
from pipelines.entities.keys import match_key
from pipelines.entities.labels import ORG_DESIGNATORS
from pipelines.entities.surfaces import analyse
from pipelines.wordlists import HONORIFICS

HEADS = (BODY_HEADS | {"Administration"}) - {"Minister", "Secretary"}
"""Head words of bodies named for a list of subjects; not a minister's nor a secretary's role."""
_HEAD_END_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(HEADS))
    + r")(?: [A-Z][\w'’-]*)* (?:of|for) (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})$"
)
"""A body's head, "of" or "for" and the first subject ending a span ("State Administration of Radio")."""
_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
_LIST_RE = re.compile(rf", ((?:{_ITEM}, )*{_ITEM}),? and ({_ITEM})(?![\w'’-]| [A-Z0-9])")
"""The rest of the comma list after a span: items, then "and" and the last item, no capitalised word
or number after it."""
JOIN_REASON = "an item of a body's comma list"


def _items_ok(items: list[str], elsewhere: set[str]) -> bool:
    """No item names a body, a place or a person of its own (see the module docstring);
    ``elsewhere``: keys the corpus spans in another article than the list's."""
    for item in items:
        words = item.split()
        key = match_key(item)
        if (len(words) > 1 and match_key(words[-1]) in ORG_DESIGNATORS) or gazetteer.lookup(key) is not None:
            return False
        if any(w.lower().rstrip(".") in HONORIFICS for w in words) or key in elsewhere:
            return False
    return True


def widen_body_lists(st) -> None:
    """Widen the bodies' spans cut at their comma list (see the module docstring); ``st`` is the
    canonicaliser's ``state.State``, not imported: that would be a cycle."""
    articles: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        articles[st.surf[i].key].add(st.art_ids[i])
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        dropped = False
        for i in idx:
            s, start, end = st.surf[i], st.starts[i], st.ends[i]
            if s is None or text[end : end + 2] != ", " or st.labels[i] == "PERSON":
                continue  # the cheap common case: no comma right after the span
            head = _HEAD_END_RE.search(text, start, end)
            if head is None or gazetteer.lookup(match_key(head.group(1))) is not None:
                continue  # "The Museum of London, Tate and Bafta": a body named for a place
            m = _LIST_RE.match(text, end)
            if m is None:
                continue
            items = [*m.group(1).split(", "), m.group(2)]
            inside = [j for j in idx if j != i and st.surf[j] is not None and end < st.starts[j] < m.end()]
            if any(st.ends[j] > m.end() or st.labels[j] == "PERSON" for j in inside):
                continue  # "Young People and Families [Margaret Hodge]": a person
            elsewhere = {k for k in map(match_key, items) if articles.get(k, set()) - {aid}}
            if not _items_ok(items, elsewhere):
                continue
            wide = analyse(text[start : m.end()], st.labels[i])
            if isinstance(wide, str):
                continue
            dropped = st.drop_joined(inside, JOIN_REASON) or dropped
            st.surf[i], st.ends[i] = wide, m.end()
        if dropped:
            st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
