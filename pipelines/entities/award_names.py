"""Award names. The small model spans a ceremony's name without its lower-case "awards" and calls it
an organisation, a place or a person ("this year's [Interactive Bafta] awards", "the Royal
Television Society and [British Comedy] awards", "last year's [Mobo] awards"): after "the", a
possessive ("this year's", "the children's") or "and", the name and "awards" are the ceremony's
name, an event's (:func:`widen_award_names`; "awards" ends it, which votes EVENT). Not an acronym,
which names the body that gives the prizes ("the [BBC] awards", "[MTV] awards"), nor a possessive
("the Writers Guild of America's award"), nor a name that ends in an organisation's word ("European
Sports Journalists Association awards"), nor the end of a longer name ("Directors Guild of [Great
Britain] awards"), nor a name its article names alone too ("the [Billboard] awards" and "Billboard's
charts": the widened name would take the lone ones as its short forms).

And a name the corpus sets before "award(s)", "prize(s)", "nominations" or "-winning" in
``AWARD_ARTICLES`` articles or more and in at least ``AWARD_SHARE`` of the articles naming it is
an award's ("a [Bafta] award", "[Bafta] nominations", "the [Golden Globe] award"), a work's by
the project's convention ("Oscar", "Grammy"): its other readings vote WORK_OF_ART ("won a
[Bafta] in 1999"), and its plural is the ceremony's, an event's ("at this year's [Oscars]", "the
[Grammys]"). Not a place's or a nationality's name ("UK awards", "British prizes"). One pass over
the mentions and a few characters after each, so linear."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key
from pipelines.entities.labels import ORG_DESIGNATORS, is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.surfaces import analyse

AWARD_ARTICLES = 2
"""Articles that set a name before an award's word that make it an award's ..."""
AWARD_SHARE = 1 / 3
"""... when they are at least this share of the articles naming it."""
_AWARD_AFTER_RE = re.compile(
    r"(?:\s+(?:awards?|prizes?|nominations?|nominees?)\b(?!\s+(?:him|her|them|it|us|me|you)\b)"
    r"|-(?:winning|nominated|winner)\b)"
)
"""An award's word after a name ("[Bafta] award", "[Oscar] nominations", "[Grammy]-winning"); not the
verb "prize" ("how highly [Sony] prize him")."""
_AWARDS_AFTER_RE = re.compile(r"\s+awards\b")
_CEREMONY_BEFORE_RE = re.compile(r"(?:\b(?:the|and)|\w['’]s)\s+$", re.IGNORECASE)
"""What opens a ceremony's name before it: "the", a possessive ("this year's", "the children's") or "and"
after another ceremony's ("Royal Television Society and [British Comedy] awards")."""
WINDOW = 12
"""Characters before a name read for the ceremony's opening."""
KINDS_FROM = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "LAW"})
"""Model labels an award's or a ceremony's readings vote against."""


def _possessive(text: str, start: int, end: int) -> bool:
    return text[start:end].endswith(("'s", "’s", "s'", "s’")) or text[end : end + 1] in ("'", "’")


def _plain_name(st, i: int, text: str) -> bool:
    """Mention i may be an award's or a ceremony's name: no acronym, possessive, place, nationality or
    organisation's name, nor the end of a longer name ("of [Great Britain]")."""
    s = st.surf[i]
    if s.acronym or _possessive(text, st.starts[i], st.ends[i]) or s.key.split()[-1] in ORG_DESIGNATORS:
        return False
    if is_nationality_word(s.key) or is_demonym(s.key) or gazetteer.lookup(s.key) is not None:
        return False
    return not text.endswith(" of ", 0, st.starts[i])


def award_keys(st) -> set[str]:
    """The names (match keys) the corpus sets before an award's word in enough of its articles (see the
    module docstring)."""
    named: dict[str, set[str]] = {}
    cued: dict[str, set[str]] = {}
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            if st.surf[i] is None:
                continue
            key = st.surf[i].key
            named.setdefault(key, set()).add(aid)
            if _AWARD_AFTER_RE.match(text, st.ends[i]) and _plain_name(st, i, text):
                cued.setdefault(key, set()).add(aid)
    return {k for k, arts in cued.items() if len(arts) >= AWARD_ARTICLES and len(arts) >= AWARD_SHARE * len(named[k])}


def _ceremony(st, i: int, text: str) -> bool:
    """Mention i, "awards" after it and "the", a possessive or "and" before it: a ceremony's name."""
    start, end = st.starts[i], st.ends[i]
    if not _AWARDS_AFTER_RE.match(text, end) or not _plain_name(st, i, text):
        return False
    if text.startswith(("the ", "The "), start):
        return True
    return _CEREMONY_BEFORE_RE.search(text, max(0, start - WINDOW), start) is not None


def widen_award_names(st) -> None:
    """Widen a ceremony's name to its "awards" (EVENT); make an award's readings vote WORK_OF_ART and its
    plural's EVENT (see the module docstring). ``st`` is the canonicaliser's ``state.State``."""
    awards = award_keys(st)
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        idx = [i for i in idx if st.surf[i] is not None]
        ceremonies = {i for i in idx if _ceremony(st, i, text)}
        alone = {st.surf[i].key for i in idx if i not in ceremonies}
        for i in idx:
            s = st.surf[i]
            if (
                i in ceremonies
                and s.key not in alone
                and not (s.key in awards and text.endswith(" and ", 0, st.starts[i]))
            ):
                end = _AWARDS_AFTER_RE.match(text, st.ends[i]).end()
                name = f"{s.name} Awards"
                wide = analyse(text[st.starts[i] : end], st.labels[i])
                if isinstance(wide, str):
                    continue
                key = match_key(name)
                st.surf[i] = replace(wide, name=name, key=key, ntok=len(key.split()), honorific=False, titled=False)
                st.ends[i] = end
                st.kind_votes[i] = "EVENT"
            elif st.labels[i] in KINDS_FROM and i not in st.kind_votes:
                if s.key in awards:
                    st.kind_votes[i] = "WORK_OF_ART"  # "won a [Bafta] in 1999"
                elif s.name.endswith("s") and match_key(s.name[:-1]) in awards:
                    st.kind_votes[i] = "EVENT"  # "at this year's [Oscars]"
