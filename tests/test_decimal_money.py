"""Money is stored as DECIMAL: exact sums, values as written, US dollars rounded to cents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import polars as pl

from pipelines.money.amounts import amounts_frame
from pipelines.warehouse import store as warehouse

CENT = Decimal("0.01")


def _amounts(*texts: str, published: dt.date | None = dt.date(2023, 4, 21)) -> pl.DataFrame:
    articles = pl.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": list(texts),
            "published_at": [published] * len(texts),
        },
        schema={"article_id": pl.String, "text": pl.String, "published_at": pl.Date},
    )
    return amounts_frame(articles, objects=False)


def _column_types(path: Path) -> dict[str, str]:
    rows = warehouse.read(
        path,
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'amounts' "
        "AND column_name IN ('value', 'value_high', 'value_usd')",
    )
    return dict(rows.iter_rows())


def test_amounts_add_up_exactly() -> None:
    frame = _amounts("A stamp costs $0.10 and a card $0.20, or £1.1 to £1.2 together.")
    assert frame.filter(pl.col("currency") == "USD")["value"].sum() == Decimal("0.3")
    assert frame.filter(pl.col("currency") == "GBP").row(0, named=True)["value_high"] == Decimal("1.2")


def test_yen_trillions_fit() -> None:
    [row] = _amounts("The budget is ¥1.2 trillion.").iter_rows(named=True)
    assert (row["currency"], row["value"]) == ("JPY", Decimal("1200000000000"))
    assert isinstance(row["value"], Decimal)


def test_value_usd_is_rounded_to_cents() -> None:
    frame = _amounts("It raised £23.3m and €65.17bn.")
    usd = frame["value_usd"].to_list()
    assert len(usd) == 2 and all(isinstance(v, Decimal) and v == v.quantize(CENT) for v in usd)


def test_the_warehouse_stores_money_as_decimal(tmp_path: Path) -> None:
    path = tmp_path / "news.duckdb"
    frame = _amounts("A stamp costs $0.10 and a card $0.20, or between £1bn and £2bn.")
    warehouse.write(path, {"amounts": frame})
    types = _column_types(path)
    assert types == {"value": "DECIMAL(38,4)", "value_high": "DECIMAL(38,4)", "value_usd": "DECIMAL(38,2)"}
    total = warehouse.read(path, "SELECT sum(value) AS s FROM amounts WHERE currency = 'USD'")["s"].item()
    assert total == Decimal("0.3")


def test_seed_sums_have_no_float_noise(seeded_warehouse: Path) -> None:
    rows = warehouse.read(
        seeded_warehouse, "SELECT currency, sum(value) AS v, sum(value_usd) AS usd FROM amounts GROUP BY 1"
    )
    for currency, value, usd in rows.iter_rows():
        assert isinstance(value, Decimal) and value == value.quantize(Decimal("0.0001")), currency
        assert usd is None or usd == usd.quantize(CENT), currency


def test_values_the_decimal_type_cannot_hold_become_null_for_the_data_rules_to_reject() -> None:
    from pipelines.money.amounts import VALUE, to_decimal

    assert [to_decimal(v, VALUE) for v in (float("inf"), float("nan"), 1e40)] == [None, None, None]
    assert to_decimal(1.2e15, VALUE) == Decimal("1200000000000000")
