"""Finding money in text: a currency marker next to a number makes a candidate; candidates
are chosen without overlap, then joined into composite amounts ("3 dollars 50 cents"),
given qualifiers ("about", "up to") and linked as restatements ("€65bn (£57bn)", "$4, or
three euros"). Ranges are joined by ``ranges``."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipelines.money import currency_words as cw
from pipelines.money import grammar, numbers
from pipelines.money import lexicon as lx
from pipelines.money import number_words as nw
from pipelines.money.grammar import Marker
from pipelines.money.numbers import NUMEXP, Number

_SEP = r"[ \u00a0]"
PRE_NUMBER = re.compile(_SEP + r"?" + NUMEXP + r"(?![\d])")
POST_NUMBER = re.compile(r"(?<![\w.])" + NUMEXP + r"(?P<sep>" + _SEP + r"{0,2}|-)\Z")
PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent|percent|pc\b|percentage)", re.I)
TRAILING_SCALE = re.compile(_SEP + r"(?i:(million|billion|trillion|thousand|mln|bln|mn|bn))(?![A-Za-z])")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
_TOKENISED_DECIMAL = re.compile(r"\d[ \u00a0]\.[ \u00a0]\Z")
WINDOW = 100


@dataclass
class Found:
    start: int
    end: int
    number: Number
    unit: lx.Unit
    marker: Marker
    form: str  # "pre" | "post"
    attached: bool
    value: float = 0.0
    value_high: float | None = None
    qualifier: lx.Qualifier | None = None
    equivalent_of: Found | None = None
    outer_start: int = -1  # start including "between"
    currency: str = ""
    basis: str = ""

    @property
    def candidates(self) -> tuple[str, ...]:
        return self.unit.candidates

    @property
    def scaled(self) -> bool:
        return self.number.scale != 1.0 or self.unit.scale != 1.0


# Hard-wrapped text (wire copy wraps at ~70 characters) breaks figures across lines:
# "2.7\nbillion stg". A single line break is white space; a blank line is not.
_BREAKS = re.compile(r"(?:[ \t\u00a0]*(?:\r\n|\r|\n))+")
_ONE_BREAK = re.compile(r"\r\n|\r|\n")


def unwrap(text: str) -> str:
    """``text`` with every single line break (not a blank line) written as spaces, one
    space per character, so that offsets into it are offsets into ``text``."""
    if "\n" not in text and "\r" not in text:
        return text
    return _BREAKS.sub(lambda m: _ONE_BREAK.sub(_spaces, m.group(0)) if _one_break(m.group(0)) else m.group(0), text)


def _one_break(run: str) -> bool:
    return len(_ONE_BREAK.findall(run)) == 1


def _spaces(m: re.Match) -> str:
    return " " * len(m.group(0))


def value_of(number: Number, unit: lx.Unit, extra_scale: float = 1.0) -> float:
    return number.value * unit.scale * unit.factor * extra_scale


# A currency marker only makes an amount next to a number, so markers are looked for only
# in short stretches around the figures and number words of a text (most of a news article
# is far from any number); this keeps the big marker pattern off most of the text.
_ANCHOR = re.compile(r"\d[\d,.]*|(?<![a-z])(?:" + grammar.trie(numbers.NUMBER_WORDS) + r")(?![a-z])")
LEFT = 8  # characters a marker before a figure may take ("U.S. $", "MMEUR ")
# After a figure: its scale, a nationality of up to three words and the currency name.
_WORDS_AFTER = re.compile(r"\S*(?:\s+\S+){0,5}")
RIGHT = 64  # at most this many characters
_WORD_START = re.compile(r"\S{1,40}\Z")
_WORD_END = re.compile(r"\S{0,40}")


def number_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its figures and number words, from the start of the
    word a few characters before each to the end of the fifth word after it, merged; every
    marker that stands next to a number lies inside one."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: scan everything
        return [(0, len(text))]
    n = len(text)
    windows: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(low):
        a = max(0, m.start() - LEFT)
        if windows and a <= windows[-1][1]:
            a = windows[-1][0]
            windows.pop()
        else:
            w = _WORD_START.search(text, max(0, a - 40), a)
            if w:
                a = w.start()
        b = _WORDS_AFTER.match(text, m.end(), min(n, m.end() + RIGHT)).end()
        b = _WORD_END.match(text, b).end()
        if windows and a <= windows[-1][1]:
            a = windows.pop()[0]
        windows.append((a, b))
    return windows


def candidates(text: str) -> list[Found]:
    lower_text = text == text.lower()
    found: list[Found] = []
    rx = grammar.marker_regex(lower_text)
    for m in (m for a, b in number_windows(text) for m in rx.finditer(text, a, b)):
        mk = grammar.marker(m, text)
        if mk is None:
            continue
        if mk.pre:
            f = _pre(text, mk)
            if f is not None:
                found.append(f)
        if mk.post:
            f = _post(text, mk, lower_text)
            if f is not None:
                found.append(f)
    return found


def _pre(text: str, mk: Marker) -> Found | None:
    m = PRE_NUMBER.match(text, mk.end)
    if m is None:
        return None
    num = numbers.parse(m)
    if num is None or num.value <= 0:
        return None
    if m.group("wrd") is not None and mk.unit.kind == lx.UnitKind.SYMBOL:
        return None  # "$ one" is not how money is written
    end = m.end()
    if PERCENT_AFTER.match(text, end):
        return None
    if (
        m.group("dig") is not None
        and end < len(text)
        and (text[end].isalpha() and not m.group("att"))
        and not (mk.unit.kind == lx.UnitKind.CODE and m.group("spc"))
    ):
        return None  # "USD3D", "Y2K": letters glued to the figure make it a name, not money
    if mk.word == "Y" and (not num.digits or (num.integer and num.raw < 10)):
        return None
    attached = m.group(0)[:1] not in (" ", "\u00a0")
    f = Found(mk.start, end, num, mk.unit, mk, "pre", attached)
    f.value = value_of(num, mk.unit)
    return f


def _post(text: str, mk: Marker, lower_text: bool) -> Found | None:
    lo = max(0, mk.start - WINDOW)
    m = POST_NUMBER.search(text, lo, mk.start)
    if m is None:
        return None
    if _TOKENISED_DECIMAL.search(text, max(0, m.start() - 4), m.start()):
        return None  # "1 . 8500 marks": the figure is the fraction of a split decimal
    sep = m.group("sep")
    if sep == "-" and not mk.hyphen_ok:
        return None
    num = numbers.parse(m)
    if num is None or num.value <= 0:
        return None
    attached = sep == ""
    if mk.unit.kind == lx.UnitKind.SYMBOL and not num.digits:
        return None
    if not num.digits and m.group("wrd").lower().strip() in ("a", "an"):
        return None
    unit = mk.unit
    end = mk.end
    extra = 1.0
    # "75 USD million"
    if unit.kind == lx.UnitKind.CODE and num.scale == 1.0:
        t = TRAILING_SCALE.match(text, end)
        if t:
            extra = numbers.scale_value(t.group(1))
            end = t.end()
    word = mk.word
    if (
        mk.capitalised
        and not lower_text
        and num.digits
        and not mk.qualified
        and (not word.endswith("s") or word in ("pence",))
    ):
        return None  # "50 Cent": a capitalised currency noun after a figure is a name
    if word in cw.GUARDED_WORDS and not mk.qualified:
        if not (num.scale != 1.0 or num.value >= 1000 or "pound" in word):
            return None
        if "pound" in word:
            before = text[max(0, m.start() - 40) : m.start()].lower()
            after = text[mk.end : mk.end + 12].lower()
            if any(w in before for w in cw.WEIGHT_WORDS) or after.startswith((" of ", " in weight")):
                return None
    if (
        mk.unit.kind == lx.UnitKind.SYMBOL
        and not attached
        and num.integer
        and num.groups == 0
        and YEAR.fullmatch(m.group("dig") or "")
    ):
        return None  # "in 1989 $ 5m": a year before a spaced sign
    if mk.unit.minor and mk.word == "p" and num.integer and num.raw >= 240:
        near = text[max(0, m.start() - 80) : mk.end + 80].lower()
        if any(w in near for w in cw.VIDEO_WORDS):
            return None  # 720p, 1080p
    f = Found(m.start(), end, num, unit, mk, "post", attached)
    f.value = value_of(num, unit, extra)
    return f


def select(found: list[Found]) -> list[Found]:
    """Keep non-overlapping candidates: a marker glued to its number binds first, then
    earlier and longer ones."""
    order = sorted(found, key=lambda f: (not f.attached, f.start, -(f.end - f.start)))
    # the taken spans do not overlap, so sorted by start they are sorted by end too, and a
    # new span can only overlap its neighbours in that order (linear in long texts)
    starts: list[int] = []
    taken: list[Found] = []
    for f in order:
        i = bisect.bisect_left(starts, f.start)
        if (i > 0 and taken[i - 1].end > f.start) or (i < len(taken) and taken[i].start < f.end):
            continue
        starts.insert(i, f.start)
        taken.insert(i, f)
    return taken


# --- composite amounts: "3 dollars 50 cents", "thirteen dollars forty-five" ----------------
_AND = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+)?")
# the cents after a whole amount: "15 dollars 50", "$100 and fifty", "17 USD 25."
_MINOR_NUM = re.compile(r"(?:(?P<dig>\d{1,2})(?!\d|[.,]\d)|(?P<wrd>" + numbers.SMALL_WORDNUM + "))")
_MINOR_END = re.compile(r"\s*(?:$|[.,;:!?)\]]|(?:and|or|but)\b)", re.I)
_MINOR_FOLLOW = re.compile(
    r"\s*(?:$|[.,;:!?)\]]|(?:and|or|more|less|extra|each|apiece|"
    r"but|then|in|for|to|from|than|now|only)\b)",
    re.I,
)


def composites(text: str, items: list[Found]) -> list[Found]:
    out: list[Found] = []
    i = 0
    while i < len(items):
        f = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if f.number.integer and not f.unit.minor and not f.scaled and f.value_high is None:
            gap = _AND.match(text, f.end)
            if gap:
                pos = gap.end()
                if (
                    nxt is not None
                    and nxt.start == pos
                    and nxt.unit.minor
                    and nxt.unit.factor == 0.01
                    and nxt.number.raw < 100
                    and set(nxt.candidates) & set(f.candidates)
                ):
                    f.value += nxt.value
                    f.end = nxt.end
                    out.append(f)
                    i += 2
                    continue
                mm = _MINOR_NUM.match(text, pos)
                # "15 dollars 50", "17 USD 25", "one dollar and five"; after a sign only in
                # words ("$100 and fifty"): "$20 and 30" lists two figures. After "and",
                # the cents must end the phrase: "£20 and 30 for children" is a list.
                if mm and (nxt is None or nxt.start >= mm.end()) and (f.form == "post" or mm.group("wrd")):
                    v = None
                    v = float(mm.group("dig")) if mm.group("dig") else numbers.words_value(mm.group("wrd"))
                    follow = _MINOR_END if "and" in gap.group(0) else _MINOR_FOLLOW
                    if (
                        v is not None
                        and 0 < v < 100
                        and v == int(v)
                        and follow.match(text, mm.end())
                        and not PERCENT_AFTER.match(text, mm.end())
                    ):
                        f.value += v / 100
                        f.end = mm.end()
        out.append(f)
        i += 1
    return out


# --- qualifiers -----------------------------------------------------------------------
_QUAL_AFTER = re.compile(
    r"(?i)(?:[ \u00a0]+(or more|or so|or less|or thereabouts)(?![A-Za-z]|\s+than)"
    r"|(-plus|\+)(?![\w]))"
)


def qualifiers(text: str, items: list[Found]) -> None:
    for f in items:
        start = f.outer_start if f.outer_start >= 0 else f.start
        m = grammar.QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
        if m:
            f.qualifier = nw.QUALIFIERS_BEFORE[m.group(1).lower()]
            continue
        m = _QUAL_AFTER.match(text, f.end)
        if m:
            f.qualifier = nw.QUALIFIERS_AFTER[(m.group(1) or m.group(2)).lower()]


# --- restatements ---------------------------------------------------------------------
_QUALS = grammar.QUALIFIER_WORDS
_PAREN_OPEN = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:(?i:" + _QUALS + r")[ \u00a0]+)?\Z")
_PAREN_NEXT = re.compile(r"[ \u00a0]*(?:;|,|/|or)[ \u00a0]*(?:(?i:" + _QUALS + r")[ \u00a0]+)?\Z")
_OR = re.compile(
    r"(?i),?[ \u00a0]+(?:or|or the equivalent of|equivalent to|the equivalent of|"
    r"i\.e\.|which is|worth)[ \u00a0]+(?:(?:" + _QUALS + r")[ \u00a0]+)?\Z"
)
_PER_UNIT = re.compile(r"[ \u00a0]*(?:" + nw.PER_UNIT + ")", re.I)


def equivalents(text: str, items: list[Found]) -> None:
    for j, b in enumerate(items):
        if j == 0:
            continue
        a = items[j - 1]
        if set(a.candidates) == set(b.candidates):
            continue
        head = a.equivalent_of or a
        gap_start = a.end
        if (
            _PAREN_OPEN.search(text, gap_start, b.start)
            and _PAREN_OPEN.search(text, gap_start, b.start).start() == gap_start
        ):
            b.equivalent_of = a
            continue
        if a.equivalent_of is not None:
            # a later figure in the same brackets: "£5.7bn ($10.7bn; €8.2bn)"
            m = _PAREN_NEXT.search(text, gap_start, b.start)
            if (
                m
                and m.start() == gap_start
                and "(" in text[head.end : a.start]
                and ")" not in text[a.end : b.start]
                and set(head.candidates) != set(b.candidates)
            ):
                b.equivalent_of = head
                continue
        m = _OR.search(text, gap_start, b.start)
        if m and m.start() == gap_start:
            if _PER_UNIT.match(text, b.end) and not _PER_UNIT.match(text, a.end):
                continue
            b.equivalent_of = a
