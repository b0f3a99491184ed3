"""The corroboration views (warehouse/views.sql) on a hand-made in-memory warehouse."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

WAREHOUSE = Path(__file__).resolve().parent.parent / "warehouse"
NOW = datetime(2024, 1, 1, tzinfo=UTC)

# article_id, story_id, duplicate_of, outlet
ARTICLES = [
    ("a1", "s1", None, "Telegraph"),
    ("a2", "s1", None, "Independent"),
    ("a3", "s2", None, "Sky News"),
    ("a4", "s1", "a2", "MSN"),  # a republished copy of a2
    ("a5", None, None, None),  # not yet in a story, outlet unknown
]
# A removed article (its file is gone: removed_at set) with the same figure and words as the
# live ones: it stays in the tables but counts in no view.
REMOVED = ("a6", None, None, "Reuters")
REMOVED_AMOUNT = ("m10", "a6", "£57bn", "GBP", 57e9, None, None)
REMOVED_QUOTE = ("q12", "a6", "Ukraine's rightful place is in NATO")
# amount_id, article_id, text, currency, value, value_high, qualifier
AMOUNTS = [
    ("m1", "a1", "£57bn", "GBP", 57e9, None, None),
    ("m1b", "a1", "£57bn", "GBP", 57e9, None, None),  # said twice in one article
    ("m2", "a2", "£57 billion", "GBP", 57e9, None, None),
    ("m3", "a3", "about £57bn", "GBP", 57e9, None, "approx"),
    ("m4", "a4", "£57 billion", "GBP", 57e9, None, None),
    ("m5", "a5", "£57bn", "GBP", 57e9, None, None),
    ("m6", "a3", "€65bn", "EUR", 65e9, None, None),
    ("m7", "a1", "$5m-$7m", "USD", 5e6, 7e6, None),
    ("m8", "a2", "$5m", "USD", 5e6, None, None),  # not the same figure as a range from $5m
    ("m9", "a3", "$57bn", "USD", 57e9, None, None),  # same value, other currency
]
# quote_id, article_id, text
QUOTES = [
    ("q1", "a1", "Ukraine’s rightful place is in Nato."),
    ("q2", "a2", "Ukraine's rightful place is in NATO"),
    ("q3", "a3", "We have been clear that Ukraine's rightful place is in NATO. Any decision is ours."),
    ("q4", "a5", "high time to act"),
    ("q5", "a4", "It was  HIGH time to act, now!"),
    ("q6", "a2", "not the time"),  # 3 words: too short to match inside another quote
    ("q7", "a3", "it is not the time to decide that now"),
    ("q8", "a1", "the door is open"),
    ("q9", "a3", "the door is opening slowly"),  # "open" is not "opening"
    ("q10", "a2", "serious, significant threat"),
    ("q11", "a3", "Serious — significant threat!"),
]


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute((WAREHOUSE / "schema.sql").read_text(encoding="utf-8")).fetchall()
    for column in ("story_id", "duplicate_of", "outlet"):
        con.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {column} VARCHAR").fetchall()
    con.execute(
        "CREATE TABLE IF NOT EXISTS stories (story_id VARCHAR PRIMARY KEY, title VARCHAR, "
        "first_published DATE, n_articles BIGINT NOT NULL, n_outlets BIGINT NOT NULL)"
    ).fetchall()
    for aid, story, dup, outlet in [*ARTICLES, REMOVED]:
        con.execute(
            "INSERT INTO articles (article_id, source_path, text, content_hash, n_words, ingested_at, "
            "story_id, duplicate_of, outlet, removed_at) VALUES (?, ?, 'text', ?, 1, ?, ?, ?, ?, ?)",
            [aid, f"{aid}.txt", aid, NOW, story, dup, outlet, NOW if (aid, story, dup, outlet) == REMOVED else None],
        ).fetchall()
    con.execute(
        "INSERT INTO stories VALUES ('s1', 'Aid story', DATE '2023-04-21', 3, 3), ('s2', 'Other', NULL, 1, 1)"
    ).fetchall()
    for amount_id, aid, text, currency, value, high, qualifier in [*AMOUNTS, REMOVED_AMOUNT]:
        con.execute(
            "INSERT INTO amounts (amount_id, article_id, text, currency, currency_basis, value, value_high, "
            "qualifier, fx_basis, start_char, end_char) VALUES (?, ?, ?, ?, 'explicit', ?, ?, ?, 'undated', 0, 1)",
            [amount_id, aid, text, currency, value, high, qualifier],
        ).fetchall()
    for quote_id, aid, text in [*QUOTES, REMOVED_QUOTE]:
        con.execute(
            "INSERT INTO quotes (quote_id, article_id, text, start_char, end_char) VALUES (?, ?, ?, 0, 1)",
            [quote_id, aid, text],
        ).fetchall()
    con.execute((WAREHOUSE / "views.sql").read_text(encoding="utf-8")).fetchall()
    yield con
    con.close()


COUNTS = ["n_articles", "n_originals", "n_stories", "n_outlets"]


def _counts(con: duckdb.DuckDBPyConnection, view: str, key: str) -> dict[str, tuple[int, ...]]:
    frame = con.sql(f"SELECT {key}, {', '.join(COUNTS)} FROM {view}").pl()
    return {row[0]: tuple(row[1:]) for row in frame.iter_rows()}


def test_amounts_of_the_same_figure_are_counted_across_articles_and_stories(con) -> None:
    counts = _counts(con, "amount_corroboration", "amount_id")
    assert len(counts) == len(AMOUNTS)  # one row per amount
    # £57bn: in a1..a5 (twice in a1, "about" in a3 -- the qualifier is not part of the figure);
    # a4 copies a2, so 4 original reports; stories s1, s2 and a5 on its own; 4 known outlets.
    for amount_id in ("m1", "m1b", "m2", "m3", "m4", "m5"):
        assert counts[amount_id] == (5, 4, 3, 4), amount_id
    assert counts["m6"] == (1, 1, 1, 1)  # €65bn: only in a3
    assert counts["m7"] == (1, 1, 1, 1)  # a $5m-$7m range is not $5m
    assert counts["m8"] == (1, 1, 1, 1)
    assert counts["m9"] == (1, 1, 1, 1)  # $57bn is not £57bn


def test_amount_rows_carry_their_columns(con) -> None:
    row = con.sql("SELECT * FROM amount_corroboration WHERE amount_id = 'm3'").pl().row(0, named=True)
    assert (row["article_id"], row["story_id"], row["text"], row["currency"], row["value"], row["qualifier"]) == (
        "a3",
        "s2",
        "about £57bn",
        "GBP",
        57e9,
        "approx",
    )
    a5 = con.sql("SELECT story_id, n_outlets FROM amount_corroboration WHERE amount_id = 'm5'").fetchall()
    assert a5 == [(None, 4)]


def test_quotes_with_the_same_words_are_counted(con) -> None:
    counts = _counts(con, "quote_corroboration", "quote_id")
    assert len(counts) == len(QUOTES)
    # Same words after folding case and punctuation (q1, q2), or contained in a longer quote (q3).
    for quote_id in ("q1", "q2", "q3"):
        assert counts[quote_id] == (3, 3, 2, 3), quote_id
    # "high time to act" (4 words) inside "It was HIGH time to act, now!" of a4, a copy of a2:
    # two articles, two originals, a5 alone and s1; one known outlet.
    assert counts["q4"] == counts["q5"] == (2, 2, 2, 1)
    # Too short to match inside another quote; whole words only; punctuation folded.
    assert counts["q6"] == counts["q7"] == (1, 1, 1, 1)
    assert counts["q8"] == counts["q9"] == (1, 1, 1, 1)
    assert counts["q10"] == counts["q11"] == (2, 2, 2, 2)


def test_removed_articles_are_in_no_view(con) -> None:
    """The counts above leave a6 out; its own amount and quote have no row."""
    assert con.sql("SELECT count(*) FROM article_reports WHERE article_id = 'a6'").fetchall() == [(0,)]
    assert con.sql("SELECT count(*) FROM amount_corroboration WHERE article_id = 'a6'").fetchall() == [(0,)]
    assert con.sql("SELECT count(*) FROM quote_corroboration WHERE article_id = 'a6'").fetchall() == [(0,)]


def test_quote_words_are_normalised(con) -> None:
    words = dict(con.sql("SELECT quote_id, words FROM quote_corroboration").fetchall())
    assert words["q1"] == words["q2"] == "ukraine s rightful place is in nato"
    assert words["q5"] == "it was high time to act now"
    assert words["q11"] == "serious significant threat"


def test_every_view_and_view_column_has_a_comment(con) -> None:
    views = con.sql(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' AND comment IS NULL"
    ).fetchall()
    assert views == []
    columns = con.sql(
        "SELECT c.table_name, c.column_name FROM duckdb_columns() AS c "
        "JOIN duckdb_views() AS v ON v.view_name = c.table_name AND v.schema_name = c.schema_name "
        "WHERE NOT v.internal AND c.comment IS NULL"
    ).fetchall()
    assert columns == []
    names = {r[0] for r in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert {"amount_corroboration", "quote_corroboration", "entity_cooccurrence"} <= names


def test_views_are_empty_on_an_empty_warehouse() -> None:
    con = duckdb.connect()
    con.execute((WAREHOUSE / "schema.sql").read_text(encoding="utf-8")).fetchall()
    for column in ("story_id", "duplicate_of", "outlet"):
        con.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {column} VARCHAR").fetchall()
    con.execute((WAREHOUSE / "views.sql").read_text(encoding="utf-8")).fetchall()
    assert con.sql("SELECT count(*) FROM amount_corroboration").fetchall() == [(0,)]
    assert con.sql("SELECT * FROM quote_corroboration").pl().columns[-4:] == COUNTS
    assert isinstance(con.sql("SELECT * FROM amount_corroboration").pl(), pl.DataFrame)
