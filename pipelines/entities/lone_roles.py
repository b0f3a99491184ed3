"""Lone roles: a mention that is only an office's word names no one by itself ("The [MEP] said his
party ...", "an [MEP] for the East Midlands", "Tom McCabe [MSP], said", "the [Bishop] said", "the
[DJ]'s broadcasts"): the small model keeps such words as organisations, and each becomes an entity
of its own, "MEP" or "Bishop", that is neither a person's name nor a body's. They are junk, like the
other words that stand next to names without being part of them (:mod:`cut_names`), where the text
uses them as roles: written as an abbreviation (no surname is written in capitals), or right after
a determiner and before no capitalised word ("the [Bishop] said", "the former [Cardinal]"; not the
surname of a line-up, "Nordt, [Bishop]; Mapletoft", nor a title's word, "the [Judge] Dredd film").
One look per mention, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.junk import after_determiner
from pipelines.entities.keys import match_key

OFFICES = frozenset(
    match_key(w)
    for w in """president chancellor minister secretary senator congressman congresswoman governor mayor
    judge archbishop bishop cardinal commissioner ambassador chairman chairwoman spokesman spokeswoman
    spokesperson premier envoy mp mep msp mla dj""".split()
)
"""Words of one office's holder (as match keys) that the model keeps alone as a name ("MEP",
"Bishop"); not "Pope", "Queen" nor "King", which name one person each, nor a plural ("MEPS" is also
a consultancy)."""
_CAPITALISED_AFTER_RE = re.compile(r"\s+[A-Z]")


def lone_role(text: str, start: int, end: int) -> bool:
    """The one-word mention at [start, end), an office's word, is used as a role there (see the
    module docstring)."""
    if match_key(text[start:end]) not in OFFICES:
        return False
    if text[start:end].isupper():
        return True
    return after_determiner(text, start) and _CAPITALISED_AFTER_RE.match(text, end) is None


def drop_lone_roles(st) -> None:
    """Pass 2 (``st`` is the canonicaliser's ``state.State``, not imported: that would be a cycle):
    one-word mentions of an office used as a role are junk."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid)
        if not text:
            continue
        keep = []
        for i in idx:
            s = st.surf[i]
            if s is not None and s.ntok == 1 and not s.honorific and lone_role(text, st.starts[i], st.ends[i]):
                st.surf[i] = None
                st.junk["lone role"] += 1
            else:
                keep.append(i)
        st.by_article[aid] = keep
