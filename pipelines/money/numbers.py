"""Numbers as written in news: digits with thousands separators and decimals, scale words
and suffixes ("5.2bn", "15 mln", "35 lakh"), and number words ("two million",
"a quarter million", "thirteen")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.money import number_words as nw

_WORDS = sorted(
    list(nw.UNITS) + list(nw.TENS) + list(nw.WORD_SCALES) + ["half", "quarters", "quarter", "dozen"],
    key=len,
    reverse=True,
)
NUMBER_WORDS = tuple(_WORDS)
WORD = r"(?:" + "|".join(_WORDS) + r")"
# A run of number words: "thirteen", "forty-five", "three hundred and twenty", "half a
# billion", "a quarter million", "one and a half million", "a quarter of a billion".
# "a"/"an" counts only before a word that takes it: "a billion", "a hundred", "a dozen",
# "a half"; "a five-pound note" is the number five.
# "and" joins number words after a hundred or a scale ("three hundred and twenty") or
# before a fraction ("one and a half"); "between one and two mln" is two numbers.
_AND_AFTER = "|".join("(?<=" + w + ")" for w in ["hundred", "dozen", *nw.WORD_SCALES])
_A_TAKERS = r"(?:hundred|thousand|million|billion|trillion|lakh|crore|dozen|half|quarter)"
WORDNUM = (
    r"(?i:(?<![A-Za-z])(?:an?[ -](?="
    + _A_TAKERS
    + r"))?"
    + WORD
    + r"(?:(?:[ -]|(?:"
    + _AND_AFTER
    + r")\s+and\s+(?:an?\s+)?|\s+and\s+an?\s+(?=half|quarter)|\s+an?\s+"
    + r"|(?:(?<=quarter)|(?<=quarters)|(?<=half))\s+of\s+an?\s+)"
    + WORD
    + r")*(?![A-Za-z]))"
)
SMALL_WORDNUM = (
    r"(?i:(?<![A-Za-z])(?:(?:"
    + "|".join(nw.TENS)
    + r")(?:[ -](?:"
    + "|".join(sorted((u for u in nw.UNITS if nw.UNITS[u] < 10 and u != "zero"), key=len, reverse=True))
    + r"))?|"
    + "|".join(sorted((u for u in nw.UNITS if u != "zero"), key=len, reverse=True))
    + r")(?![A-Za-z]))"
)
DIGITS = r"(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_ATTACHED = "|".join(nw.ATTACHED_SCALES)
_SPACED = "|".join(nw.SPACED_SCALES)
SCALE = (
    r"(?:(?P<att>" + _ATTACHED + r")(?![A-Za-z0-9])"
    r"|[ \u00a0]?(?i:(?P<spc>" + _SPACED + r"))(?![A-Za-z]))"
)
NUMEXP = r"(?:(?P<dig>" + DIGITS + r")(?:" + SCALE + r")?|(?P<wrd>" + WORDNUM + r"))"

_SCALE_LOOKUP = {k.lower(): v for k, v in nw.SCALES.items()}
_SCALE_LOOKUP.update({"m": 1e6, "b": 1e9, "k": 1e3})


@dataclass(frozen=True)
class Number:
    value: float  # the figure with its scale applied
    raw: float  # the figure as written, without scale
    scale: float  # 1 when none was written
    integer: bool  # written as a whole number without separators or scale
    digits: bool  # written in digits
    groups: int  # thousands groups after the first ("100,000" -> 1)
    start: int
    end: int


def scale_value(word: str) -> float:
    w = word.lower()
    if w in _SCALE_LOOKUP:
        return _SCALE_LOOKUP[w]
    return _SCALE_LOOKUP.get(w.rstrip("s"), 1.0)


def words_value(text: str) -> float | None:
    """Value of a run of number words, or None when it names no number ("a")."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t]
    total = 0.0
    current = 0.0
    seen_number = False
    previous = ""
    for tok in tokens:
        if tok in nw.UNITS:
            current += nw.UNITS[tok]
            seen_number = True
        elif tok in nw.TENS:
            current += nw.TENS[tok]
            seen_number = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen_number = True
        elif tok == "half":
            current = (
                current + 0.5 if previous in ("and", "a", "an") and current else (current * 0.5 if current else 0.5)
            )
            seen_number = True
        elif tok in ("quarter", "quarters"):
            if previous in ("and", "a", "an") and current >= 1:
                current += 0.25
            else:
                current = (current or 1) * 0.25
            seen_number = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif tok in nw.WORD_SCALES:
            current = (current or 1) * nw.WORD_SCALES[tok]
            total += current
            current = 0.0
            seen_number = True
        elif tok in ("a", "an", "and", "of"):  # "a quarter of a billion"
            pass
        else:
            return None
        previous = tok
    if not seen_number:
        return None
    # a scale word needs a count: "billion-dollar" and "multi-million pound" are no figure
    if tokens[0] == "hundred" or tokens[0] in nw.WORD_SCALES:
        return None
    # "a" alone, or "a hundred" is fine, but a bare fraction word is not a number
    if tokens and all(t in ("a", "an", "and", "half", "quarter", "quarters") for t in tokens):
        return None
    return total + current


def parse(m: re.Match) -> Number | None:
    """The Number of a NUMEXP match."""
    dig = m.group("dig")
    if dig is not None:
        try:
            raw = float(dig.replace(",", ""))
        except ValueError:
            return None
        scale_word = m.group("att") or m.group("spc")
        scale = scale_value(scale_word) if scale_word else 1.0
        groups = dig.split(".")[0].count(",")
        integer = "." not in dig and not scale_word
        return Number(raw * scale, raw, scale, integer, True, groups, m.start(), m.end())
    words = m.group("wrd")
    value = words_value(words)
    if value is None:
        return None
    integer = value == int(value) and value < 1000
    # "two mln" is 2 at a scale of a million, so that "one and two mln" reads 1-2 mln
    last = re.split(r"[\s-]+", words.lower().strip())[-1]
    scale = nw.WORD_SCALES.get(last, 1.0) if last != "hundred" else 1.0
    return Number(value, value / scale, scale, integer, False, 0, m.start(), m.end())
