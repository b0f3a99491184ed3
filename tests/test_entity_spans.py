"""What the NER stage does to spaCy's spans of one article (issues 10 and 11): list spans are
split ("Moody, Back" is two names), upper-case text is read through a case-restored copy of the
same length, and a name recognised once is a mention wherever else it stands in the article
(its surname too, for a person)."""

from __future__ import annotations

import re

import polars as pl
import pytest

from pipelines.entities import ner as nlp
from pipelines.entities.casing import restore_case
from pipelines.entities.consistency import complete
from pipelines.entities.lists import split_lists
from pipelines.entities.ner import EntitySpan


def span(text: str, name: str, label: str, nth: int = 0) -> EntitySpan:
    start = [m.start() for m in re.finditer(re.escape(name), text)][nth]
    return EntitySpan(name, label, start, start + len(name))


def as_rows(spans: list[EntitySpan]) -> list[tuple[str, str, int]]:
    return [(s.text, s.label, s.start_char) for s in spans]


# --------------------------------------------------------------------------- lists


def test_a_line_up_span_is_split_into_its_names() -> None:
    text = "Subs: Goode, Ellis; Rowntree, Moody, Back, Corry."
    [a, b] = split_lists(text, [span(text, "Rowntree, Moody", "ORG"), span(text, "Back", "ORG")])[:2]
    assert as_rows(split_lists(text, [span(text, "Moody, Back", "ORG")])) == [
        ("Moody", "ORG", text.index("Moody")),
        ("Back", "ORG", text.index("Back")),
    ]
    assert (a.text, b.text) == ("Rowntree", "Moody")


@pytest.mark.parametrize(
    "name, label",
    [
        ("the Department of the Environment, Food and Rural Affairs", "ORG"),
        ("Martin Luther King, Jr", "PERSON"),
        ("Improving Opportunity, Strengthening Society", "WORK_OF_ART"),
    ],
)
def test_names_with_a_comma_are_not_lists(name: str, label: str) -> None:
    text = f"He spoke of {name} today."
    assert split_lists(text, [span(text, name, label)]) == [span(text, name, label)]


def test_a_trailing_comma_and_a_bracket_are_cut_off() -> None:
    text = "Clay, Flack (Edwards 74), Devine. House of Fraser, Marks"
    spans = split_lists(text, [span(text, "Clay, Flack (Edwards", "ORG"), span(text, "Fraser,", "ORG")])
    assert [s.text for s in spans] == ["Clay", "Flack", "Fraser"]
    assert all(text[s.start_char : s.end_char] == s.text for s in spans)


# --------------------------------------------------------------------------- casing


def test_upper_case_lines_take_the_casing_of_the_body() -> None:
    text = "BAHIA COCOA REVIEW\nShowers continued in Bahia, the main cocoa area, says the review."
    restored = restore_case(text)
    assert len(restored) == len(text)
    assert restored.split("\n")[0] == "Bahia cocoa review"
    assert restored.split("\n")[1] == text.split("\n")[1]


def test_words_not_in_the_body_are_title_cased_and_lengths_hold() -> None:
    text = "U.S. BANK IN SETTLEMENT WITH STRASSE\nNothing else here."
    restored = restore_case(text)
    assert restored.split("\n")[0] == "U.S. Bank In Settlement With Strasse"
    assert len(restored) == len(text)


def test_ner_reads_an_upper_case_title_through_the_restored_copy() -> None:
    text = "BAHIA COCOA REVIEW\n\nShowers continued in Bahia, Brazil, the main cocoa area."
    frame = nlp.mentions_frame(pl.DataFrame({"article_id": ["a1"], "text": [text]}))
    rows = frame.select("text", "model_label", "start_char", "end_char").rows()
    assert all(text[a:b] == t for t, _, a, b in rows)
    assert ("BAHIA", "GPE", 0, 5) in rows  # found through "Bahia" in the body


# --------------------------------------------------------------------------- consistency


def test_a_recognised_name_is_a_mention_wherever_it_stands() -> None:
    text = "Acme Widgets grew. Analysts like Acme Widgets, and Acme Widgets' rivals do not."
    spans = complete(text, [span(text, "Acme Widgets", "ORG")])
    assert as_rows(spans) == [("Acme Widgets", "ORG", m.start()) for m in re.finditer("Acme Widgets", text)]


def test_the_surname_of_a_recognised_person_is_a_mention() -> None:
    text = "Jens Stoltenberg spoke. Later Mr Stoltenberg said the Stoltenberg Foundation was closed."
    spans = complete(text, [span(text, "Jens Stoltenberg", "PERSON")])
    assert as_rows(spans) == [
        ("Jens Stoltenberg", "PERSON", 0),
        ("Stoltenberg", "PERSON", text.index("Mr Stoltenberg") + 3),
    ]  # not inside the longer name "Stoltenberg Foundation"


