"""The money engine: every monetary figure in a text, with its ISO 4217 currency, value in
whole units, range, qualifier, restatement link, US-dollar value and object.

    >>> [(a.text, a.currency, a.value) for a in extract_amounts("Aid rose to €65bn (£57bn).", objects=False)]
    [('€65bn', 'EUR', 65000000000.0), ('£57bn', 'GBP', 57000000000.0)]

The steps, each in its own module: ``extract`` finds candidates (a currency marker next to
a number, read by ``grammar`` from the ``lexicon``; numbers by ``numbers``) and joins them
into composites, ranges (``ranges``), qualifiers and restatements; ``resolve`` decides ambiguous
currencies ("$", "dollars"); ``fx`` converts to US dollars at the ECB rate of the article's
date (an undated article only by its own US-dollar restatement; ``fx_basis`` says which);
``objects`` reads what each amount is for from the dependency parse.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pipelines.money import extract, fx, lexicon, ranges, resolve

__all__ = ["Amount", "extract_amounts", "extract_many"]


@dataclass(frozen=True)
class Amount:
    text: str  # text[start_char:end_char]
    start_char: int
    end_char: int
    currency: str  # ISO 4217 (current or historic) or a code in currencies.NON_ISO
    currency_basis: resolve.CurrencyBasis
    value: float  # whole units; a range's low end
    value_high: float | None
    qualifier: lexicon.Qualifier | None
    equivalent_of: int | None  # index (in the returned list) of the amount this restates
    value_usd: float | None
    fx_date: dt.date | None
    fx_basis: fx.FxBasis
    object: str | None


def find(text: str) -> list[extract.Found]:
    """The amounts of a text, before currencies are resolved (no model needed). The text is
    read as :func:`extract.unwrap` gives it (single line breaks as spaces), which the caller
    has done once for the whole chunk."""
    items = extract.select(extract.candidates(text))
    items = extract.composites(text, items)
    items = ranges.ranges(text, items)
    extract.qualifiers(text, items)
    extract.equivalents(text, items)
    return items


def extract_amounts(text: str, *, published_at: dt.date | None = None, objects: bool = True) -> list[Amount]:
    """Every monetary figure in ``text``, in order of position.

    ``published_at`` dates the exchange rates (for resolving "$" by a stated conversion and
    for ``value_usd``); ``objects`` turns the dependency parse for ``object`` on (it loads
    the spaCy model once per process).
    """
    return next(extract_many([(text, published_at)], objects=objects))


def extract_many(
    texts: Iterable[tuple[str, dt.date | None]], *, objects: bool = True, batch_size: int = 64
) -> Iterator[list[Amount]]:
    """``extract_amounts`` of many (text, published_at) pairs, yielded in order. The
    object parse of ``batch_size`` texts at a time runs as one batch, which is much faster
    than text by text."""
    chunk: list[tuple[str, dt.date | None]] = []
    for item in texts:
        chunk.append(item)
        if len(chunk) >= batch_size:
            yield from _chunk(chunk, objects)
            chunk = []
    if chunk:
        yield from _chunk(chunk, objects)


def restated_usd(f: extract.Found, items: list[extract.Found]) -> float | None:
    """The US-dollar figure the article itself gives for ``f``: the figure ``f`` restates,
    or a figure restating ``f``, when it is in US dollars."""
    if f.equivalent_of is not None and f.equivalent_of.currency == "USD":
        return f.equivalent_of.value
    return next((g.value for g in items if g.equivalent_of is f and g.currency == "USD"), None)


def _chunk(chunk: list[tuple[str, dt.date | None]], objects: bool) -> list[list[Amount]]:
    found: list[list[extract.Found]] = []
    # hard-wrapped text is read with its single line breaks as spaces (same offsets)
    flat = [extract.unwrap(text) if text else text for text, _ in chunk]
    for text, (_, published_at) in zip(flat, chunk):
        items = find(text) if text else []
        resolve.resolve(text, items, published_at)
        found.append(items)
    links: list[list[int | None]] = []
    for items in found:
        index = {id(f): i for i, f in enumerate(items)}
        links.append([None if f.equivalent_of is None else index.get(id(f.equivalent_of)) for f in items])
    # a change before its level ("rose $2 to $40") is a change of what the level is of
    object_links = [
        [j if j is not None else ranges.level_after(text, items, i) for i, j in enumerate(link)]
        for text, items, link in zip(flat, found, links)
    ]
    found_objects: list[list[str | None]] = [[None] * len(items) for items in found]
    if objects and any(found):
        from pipelines.money.objects import objects_for_many

        found_objects = objects_for_many(
            [(text, [(f.start, f.end) for f in items], link) for text, items, link in zip(flat, found, object_links)]
        )
    out: list[list[Amount]] = []
    for (text, published_at), items, link, objs in zip(chunk, found, links, found_objects):
        amounts = []
        for f, eq, obj in zip(items, link, objs):
            usd, fx_date, fx_basis = fx.to_usd(f.value, f.currency, published_at, restated_usd(f, items))
            amounts.append(
                Amount(
                    text=text[f.start : f.end],
                    start_char=f.start,
                    end_char=f.end,
                    currency=f.currency,
                    currency_basis=f.basis,
                    value=f.value,
                    value_high=f.value_high,
                    qualifier=f.qualifier,
                    equivalent_of=eq,
                    value_usd=usd,
                    fx_date=fx_date,
                    fx_basis=fx_basis,
                    object=obj,
                )
            )
        out.append(amounts)
    return out
