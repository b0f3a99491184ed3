"""The money engine: each way English writes money, the seed articles' figures, the
evaluation's scorer on tiny hand-made cases, and the score on Recognizers-Text's cases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from benchmarks import eval_money as ev
from pipelines.money import Amount, extract_amounts

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared/specs/recognizers-currency/CurrencyModel.json"


def read(text: str, published_at: dt.date | None = None) -> list[Amount]:
    return extract_amounts(text, published_at=published_at, objects=False)


def one(text: str, published_at: dt.date | None = None) -> Amount:
    [amount] = read(text, published_at)
    return amount


def brief(text: str) -> list[tuple[str, str, float]]:
    return [(a.text, a.currency, a.value) for a in read(text)]


# --- currency markers -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, span, currency, value, basis",
    [
        ("The council spent £4m on roads.", "£4m", "GBP", 4e6, "explicit"),
        ("Brussels fined the carmaker €1.2bn on Tuesday.", "€1.2bn", "EUR", 1.2e9, "explicit"),
        # "¥" is the yen or the yuan: the yen unless something else decides
        ("The ministry set aside ¥800bn for the games.", "¥800bn", "JPY", 800e9, "default"),
        ("The startup raised ₹45 crore from investors.", "₹45 crore", "INR", 450e6, "explicit"),
        ("Rent in the centre is now 950 €, up from 900.", "950 €", "EUR", 950, "explicit"),
    ],
)
def test_symbols_before_or_after_the_number(text, span, currency, value, basis) -> None:
    a = one(text)
    assert (a.text, a.currency, a.value, a.currency_basis) == (span, currency, value, basis)


@pytest.mark.parametrize(
    "text, currency, value",
    [
        ("Its revenue reached US$7.5m last year.", "USD", 7.5e6),
        ("The mine will cost C$2.3bn to build.", "CAD", 2.3e9),
        ("Qantas booked A$410m in profit.", "AUD", 410e6),
        ("The tower sold for HK$6bn.", "HKD", 6e9),
        ("The farm was valued at NZ$18m.", "NZD", 18e6),
    ],
)
def test_prefixed_dollar_signs(text, currency, value) -> None:
    a = one(text)
    assert (a.currency, a.value, a.currency_basis) == (currency, value, "explicit")


def test_iso_codes_before_and_after_the_number() -> None:
    assert brief("It owes GBP 12 million, USD41.2m and 300 CHF.") == [
        ("GBP 12 million", "GBP", 12e6),
        ("USD41.2m", "USD", 41.2e6),
        ("300 CHF", "CHF", 300),
    ]


def test_currency_words_and_plurals() -> None:
    got = brief(
        "Fees were 40 euros, or 45 US dollars; a meal cost 2,000 yen, a ticket 350 rupees, "
        "a watch 900 Swiss francs and an old stamp 12 marks."
    )
    assert got == [
        ("40 euros", "EUR", 40),
        ("45 US dollars", "USD", 45),
        ("2,000 yen", "JPY", 2000),
        ("350 rupees", "INR", 350),
        ("900 Swiss francs", "CHF", 900),
        ("12 marks", "DEM", 12),
    ]


def test_minor_units_in_whole_units() -> None:
    got = brief("Milk rose by 12 pence, bread by 30p, a stamp by 65 cents and a sweet by one ct.")
    assert [(t, c, round(v, 4)) for t, c, v in got] == [
        ("12 pence", "GBP", 0.12),
        ("30p", "GBP", 0.30),
        ("65 cents", "USD", 0.65),
        ("one ct", "USD", 0.01),
    ]


def test_newswire_shorthand() -> None:
    got = brief("Net income was 27 mln dlrs against 2.4 bln dlrs in sales, stg 350 mln and Y3.4 trillion.")
    assert got == [
        ("27 mln dlrs", "USD", 27e6),
        ("2.4 bln dlrs", "USD", 2.4e9),
        ("stg 350 mln", "GBP", 350e6),
        ("Y3.4 trillion", "JPY", 3.4e12),
    ]


@pytest.mark.parametrize(
    "text, value",
    [
        ("a $40k bonus", 40e3),
        ("a £7m fee", 7e6),
        ("a £7mn fee", 7e6),
        ("a €3bn fund", 3e9),
        ("a $1.5tn debt", 1.5e12),
        ("a 9 thousand pounds loan", 9e3),
        ("a 6 million dollars award", 6e6),
        ("a 14 billion euros hole", 14e9),
        ("a 2 trillion yen budget", 2e12),
        ("a 35 mln dlrs loss", 35e6),
        ("a 1.1 bln dlrs gain", 1.1e9),
        ("it cost three million dollars", 3e6),
        ("it cost a billion euros", 1e9),
        ("it cost half a million pounds", 5e5),
        ("it cost $1,234,567.89", 1234567.89),
        ("it cost 2,500.50 euros", 2500.5),
    ],
)
def test_scales_number_words_separators_and_decimals(text, value) -> None:
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, span, low, high",
    [
        ("Analysts expect $20m-$30m in savings.", "$20m-$30m", 20e6, 30e6),
        ("The bill will be between £3bn and £4bn.", "£3bn and £4bn", 3e9, 4e9),
        ("Seats sell for $40-60,000 each.", "$40-60,000", 40e3, 60e3),
        ("Wages of 2,100-2,400 rupees a month.", "2,100-2,400 rupees", 2100, 2400),
        ("A cost of €5-8bn is expected.", "€5-8bn", 5e9, 8e9),
    ],
)
def test_ranges_are_one_amount(text, span, low, high) -> None:
    a = one(text)
    assert (a.text, a.value, a.value_high) == (span, low, high)


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("It raised about $6m.", "approx"),
        ("It raised around $6m.", "approx"),
        ("It raised some $6m.", "approx"),
        ("It raised nearly $6m.", "approx"),
        ("It raised roughly $6m.", "approx"),
        ("It raised at least $6m.", "at_least"),
        ("It raised more than $6m.", "more_than"),
        ("It raised over $6m.", "more_than"),
        ("It raised in excess of $6m.", "more_than"),
        ("It raised less than $6m.", "less_than"),
        ("It raised under $6m.", "less_than"),
        ("It raised up to $6m.", "up_to"),
        ("It raised as much as $6m.", "up_to"),
        ("It raised $6m.", None),
    ],
)
def test_qualifiers(text, qualifier) -> None:
    assert one(text).qualifier == qualifier


def test_restatements_are_linked() -> None:
    got = read("The levy brings in €12bn (£10.4bn) a year; a coffee costs $5, or four euros.")
    assert [(a.text, a.equivalent_of) for a in got] == [
        ("€12bn", None),
        ("£10.4bn", 0),
        ("$5", None),
        ("four euros", 2),
    ]


def test_several_restatements_in_one_bracket() -> None:
    got = read("Sales were 90m euros (£62m; $110m) in the quarter.")
    assert [a.equivalent_of for a in got] == [None, 0, 0]


def test_a_per_share_figure_after_or_is_a_separate_amount() -> None:
    got = read("Profit was £340m, or 21p a share.")
    assert [(a.text, a.equivalent_of) for a in got] == [("£340m", None), ("21p", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation hit 9.4% and rates rose 0.5 percent.",
        "The team scored 112 points in 48 minutes.",
        "The dollar fell against the euro and the pound.",
        "In 1999 the firm had 3,000 staff; by 2015 it had 20,000.",
        "He won 3 games and lost 200 pounds in weight.",
        "A multi-billion dollar industry grew up.",
    ],
)
def test_not_money(text) -> None:
    assert read(text) == []


# --- currency basis, US dollars and object -------------------------------------------
def test_basis_conversion_at_the_article_date() -> None:
    # in June 2014 a pound bought about $1.68: "$" is the US dollar
    dollars, pounds = read("The club paid $16.8m (£10m) for the striker.", dt.date(2014, 6, 2))
    assert (dollars.currency, dollars.currency_basis) == ("USD", "conversion")
    assert (pounds.currency, pounds.currency_basis, pounds.equivalent_of) == ("GBP", "explicit", 0)


def test_basis_context_and_default() -> None:
    a = one("Australian farmers hit by the strong Australian dollar asked Canberra for $5m in drought relief.")
    assert (a.currency, a.currency_basis) == ("AUD", "context")
    a = one("The charity asked for $5m in relief.")
    assert (a.currency, a.currency_basis) == ("USD", "default")


def test_value_usd_at_the_nearest_earlier_ecb_day() -> None:
    a = one("Brussels fined the bank €200m.", dt.date(2021, 5, 15))  # a Saturday
    assert a.fx_date == dt.date(2021, 5, 14)
    assert a.value_usd == pytest.approx(200e6 * 1.2123, rel=1e-3)
    assert one("It cost $12.").value_usd == 12


def test_currencies_without_an_ecb_rate_have_no_usd_value() -> None:
    a = one("He borrowed 400 Finnish markkaa.")
    assert (a.currency, a.value_usd, a.fx_date) == ("FIM", None, None)


def test_objects_from_the_parse() -> None:
    got = extract_amounts(
        "The regulator imposed a fine of £5m. The firm signed a $300m contract. "
        "Allies sent €4bn (£3.5bn) of military aid. Quarterly sales rose 3% to $2.1bn."
    )
    assert [(a.text, a.object) for a in got] == [
        ("£5m", "fine"),
        ("$300m", "contract"),
        ("€4bn", "military aid"),
        ("£3.5bn", "military aid"),
        ("$2.1bn", "Quarterly sales"),
    ]


# --- the seed articles ---------------------------------------------------------------
def test_seed_amounts_are_exactly_right() -> None:
    checks = ev.seed_checks(ROOT / "seeds")
    assert len(checks) == 5
    assert all(ok for _, ok, _ in checks), checks


def test_seeds_hold_exactly_the_expected_amounts() -> None:
    from pipelines.ingest.articles import read_articles

    found = {
        (path[:3], a.text, a.currency, a.value)
        for path, text, published in read_articles(ROOT / "seeds")
        .select("source_path", "text", "published_at")
        .iter_rows()
        for a in read(text, published)
    }
    assert found == {(prefix, text, currency, value) for prefix, text, currency, value, _, _ in ev.SEED_EXPECTED}


# --- the scorer ----------------------------------------------------------------------
def test_minor_units_of_a_case_are_whole_units() -> None:
    e = ev.expected_of({"Start": 4, "End": 11, "Text": "50 cents", "Resolution": {"value": "50", "unit": "Cent"}})
    assert (e.start, e.end, e.value, e.currency) == (4, 12, 0.5, None)
    assert ev.expected_of({"Start": 0, "End": 5, "Resolution": {"value": None, "unit": "Dollar"}}) is None


def test_match_needs_overlap_currency_and_value() -> None:
    exp = [ev.Expected(0, 5, 100.0, "USD")]
    assert ev.match(exp, [ev.Got(3, 9, 100.4, "USD")])[0].tp == 1  # overlap, within 0.5%
    assert ev.match(exp, [ev.Got(3, 9, 101.0, "USD")])[0].tp == 0  # value off by 1%
    assert ev.match(exp, [ev.Got(3, 9, 100.0, "CAD")])[0].tp == 0  # wrong currency
    assert ev.match(exp, [ev.Got(5, 9, 100.0, "USD")])[0].tp == 0  # touching, no overlap
    assert ev.match(exp, [ev.Got(0, 5, None, None)], ev.overlaps)[0].tp == 1  # span only
    # no expected currency: any currency will do
    assert ev.match([ev.Expected(0, 5, 100.0, None)], [ev.Got(0, 5, 100.0, "AUD")])[0].tp == 1


def test_scores_count_each_amount_once() -> None:
    cases = [ev.Case("x", (ev.Expected(0, 3, 5.0, "EUR"),)), ev.Case("y", ())]

    def system(text: str) -> list[ev.Got]:
        return [ev.Got(0, 3, 5.0, "EUR"), ev.Got(1, 2, 5.0, "EUR")] if text == "x" else [ev.Got(0, 1, 1.0, None)]

    r = ev.score(cases, system)
    assert (r.full.tp, r.full.fp, r.full.fn) == (1, 2, 0)
    assert r.full.precision == pytest.approx(1 / 3)
    assert r.full.recall == 1.0
    assert r.full.f1 == pytest.approx(0.5)
    assert len(r.misses) == 2


def test_cases_marked_unsupported_by_dotnet_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text(
        json.dumps(
            [
                {
                    "Input": "a $5 tip",
                    "Results": [{"Text": "$5", "Start": 2, "End": 3, "Resolution": {"value": "5", "unit": "Dollar"}}],
                },
                {"Input": "odd", "NotSupported": "dotnet, java", "Results": []},
                {
                    "Input": "the dollar",
                    "NotSupported": "java",
                    "Results": [
                        {"Text": "dollar", "Start": 4, "End": 9, "Resolution": {"value": None, "unit": "Dollar"}}
                    ],
                },
            ]
        )
    )
    cases = ev.load_cases(path)
    assert [c.text for c in cases] == ["a $5 tip", "the dollar"]
    assert cases[0].expected == (ev.Expected(2, 4, 5.0, None, "$5"),)
    assert cases[1].expected == ()


def test_report_without_quantulum(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "cases.json"
    path.write_text(
        json.dumps(
            [
                {
                    "Input": "a £5 tip",
                    "Results": [{"Text": "£5", "Start": 2, "End": 3, "Resolution": {"value": "5", "unit": "Pound"}}],
                }
            ]
        )
    )
    monkeypatch.setattr(ev, "quantulum_available", lambda: False)
    monkeypatch.setattr(ev, "spacy_money", lambda text: [])
    assert ev.main(["--cases", str(path), "--seeds", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert "quantulum3 is not installed" in out
    assert "engine" in out and "1.00" in out


@pytest.mark.skipif(not CASES.exists(), reason="Recognizers-Text cases not found at ../shared")
def test_full_f1_on_recognizers_currency_cases() -> None:
    cases = ev.load_cases(CASES)
    assert len(cases) >= 170
    result = ev.score(cases, ev.engine, "engine")
    assert result.full.f1 >= 0.90, ev.misses_report(result, 20)


def test_a_code_before_its_scale_and_cents_in_words() -> None:
    assert (one("The fund raised 75 USD million.").value) == 75e6
    assert (one("It cost one dollar and five.").value) == 1.05
