"""The money engine: every monetary figure in a text, with its ISO 4217 currency, value in
whole units, range, qualifier, restatement link, US-dollar value and object.

    >>> [(a.text, a.currency, a.value) for a in extract_amounts("Aid rose to €65bn (£57bn).", objects=False)]
    [('€65bn', 'EUR', 65000000000.0), ('£57bn', 'GBP', 57000000000.0)]

The steps, each in its own module: ``extract`` finds candidates (a currency marker next to
a number, read by ``grammar`` from the ``lexicon``; numbers by ``numbers``) and joins them
into composites, ranges, qualifiers and restatements; ``resolve`` decides ambiguous
currencies ("$", "dollars"); ``fx`` converts to US dollars at the ECB rate of the article's
date; ``objects`` reads what each amount is for from the dependency parse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import extract, fx, resolve

__all__ = ["Amount", "extract_amounts"]


@dataclass(frozen=True)
class Amount:
    text: str  # text[start_char:end_char]
    start_char: int
    end_char: int
    currency: str  # ISO 4217
    currency_basis: str  # explicit | conversion | context | default
    value: float  # whole units; a range's low end
    value_high: float | None
    qualifier: str | None  # approx | at_least | more_than | less_than | up_to
    equivalent_of: int | None  # index (in the returned list) of the amount this restates
    value_usd: float | None
    fx_date: dt.date | None
    object: str | None


def find(text: str) -> list[extract.Found]:
    """The amounts of a text, before currencies are resolved (no model needed)."""
    items = extract.select(extract.candidates(text))
    items = extract.composites(text, items)
    items = extract.ranges(text, items)
    extract.qualifiers(text, items)
    extract.equivalents(text, items)
    return items


def extract_amounts(
    text: str, *, published_at: dt.date | None = None, objects: bool = True
) -> list[Amount]:
    """Every monetary figure in ``text``, in order of position.

    ``published_at`` dates the exchange rates (for resolving "$" by a stated conversion and
    for ``value_usd``); ``objects`` turns the dependency parse for ``object`` on (it loads
    the spaCy model once per process).
    """
    if not text:
        return []
    items = find(text)
    resolve.resolve(text, items, published_at)
    index = {id(f): i for i, f in enumerate(items)}
    found_objects: list[str | None] = [None] * len(items)
    if objects and items:
        from .objects import objects_for

        found_objects = objects_for(text, [(f.start, f.end) for f in items])
    out: list[Amount] = []
    for f, obj in zip(items, found_objects):
        usd, fx_date = fx.to_usd(f.value, f.currency, published_at)
        out.append(
            Amount(
                text=text[f.start : f.end],
                start_char=f.start,
                end_char=f.end,
                currency=f.currency,
                currency_basis=f.basis,
                value=f.value,
                value_high=f.value_high,
                qualifier=f.qualifier,
                equivalent_of=None if f.equivalent_of is None else index.get(id(f.equivalent_of)),
                value_usd=usd,
                fx_date=fx_date,
                object=obj,
            )
        )
    return out
