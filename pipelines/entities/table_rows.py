"""Wire tables and figures the small model reads as names (issue 11).

Wire stories print results as rows of a label and figures ("Revs 38.1 mln vs 31.2 mln", "Avg shrs
2.9 mln vs 2.2 mln", "Shr loss 7.26 dlrs"), and the model tags the label, often with its first
figure, as a person or a product ("Revs", "Avg", "Revs 38.0"). It also glues a figure onto a name
("Labour 37 pct", "Colombia 17 pct", "Qintex 900,000 Hal Roach shares") and reads dates as names
("Feb 20", "Jun 13.0"). Here:

* a mention that opens a row (at a line's start, or after a figure, and a figure follows within
  a few words on its line: "Net Perceptions Inc said" opening a paragraph is no row) and whose
  first word opens row labels in at least ``MIN_TABLE_ARTICLES`` articles is junk: the label
  words of a corpus's tables are found by :func:`pipelines.result_tables.row_label` (a short
  label, a figure, then "vs"), so a place heading a row of a price table ("LA 2.54 2.50") is not
  one;
* figures ending a name are cut off when a unit or "vs" follows them ("Labour [37] pct") or when
  two or more end it ("LA 2.54 2.50") or one is written in thousands ("Qintex 900,000 Hal Roach
  shares"): a name ends in one number ("FTSE 100", "Windows 3.1");
* a month and a day ("Feb 20", "the February 21 to 28") is a date, junk, unless the corpus
  spans it so in ``NAMED_DATE_ARTICLES`` articles: then it names an event ("Sept 11"); after a
  dateline's dash the name is the words after it ("Mar 2 - Dow Chemical Co").

Each mention's text and the few characters around it are read once; the label words are counted
in one pass over the articles' "vs" rows, so the pass is linear."""

from __future__ import annotations

import re
from collections import defaultdict

from pipelines.entities.name_spans import narrow
from pipelines.entities.surfaces import analyse
from pipelines.result_tables import row_label

MIN_TABLE_ARTICLES = 3
"""A word opens row labels in at least this many articles to be a table's word ("Revs", "Shr",
"Avg"), not a name that heads one row ("LA 2.54 2.50")."""
NAMED_DATE_ARTICLES = 3
"""A date the corpus spans as a name in this many articles names an event ("September 11")."""
TABLE_JUNK = "results table row"
DATE_JUNK = "a date"

_FIGURE = r"-?\d[\d,]*(?:\.\d+)?"
AMOUNT_UNITS = frozenset("pct percent mln million billion bln dlrs dlr cts ct stg shares".split())
"""Words after a figure that make it an amount ("37 pct", "900,000 shares"): the figure is not
the name's before it (also read by :mod:`name_ends`)."""
_UNITS = "|".join(sorted(AMOUNT_UNITS | {"marks", "yen", "francs", "lire", "guilders"}))
_ROW_FIGURE_RE = re.compile(rf"{_FIGURE}(?:[\s\u00a0]+(?:{_UNITS}))*(?=[\s\u00a0]+vs\.?[\s\u00a0])")
"""A figure a comparison follows: the end of a results row's first cell."""
_TRAILING_FIGURES_RE = re.compile(rf"(?:\s+(?:loss|profit)?\s*{_FIGURE})+$")
_UNIT_AFTER_RE = re.compile(rf"\s*(?:%|per cent\b|vs\b|(?:{_UNITS})\b)", re.IGNORECASE)
"""What follows a figure that is an amount, not part of the name before it."""
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec"
_FULL_MONTHS = "january|february|march|april|june|july|august|september|october|november|december"
_DAY = r"\s+\d{1,2}(?:\.\d+)?(?!\d)(?!,\d)"
_DATE_RE = re.compile(
    rf"(?:the\s+)?(?:(?:{_MONTHS})\.?{_DAY}|(?:{_FULL_MONTHS}){_DAY}(?=\s*(?:to|-|–|and)\s*\d))", re.IGNORECASE
)
"""A month and a day opening a mention, the month written short ("Feb 20", "Jun 13.0") or the
day opening a range ("the February 21 to 28"); not a year, nor a date written out alone, which
names an event as often ("the September 11 attacks")."""
_THOUSANDS_RE = re.compile(r"\d,\d{3}")
_DASH_RE = re.compile(r"^\s*[-–—]\s*")
_ROW_START_RE = re.compile(rf"(?:^|\n|{_FIGURE}[,;]?[\s\u00a0]+)$")
_CELL_AFTER_RE = re.compile(r"(?:[ \u00a0]+[A-Za-z.]+){0,3}[ \u00a0]+(?:loss[ \u00a0]+|profit[ \u00a0]+)?-?\d")
"""The rest of a row's label and its first figure after a mention, on the same line ("[Avg] shrs
2.9 mln", "[Shr] loss 7.26 dlrs"): a name opening a paragraph is no row ("Net Perceptions Inc said")."""


