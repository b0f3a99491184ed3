"""One list of currency codes: CLDR's ISO 4217 codes, current and historic, plus the
documented non-ISO codes the money engine keeps. Every code the engine can emit is on it,
and the check on the amounts table reads the same list."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.money import currencies, extract_amounts
from pipelines.money import currency_words as cw
from pipelines.money import lexicon as lx
from pipelines.warehouse import validation


@pytest.mark.parametrize("code", ["USD", "EUR", "GBP", "DEM", "FRF", "ITL", "HRK", "BGN", "ZWL", "XBT"])
def test_current_historic_and_documented_codes_are_known(code: str) -> None:
    assert currencies.is_known(code)


@pytest.mark.parametrize("code", ["XX1", "usd", "US$", "BTC", "", None])
def test_other_strings_are_not(code: str | None) -> None:
    assert not currencies.is_known(code)


def test_every_non_iso_code_has_a_reason_and_is_not_iso() -> None:
    for code, reason in currencies.NON_ISO.items():
        assert code not in currencies.iso_4217() and len(reason) > 20


def test_every_code_in_the_lexicon_passes_the_check() -> None:
    codes = cw.emitted_codes()
    assert {"USD", "DEM", "HRK", "XBT", "FRF", "ZWL"} <= codes
    amounts = pl.DataFrame({"currency": sorted(codes)})
    assert validation.unknown_currencies(amounts).is_empty()


def test_codes_read_in_text_are_current_iso_or_listed_historic() -> None:
    readable = lx.iso_codes()
    assert readable["RMB"] == "CNY" and readable["HRK"] == "HRK" and readable["DEM"] == "DEM"
    assert "ALL" not in readable  # an English word
    assert set(readable.values()) <= currencies.known()


@pytest.mark.parametrize(
    "text, currency",
    [
        ("The Bundesbank paid DM 5m for it.", "DEM"),
        ("Croatia paid 80m kuna in 2019.", "HRK"),
        ("It cost HRK 500.", "HRK"),
        ("He sold ₿2 last week.", "XBT"),
    ],
)
def test_historic_and_non_iso_amounts_are_read_and_known(text: str, currency: str) -> None:
    [amount] = extract_amounts(text, objects=False)
    assert amount.currency == currency and currencies.is_known(amount.currency)
