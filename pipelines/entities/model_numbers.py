"""A model number after a maker's or a range's name (issue 11): the small model spans "[Airbus] A320
planes", "Canon's [EOS] 300D digital camera", "the [iRiver] PMC-100" and "Sony's [Clie PEG] UX50"
without the number and calls the name a firm or a person, but the name and the number together
name one model, a product. A span that an organisation's, a person's or a product's name holds
and that stands right before a model number (capital letters and digits, perhaps a hyphen:
"A320", "300D", "YH-999", "PMC-100") takes it in and votes PRODUCT (:func:`widen_model_numbers`); where
the model spans the number alone ("[Airbus] [A320]"), the two spans join into one.

Not a number alone ("Xbox 2", but "FTSE 100", "Bet 365", "Radio 4"), not a format or a standard
("MP3 player", "3G network", "A4 paper": :data:`FORMAT_CODES`), not a number that opens a longer
name ("Enfish X1 Technologies"), not a team's age group ("Wales Under-21": lower-case letters), not
after a possessive ("Bono's U2"). One test a mention, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.surfaces import analyse

_MODEL_NUMBER_RE = re.compile(r" ((?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])[A-Z\d][A-Z\d-]*[A-Z\d])(?![\w'’&-]| [A-Z])")
"""A space and a model number: capital letters and digits, both, maybe hyphens inside ("A320",
"YH-999"), not glued to more letters or an apostrophe and no capitalised word after it ("X1
Technologies")."""
FORMAT_CODES = frozenset("MP3 MP4 3G 4G 2G 3GSM 4X4 A3 A4 A5 G7 G8 G20 B2B H264 3D 2D".split())
"""Codes of formats, standards and paper sizes, not models ("the Kesto MP3 player", "a
Vodafone 3G network")."""
MAKER_LABELS = frozenset({"ORG", "PERSON", "PRODUCT"})
"""Model labels of the names that may hold a maker's or a range's name."""
_POSSESSIVES = ("'s", "’s", "s'", "s’")
JOIN_REASON = "model number joined to its maker"


def model_number_end(text: str, end: int) -> int | None:
    """The end of the model number right after the span ending at ``end``, if any."""
    m = _MODEL_NUMBER_RE.match(text, end)
    return None if m is None or m.group(1) in FORMAT_CODES else m.end(1)


def widen_model_numbers(st) -> None:
    """Widen a maker's span over the model number after it, and make it a product's (see the module
    docstring); ``st`` is the canonicaliser's ``state.State``, not imported: that would be a cycle."""
    joined: set[str] = set()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            s, end = st.surf[i], st.ends[i]
            if s is None or st.labels[i] not in MAKER_LABELS or s.honorific or s.titled:
                continue
            if text.endswith(_POSSESSIVES, 0, end) or (wide_end := model_number_end(text, end)) is None:
                continue
            inside = [j for j in idx if j != i and st.starts[j] < wide_end and end < st.ends[j]]
            if any(st.starts[j] != end + 1 or st.ends[j] != wide_end for j in inside):
                continue  # a longer name over the number ("Enfish X1 Technologies")
            wide = analyse(text[st.starts[i] : wide_end], "PRODUCT")
            if isinstance(wide, str):
                continue
            st.surf[i], st.ends[i], st.labels[i] = wide, wide_end, "PRODUCT"
            if st.drop_joined(inside, JOIN_REASON):  # the model spans the number alone: "[Airbus] [A320]"
                joined.add(aid)
    for aid in joined:
        st.by_article[aid] = [i for i in st.by_article[aid] if st.surf[i] is not None]
