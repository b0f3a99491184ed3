"""Firms named in full elsewhere: a name the corpus also writes with a firm's last word ("Jet
Airways", "Multiplex Group", "Island Records", "Lionhead Studios", "Miramax Films") names that firm
where it stands alone ("Jet has 42 aircraft", "a deal with Island", "titles from Lionhead"), which
the small model calls a person, a place or a nationality with no cue in its sentence. Corpus-wide
evidence, never a list of names: the full form must be written somewhere; a place of the
gazetteer, a nationality, a compass word, a given name ("Morgan Group" is no reason to call Morgan a
firm) and a name whose article names a person with it ("John Jet") are left alone. Two passes over
the mentions, dict look-ups only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import COMPASS_WORDS, is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.wordlists import LEGAL_FORMS

if TYPE_CHECKING:
    from pipelines.entities.state import State

FIRM_ENDINGS = frozenset(
    match_key(w)
    for w in LEGAL_FORMS
    | frozenset("group holdings company airlines airways motors industries labs studios records pictures films".split())
)
"""Last words that only a firm's full name has ("Jet Airways", "Island Records"), as match keys;
not "bank" ("West Bank", "South Bank"), nor a club's or a party's words."""
NOT_FIRM_LABELS = frozenset({"ORG"})
"""Model labels the cue leaves alone (already a firm's)."""


def firm_heads(st: State) -> set[str]:
    """Match keys of the names the corpus writes before a firm's last word ("jet" of "Jet
    Airways"), but not places, nationalities, compass words or given names."""
    firsts = given_names() | st.first_names
    out: set[str] = set()
    for i in st.live():
        s = st.surf[i]
        if s.ntok < 2:
            continue
        head, _, last = s.key.rpartition(" ")
        if last not in FIRM_ENDINGS or head in firsts or head in COMPASS_WORDS:
            continue
        if gazetteer.lookup(head) is None and not is_demonym(head) and not is_nationality_word(head):
            out.add(head)
    return out


def firm_head_mentions(st: State) -> list[int]:
    """The mentions of such a name standing alone (see the module's docstring) that the model
    called anything but an organisation, outside articles that name a person ending with it."""
    heads = firm_heads(st)
    if not heads:
        return []
    out: list[int] = []
    for idx in st.by_article.values():
        persons = {
            st.surf[i].key.rsplit(" ", 1)[1]
            for i in idx
            if st.surf[i] is not None and st.surf[i].ntok >= 2 and st.labels[i] == "PERSON"
        }
        for i in idx:
            s = st.surf[i]
            if s is None or s.key not in heads or s.key in persons or st.labels[i] in NOT_FIRM_LABELS:
                continue
            if not (s.honorific or s.titled):
                out.append(i)
    return out
