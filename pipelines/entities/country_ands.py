"""Countries whose name holds "and", cut at the "and" (a pass of
:func:`pipelines.entities.state.load_state`): the small model reads "Trinidad and Tobago" as two names
("[Trinidad] and [Tobago]", "represent [Trinidad] and Tobago") and calls the halves a person and a
firm. ``cut_names`` takes words across "and" only into a name the corpus spans whole elsewhere, since
"X and [Y]" is a list far more often; but when the span, the "and" and the capitalised words on its
other side make a country of the gazetteer ("Trinidad and Tobago", "Antigua and Barbuda", "Bosnia and
Herzegovina", "St Kitts and Nevis", "Sao Tome and Principe"), they are one name: the span takes them in
and a mention on them (the other half) is dropped as a piece of the name. Only countries: a town or a
county of two names ("Sittingbourne and Sheppey") is a constituency's or a list's. Each mention reads a
few words on either side, so the pass is linear."""

from __future__ import annotations

import re
from functools import cache

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key
from pipelines.entities.surfaces import analyse

MAX_WORDS = 3
"""Capitalised words on the other side of the "and" taken in at most."""
_WORDS = rf"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,{MAX_WORDS - 1}}}"
_AFTER_RE = re.compile(rf" and ({_WORDS})")
_BEFORE_RE = re.compile(rf"(?<![\w'’.-])({_WORDS}) and $")
WINDOW = 60
"""Characters read before a span for the words and the "and"."""
JUNK_REASON = "piece of a country's name cut at its 'and'"


@cache
def _and_countries() -> frozenset[str]:
    """Match keys of the gazetteer's countries whose name holds "and" ("trinidad and tobago")."""
    return frozenset(k for k, p in gazetteer.places().items() if " and " in k and p.place_id.startswith("country:"))


def _country(name: str) -> bool:
    return match_key(name) in _and_countries()


def _widened(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the country's whole name a span [start, end) is a half of, if any: the longest run
    of capitalised words after (or before) its "and" that makes one (see the module docstring)."""
    m = _AFTER_RE.match(text, end)
    if m is not None:
        words = m.group(1).split(" ")
        for n in range(len(words), 0, -1):
            stop = m.start(1) + len(" ".join(words[:n]).rstrip("."))  # not the full stop after it
            if _country(text[start:stop]):
                return start, stop
    m = _BEFORE_RE.search(text, max(0, start - WINDOW), start)
    if m is not None and m.end() == start:
        words = m.group(1).split(" ")
        for n in range(len(words), 0, -1):
            begin = m.end(1) - len(" ".join(words[-n:]))
            if words[-n] != "The" and _country(text[begin:end]):
                return begin, end
    return None


def widen_country_ands(st) -> None:
    """Widen the halves of a country's name cut at its "and" to the whole name and drop the other
    half's mention (see the module docstring); ``st`` is the canonicaliser's ``state.State``, not
    imported: that would be a cycle."""
    if not _and_countries():
        return
    changed = False
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        if " and " not in text:
            continue
        for i in sorted(idx, key=lambda j: st.starts[j]):
            s = st.surf[i]
            if s is None or not (text.startswith(" and ", st.ends[i]) or text.endswith(" and ", 0, st.starts[i])):
                continue
            found = _widened(text, st.starts[i], st.ends[i])
            if found is None:
                continue
            a, b = found
            inside = [j for j in idx if j != i and st.surf[j] is not None and st.starts[j] < b and a < st.ends[j]]
            if any(st.starts[j] < a or st.ends[j] > b for j in inside):
                continue  # a mention reaches out of the country's name: leave both alone
            wide = analyse(text[a:b], "GPE")
            if isinstance(wide, str):
                continue
            st.surf[i], st.starts[i], st.ends[i], st.labels[i] = wide, a, b, "GPE"
            st.drop_joined(inside, JUNK_REASON)
            changed = changed or bool(inside)
    if changed:
        for aid, idx in st.by_article.items():
            st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