def table_words(texts) -> frozenset[str]:
    """The lower-cased first words of results rows' labels in at least ``MIN_TABLE_ARTICLES`` of
    ``texts`` ("revs", "shr", "avg", "net")."""
    seen: dict[str, set[int]] = defaultdict(set)
    for k, text in enumerate(texts):
        if not text or "vs" not in text:
            continue
        for m in _ROW_FIGURE_RE.finditer(text):
            label = row_label(text, m.start(), m.end())
            if label:
                seen[label.split()[0].lower()].add(k)
    return frozenset(w for w, arts in seen.items() if len(arts) >= MIN_TABLE_ARTICLES)


def figure_cut(name: str, text: str, end: int) -> str | None:
    """``name`` without the figures ending it when they are amounts or no part of a name (see the
    module docstring), else None; ``end``: where the mention ends in ``text``."""
    m = _TRAILING_FIGURES_RE.search(name)
    if m is None or m.start() == 0:
        return None
    figures = m.group()
    if len(figures.split()) < 2 and not _THOUSANDS_RE.search(figures) and not _UNIT_AFTER_RE.match(text, end):
        return None
    return name[: m.start()]


def _opens_row(text: str, start: int) -> bool:
    return bool(_ROW_START_RE.search(text[max(0, start - 16) : start]))


def _date(st, i: int) -> int | None:
    """Where the date opening mention i ends (see ``_DATE_RE``), or None."""
    m = _DATE_RE.match(st.article_text.get(st.art_ids[i], ""), st.starts[i])
    return m.end() if m and m.end() <= st.ends[i] else None


def _reanalyse(st, i: int, rest: str) -> bool:
    """Point mention i at the words ``rest`` inside its span; False when they name nothing."""
    s = analyse(rest, st.labels[i])
    if isinstance(s, str):
        return False
    st.surf[i] = s
    narrow(st, i, rest)
    return True


def cut_table_rows(st) -> None:
    """Drop the results rows' labels and the dates read as names, and cut the figures off names
    (see the module docstring); ``st`` is the canonicaliser's ``state.State``, not imported: that
    would be a cycle."""
    words = table_words(st.article_text.values())
    live = st.live()
    date_ends = {i: end for i in live if (end := _date(st, i))}
    dates: dict[str, set[str]] = defaultdict(set)
    for i in date_ends:
        dates[st.surf[i].key].add(st.art_ids[i])
    for i in live:
        text = st.article_text.get(st.art_ids[i], "")
        start, end = st.starts[i], st.ends[i]
        mention = text[start:end]
        if (date := date_ends.get(i)) and len(dates[st.surf[i].key]) < NAMED_DATE_ARTICLES:
            rest = _DASH_RE.sub("", text[date:end], count=1)  # "Mar 2 - Dow Chemical Co": a dateline's
            if rest == text[date:end] or not _reanalyse(st, i, rest):
                st.surf[i] = None
                st.junk[DATE_JUNK] += 1
            continue
        first = mention.split()[0].lower() if mention.split() else ""
        if first in words and _opens_row(text, start) and (mention[-1:].isdigit() or _CELL_AFTER_RE.match(text, end)):
            st.surf[i] = None
            st.junk[TABLE_JUNK] += 1
            continue
        rest = figure_cut(mention, text, end)
        if rest is not None and not _reanalyse(st, i, rest):
            st.surf[i] = None
            st.junk[TABLE_JUNK] += 1
    for aid, idx in st.by_article.items():
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
