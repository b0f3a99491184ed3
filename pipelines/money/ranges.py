"""Ranges: a low and a high end joined into one amount with ``value_high`` ("$5m-$10m",
"$5-10m", "between £1bn and £2bn", "1,050-1,125 rupees"), and the joins that are not ranges:
a change before a level ("rose by 400m euros to 2.5bn euros") and a year before a level
("fell 4% in 2004 to 789m euros")."""

from __future__ import annotations

import re

from pipelines.money import grammar, numbers
from pipelines.money import lexicon as lx
from pipelines.money.extract import PERCENT_AFTER, YEAR, Found, value_of
from pipelines.money.numbers import NUMEXP, Number

_DASH_SEP = re.compile(r"[ \u00a0]*(?:-|–|—)[ \u00a0]*")
_BETWEEN = re.compile(r"(?i)(?<![A-Za-z])between[ \u00a0]+(?:(?:about|around|some|roughly|approximately)[ \u00a0]+)?\Z")
_FROM = re.compile(r"(?i)(?<![A-Za-z])from[ \u00a0]+(?:(?:about|around|some|roughly|approximately)[ \u00a0]+)?\Z")
_AND_SEP = re.compile(r"[ \u00a0]+and[ \u00a0]+")
_BARE_HIGH = re.compile(NUMEXP + r"(?![\w%])")
_BARE_LOW_DASH = re.compile(r"(?<![\w.,$£€¥-])" + NUMEXP + r"[ \u00a0]*(?:-|–|—)[ \u00a0]*\Z")
_BARE_LOW_TO = re.compile(r"(?<![\w.,$£€¥-])" + NUMEXP + r"[ \u00a0]+to[ \u00a0]+\Z")
_BARE_LOW_AND = re.compile(r"(?<![\w.,$£€¥-])" + NUMEXP + r"[ \u00a0]+and[ \u00a0]+\Z")


def _inherit(low: Number, low_value: float, high: Number, unit: lx.Unit) -> float:
    """A low end written without the high end's scale takes it: "$5-10m" is 5m-10m,
    "$50-100,000" is 50,000-100,000."""
    if low.scale == 1.0 and high.scale != 1.0 and low.raw <= high.raw:
        return low_value * high.scale
    if (
        low.scale == 1.0
        and high.scale == 1.0
        and low.integer
        and low.groups == 0
        and high.groups > 0
        and high.raw == int(high.raw)
    ):
        h = high.raw
        for k in range(high.groups, 0, -1):
            stripped = h / 1000**k
            if stripped == int(stripped) and low.raw <= stripped:
                return low_value * 1000**k
    return low_value


_TO_SEP = re.compile(r"[ \u00a0]+to[ \u00a0]+")
# "rose by 400m euros to 2.5bn euros" is a change and a level, not a range
_CHANGE_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:rise|rose|risen|fall|fell|fallen|drop|dropped|jump|jumped|climb|climbed|"
    r"decline|declined|slip|slipped|grow|grew|grown|gain|gained|lose|lost|shed|add|added|"
    r"increase|increased|decrease|decreased|raise|raised|lower|lowered|cut|reduce|reduced|"
    r"slump|slumped|soar|soared|surge|surged|plunge|plunged|tumble|tumbled|ease|eased|"
    r"widen|widened|narrow|narrowed|improve|improved)(?:s|d|ing)?|up|down)"
    r"[ \u00a0]+(?:by[ \u00a0]+)?(?:(?:" + grammar.QUALIFIER_WORDS + r")[ \u00a0]+)?\Z"
)


def level_after(text: str, items: list[Found], i: int) -> int | None:
    """The index of the level written right after the change ``items[i]`` ("rose by $2 to
    $40"), or None."""
    if i + 1 >= len(items) or items[i].value_high is not None:
        return None
    gap = text[items[i].end : items[i + 1].start]
    return i + 1 if _TO_SEP.fullmatch(gap) and _change_before(text, items[i].start) else None


def _change_before(text: str, start: int) -> bool:
    return _CHANGE_BEFORE.search(text, max(0, start - 40), start) is not None


