"""Abbreviations of common nouns: an article that writes an abbreviation in brackets after a
phrase in lower case whose words spell it ("personal video recorder (PVR)", "information and
communication technology (ICT)", "two megabits per second (Mbps)") says that the abbreviation
is a thing's kind, not a name; every mention of it in that article is junk, whatever label the
model gave it. A capitalised phrase defines a name ("the Financial Services Authority (FSA)",
"Digital Rights Management (DRM)"), left to :mod:`pipelines.entities.acronyms`. Only the
article's own definition counts: "CSR" elsewhere, undefined, is left alone. School
qualifications ("GCSEs", "A-levels") are such common nouns everywhere."""

from __future__ import annotations

import re
from functools import cache

from pipelines.entities.junk import starts_sentence
from pipelines.entities.keys import match_key
from pipelines.wordlists import ACRONYM_FUNCTION_WORDS

_BRACKETED_RE = re.compile(r"\(\s*([A-Za-z][A-Za-z&]{1,9})\s*\)")
"""An abbreviation in brackets: "(PVR)", "(Mbps)", "(R&D)"."""
_PHRASE_WORD_RE = re.compile(r"[^\W\d_]+")
_PHRASE_STOP_RE = re.compile(r"[^\w\s'’-]")
"""Punctuation that ends the phrase before a bracket (a comma, a full stop, a quote ...)."""
PHRASE_CHARS = 120
"""How far before the bracket the phrase is looked for."""
MIN_PHRASE_WORDS = 2
"""A phrase of fewer words spells no abbreviation ("(HD)" after "high definition" has two)."""


def spells(words: tuple[str, ...], letters: str) -> bool:
    """Whether ``words`` (lower case) spell ``letters`` (as written): every word but a function
    word gives its first letter, in order; a lower-case letter of the abbreviation may also come
    from inside the word before it ("megabits per second" → "Mbps"); a function word may give its
    letter or none ("information and communication technology" → "ICT")."""
    folded = letters.lower()

    @cache
    def walk(wi: int, li: int) -> bool:
        if wi == len(words):
            return li == len(letters)
        word = words[wi]
        if wi and word in ACRONYM_FUNCTION_WORDS and walk(wi + 1, li):
            return True
        if li >= len(letters) or word[0] != folded[li]:
            return False
        li, pos = li + 1, 1
        if walk(wi + 1, li):
            return True
        while li < len(letters) and letters[li].islower():  # "b" of "Mbps" inside "megabits"
            pos = word.find(letters[li], pos) + 1
            if not pos:
                return False
            li += 1
            if walk(wi + 1, li):
                return True
        return False

    return walk(0, 0)


def _lower_case_phrase(text: str, start: int, words: list[re.Match]) -> bool:
    """The phrase's words are written in lower case (the first may be capitalised opening a
    sentence; a word in capitals, "TV", may stand in it): the words of a common noun."""
    for n, m in enumerate(words):
        w = m.group()
        if w.islower() or (w.isupper() and len(w) > 1):
            continue
        if n == 0 and w[1:].islower() and starts_sentence(text, start + m.start()):
            continue
        return False
    return True


def _defines_common_noun(text: str, bracket: int, abbreviation: str) -> bool:
    """Whether the lower-case words just before ``bracket`` spell ``abbreviation``."""
    start = max(0, bracket - PHRASE_CHARS)
    before = text[start:bracket]
    cut = max((m.end() for m in _PHRASE_STOP_RE.finditer(before)), default=0)
    words = list(_PHRASE_WORD_RE.finditer(before, cut))
    letters = "".join(c for c in abbreviation if c.isalpha())
    for first in range(len(words) - MIN_PHRASE_WORDS, max(-1, len(words) - len(letters) - 4), -1):
        phrase = words[first:]
        if spells(tuple(m.group().lower() for m in phrase), letters):
            return _lower_case_phrase(text, start, phrase)
    return False


def common_noun_keys(text: str) -> set[str]:
    """Match keys of the abbreviations the article defines by a common noun (with their plural:
    "PVR" and "PVRs")."""
    keys: set[str] = set()
    if "(" not in text:
        return keys
    for m in _BRACKETED_RE.finditer(text):
        abbreviation = m.group(1)
        if not any(c.isupper() for c in abbreviation) or not _defines_common_noun(text, m.start(), abbreviation):
            continue
        key = match_key(abbreviation)
        keys |= {key, key + "s", key[:-1] if key.endswith("s") and abbreviation[-1] == "s" else key}
    return keys


QUALIFICATIONS = frozenset(
    match_key(w)
    for w in """GCSE GCSEs A-level A-levels AS-level AS-levels O-level O-levels GNVQ GNVQs NVQ NVQs BTEC BTECs
    Highers""".split()
)
"""School and vocational qualifications ("replacing [A-levels] and [GCSEs] with a diploma"): common
nouns like "degree" or "diploma", whatever the model calls them, so junk wherever they stand (as match
keys; "A level" and "A-level" share one)."""


def drop_common_acronyms(st) -> None:
    """Pass 2b (``st`` is the canonicaliser's ``state.State``): mentions of an abbreviation their
    article defines by a common noun, and of a qualification (``QUALIFICATIONS``), are junk."""
    for aid, idx in st.by_article.items():
        keys = common_noun_keys(st.article_text.get(aid) or "") | QUALIFICATIONS
        keep = []
        for i in idx:
            if st.surf[i].key in keys:
                st.surf[i] = None
                st.junk["common-noun abbreviation"] += 1
            else:
                keep.append(i)
        st.by_article[aid] = keep
