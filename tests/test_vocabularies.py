"""Closed vocabularies written to the warehouse: each column's comment in warehouse/schema.sql
lists every value its enum can write, and the warehouse holds no value outside it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pytest

from pipelines.ingest.cleaning import Removal
from pipelines.ingest.records import Origin
from pipelines.ingest.sources import FORMATS, Format
from pipelines.money.fx import FxBasis
from pipelines.money.lexicon import Qualifier
from pipelines.money.resolve import CurrencyBasis
from pipelines.warehouse.tables import tables

FROM_A_PAGE_FEED_OR_TEXT = [o for o in Origin if o is not Origin.URL]  # a URL's host gives the outlet only

# (table, column) -> the values the pipeline may write there.
VOCABULARIES: dict[tuple[str, str], Iterable[str]] = {
    ("removed_lines", "reason"): Removal,
    ("source_files", "format"): sorted(set(FORMATS.values())),
    ("quarantined_records", "format"): Format,
    ("articles", "title_source"): FROM_A_PAGE_FEED_OR_TEXT,
    ("articles", "published_at_source"): FROM_A_PAGE_FEED_OR_TEXT,
    ("articles", "author_source"): FROM_A_PAGE_FEED_OR_TEXT,
    ("articles", "outlet_source"): Origin,
    ("amounts", "currency_basis"): CurrencyBasis,
    ("amounts", "fx_basis"): FxBasis,
    ("amounts", "qualifier"): Qualifier,
}


def listed(value: str, comment: str) -> bool:
    """The comment names the value as a whole word (``url``, not ``URL`` nor ``curly``)."""
    return re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", comment) is not None


@pytest.mark.parametrize(("table", "column"), list(VOCABULARIES))
def test_the_comment_lists_every_value(table: str, column: str) -> None:
    comment = tables()[table].column(column).comment or ""
    assert [str(v) for v in VOCABULARIES[table, column] if not listed(v, comment)] == []


def test_a_value_is_matched_whole() -> None:
    assert listed("url", "html, feed, text or url (the host)")
    assert not listed("url", "the URL's host, a curly brace")
    assert not listed("title", "title_source")


@pytest.mark.parametrize(("table", "column"), list(VOCABULARIES))
def test_the_seeds_write_only_listed_values(seeded_warehouse: Path, table: str, column: str) -> None:
    with duckdb.connect(str(seeded_warehouse), read_only=True) as con:
        written = {v for (v,) in con.sql(f'SELECT DISTINCT "{column}" FROM "{table}"').fetchall() if v is not None}
    assert written <= {str(v) for v in VOCABULARIES[table, column]}
