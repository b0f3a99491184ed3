"""Mention spans that hold the name and no more: when a pass finds that a span holds more than the
name it names (a line-up's minute: "Kluivert ([Robert 58])", a score: "[Gaston Gaudio 5-7 6-1
6-4]", the next sentence: "[Malcolm X. Besides Dee]", a dash and the words after it: "former coach
[Steve Hansen -] will", "[Mike Skinner - aka] The Streets", a role glued before it: "[Novelist
Andrea Levy]"), the mention's offsets move onto the name's words inside the span, so that the
``mentions`` table's ``text`` is the name and the label cues read the words around the name
itself. Each test reads the mention's own span, so the pass is linear."""

from __future__ import annotations

import re

_TAIL_RE = re.compile(r"\s+[-–—](?:\s+\S+)?\s*$|\s*\([^()]*$")
"""What the surface analysis cuts off a span's end: a dash and maybe one word after it ("Steve
Hansen -", "Ian Gough - out"), or a bracket left open ("Sciences (Ampas")."""


def narrow(st, i: int, name: str) -> None:
    """Move mention i's span onto the first run of ``name``'s words inside it (any spaces between
    them), if there is one; ``st`` is the canonicaliser's ``state.State``, not imported: that
    would be a cycle."""
    words = name.split()
    text = st.article_text.get(st.art_ids[i], "")
    if not words or not text:
        return
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    m = re.compile(pattern).search(text, st.starts[i], st.ends[i])
    if m is not None:
        st.starts[i], st.ends[i] = m.start(), m.end()


def narrow_tails(st) -> None:
    """Mentions whose span ends in a dash tail or an open bracket (see :data:`_TAIL_RE`) keep the
    name the surface analysis read, without them."""
    for i in st.live():
        text = st.article_text.get(st.art_ids[i], "")
        if text and _TAIL_RE.search(text, st.starts[i], st.ends[i]):
            narrow(st, i, st.surf[i].alias)
