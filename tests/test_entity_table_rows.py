"""Wire tables and figures read as names (issue 11): a results row's label is no entity, a figure
glued onto a name is cut off, and a month and a day is a date. Every text is made up in the
wire's style."""

from __future__ import annotations

from pipelines.entities.table_rows import figure_cut, table_words
from tests.test_entity_span_cuts import names_of

ROWS = "Shr 12 cts vs nine cts\n\nNet 507,000 vs 362,000\n\nRevs 5.0 mln vs 3.6 mln\n\nAvg shrs 2.9 mln vs 2.2 mln"


def _results(k: int, company: str) -> tuple[str, str, list[tuple[str, str]]]:
    text = f"{company} said.\n\n{ROWS}"
    return (f"a{k}", text, [(company, "ORG"), ("Revs 5.0", "PRODUCT"), ("Avg", "PERSON")])


def test_the_labels_of_results_rows_in_three_articles_are_no_entities() -> None:
    articles = [_results(k, name) for k, name in enumerate(("Acme Corp", "Zeta Inc", "Omega Ltd"))]
    assert names_of(*articles) == {"Acme Corp", "Zeta Inc", "Omega Ltd"}


def test_a_name_opening_a_paragraph_with_a_tables_word_is_no_row() -> None:
    articles = [_results(k, name) for k, name in enumerate(("Acme Corp", "Zeta Inc", "Omega Ltd"))]
    text = "Net Perceptions Inc said it would buy the unit.\n\nShr 5 cts vs 4 cts"
    assert "Net Perceptions Inc" in names_of(*articles, ("n1", text, [("Net Perceptions Inc", "ORG")]))


def test_a_label_heading_rows_in_fewer_articles_is_left_alone() -> None:
    """One article's row is no table's word: a place can head a row ("LA 2.54 2.50")."""
    assert "Revs" in names_of(_results(1, "Acme Corp"))
    assert table_words([ROWS, ROWS]) == frozenset()
    assert table_words([ROWS] * 3) >= {"shr", "net", "revs", "avg"}


def test_a_figure_followed_by_a_unit_is_no_part_of_the_name() -> None:
    text = "The Conservatives had 39 pct, Labour 37 pct and the Alliance 23 pct."
    rows = [("Labour 37", "ORG"), ("Alliance 23", "ORG")]
    assert names_of(("a1", text, rows)) == {"Labour", "Alliance"}
    assert figure_cut("Qintex 900,000", "sell Qintex 900,000 Hal Roach shares", 19) == "Qintex"
    assert figure_cut("LA 2.54 2.50", "LA 2.54 2.50 -- 4.38", 12) == "LA"


def test_a_whole_number_that_no_unit_follows_stays_in_the_name() -> None:
    for name, after in (("FTSE 100", " index rose"), ("Windows 3.1", " users"), ("Release 2.01", " of 1-2-3")):
        text = name + after
        assert figure_cut(name, text, len(name)) is None


def test_a_month_and_a_day_is_a_date() -> None:
    text = "Harris bought shares between Dec 18 and Feb 20 at 25 dlrs. Car sales for the February 21 to 28 week fell."
    rows = [("Harris", "ORG"), ("Feb 20", "LAW"), ("the February 21", "EVENT")]
    assert names_of(("a1", text, rows)) == {"Harris"}
    assert names_of(("a1", "The March 1 Movement met.", [("March", "ORG")])) == {"March"}
    attacks = "Since the September 11 attacks, airlines have cut flights."
    rows = [("the September 11", "EVENT")]
    assert names_of(("a1", attacks, rows)) == {"September 11"}
    short = [("the Sept 11", "EVENT")]
    attacks = attacks.replace("September", "Sept")
    assert names_of(("a1", attacks, short)) == set()
    assert names_of(("a1", attacks, short), ("a2", attacks, short), ("a3", attacks, short)) == {"Sept 11"}
    text = "MIDLAND, Mich., Mar 2 - Dow Chemical Co said it would buy the unit."
    assert names_of(("a1", text, [("Mar 2 - Dow Chemical Co", "ORG")])) == {"Dow Chemical Co"}
