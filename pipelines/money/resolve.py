"""Which currency an ambiguous marker ("$", "dollars", "¥", "francs", "cents") means.

In order: an explicit marker ("US$", "C$", "£", "euros", "GBP") -> basis ``explicit``; a
linked restatement whose ratio fits one candidate's ECB rate at the article's date (or at
some month of recent years when the date is unknown) -> ``conversion``, and the same
marker elsewhere in the article follows it; the countries the article talks about ->
``context``; the marker's first candidate (USD for dollars) -> ``default``.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections import Counter
from functools import lru_cache

from pipelines.money import fx
from pipelines.money import lexicon as lx
from pipelines.money.extract import Found


class CurrencyBasis(enum.StrEnum):
    """How an amount's currency was decided (``amounts.currency_basis``)."""

    EXPLICIT = "explicit"  # a sign, code or word that names one currency
    CONVERSION = "conversion"  # a linked restatement's ratio fits one candidate's ECB rate
    CONTEXT = "context"  # the countries the article names
    DEFAULT = "default"  # the marker's first candidate (USD for dollars)


TOLERANCE = 0.06  # relative error allowed between a stated conversion and the ECB rate


@lru_cache(maxsize=4096)
def _log_rates(a_cur: str, b_cur: str, on: dt.date | None) -> tuple[float, ...]:
    """log ECB rates (units of b per unit of a) on ``on``, or on sample days of recent
    years when the date is unknown."""
    if not (fx.quoted(a_cur) and fx.quoted(b_cur)):
        return ()
    if on is not None:
        r = fx.rate(a_cur, b_cur, on)
        return (math.log(r[0]),) if r is not None and r[0] > 0 else ()
    a, b = _recent_logs(a_cur), _recent_logs(b_cur)
    return tuple(b[d] - a[d] for d in a if d in b)


@lru_cache(maxsize=512)
def _recent_logs(currency: str) -> dict:
    """log(units of ``currency`` per euro) on each sample day of recent years."""
    out = {}
    for day in fx.recent_days():
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


def by_conversion(items: list[Found], on: dt.date | None) -> None:
    decided: dict[tuple[str, ...], set[str]] = {}
    for b in items:
        a = b.equivalent_of
        if a is None or (a.currency and b.currency):
            continue
        if a.value <= 0 or b.value <= 0:
            continue
        ratio = b.value / a.value
        a_opts = (a.currency,) if a.currency else a.candidates
        b_opts = (b.currency,) if b.currency else b.candidates
        fits = []
        for ca in a_opts:
            for cb in b_opts:
                if ca == cb:
                    continue
                err = _fit(ca, cb, ratio, on)
                if err is not None and err <= TOLERANCE:
                    fits.append((err, ca, cb))
        if not fits:
            continue
        fits.sort()
        ca_set = {ca for _, ca, _ in fits}
        cb_set = {cb for _, _, cb in fits}
        if not a.currency and len(ca_set) == 1:
            a.currency, a.basis = fits[0][1], CurrencyBasis.CONVERSION
            decided.setdefault(a.candidates, set()).add(a.currency)
        if not b.currency and len(cb_set) == 1:
            b.currency, b.basis = fits[0][2], CurrencyBasis.CONVERSION
            decided.setdefault(b.candidates, set()).add(b.currency)
    # the same marker elsewhere in the article means the same currency
    for f in items:
        if not f.currency:
            got = decided.get(f.candidates)
            if got and len(got) == 1:
                f.currency, f.basis = next(iter(got)), CurrencyBasis.CONVERSION


@lru_cache(maxsize=1)
def _context_regex():
    import pycountry

    terms: dict[str, str] = {}
    for cur, (alpha2, extra) in lx.CONTEXT.items():
        names = set(extra)
        if alpha2:
            c = pycountry.countries.get(alpha_2=alpha2)
            if c is not None:
                for attr in ("name", "common_name", "official_name"):
                    v = getattr(c, attr, None)
                    if v and "," not in v:
                        names.add(v)
        for n in names:
            terms.setdefault(n, cur)
    # "French" and "Irish" are both EUR-area and franc/punt countries: the first listed
    # currency keeps the word; counting is per currency so this only matters for ties.
    alt = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(r"(?<![A-Za-z])(?:" + alt + r")(?![A-Za-z])"), terms


def country_counts(text: str) -> Counter:
    rx, terms = _context_regex()
    counts: Counter = Counter()
    for m in rx.finditer(text):
        counts[terms[m.group(0)]] += 1
    return counts


def by_context(text: str, items: list[Found]) -> None:
    pending = [f for f in items if not f.currency]
    if not pending:
        return
    counts = country_counts(text)
    for f in pending:
        scores = sorted(((counts.get(c, 0), c) for c in f.candidates), reverse=True)
        best, cur = scores[0]
        second = scores[1][0] if len(scores) > 1 else 0
        if best >= 2 and best >= 2 * second:
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
    by_context(text, items)
    for f in items:
        if not f.currency:
            f.currency, f.basis = f.candidates[0], CurrencyBasis.DEFAULT
