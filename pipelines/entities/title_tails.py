"""Names that end a title of the shape "X of the Y": the small model often tags the title's last
word alone ("Lord of the [Rings]", "Revenge of the [Sith]", "Top of the [Pops]", "Shaun of the
[Dead]") as an organisation or a person. Such a span is widened to the whole title, which votes
WORK_OF_ART (:func:`widen_title_tails`); the label cues read the test too
(:mod:`pipelines.entities.cues`). The word
before "of the" must be one capitalised word that is no role, no quantity, no plural and no end
of another name ("Leader of the [Commons]", "Some of the [Wales] forwards", "Readers of the
[Boingboing] weblog", "Peter Saunders of the [Guardian]" name the thing itself). The test reads a
few characters before the name, so the pass is linear."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.entities.keys import match_key
from pipelines.entities.labels import is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.surfaces import analyse
from pipelines.wordlists import TITLE_WORDS

NOT_TITLE_HEADS = frozenset(
    """some much many most one two three all none each both few any part half rest member father mother
    friend head""".split()
)
"""Words before "of the" that name a part, a share or a role, not a title's head ("Father of the
[House]", "Much of the [UKIP] funding")."""
_HEAD_OF_THE_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) of the $")
WINDOW = 30
"""Characters before a name read for the title's head."""


def title_head(text: str, start: int, mention_ends: set[int]) -> int | None:
    """Where the title "X of the [Y]" starts that the name starting at ``start`` ends (see the
    module docstring), or None; ``mention_ends`` holds the end offsets of the article's mentions."""
    m = _HEAD_OF_THE_RE.search(text, max(0, start - WINDOW), start)
    if m is None or m.end() != start or m.end(1) in mention_ends:
        return None
    head = m.group(1)
    key = match_key(head)
    return m.start(1) if not head.endswith("s") and key not in TITLE_WORDS and key not in NOT_TITLE_HEADS else None


def ends_a_title(text: str, start: int, mention_ends: set[int]) -> bool:
    """The name starting at ``start`` ends a title "X of the [Y]" (:func:`title_head`)."""
    return title_head(text, start, mention_ends) is not None


def _title_start(st, i: int, text: str, ends: set[int]) -> int | None:
    """Where the title "X of the Y" starts that mention i ends ("Lord of the [Rings]", "Shaun of
    [the Dead]"; not "Membership of the [Geneva]-based WTO"), or None."""
    start = st.starts[i]
    start += 4 if text.startswith("the ", start) else 0
    if not text.endswith(" of the ", 0, start) or st.surf[i].acronym or text[st.ends[i] : st.ends[i] + 1] == "-":
        return None
    return title_head(text, start, ends)


def widen_title_tails(st) -> None:
    """A title's last word spanned alone is the whole title, which votes WORK_OF_ART; the title's
    head keeps an honorific's word ("Lord of the Rings"). ``st`` is the canonicaliser's
    ``state.State``, not imported: that would be a cycle."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        ends = {st.ends[j] for j in idx}
        for i in idx:
            if st.surf[i] is None or (head := _title_start(st, i, text, ends)) is None:
                continue
            if is_nationality_word(st.surf[i].key) or is_demonym(st.surf[i].key):
                continue
            name = text[head : st.ends[i]]
            wide = analyse(name, st.labels[i])
            if isinstance(wide, str):
                continue
            if wide.honorific:  # "Lord of the Rings" keeps its "Lord"
                key = match_key(name)
                wide = replace(wide, name=name, key=key, ntok=len(key.split()), honorific=False, titled=False)
            st.surf[i], st.starts[i] = wide, head
            st.kind_votes[i] = "WORK_OF_ART"
