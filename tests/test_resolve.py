"""Which currency an ambiguous marker means, and how an amount gets its US-dollar value,
on made-up text: restatement ratios over the whole ECB history when the article is undated,
restatements before countries, currencies as of the article's date, and ``fx_basis``."""

from __future__ import annotations

import datetime as dt

import pytest

from pipelines.money import Amount, currencies, extract_amounts
from pipelines.money.fx import FxBasis
from pipelines.money.resolve import CurrencyBasis


def read(text: str, published_at: dt.date | None = None) -> list[Amount]:
    return extract_amounts(text, published_at=published_at, objects=False)


def one(text: str, published_at: dt.date | None = None) -> Amount:
    [amount] = read(text, published_at)
    return amount


# --- undated articles: the whole ECB history ------------------------------------------
def test_undated_restatement_is_tested_against_the_whole_history() -> None:
    # 156/300 = 0.52 pounds per dollar: the US dollar in 2004-05, never in recent years
    dollars, pounds = read("The group paid $300m (£156m) for the stake.")
    assert (dollars.currency, dollars.currency_basis) == ("USD", CurrencyBasis.CONVERSION_UNDATED)
    assert pounds.currency == "GBP"


def test_undated_restatement_that_fits_only_another_dollar() -> None:
    # 0.28 pounds per dollar: of the dollars, only the New Zealand dollar was ever that cheap
    dollars, _ = read("The farm co-operative paid $100m (£28m) for the plant.")
    assert (dollars.currency, dollars.currency_basis) == ("NZD", CurrencyBasis.CONVERSION_UNDATED)


def test_a_dated_restatement_still_uses_the_article_date() -> None:
    dollars, _ = read("The club paid $16.8m (£10m) for the striker.", dt.date(2014, 6, 2))
    assert (dollars.currency, dollars.currency_basis) == ("USD", CurrencyBasis.CONVERSION)


# --- evidence order -------------------------------------------------------------------
def test_a_fitting_restatement_beats_the_countries_named() -> None:
    text = (
        "Australian building group Hardie, which moved from Sydney, agreed to pay $1.1bn (£568m). "
        "Australian unions welcomed the Australian deal."
    )
    dollars, _ = read(text)
    assert (dollars.currency, dollars.currency_basis) == ("USD", CurrencyBasis.CONVERSION_UNDATED)


def test_a_country_named_is_weak_evidence_for_a_dollar_sign() -> None:
    a = one("Canadian telecoms maker Nortel, based near Toronto, cut its Canadian profit forecast to $732m.")
    assert a.currency == "USD"


def test_a_dollar_the_article_names_decides() -> None:
    text = "Australian farmers asked for $5m in drought relief as the Australian dollar fell in Canberra."
    a = one(text)
    assert (a.currency, a.currency_basis) == ("AUD", CurrencyBasis.CONTEXT)


# --- currencies as of the article's date ----------------------------------------------
def test_francs_in_a_1987_story_about_france() -> None:
    text = "The French government said France would sell the bank for 2.5 billion francs."
    assert one(text, dt.date(1987, 2, 26)).currency == "FRF"


def test_francs_after_the_euro_are_not_french() -> None:
    text = "The French group bought a Swiss rival in France for 2.5 billion francs."
    assert one(text, dt.date(2010, 5, 3)).currency == "CHF"


@pytest.mark.parametrize(
    ("territory", "on", "expected"),
    [
        ("FR", dt.date(1987, 2, 26), {"FRF"}),
        ("FR", dt.date(2010, 1, 1), {"EUR"}),
        ("HR", dt.date(2020, 1, 1), {"HRK"}),
        ("HR", dt.date(2024, 1, 1), {"EUR"}),
        ("DE", dt.date(1987, 2, 26), {"DEM"}),
    ],
)
def test_territory_currencies_on_a_date(territory: str, on: dt.date, expected: set[str]) -> None:
    assert set(currencies.territory_currencies(territory, on)) == expected


