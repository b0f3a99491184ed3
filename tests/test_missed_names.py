"""People the tagger missed, next to a reporting verb (pipelines/entities/missed_names.py)."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.entities.missed_names import missed_persons
from pipelines.entities.quotes import extract_quotes
from tests.helpers import LABELLED_MENTIONS_SCHEMA
from tests.test_speakers import PERSON, speakers


def quote_rows(text: str, names: dict[str, tuple[str, str]]) -> list[tuple[str | None, str | None]]:
    """(speaker entity, speaker text) of each quote of a text whose mentions are the first
    occurrence of each key of ``names``."""
    rows = [
        dict(article_id="a", entity_id=eid, text=s, label=lab, start_char=text.find(s), end_char=text.find(s) + len(s))
        for s, (eid, lab) in names.items()
    ]
    frame = extract_quotes(
        pl.DataFrame({"article_id": ["a"], "text": [text]}), pl.DataFrame(rows, schema=LABELLED_MENTIONS_SCHEMA)
    )
    return [(r["speaker_entity_id"], r["speaker_text"]) for r in frame.iter_rows(named=True)]


def found(text: str) -> list[str]:
    return [t for _, _, t in missed_persons(text, lambda s, e: False)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parul Jain, deputy chief economist at Nomura, said spending would rise.", "Parul Jain"),
        ('"We are honoured," said Sky Networks\' Sophie Turner Laing.', "Sophie Turner Laing"),
        ("Boss Henk Addink blames the low growth rate.", "Henk Addink"),
        ("However, Lord Browne rejected calls for a windfall tax.", "Lord Browne"),
        ("Theresa May told the BBC the plan was wrong.", "Theresa May"),
    ],
)
def test_a_person_by_form_and_place(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Woodhill Prison said the inmate had been moved.",
        "Anders Svensson and Matt Oakley are likely replacements.",
        "The Harry Potter series continued to be shot in the UK.",
    ],
)
def test_no_person_without_form_or_place(text: str) -> None:
    assert found(text) == []


def test_a_missed_speaker_is_named_and_stops_a_later_he() -> None:
    text = (
        "Steve Gallagher, US chief economist at SG, said the figures were decent.\n\n"
        "Parul Jain, deputy chief economist at Nomura Securities, said spending would rise. "
        '"Consumers continue to retain their strength in the first quarter," he said.'
    )
    rows = speakers(text, {"Steve Gallagher": ("gallagher", PERSON), "Nomura Securities": ("nomura", "ORG")})
    assert rows == [(None, "Consumers continue to")]


def test_a_name_in_a_list_or_a_given_name_written_as_a_word_is_no_missed_person() -> None:
    assert found("The alliance, which includes Age Concern, Mencap and the Society, said it was wrong.") == []
    assert found("Old age brings trouble, and Age Concern said so.") == []


def test_a_speech_of_a_missed_speaker_keeps_their_name() -> None:
    text = (
        'Sky showed the awards. "We are honoured to have won the rights," said Sky Networks\' Sophie '
        'Turner Laing. "Sky is the natural place to see the biggest film event of the year."'
    )
    frame = quote_rows(text, {"Sky Networks'": ("sky", "ORG"), "Sky": ("sky", "ORG")})
    assert frame == [(None, "Sophie Turner Laing"), (None, "Sophie Turner Laing")]
