"""A ruler's or a statesman's epithet after a person's name (a pass of
:func:`pipelines.entities.state.load_state`): "William Pitt the Younger", "Catherine the Great",
"Pliny the Elder". The small model spans the name and leaves "the Younger" out, or tags the
epithet apart as a body ("[Younger]" ORG), so that the person loses the word that tells him from his
namesake and a body no one named appears. The person's span takes "the" and the capitalised epithet
in, and a mention of the epithet alone inside it is dropped. Only the epithets of
:data:`EPITHETS`, capitalised, after a mention the model calls a person: "Tim Henman the great
hope" is no epithet. Each mention reads the few characters after it, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.surfaces import analyse

EPITHETS = ("Younger", "Elder", "Great")
"""Epithets that follow a person's name after "the" ("Pitt the Younger", "Cato the Elder", "Peter
the Great")."""
_EPITHET_AFTER_RE = re.compile(r" the (?:{})(?![\w'’-])".format("|".join(EPITHETS)))
JUNK_REASON = "epithet taken into a person's name"


def widen_epithets(st) -> None:
    """Widen each live PERSON mention followed by " the" and an epithet over it, dropping the
    epithet's own mention; ``st`` is the canonicaliser's ``state.State``, not imported: that would
    be a cycle."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            if st.surf[i] is None or st.labels[i] != "PERSON" or st.surf[i].honorific:
                continue
            m = _EPITHET_AFTER_RE.match(text, st.ends[i])
            if m is None:
                continue
            s = analyse(text[st.starts[i] : m.end()], st.labels[i])
            if isinstance(s, str):
                continue
            inside = [j for j in idx if j != i and st.surf[j] is not None and st.ends[i] <= st.starts[j] < m.end()]
            st.drop_joined(inside, JUNK_REASON)
            st.surf[i], st.ends[i] = s, m.end()
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
