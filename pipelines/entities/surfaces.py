"""Surface analysis of one mention text (cached per distinct text and label): the display form
(no leading "the", possessive, stray brackets), the match key, titles and honorifics removed
from person names ("Mr Stoltenberg", "President Biden"), handles unwrapped ("@NATO" → NATO,
"@BorisJohnson" → Boris Johnson); or the reason the text is junk (keyboard prompts, URLs,
e-mail addresses, spans without letters, all-lowercase names, very long spans, line breaks)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.entities.keys import fold, match_key
from pipelines.wordlists import (
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    TITLE_CONNECTORS,
    TITLE_WORDS,
)

MAX_CHARS = 70
"""A mention longer than this many characters is junk ("too long")."""
MAX_WORDS = 9
"""A mention of more than this many words is junk ("too long")."""
CACHE_SIZE = 500_000
"""Distinct (text, label) pairs kept in the surface cache before it is emptied."""

KEY_NAMES = frozenset(
    "ctrl control alt shift enter esc escape tab cmd command del delete fn backspace option return "
    "space spacebar pgup pgdn pageup pagedown ins insert win home end".split()
)
HARD_KEYS = frozenset("ctrl alt cmd esc del fn backspace pgup pgdn spacebar".split())

_URL_RE = re.compile(
    r"(?:https?://|www\.|\b[\w-]+\.(?:com|org|net|gov|edu|co\.uk|org\.uk|io|info|tv|ly)\b|[\w.+-]+@[\w-]+\.\w)",
    re.IGNORECASE,
)
_FIGURE_RE = re.compile(
    r"^(?:[A-Z]{0,3}[£$€¥])?\d[\d,.]*(?:p|pc|m|bn|mn|k|kg|km|cm|mm|mph|ft|lb|st|nd|rd|th|s|am|pm)$"
    r"|^(?:[A-Z]{0,3}[£$€¥]\d[\d,.]*(?:bn|mn|m|k)?|\d[\d,.]*(?:bn|mn|m|k))\s"
    r"|^[A-Z]{1,3}[£$€¥]\d"
)
"""A figure with a lower-case unit or ending ("300p", "5bn", "999th", "1990s"), an amount with a
lettered currency sign ("HK$6.31bn", "A$720"), or a span that opens with an amount ("745bn
Indian", "£5 Notes"): a price, an amount or an ordinal the model took for a name, never a name
("3M", "4Kids" and "S Club 7" are not matched)."""
_PAREN_RE = re.compile(r"\s*\([^()]*\)")
_POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s$|(?<=s)['’]$")
_EDGE_STRIP = " \t,;:!?\"'“”‘’«»|*•·-–—/\\"
_DASH_TAIL_RE = re.compile(r"\s+[-–—]\s+[a-z].*$")
_BRACKETS_RE = re.compile(r"[\[\]{}()<>]")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})$")
LETTER_RE = re.compile(r"[^\W\d_]")
_GROUP_NOUN_RE = re.compile(r"(?:^|\s)[A-Z]{2,}s$")
_NAME_LIST_RE = re.compile(r",\s*(?!(?:jr|sr|jnr|snr|junior)\b)\w", re.IGNORECASE)
_CAPITALISED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_PREFIX_RE = re.compile(
    r"^(?:ex|pro|anti|non|post|pre|mid|neo|pan|semi|sub|super|trans|ultra|un|inter|multi|former)[-‐](?=[A-Z])"
)
"""A lower-case English prefix hyphened to a name ("ex-Yukos boss", "anti-Nato", "pre-Christmas"):
the entity is the name after it."""


@dataclass(frozen=True)
class Surface:
    alias: str  # the cleaned surface form, as listed in aliases ("Mr Stoltenberg", "@NATO")
    name: str  # the form that can name an entity: no title, no handle mark ("Stoltenberg")
    key: str  # match key of ``name``
    ntok: int
    honorific: bool  # an honorific such as "Mr" preceded the name
    titled: bool  # a title or honorific was removed
    handle: bool
    acronym: bool

    @property
    def plain_word(self) -> bool:
        """One word that is no acronym and no handle: what may be a given name or a surname alone."""
        return self.ntok == 1 and not self.acronym and not self.handle


def _clean_alias(text: str) -> str:
    text = " ".join(text.split())
    if text.count("(") and not text.startswith("("):
        text = _PAREN_RE.sub("", text)
        text = text.split("(", 1)[0]  # an unclosed bracket ends the name: "Labour Organisation (ILO"
    text = _BRACKETS_RE.sub("", text)
    text = _DASH_TAIL_RE.sub("", text)  # "Louvre - and", "Norman Cook - aka": the sentence goes on
    text = " ".join(text.split()).strip(_EDGE_STRIP)
    if text[:4].lower() == "the " and len(text) > 4:
        text = text[4:]
    text = _POSSESSIVE_RE.sub("", text).strip(_EDGE_STRIP)
    return text


TITLE_PORTFOLIOS = frozenset(
    """foreign home defence defense interior economy finance health education culture trade
    industry transport environment labour work pensions media sport""".split()
)
"""Title words naming a portfolio: part of a title only before a role word ("Sport Minister
Richard Caborn"); "BBC Sport Wales" and "Transport 2000" have none."""


def _title_cut(folded: list[str], person: bool) -> tuple[int, bool]:
    """How many leading words are honorifics or (for persons) role titles, and whether an
    honorific was among them."""
    honorific = False
    cut = 0
    ended = 0  # the last cut that ends on a role word or an honorific, not on a portfolio
    other = False  # a word that is neither title nor honorific came before ("Ukrainian President ...")
    for i, f in enumerate(folded[:-1]):
        parts = f.split()
        if not parts:
            if other:  # a dash after a name ends it: "Clive Griffiths - Wales"
                break
            cut = i + 1
            continue
        if all(p in HONORIFICS for p in parts):
            honorific = True
            cut = ended = i + 1
        elif (
            person
            and all(p in TITLE_WORDS for p in parts)
            and (cut == i or not all(p in TITLE_CONNECTORS for p in parts))
        ):  # "Secretary of State", not "Willow the Wisp"
            cut = i + 1
            if not all(p in TITLE_PORTFOLIOS for p in parts):
                ended = cut
        elif person:
            other = True
        else:
            break
    return ended, honorific


def _strip_titles(words: list[str], person: bool) -> tuple[list[str], bool, bool]:
    """Remove honorifics and (for persons) role titles before a name."""
    cut, honorific = _title_cut([fold(w) for w in words], person)
    if cut and person:
        # Only cut at titles that precede the name: the rest must look like a name.
        rest = words[cut:]
        if not rest or not all(w[:1].isupper() or fold(w) in NAME_PARTICLES for w in rest):
            cut = 0
    while cut < len(words) - 1 and fold(words[-1]) in NAME_SUFFIXES:
        words = words[:-1]
    return words[cut:], honorific, cut > 0


def _keyboard_prompt(text: str) -> bool:
    folded = fold(text.replace("+", " ")).split()
    keys = [t for t in folded if t in KEY_NAMES]
    return bool(keys) and ("+" in text or any(t in HARD_KEYS for t in keys) or len(keys) == len(folded) >= 2)


_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n")
"""A blank line: the end of a paragraph, which no name spans."""


def junk_reason(text: str, label: str) -> str | None:
    """Why a mention text cannot name an entity, or None."""
    if _PARAGRAPH_BREAK_RE.search(text) or "\t" in text:
        return "line break"  # a single line break is a wrap inside a paragraph ("Andrew\nSheaf")
    if len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS:
        return "too long"
    if _URL_RE.search(text):
        return "url or e-mail"
    if not LETTER_RE.search(text):
        return "no letters"
    if _FIGURE_RE.match(text):
        return "a figure"
    if _keyboard_prompt(text):
        return "keyboard prompt"
    if _GROUP_NOUN_RE.search(text):
        return "group noun"  # "MPs", "Tory MPs", "CEOs": a kind of people, not a name
    if label == "PERSON" and _NAME_LIST_RE.search(text):
        return "list of names"  # "Kay, King": two people in one span
    stripped = text.lstrip("@#")
    cased = any(ch.isalpha() and ch.lower() != ch.upper() for ch in stripped)
    if label in _CAPITALISED_LABELS and cased and not any(ch.isupper() for ch in stripped):
        return "no capital letter"
    return None


def _surface(text: str, label: str) -> Surface | str:
    alias = _clean_alias(text)
    handle = alias[:1] in "@#" and len(alias) > 1
    body = alias.lstrip("@#")
    if handle:
        body = body.replace("_", " ")
        if " " not in body and not body.isupper():
            body = _CAMEL_RE.sub(" ", body)
    body = _PREFIX_RE.sub("", body)
    words = body.split()
    person = label == "PERSON"
    words, honorific, titled = _strip_titles(words, person) if len(words) > 1 else (words, False, False)
    name = " ".join(words)
    compact = name.replace(" ", "")
    acronym = bool(_ACRONYM_RE.match(compact)) and len(words) == 1
    key = fold(name) if acronym else match_key(name)  # letters, not a spelling: "EEF" is not "EFF"
    if not key or not LETTER_RE.search(key):
        return "no letters"
    return Surface(
        alias=alias,
        name=name,
        key=key,
        ntok=len(key.split()),
        honorific=honorific,
        titled=titled,
        handle=handle,
        acronym=acronym,
    )


_surface_cache: dict[tuple[str, str], Surface | str] = {}


def analyse(text: str, label: str) -> Surface | str:
    """The Surface of a mention text, or the reason it is junk."""
    cached = _surface_cache.get((text, label))
    if cached is not None:
        return cached
    result = junk_reason(text, label) or _surface(text, label)
    if len(_surface_cache) > CACHE_SIZE:
        _surface_cache.clear()
    _surface_cache[(text, label)] = result
    return result


def key_of(text: str, label: str) -> str | None:
    """The match key of a mention text, or None when it is junk."""
    s = analyse(text, label)
    return None if isinstance(s, str) else s.key
