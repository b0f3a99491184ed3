"""Regular expressions built from the lexicon: one pattern for every currency marker, and a
lookup from a matched marker to the ``Unit`` it stands for and the sides of the number it
may stand on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.money import currency_words as cw
from pipelines.money import lexicon as lx
from pipelines.money import number_words as nw
from pipelines.money.lexicon import Unit


@dataclass(frozen=True)
class Marker:
    unit: Unit
    pre: bool  # may stand before the number ("$5")
    post: bool  # may stand after the number ("5 dollars")
    start: int
    end: int
    word: str  # the currency name or sign as matched (lower case for names)
    qualified: bool = False  # a nationality word pins the currency ("Swiss francs")
    hyphen_ok: bool = False  # may be joined to the number by a hyphen ("12-cent")
    capitalised: bool = False  # written with a capital inside mixed-case text


def trie(items) -> str:
    """A regular expression (no groups) matching any of ``items``, the longest first,
    written as a trie: Python's ``re`` tries the branches of an alternation one by one, so
    sharing prefixes makes a long list of words many times faster to scan for."""
    root: dict = {}
    for item in set(items):
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # an item ends here: the longer ones are tried first
            return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    return build(root)


def expand(pattern: str) -> list[str]:
    """Every string a small pattern of the lexicon matches: literals, ``|``, ``(?:...)``,
    character classes and ``?`` ("dollars?" -> dollar, dollars)."""
    pos = 0

    def alternation() -> list[str]:
        nonlocal pos
        out = sequence()
        while pos < len(pattern) and pattern[pos] == "|":
            pos += 1
            out += sequence()
        return out

    def sequence() -> list[str]:
        nonlocal pos
        out = [""]
        while pos < len(pattern) and pattern[pos] not in "|)":
            ch = pattern[pos]
            if pattern.startswith("(?:", pos):
                pos += 3
                options = alternation()
                pos += 1  # ")"
            elif ch == "[":
                close = pattern.index("]", pos)
                options = list(pattern[pos + 1 : close])
                pos = close + 1
            elif ch == "\\":
                options = [pattern[pos + 1]]
                pos += 2
            else:
                options = [ch]
                pos += 1
            if pos < len(pattern) and pattern[pos] == "?":
                options = options + [""]
                pos += 1
            out = [a + b for a in out for b in options]
        return out

    result = alternation()
    if pos != len(pattern):
        raise ValueError(f"cannot expand {pattern!r}")
    return result


# A qualifier written before an amount ("about", "more than"): the words as one
# alternation (for patterns that allow one inside them) and as a pattern that ends where
# the amount starts, its words in group 1.
QUALIFIER_WORDS = "|".join(re.escape(q) for q in sorted(nw.QUALIFIERS_BEFORE, key=len, reverse=True))
QUALIFIER_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(" + QUALIFIER_WORDS + r")[ \u00a0]+\Z")


@lru_cache(maxsize=1)
def codes() -> dict[str, str]:
    return lx.iso_codes()


@lru_cache(maxsize=2)
def marker_regex(lower_text: bool) -> re.Pattern:
    """One pattern for every marker. ``lower_text`` is for text written wholly in lower
    case, where codes and prefixes can only be recognised case-insensitively."""
    ci = "(?i:{})" if lower_text else "(?:{})"
    pre_attached = [p + "$" for p in lx.DOLLAR_PREFIXES]
    pre_spaced = [p + " $" for p in lx.SPACED_DOLLAR_PREFIXES]
    upper_codes = [c for c in codes() if c.isupper() and c.isalpha()]
    lower_codes = sorted(lx.LOWERCASE_CODES | {"RMB", "BTC"})
    scaled_codes = [p + c for p in lx.CODE_SCALE_PREFIXES for c in lx.CODE_SCALE_BASES]
    quals = sorted({q for _, qs in cw.CURRENCY_WORDS.values() for q in qs}, key=len, reverse=True)
    words = list(cw.CURRENCY_WORDS) + list(cw.MINOR_WORDS)
    # Markers that start with a letter share one look-behind (no letter before them), so
    # that positions inside words are rejected once rather than once per kind.
    letter_led = [
        r"(?P<dpre>(?<![0-9])(?:"
        + ci.format(trie(pre_attached + pre_spaced))
        + "|(?i:"
        + trie(
            [p + "$" for p in lx.ANY_CASE_DOLLAR_PREFIXES]
            + [p + " $" for p in lx.ANY_CASE_DOLLAR_PREFIXES if p in lx.SPACED_DOLLAR_PREFIXES]
        )
        + ")))",
        r"(?P<lpre>" + ci.format(trie(lx.LETTER_PREFIXES)) + r"(?=[ \u00a0]?\d))",
        r"(?P<mcode>(?:" + trie(scaled_codes) + r")(?![A-Za-z]))",
        r"(?P<code>(?:" + ci.format(trie(upper_codes)) + "|(?i:" + trie(lower_codes) + r"))(?![A-Za-z]))",
        r"(?P<wire>(?i:" + trie(lx.NEWSWIRE_POST) + r")(?![A-Za-z]))",
        r"(?P<yen>(?<![0-9.])Y(?=\d))" if not lower_text else r"(?P<yen>(?!x)x)",
        r"(?P<word>(?i:(?:(?P<qual>"
        + trie(quals)
        + r")[ \u00a0]+)?(?P<name>"
        + trie({x for w in words for x in expand(w)})
        + r"))(?![A-Za-z]))",
    ]
    parts = [
        r"(?<![A-Za-z])(?:" + "|".join(letter_led) + ")",
        r"(?P<sym>" + trie(list(lx.SYMBOLS) + list(lx.POST_SYMBOLS)) + ")",
        r"(?P<lsuf>(?<=\d)[ \u00a0]?(?:" + trie(lx.LETTER_SUFFIXES) + r")(?![A-Za-z]))",
        r"(?P<msuf>(?<=\d)[pc](?![A-Za-z0-9]))",
    ]
    return re.compile("|".join(parts))


@lru_cache(maxsize=512)
def _word_entry(name: str):
    """(kind, entry) of a currency or minor-unit name."""
    for pattern, entry in cw.MINOR_WORDS.items():
        if re.fullmatch(pattern, name):
            return "minor", entry
    for pattern, entry in cw.CURRENCY_WORDS.items():
        if re.fullmatch(pattern, name):
            return "word", entry
    return None, None


def marker(m: re.Match, text: str) -> Marker | None:
    """The Marker of a match of ``marker_regex``."""
    kind = m.lastgroup
    s, e = m.start(), m.end()
    g = m.group(kind) if kind else None
    if kind == "word" or m.group("name") is not None:
        name = m.group("name").lower()
        name = re.sub(r"\s+", " ", name)
        qual = (m.group("qual") or "").lower()
        what, entry = _word_entry(name)
        if entry is None:
            return None
        caps = m.group("name")[:1].isupper() and not m.group("name").isupper()
        if what == "minor":
            cands, factor = entry
            return Marker(
                lx.Unit(cands, len(cands) == 1, factor, 1.0, True, lx.UnitKind.MINOR),
                False,
                True,
                s,
                e,
                name,
                False,
                True,
                caps,
            )
        cands, quals = entry
        if qual:
            iso = quals.get(qual)
            if iso is None:  # a nationality word that does not go with this name
                s = m.start("name")
                qual = ""
            else:
                return Marker(lx.unit(iso), False, True, s, e, name, True, True, caps)
        if not cands:
            return None
        return Marker(lx.unit(cands), False, True, s, e, name, False, True, caps)
    if kind == "dpre":
        prefix = g[:-1].strip()
        iso = _prefix_iso(prefix)
        if iso is None:
            return None
        return Marker(lx.unit(iso, kind=lx.UnitKind.SYMBOL), True, False, s, e, g)
    if kind == "sym":
        if g in lx.POST_SYMBOLS:
            return Marker(lx.POST_SYMBOLS[g], False, True, s, e, g)
        return Marker(lx.SYMBOLS[g], True, True, s, e, g)
    if kind == "lpre":
        return Marker(_ci_get(lx.LETTER_PREFIXES, g), True, False, s, e, g)
    if kind == "lsuf":
        return Marker(_ci_get(lx.LETTER_SUFFIXES, g.strip()), False, True, s, e, g)
    if kind == "mcode":
        base = g[-3:]
        scale = lx.CODE_SCALE_PREFIXES[g[:-3]]
        u = lx.Unit((codes().get(base, base),), True, 1.0, scale, False, lx.UnitKind.CODE)
        return Marker(u, True, True, s, e, g)
    if kind == "code":
        iso = codes().get(g.upper())
        if iso is None:
            return None
        return Marker(lx.unit(iso, kind=lx.UnitKind.CODE), True, True, s, e, g)
    if kind == "wire":
        w = g.lower()
        return Marker(lx.NEWSWIRE_POST[w], True, True, s, e, w)
    if kind == "yen":
        return Marker(lx.YEN_LETTER, True, False, s, e, g)
    if kind == "msuf":
        cands, factor = cw.MINOR_SUFFIXES[g]
        return Marker(lx.Unit(cands, len(cands) == 1, factor, 1.0, True, lx.UnitKind.MINOR), False, True, s, e, g)
    return None


def _ci_get(table: dict, key: str):
    if key in table:
        return table[key]
    for k, v in table.items():
        if k.lower() == key.lower():
            return v
    return None


def _prefix_iso(prefix: str) -> str | None:
    if prefix in lx.DOLLAR_PREFIXES:
        return lx.DOLLAR_PREFIXES[prefix]
    for k, v in lx.DOLLAR_PREFIXES.items():
        if k.lower() == prefix.lower():
            return v
    return None
