"""Wire copy (hard-wrapped lines, paragraphs opened by indentation, a separate dateline) keeps
its paragraphs: a wrap stays one line break inside a paragraph, so figures, names and quotes
broken by a wrap are read whole, and the dateline's place is part of the text."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from pipelines.entities.canonical import canonicalize
from pipelines.entities.quotes import find_quote_spans
from pipelines.entities.surfaces import junk_reason
from pipelines.ingest.cleaning import clean_text, continued_lines
from pipelines.ingest.fields import record_from_object
from tests.helpers import quotes_of, run_pipeline, write
from tests.test_entities import corpus, entity_of

WIRE = (
    "The company said it would sell its stake in the venture for\n"
    "24.2 mln dlrs to a group of investors led by its chairman, who\n"
    'said "the price is fair to all of our shareholders and to\n'
    'the employees of the venture."\n'
    "    Analysts said the sale was expected after the company posted a loss of 2.7\n"
    "billion stg in the year to March, its first loss in a decade.\n"
)
RECORD = {"title": "COMPANY SELLS STAKE", "dateline": "LONDON, March 5 -", "date": "5-MAR-1987 10:01:02.03"}


def test_a_wrapped_paragraph_keeps_single_line_breaks_and_indentation_opens_a_paragraph() -> None:
    assert continued_lines(WIRE) == {1, 2, 3, 5}
    text = clean_text(WIRE).text
    first, second = text.split("\n\n")
    assert first.count("\n") == 3 and first.startswith("The company") and first.endswith('venture."')
    assert second.startswith("Analysts said") and second.count("\n") == 1


def test_one_paragraph_per_line_and_blank_line_paragraphs_are_not_wraps() -> None:
    long_lines = "\n".join(f"Paragraph {i} is a long paragraph of prose. " * 4 for i in range(4))
    assert continued_lines(long_lines) == frozenset()
    assert clean_text(long_lines).text.count("\n\n") == 3
    short_paragraphs = "First short paragraph here.\n\nSecond short paragraph here.\n\nThird one."
    assert continued_lines(short_paragraphs) == frozenset()
    short_lines = "The minister said the plan would go ahead next week.\nA second paragraph.\nA third one."
    assert continued_lines(short_lines) == frozenset()  # no line breaks mid-sentence


def test_a_quote_broken_by_a_wrap_is_one_quote_and_ends_at_its_paragraph() -> None:
    text = clean_text(WIRE).text
    [quote] = find_quote_spans(text)
    assert text[quote.start : quote.end].startswith("the price is fair") and "\n" in text[quote.start : quote.end]
    unclosed = 'He said "we will not sell at any\nprice whatever they offer.\n\nThe shares fell.'
    [open_quote] = find_quote_spans(unclosed)
    assert "shares" not in unclosed[open_quote.start : open_quote.end]
    assert unclosed[open_quote.start : open_quote.end].endswith("offer.")


def test_a_feed_dateline_opens_the_text() -> None:
    text, _, _ = record_from_object({**RECORD, "text": WIRE})
    assert text.startswith("LONDON, March 5 - The company said")
    already, _, _ = record_from_object({**RECORD, "text": "LONDON, March 5 - The company said so."})
    assert already == "LONDON, March 5 - The company said so."


def test_wire_records_reach_the_warehouse_with_their_date_place_and_whole_amounts(tmp_path: Path) -> None:
    source = write(tmp_path / "source", {"wire.jsonl": json.dumps({**RECORD, "text": WIRE}) + "\n"})
    warehouse = tmp_path / "news.duckdb"
    assert run_pipeline(source, warehouse).success
    with duckdb.connect(str(warehouse), read_only=True) as con:
        published, text = con.sql("SELECT published_at::VARCHAR, text FROM articles").fetchone()
        amounts = con.sql("SELECT text, currency, value::DOUBLE FROM amounts ORDER BY start_char").fetchall()
    assert published == "1987-03-05"
    assert text.startswith("LONDON, March 5 - ") and "for\n24.2 mln dlrs" in text
    assert amounts == [("24.2 mln dlrs", "USD", 24_200_000.0), ("2.7\nbillion stg", "GBP", 2_700_000_000.0)]


def test_a_name_broken_by_a_wrap_is_one_name_and_speaks() -> None:
    """A single line break is a wrap, white space inside a name ("said Andrew\nSheaf"); a blank
    line still ends the paragraph, and a span across one is no name."""
    text = "Prices will rise, said Andrew\nSheaf, a manager at County Securities.\n\nSheaf added more."
    articles, mentions = corpus(("w1", text, [("Andrew\nSheaf", "PERSON"), ("Sheaf", "PERSON")]))
    result = canonicalize(mentions, articles)
    assert entity_of(result, "w1", "Andrew\nSheaf")["name"] == "Andrew Sheaf"
    assert entity_of(result, "w1", "Sheaf")["name"] == "Andrew Sheaf"
    assert junk_reason("Bolton\n\nPortsmouth", "ORG") == "line break"
    quoted = 'Prices will rise, said an analyst.\n\n"Last week was busy," said Andrew\nSheaf, a manager.'
    [speaker] = quotes_of(quoted, {"Andrew\nSheaf": ("Andrew Sheaf", "PERSON")})["speaker_entity_id"].to_list()
    assert speaker == "Andrew Sheaf"


def test_a_place_shouted_in_datelines_is_written_as_the_gazetteer_writes_it() -> None:
    """Datelines write places in capitals ("DALLAS, March 4 -"); the entity's name is the
    place's own spelling, also where the corpus never writes it otherwise."""
    articles, mentions = corpus(
        ("d1", "DALLAS, March 4 - Sales rose.", [("DALLAS", "GPE")]),
        ("d2", "DALLAS, March 5 - Sales fell.", [("DALLAS", "GPE")]),
        ("d3", "The bank of Dallas said so.", [("Dallas", "GPE")]),
        ("k1", "KAMPALA, March 3 - A team arrived.", [("KAMPALA", "GPE")]),
        ("n1", "NATO met. Nato agreed.", [("NATO", "ORG"), ("Nato", "ORG")]),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "d1", "DALLAS")["name"] == "Dallas"
    assert entity_of(result, "k1", "KAMPALA")["name"] == "Kampala"
    assert entity_of(result, "n1", "Nato")["name"] == "NATO"


