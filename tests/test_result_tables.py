"""Wire results tables ("Shr 12 cts vs nine cts Net 507,000 vs 362,000"): a figure in a row
labelled by the words before it, compared with last year's by "vs", is that label's, and so
is the figure it is compared with. Every text is made up in the wire's style."""

from __future__ import annotations

import pytest

from pipelines.money import extract_amounts
from pipelines.result_tables import row_labels


def _objects(text: str) -> dict[str, str | None]:
    return {a.text: a.object for a in extract_amounts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "STOCKHOLM, March 3 - Sales 3.65 billion crowns vs 3.40 billion crowns. Profit after "
            "financial items 821.2 mln crowns vs 740.2 mln crowns.",
            {
                "3.65 billion crowns": "Sales",
                "3.40 billion crowns": "Sales",
                "821.2 mln crowns": "Profit after financial items",
            },
        ),
        (
            "TAMPA, Fla., March 2 - Qtly div six cts vs five cts prior Pay April 28 Record March 31",
            {"six cts": "Qtly div", "five cts": "Qtly div"},
        ),
        (
            "MIAMI, March 2 - Shr 64 cts vs 1.16 dlrs Net 602,000 dlrs vs 1,079,893 dlrs",
            {"64 cts": "Shr", "1.16 dlrs": "Shr", "602,000 dlrs": "Net", "1,079,893 dlrs": "Net"},
        ),
        (
            "NEW YORK, Feb 26 - Shr profit 15 cts vs profit four cts Annual div 72 cts vs 70 cts prior yr",
            {"15 cts": "Shr profit", "four cts": "Shr profit", "72 cts": "Annual div", "70 cts": "Annual div"},
        ),
        (
            "NOTE: Net excludes investment gains 20,000 dlrs vs 86,000 dlrs in quarter.",
            {"20,000 dlrs": "investment gains", "86,000 dlrs": "investment gains"},
        ),
    ],
)
def test_a_figure_in_a_results_row_is_the_row_labels(text: str, expected: dict[str, str]) -> None:
    found = _objects(text)
    assert {k: found.get(k) for k in expected} == expected


def test_a_figure_compared_in_prose_keeps_its_own_object() -> None:
    """Prose is no table: "vs" after a figure with a verb or a preposition before it leaves the
    parse's object, and a figure with no "vs" is no row."""
    text = "The group said profits rose to 5 mln dlrs vs 4 mln dlrs a year earlier."
    assert _objects(text)["5 mln dlrs"] == "profits"
    assert row_labels("Sales rose. He paid 5 dlrs vs 4 dlrs in 1985.", [(20, 26)]) == [None]
    assert row_labels("It earned 5 dlrs vs 4 dlrs a share.", [(10, 16)]) == [None]
    row = "Shr 12 cts vs nine cts"
    assert row_labels(row, [(4, 10)]) == ["Shr"]
    no_comparison = "Shr 12 cts, up from nine cts"
    assert row_labels(no_comparison, [(4, 10)]) == [None]