def test_currencies_in_use() -> None:
    assert currencies.in_use("FRF", dt.date(1987, 2, 26))
    assert not currencies.in_use("FRF", dt.date(2010, 1, 1))
    assert not currencies.in_use("EUR", dt.date(1987, 2, 26))
    assert currencies.in_use("HRK", dt.date(2020, 1, 1)) and not currencies.in_use("HRK", dt.date(2024, 1, 1))


# --- value_usd and fx_basis -----------------------------------------------------------
def test_undated_value_usd_is_the_articles_own_restatement() -> None:
    pounds, dollars = read("The bid values the firm at £5.5bn ($10bn).")
    assert (pounds.value_usd, pounds.fx_date, pounds.fx_basis) == (10e9, None, FxBasis.RESTATEMENT)
    assert (dollars.value_usd, dollars.fx_basis) == (10e9, FxBasis.USD)


def test_undated_without_a_restatement_has_no_usd_value() -> None:
    a = one("The bid values the firm at £5.5bn.")
    assert (a.value_usd, a.fx_date, a.fx_basis) == (None, None, FxBasis.UNDATED)


def test_dated_value_usd_at_the_article_date() -> None:
    a = one("The bid values the firm at £5.5bn.", dt.date(2021, 5, 14))
    assert a.fx_basis == FxBasis.ARTICLE_DATE and a.fx_date == dt.date(2021, 5, 14)
    assert a.value_usd == pytest.approx(5.5e9 * 1.41, rel=0.01)


def test_no_ecb_rate_before_1999() -> None:
    a = one("Bonn lent 40 million marks.", dt.date(1987, 3, 3))
    assert (a.currency, a.value_usd, a.fx_basis) == ("DEM", None, FxBasis.NO_RATE)


def test_undated_restatement_between_two_ambiguous_markers_decides_nothing() -> None:
    # pesos and dollars both ambiguous: over 27 years some pair of them fits 0.34 by chance
    pesos, dollars = read("The firm must invest 400m pesos ($136m) a year in the network.")
    assert dollars.currency == "USD" and dollars.currency_basis != CurrencyBasis.CONVERSION_UNDATED


def test_one_unopposed_country_decides_a_non_dollar_marker() -> None:
    # wire copy names its country once: "French" in 1987 points at the franc in use in France
    text = "The French bond committee approved a 300 mln franc issue for the bank."
    assert one(text, dt.date(1987, 3, 3)).currency == "FRF"
    # one country is still not enough against a dollar sign's usual currency
    assert one("A Canadian miner raised $300 mln.", dt.date(1987, 3, 3)).currency == "USD"


@pytest.mark.parametrize(
    ("text", "on", "currency"),
    [
        (
            "PARIS, March 5 - Centrale de Credit said it would issue a 1.2 billion franc bond.",
            dt.date(1987, 3, 5),
            "FRF",
        ),
        ("BRUSSELS, March 5 - The bank raised 400 mln francs from investors.", dt.date(1987, 3, 5), "BEF"),
        ("BERN, March 5 - The ministry paid 400 mln francs for the site.", dt.date(1987, 3, 5), "CHF"),
        ("Ministers in Paris said on Monday that the firm paid 40m francs.", dt.date(1987, 3, 5), "FRF"),
    ],
)
def test_a_capital_in_the_dateline_or_text_names_its_country(text: str, on: dt.date, currency: str) -> None:
    amount = one(text, on)
    assert (amount.currency, amount.currency_basis) == (currency, CurrencyBasis.CONTEXT)


def test_a_capital_counts_only_for_currencies_in_use_on_the_date() -> None:
    amount = one("PARIS, March 5 - The bank raised 1.2 billion francs.", dt.date(2010, 3, 5))
    assert amount.currency == "CHF"  # France used the euro by then; francs are Swiss
