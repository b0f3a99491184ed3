"""A saint's possessive opening a place's or a body's name (a pass of
:func:`pipelines.entities.state.load_state`): "St Stephen's Green Shopping Centre", "St Egwin's
Middle School", "St James's Park". The small model spans the rest alone, and the saint's
possessive apart ("[St Egwin's] [Middle School]", a person) or run into the words before it
("[Ticketmaster in St Stephen's] [Green Shopping Centre]"), or not at all. The span after the
possessive takes it in: a mention of the possessive alone is dropped, and one that holds words
before it keeps those (less a lower-case link word: "Ticketmaster"). Each mention reads the few
words before it, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.name_spans import narrow
from pipelines.entities.surfaces import analyse

_SAINT_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:St\.?|Saint) [A-Z][a-z]+(?:'s|’s) $")
"""A saint's possessive right before a span ("St Stephen's ")."""
_LEFT_RE = re.compile(r"^(.*?[A-Za-z0-9.)])(?: [a-z]+)*\s*$")
"""The words before the possessive in the same mention, less the lower-case words ending them."""
WINDOW = 30
JUNK_REASON = "saint's possessive joined to the name after it"


def widen_saints(st) -> None:
    """Widen each live mention that a saint's possessive and a space stand before, over it (see
    the module docstring); ``st`` is the canonicaliser's ``state.State``, not imported: that would
    be a cycle."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            if st.surf[i] is None or not text[st.starts[i] : st.starts[i] + 1].isupper():
                continue
            m = _SAINT_BEFORE_RE.search(text, max(0, st.starts[i] - WINDOW), st.starts[i])
            if m is None:
                continue
            a = m.start()
            s = analyse(text[a : st.ends[i]], st.labels[i])
            if isinstance(s, str):
                continue
            for j in idx:
                if j == i or st.surf[j] is None or not (st.starts[j] < st.starts[i] and a < st.ends[j]):
                    continue
                left = _LEFT_RE.match(text[st.starts[j] : a]) if st.starts[j] < a else None
                cut = analyse(left.group(1), st.labels[j]) if left else "nothing left"
                if isinstance(cut, str) or st.ends[j] > st.starts[i]:
                    st.drop_joined([j], JUNK_REASON)  # "[St Egwin's] [Middle School]"
                else:
                    st.surf[j] = cut  # "[Ticketmaster in St Stephen's]" → Ticketmaster
                    narrow(st, j, left.group(1))
            st.surf[i], st.starts[i] = s, a
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
