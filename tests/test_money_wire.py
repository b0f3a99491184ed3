"""Money on wire copy (issue 10): figures broken by a hard line wrap, counts spelled out
before a scale word, upper-case and capitalised wire shorthand, and changes that are not
ranges. Every text here is made up."""

from __future__ import annotations

import pytest

from pipelines.money import extract_amounts


def _amounts(text: str):
    return [(a.text, a.currency, a.value, a.value_high) for a in extract_amounts(text, objects=False)]


# --- 1. a figure broken by a line wrap ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Exports rose to 2.7\nbillion stg in March.\n\nImports fell.",
        "a \n b \t\n\n c\r\nd\r\re \u00a0\n\u00a0 f\n",
        "\n\nopening blank lines\n and a wrap\n",
        "no break at all",
    ],
)
def test_unwrapping_twice_changes_nothing(text: str) -> None:
    """The money engine unwraps each text once (``find`` reads the unwrapped text): unwrapping
    again would change nothing, and keeps every offset."""
    from pipelines.money.extract import unwrap

    once = unwrap(text)
    assert unwrap(once) == once and len(once) == len(text)


@pytest.mark.parametrize(
    ("text", "span", "currency", "value"),
    [
        ("Exports rose to 2.7\nbillion stg in March.", "2.7\nbillion stg", "GBP", 2.7e9),
        ("It made a profit of 24.2 mln\ndlrs last year.", "24.2 mln\ndlrs", "USD", 24.2e6),
        ("The group paid 1,300,000\ndlrs for the unit.", "1,300,000\ndlrs", "USD", 1.3e6),
        ("It took a 102.5 mln\ndlr mortgage on the plant.", "102.5 mln\ndlr", "USD", 102.5e6),
        ("The fee was cut to 10 mln\nyen from the level before.", "10 mln\nyen", "JPY", 10e6),
        ("Bonds come in denominations of one\nmln yen each.", "one\nmln yen", "JPY", 1e6),
        ("The loan, worth 15 mln Canadian\ndlrs, was signed.", "15 mln Canadian\ndlrs", "CAD", 15e6),
        ("Windows CRLF: it paid 40 mln\r\ndlrs for it.", "40 mln\r\ndlrs", "USD", 40e6),
    ],
)
def test_a_single_line_break_inside_an_amount_is_white_space(text, span, currency, value):
    found = extract_amounts(text, objects=False)
    assert [(a.text, a.currency, a.value) for a in found] == [(span, currency, value)]
    a = found[0]
    assert text[a.start_char : a.end_char] == a.text  # offsets point into the text as it stands


def test_a_blank_line_or_a_new_paragraph_is_not_white_space_inside_an_amount():
    assert _amounts("Sales rose to 2.7\n\nbillion stg was the target.") == []
    # wire paragraphs start on a new indented line
    assert _amounts("Output rose 20\n    Dlrs are also quoted.") == []


def test_a_qualifier_on_the_line_before_the_figure_still_counts():
    found = extract_amounts("It paid about\n5 mln dlrs for the stake.", objects=False)
    assert [(a.text, a.qualifier) for a in found] == [("5 mln dlrs", "approx")]


# --- 2. spelled-out counts with scale words -------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "currency", "value"),
    [
        ("The notes include five mln dlrs of principal.", "five mln dlrs", "USD", 5e6),
        ("Each bond is one mln yen.", "one mln yen", "JPY", 1e6),
        ("The bank lent two billion marks.", "two billion marks", "DEM", 2e9),
        ("It cost a quarter of a billion dollars.", "a quarter of a billion dollars", "USD", 2.5e8),
        ("It cost three quarters of a billion dollars.", "three quarters of a billion dollars", "USD", 7.5e8),
        ("Sales reached nearly one billion dlrs.", "one billion dlrs", "USD", 1e9),
        ("The state sold six bln stg of gilts.", "six bln stg", "GBP", 6e9),
    ],
)
def test_spelled_out_counts_with_scale_words(text, span, currency, value):
    assert [(a.text, a.currency, a.value) for a in extract_amounts(text, objects=False)] == [(span, currency, value)]