def ranges(text: str, items: list[Found]) -> list[Found]:
    """Join a low and a high end into one amount with ``value_high``."""
    out: list[Found] = []
    i = 0
    while i < len(items):
        f = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        before = text[max(0, f.start - 30) : f.start]
        between = _BETWEEN.search(before)
        from_ = _FROM.search(before)
        if nxt is not None and _join_amounts(text, f, nxt, between, from_):
            out.append(f)
            i += 2
            continue
        if not _join_bare_high(text, f, nxt, between, from_):
            _join_bare_low(text, f, out[-1].end if out else 0)
        out.append(f)
        i += 1
    return out


def _join_amounts(text: str, f: Found, nxt: Found, between: re.Match | None, from_: re.Match | None) -> bool:
    """amount - amount: "$5m-$10m", "between £1bn and £2bn"."""
    if f.value_high is not None:
        return False
    gap = text[f.end : nxt.start]
    sep_ok = (
        bool(_DASH_SEP.fullmatch(gap))
        or (bool(_TO_SEP.fullmatch(gap)) and not from_ and not _change_before(text, f.start))
        or (between is not None and bool(_AND_SEP.fullmatch(gap)))
    )
    if not (sep_ok and set(f.candidates) & set(nxt.candidates) and f.unit.factor == nxt.unit.factor):
        return False
    low = _inherit(f.number, f.value, nxt.number, f.unit)
    if nxt.value <= low:
        return False
    f.value, f.value_high, f.end = low, nxt.value, nxt.end
    if between:
        f.outer_start = f.start - len(between.group(0))
    return True


def _join_bare_high(text: str, f: Found, nxt: Found | None, between: re.Match | None, from_: re.Match | None) -> bool:
    """amount - bare number: "$5-10m", "$50-100,000", "between $5 and 10 million"."""
    if f.form != "pre" or f.value_high is not None:
        return False
    sep = (
        _DASH_SEP.match(text, f.end)
        or (_AND_SEP.match(text, f.end) if between else None)
        or (_TO_SEP.match(text, f.end) if not (from_ or _change_before(text, f.start)) else None)
    )
    if not sep:
        return False
    hm = _BARE_HIGH.match(text, sep.end())
    if not hm or (nxt is not None and nxt.start < hm.end()):
        return False
    hn = numbers.parse(hm)
    is_to = "to" in sep.group(0)
    if hn is None or not hn.digits or (is_to and hn.scale == 1.0) or PERCENT_AFTER.match(text, hm.end()):
        return False
    high = value_of(hn, f.unit)
    low = _inherit(f.number, f.value, hn, f.unit)
    if high <= low:
        return False
    f.value, f.value_high, f.end = low, high, hm.end()
    if between:
        f.outer_start = f.start - len(between.group(0))
    return True


def _join_bare_low(text: str, f: Found, prev_end: int) -> None:
    """bare number - amount: "1,050-1,125 rupees", "between 5 and 10 million euros"."""
    if f.form != "post" or f.value_high is not None:
        return
    lo = max(0, f.start - 60)
    for pat, need_between in ((_BARE_LOW_DASH, False), (_BARE_LOW_TO, False), (_BARE_LOW_AND, True)):
        lm = pat.search(text, max(lo, prev_end), f.start)
        if not lm:
            continue
        ln = numbers.parse(lm)
        if ln is None or ln.value <= 0 or (ln.digits != f.number.digits):
            continue
        pre_text = text[max(0, lm.start() - 30) : lm.start()]
        btw = _BETWEEN.search(pre_text)
        if need_between and not btw:
            continue
        if pat is _BARE_LOW_TO and (_FROM.search(pre_text) or _change_before(text, lm.start())):
            continue
        year = ln.digits and ln.integer and YEAR.fullmatch(str(int(ln.raw)))
        if year and f.number.integer and YEAR.fullmatch(str(int(f.number.raw))):
            continue
        low = _inherit(ln, value_of(ln, f.unit), f.number, f.unit)
        if year and low == value_of(ln, f.unit) and f.number.scale != 1.0:
            continue  # "fell 4% in 2004 to 789m euros": a year, then the level
        if f.value > low:
            f.value_high, f.value = f.value, low
            f.start = lm.start()
            if btw:
                f.outer_start = f.start - len(btw.group(0))
            return
