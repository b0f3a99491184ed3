"""An honorific glued at the end of a span before the name it opens (a pass of
:func:`pipelines.entities.state.load_state`, before the split names are joined): "told the Sunday
[Times Mr] Campbell" is "Times" and Mr Campbell. The span keeps the words before the honorific, so
that the name cut before it may join its other piece ("[the Sunday] [Times]" → the Sunday Times,
:mod:`split_names`) and the honorific stays with the person. Not in a span the model calls a person's: "[Tory
Treasurer Lord] Ashcroft", "[Said Mr] Fogg" and "[the Rt Rev Dr] Tom Wright" are an honorific
run into the person's name, which other passes read (:mod:`glued_names`). Each mention reads its own last word
and the next one, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.name_spans import narrow
from pipelines.entities.surfaces import analyse
from pipelines.wordlists import HONORIFICS

_TRAILING_RE = re.compile(r"^(.*\S) (?:{})\.?$".format("|".join(sorted(h.capitalize() for h in HONORIFICS))))
_NAME_AFTER_RE = re.compile(r" [A-Z]")


def cut_trailing_honorifics(st) -> None:
    """Cut a capitalised honorific off the end of each live mention of two words or more, no
    person's, that a capitalised word follows; ``st`` is the canonicaliser's ``state.State``, not imported: that
    would be a cycle."""
    for i in st.live():
        text = st.article_text.get(st.art_ids[i], "")
        m = _TRAILING_RE.match(text[st.starts[i] : st.ends[i]])
        if m is None or st.labels[i] == "PERSON" or not _NAME_AFTER_RE.match(text, st.ends[i]):
            continue
        s = analyse(m.group(1), st.labels[i])
        if not isinstance(s, str):
            st.surf[i] = s
            narrow(st, i, m.group(1))
