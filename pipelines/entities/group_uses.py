"""Group uses: a one-word name that its article uses as a band's, a team's or a firm's ("Indie band
[Kasabian]", "[Keane] frontman Tom Chaplin", "[Blackburn] have won", "the Florida-based [Falic]
group", "shares in [Falic]") names the group in every mention of that article, not a person of
that surname. Such a word is not resolved to a full person name of its article ("Linda Kasabian",
after whom the band is named) nor, across articles, to a full name of another article ("Simon
Falic" of the Falic group), and its mentions in that article vote ORG whatever the model called
them (the model calls most bands' one-word names a person, a place or a work). One test per
mention, on a word or two either side of it, so the pass is linear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.entities.cues import _plural_subject, _words_after, _words_before
from pipelines.entities.org_words import GROUP_BEFORE, ORG_BEFORE, based_before

if TYPE_CHECKING:
    from pipelines.entities.state import State

GROUP_AFTER = frozenset("frontman frontwoman singer vocalist guitarist drummer bassist group shares plc".split())
"""Words right after a name that only a band or a firm has ("[Keane] frontman", "the [Falic]
group", "[Falic] shares"); not "spokesman", "boss" nor "side", which follow a person's name too
("a Blair spokesman", "Ferguson's side")."""


def group_cue(text: str, start: int, end: int) -> bool:
    """The words around the name at [start, end) make it a group's: a kind of band or firm before
    it, a member or a firm's word after it, a plural verb after it opening a clause, or a place
    and "-based" before it."""
    before = _words_before(text, start)
    after = _words_after(text, end)
    if after and after[0] in GROUP_AFTER:
        return True
    if before and (before[-1] in GROUP_BEFORE or tuple(before[-1:]) in ORG_BEFORE or tuple(before) in ORG_BEFORE):
        return True
    return _plural_subject(text, start, after) or based_before(text, start, end)


def group_uses(st: State) -> set[tuple[str, str]]:
    """(article, match key) of the one-word names an article uses as a group's at least once
    (not a nationality, not after an honorific: "Mr Keane are" does not occur)."""
    out = set()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid) or ""
        for i in idx:
            s = st.surf[i]
            one_word = s.ntok == 1 and not (s.honorific or s.titled) and st.labels[i] != "NORP"
            if one_word and group_cue(text, st.starts[i], st.ends[i]):
                out.add((aid, s.key))
    return out


def note_group_uses(st: State) -> None:
    """Store the group uses on the state, and the mentions whose model label votes ORG because of
    them (every one-word mention of such a name in its article, unless the model says ORG or NORP)."""
    st.group_uses = group_uses(st)
    st.group_votes = {
        i
        for i in st.live()
        if st.surf[i].ntok == 1
        and (st.art_ids[i], st.surf[i].key) in st.group_uses
        and st.labels[i] not in ("ORG", "NORP")
        and not (st.surf[i].honorific or st.surf[i].titled)
    }
