"""The one list of currency codes an amount may carry.

- ISO 4217 codes, current and historic, as CLDR lists them (the ``babel`` package ships
  CLDR's currency data): DEM, FRF, ITL, HRK and BGN stay valid after their currency is
  withdrawn, because an article from 1987 or 2019 still names them.
- ``NON_ISO``: the codes outside ISO 4217 that the money engine keeps, each with its reason.

The money engine's lexicon reads its codes from here, and the ``currencies_are_known`` check
on the amounts table reads the same list; a test asserts that every code the lexicon can
emit is on it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

NON_ISO: dict[str, str] = {
    "XBT": "bitcoin: ISO 4217 has no code for it; XBT is the X-prefixed code markets and "
    "Bloomberg use (the engine reads BTC, ₿ and satoshis as XBT)",
}


@lru_cache(maxsize=1)
def iso_4217() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, current and historic."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@lru_cache(maxsize=1)
def current() -> frozenset[str]:
    """Codes in use today: CLDR lists them for some territory with no end date (legal
    tender, or a fund code such as CLF)."""
    from babel.core import get_global

    return frozenset(
        code
        for rows in get_global("territory_currencies").values()
        for code, _start, end, _tender in rows
        if end is None
    )


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """The list: ISO 4217 (current and historic) and the documented non-ISO codes."""
    return iso_4217() | frozenset(NON_ISO)


def is_known(code: str | None) -> bool:
    return code in known()


def territory_currencies(territory: str, on: dt.date) -> list[str]:
    """The legal tender of a territory (ISO 3166 alpha-2) on a day, from CLDR's history
    (``FR`` on 1987-02-26 -> FRF; ``HR`` in 2024 -> EUR)."""
    from babel.numbers import get_territory_currencies

    return get_territory_currencies(territory, start_date=on, end_date=on, tender=True)


@lru_cache(maxsize=1)
def _tender_periods() -> dict[str, list[tuple[dt.date, dt.date | None]]]:
    from babel.core import get_global

    out: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
    for rows in get_global("territory_currencies").values():
        for code, start, end, tender in rows:
            if tender and start:
                out.setdefault(code, []).append((dt.date(*start), dt.date(*end) if end else None))
    return out


@lru_cache(maxsize=65536)
def in_use(code: str, on: dt.date) -> bool:
    """Whether some territory had ``code`` as legal tender on ``on`` (CLDR). A code CLDR
    does not place in any territory (XBT) counts as in use."""
    periods = _tender_periods().get(code)
    if periods is None:
        return True
    return any(start <= on and (end is None or on < end) for start, end in periods)