def test_repeats_need_token_boundaries_and_the_same_case() -> None:
    text = "Tom Hardy met Hardy-Smith. The hardy plants of Hardyville. Back then Moody, Back went back."
    spans = complete(text, [span(text, "Tom Hardy", "PERSON"), span(text, "Back", "ORG", 1)])
    assert as_rows(spans) == [("Tom Hardy", "PERSON", 0), ("Back", "ORG", text.rindex("Back"))]


def test_a_surname_shared_by_two_people_is_not_added() -> None:
    text = "Anna Berg and Peter Berg arrived. Berg said nothing."
    spans = complete(text, [span(text, "Anna Berg", "PERSON"), span(text, "Peter Berg", "PERSON")])
    assert [s.text for s in spans] == ["Anna Berg", "Peter Berg"]


def test_a_company_with_a_legal_form_after_a_comma_is_one_name() -> None:
    text = "Toyota Motor Sales, U.S.A. Inc said sales fell."
    whole = span(text, "Toyota Motor Sales, U.S.A. Inc", "ORG")
    assert split_lists(text, [whole]) == [whole]


def test_no_repeat_in_a_line_of_figures_or_after_a_capitalised_word_across_spaces() -> None:
    text = (
        "Net 7,076,000 vs 6,712,000\n\nRevs 62.9 mln vs 41.5 mln\n\nThe Net and Revs rose.\n\n"
        "Stock Exchange  Automated Quotation System."
    )
    spans = [
        span(text, "Net", "PERSON", 1),
        span(text, "Revs", "PERSON", 1),
        span(text, "Automated Quotation System", "ORG"),
    ]
    assert as_rows(complete(text, spans[:2])) == as_rows(spans[:2])
    other = "The Automated Quotation System opened. " + text
    found = complete(other, [span(other, "Automated Quotation System", "ORG")])
    assert [s.start_char for s in found] == [4]  # not after "Exchange", two spaces away


def test_no_repeat_inside_a_title_or_of_a_span_that_starts_in_lower_case() -> None:
    text = "The Aviator won. Blanchett starred in The Aviator, and Aviator fans cheered. "
    text += "Republic of Ireland v Cyprus; Ireland is the Republic of Ireland."
    spans = [span(text, "Aviator", "ORG"), span(text, "of Ireland", "GPE")]
    assert [(s.text, s.start_char) for s in complete(text, spans)] == [
        ("Aviator", 4),
        ("Aviator", text.index("Aviator fans")),
        ("of Ireland", text.index("of Ireland")),
    ]


# --------------------------------------------------------------------------- dashes, colons, line-ups of works


@pytest.mark.parametrize(
    "text, glued, names",
    [
        (
            "not checked by referee Jonathan Kaplan - England were unable to win.",
            "Jonathan Kaplan - England",
            ["Jonathan Kaplan", "England"],
        ),
        ("The result: Arsenal: Lehmann, Cole, Campbell.", "Arsenal: Lehmann", ["Arsenal", "Lehmann"]),
    ],
)
def test_a_span_is_split_at_a_spaced_dash_or_colon_between_names(text: str, glued: str, names: list[str]) -> None:
    spans = split_lists(text, [span(text, glued, "PERSON")])
    assert [s.text for s in spans] == names
    assert all(text[s.start_char : s.end_char] == s.text for s in spans)


def test_a_dash_inside_a_word_or_before_a_subtitle_does_not_split() -> None:
    text = "Rolls-Royce and Guinea-Bissau met. Sophie Scholl - The Final Days won."
    spans = [span(text, "Rolls-Royce", "ORG"), span(text, "Guinea-Bissau", "GPE")]
    spans.append(span(text, "Sophie Scholl - The Final Days", "PERSON"))
    assert split_lists(text, spans) == spans


def test_a_line_up_tagged_as_a_work_is_split_but_a_title_with_a_comma_is_not() -> None:
    text = "Howard, Phil Neville, O'Shea, Fortune, Giggs (Saha 70), Miller. He read Crouching Tiger, Hidden Dragon."
    spans = split_lists(
        text, [span(text, "Fortune, Giggs", "WORK_OF_ART"), span(text, "Crouching Tiger, Hidden Dragon", "WORK_OF_ART")]
    )
    assert [s.text for s in spans] == ["Fortune", "Giggs", "Crouching Tiger, Hidden Dragon"]
