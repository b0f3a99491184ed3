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
after a possessive ("Bono's U2"). One test a mention, so the pass is linear.

A model code the model spans alone and calls a firm, a place or a work ("the [PS2] controller",
"Sony's third entry is the [CDP-101]", "An even dinkier model, the [FY500],") is a product's when a
kind of device follows it, when "the" opens it and a firm's possessive opens its sentence, or when it
stands in apposition to "model" (:func:`model_code`, a label cue); not a group's, a band's or a
channel's code ("the UK's presidency of the [G8]", "[U2] singer", "on [ITV1]"), which none of these
fit."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.entities.product_phrases import PRODUCT_AFTER
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


_CODE_RE = re.compile(r"(?=[A-Z\d-]*\d)[A-Z][A-Z\d-]*[A-Z\d]")
"""A model code alone: a capital letter, then capitals, digits or hyphens, a digit among them ("W1",
"PS2", "CDP-101")."""
CODE_KINDS_AFTER = PRODUCT_AFTER | frozenset("controller controllers owners gaming games player players".split())
"""Lower-case words after a model code that make it a device's ("the [PS2] controller", "[N64] owners",
"the [CDP-101] CD player"); "player" and "games" only after a code, not a name ("Arsenal player")."""
_KIND_AFTER_RE = re.compile(r"\s+(?:[A-Z]{2,4}\s+)?([a-z]+)\b")
"""A lower-case word after a code, perhaps after an acronym ("the CDP-101 CD player")."""
_MODEL_APPOSED_RE = re.compile(r"\bmodels?,\s+the\s+$")
"""A model in apposition before a code ("An even dinkier model, the [FY500],")."""
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:[a-z][a-z-]*\s+){0,2}$")
""""The" and up to two lower-case words before a code ("in the [W1]", "the slimline [PS2]")."""
_MAKER_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][\w&-]*)(['’]s)\s[^.!?;:\"“”]*$")
"""A capitalised word's possessive earlier in the sentence ("[Sony]'s combining of computer and keyboard in
the W1", "even [Apple]'s newest offerings were more like the PB100")."""
MAKER_WINDOW = 100
"""Characters before a code read for its maker's possessive."""


def is_code(name: str) -> bool:
    """The name is a model code alone, no format's (``FORMAT_CODES``)."""
    return _CODE_RE.fullmatch(name) is not None and name not in FORMAT_CODES


def model_code(text: str, start: int, end: int, maker: Callable[[int, int, str], bool]) -> bool:
    """The code at [start, end) is a device's (see the module docstring): a kind of device after it, "model,
    the" before it, or "the" before it and, earlier in its sentence, the possessive of a firm
    (``maker(end, end with the mark, name)``: the caller knows the mentions and their labels)."""
    m = _KIND_AFTER_RE.match(text, end)
    if m is not None and m.group(1) in CODE_KINDS_AFTER:
        return True
    before = text[max(0, start - MAKER_WINDOW) : start]
    if _MODEL_APPOSED_RE.search(before):
        return True
    if not _THE_BEFORE_RE.search(before):
        return False
    owner = _MAKER_BEFORE_RE.search(before)
    if owner is None:
        return False
    base = start - len(before)
    return maker(base + owner.end(1), base + owner.end(2), owner.group(1))