def test_a_town_before_a_states_wire_abbreviation_is_a_place_in_title_case() -> None:
    """ "CHEVY CHASE, Md., March 4 -": a comma and a state's wire abbreviation make the name a
    town's, which the gazetteer need not know, written in title case; a firm or a body "of" a
    town stays what it is."""
    articles, mentions = corpus(
        ("c1", "CHEVY CHASE, Md., March 4 - Sales rose.", [("CHEVY CHASE", "PERSON")]),
        ("c2", "BLUE BELL, Pa., March 2 - Sales fell.", [("BLUE BELL", "ORG")]),
        ("c3", "It bought Coral Gables, Fla., in a deal.", [("Coral Gables", "PERSON")]),
        (
            "c4",
            "Deposits at American Trust of Hendersonville, N.C., rose.",
            [("American Trust of Hendersonville", "ORG")],
        ),
        ("c5", "Chester, a pundit, said prices rose.", [("Chester", "PERSON")]),
    )
    result = canonicalize(mentions, articles)
    for aid, text, name in (
        ("c1", "CHEVY CHASE", "Chevy Chase"),
        ("c2", "BLUE BELL", "Blue Bell"),
        ("c3", "Coral Gables", "Coral Gables"),
    ):
        assert (entity_of(result, aid, text)["name"], entity_of(result, aid, text)["label"]) == (name, "GPE")
    assert entity_of(result, "c4", "American Trust of Hendersonville")["label"] == "ORG"
    assert entity_of(result, "c5", "Chester")["label"] == "PERSON"