def test_a_scale_abbreviation_alone_is_no_count():
    assert _amounts("It was a mln dlrs deal.") == []
    assert _amounts("One of a kind, it cost dlrs to build.") == []


# --- 3. case ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "currency", "value"),
    [
        ("Coffee earned the equivalent of 33 mln U.S. Dlrs last year.", "33 mln U.S. Dlrs", "USD", 33e6),
        ("It raised about one billion U.S. Dlrs abroad.", "one billion U.S. Dlrs", "USD", 1e9),
        ("FED DISCOUNT BORROWINGS 310 MLN DLRS", "310 MLN DLRS", "USD", 310e6),
        ("U.S. BANK IN 515 MLN DLR SETTLEMENT", "515 MLN DLR", "USD", 515e6),
        ("DEFICIT FORECAST AT 350 MLN STG", "350 MLN STG", "GBP", 350e6),
        ("CANADA SELLS 1.2 BILLION CANADIAN DLR BONDS", "1.2 BILLION CANADIAN DLR", "CAD", 1.2e9),
        ("M-3 rose to 30.07\nbillion N.Z. Dlrs in the month.", "30.07\nbillion N.Z. Dlrs", "NZD", 30.07e9),
        ("Sales were 5 mln DLRS in the year.", "5 mln DLRS", "USD", 5e6),
        ("The fund holds 40 mln STG of gilts.", "40 mln STG", "GBP", 40e6),
    ],
)
def test_wire_shorthand_in_any_case(text, span, currency, value):
    assert [(a.text, a.currency, a.value) for a in extract_amounts(text, objects=False)] == [(span, currency, value)]


# --- 7. changes are not ranges ----------------------------------------------------------
def test_a_change_and_a_level_are_two_amounts():
    assert _amounts("Profit rose by 400m euros to 2.5bn euros.") == [
        ("400m euros", "EUR", 400e6, None),
        ("2.5bn euros", "EUR", 2.5e9, None),
    ]
    assert _amounts("Net income fell 20 mln dlrs to 300 mln dlrs.") == [
        ("20 mln dlrs", "USD", 20e6, None),
        ("300 mln dlrs", "USD", 300e6, None),
    ]


def test_a_bare_change_before_a_level_is_no_range_low():
    assert _amounts("The price was cut 20 to 300 dlrs a tonne.") == [("300 dlrs", "USD", 300.0, None)]


def test_a_year_before_a_level_is_no_range_low():
    assert _amounts("Sales fell 4% in 2004 to 789m euros.") == [("789m euros", "EUR", 789e6, None)]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Shares were priced at $24-$26 each.", "$24-$26", 24.0, 26.0),
        ("It expects a loss of between 5 and 6 mln dlrs.", "5 and 6 mln dlrs", 5e6, 6e6),
        ("It will sell 10 to 12 mln dlrs of notes.", "10 to 12 mln dlrs", 10e6, 12e6),
        ("A ticket costs 1,050-1,125 rupees.", "1,050-1,125 rupees", 1050.0, 1125.0),
    ],
)
def test_real_ranges_keep_their_high_end(text, span, low, high):
    assert [(a.text, a.value, a.value_high) for a in extract_amounts(text, objects=False)] == [(span, low, high)]


def test_a_spelled_out_range_takes_the_scale_of_its_high_end():
    assert _amounts("It has sales of between one and two mln dlrs a year.") == [
        ("one and two mln dlrs", "USD", 1e6, 2e6)
    ]
    # "and" joins number words only after a hundred or a scale, or before "a half"
    assert _amounts("They paid one and a half million dollars.") == [
        ("one and a half million dollars", "USD", 1.5e6, None)
    ]
    assert _amounts("It cost three hundred and twenty dollars.") == [
        ("three hundred and twenty dollars", "USD", 320.0, None)
    ]
