"""Direct quotations and their speakers, on made-up paragraphs and on the seeds."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from pipelines.entities.quotes import extract_quotes, find_quote_spans
from pipelines.warehouse import store as warehouse
from tests.helpers import LABELLED_MENTIONS_SCHEMA


def quotes_of(text: str, people: dict[str, str]) -> list[tuple[str | None, str | None, str]]:
    """(speaker entity, cue, quote) for a text whose PERSON mentions are the keys of
    ``people`` (surface -> entity id), found at every place they occur."""
    rows = []
    for surface, eid in people.items():
        start = text.find(surface)
        while start >= 0:
            rows.append(
                {
                    "article_id": "a",
                    "entity_id": eid,
                    "text": surface,
                    "label": "PERSON",
                    "start_char": start,
                    "end_char": start + len(surface),
                }
            )
            start = text.find(surface, start + 1)
    mentions = pl.DataFrame(rows, schema=LABELLED_MENTIONS_SCHEMA)
    frame = extract_quotes(pl.DataFrame({"article_id": ["a"], "text": [text]}), mentions)
    for r in frame.iter_rows(named=True):
        assert text[r["start_char"] : r["end_char"]] == r["text"]
    return [(r["speaker_entity_id"], r["cue"], r["text"]) for r in frame.iter_rows(named=True)]


def test_speaker_after_the_quote() -> None:
    text = '"We will rebuild the bridge by spring," Anna Berg said on Monday.'
    assert quotes_of(text, {"Anna Berg": "berg"}) == [("berg", "said", "We will rebuild the bridge by spring")]


def test_said_before_the_name() -> None:
    text = '"Prices will keep rising this year," said Tom Hardy, an economist.'
    assert quotes_of(text, {"Tom Hardy": "hardy"})[0][:2] == ("hardy", "said")


def test_speaker_before_the_quote() -> None:
    text = 'Anna Berg told reporters: "The talks are over for now."'
    assert quotes_of(text, {"Anna Berg": "berg"}) == [("berg", "told", "The talks are over for now.")]


def test_pronoun_resolves_to_the_nearest_named_speaker() -> None:
    text = (
        '"The plan is ready," Anna Berg said.\n\n'
        "Tom Hardy disagreed with the plan.\n\n"
        '"It will fail within a year," he told reporters.'
    )
    found = quotes_of(text, {"Anna Berg": "berg", "Tom Hardy": "hardy"})
    assert [s for s, _, _ in found] == ["berg", "hardy"]


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = 'Anna Berg said: "We have waited long enough for this decision.\n\n"Now it is time to act on it."'
    [(speaker, cue, quote)] = quotes_of(text, {"Anna Berg": "berg"})
    assert speaker == "berg" and cue == "said"
    assert quote.startswith("We have waited") and quote.endswith("act on it.")


def test_next_paragraph_quote_without_a_cue_keeps_the_speaker() -> None:
    text = (
        '"The first phase is finished," Anna Berg said at the site.\n\n'
        '"The second phase starts in June."\n\n'
        "Tom Hardy was not convinced by the timetable at all.\n\n"
        '"Nobody believes that date any more."'
    )
    found = quotes_of(text, {"Anna Berg": "berg", "Tom Hardy": "hardy"})
    assert [s for s, _, _ in found] == ["berg", "berg", "hardy"]  # the person the sentence before is about


def test_apostrophes_and_scare_quotes_are_not_quotes() -> None:
    assert quotes_of("The allies' plan isn't 'final', officials said.", {}) == []
    spans = find_quote_spans("It's Anna's view that \u2018this is wrong\u2019 in every way.")
    assert len(spans) == 1


def test_doubled_single_marks_are_double_marks() -> None:
    text = (
        "''A law firm will put a case forward for the club,'' said club boss Roy McCreadie. "
        "''This is a big issue for us and we have an appeal pending,'' he said. "
        "``We are being kept in the dark,'' McCreadie added."
    )
    assert quotes_of(text, {"Roy McCreadie": "mccreadie", "McCreadie": "mccreadie"}) == [
        ("mccreadie", "said", "A law firm will put a case forward for the club"),
        ("mccreadie", "said", "This is a big issue for us and we have an appeal pending"),
        ("mccreadie", "added", "We are being kept in the dark"),
    ]


def test_a_single_quoted_passage_closed_by_a_double_mark_ends_there() -> None:
    text = (
        '\'Networks like eDonkey facilitate illegal filesharing," it said. "This has been a problem for a '
        'long time," said Mark Mulligan.'
    )
    found = [text[q.start : q.end] for q in find_quote_spans(text)]
    assert found == ["Networks like eDonkey facilitate illegal filesharing", "This has been a problem for a long time"]


def test_a_double_quote_nested_in_a_single_quoted_passage_does_not_close_it() -> None:
    text = "'He said \"we will win,\" and then we lost,' said Anna Berg."
    found = [text[q.start : q.end] for q in find_quote_spans(text)]
    assert found == ['He said "we will win," and then we lost']


def test_a_straight_single_mark_that_nothing_closes_in_its_paragraph_is_an_apostrophe() -> None:
    text = "Many spammers rent out 'bot nets to send junk mail.\n\nShoot 'em ups are popular."
    assert find_quote_spans(text) == []
    assert len(find_quote_spans("He called it 'a plan for all', she said.")) == 1


def test_an_unclosed_quote_ends_where_the_paragraph_goes_on_in_the_narrators_words() -> None:
    text = (
        'Srichaphan said: "I am donating my prize money to the victims. I hope it helps them. '
        "Paradorn Srichaphan said he would give more. The ATP has announced a fund.\n\nNext paragraph."
    )
    found = [text[q.start : q.end] for q in find_quote_spans(text, [text.index("Paradorn"), text.index("ATP")])]
    assert found == ["I am donating my prize money to the victims. I hope it helps them."]
    speech = 'He said: "I recall the day. It was cold. The Mirror had a short interview.\n\nNext.'
    assert [speech[q.start : q.end] for q in find_quote_spans(speech, [speech.index("Mirror")])] == [
        "I recall the day. It was cold. The Mirror had a short interview."
    ]  # a name after speech in the first person and a sentence of none: still speech


def test_the_speech_after_narrative_that_broke_into_an_unclosed_quote_keeps_its_speaker() -> None:
    text = (
        'Andy Robinson said: "I am very proud of my players. Matt Stevens had an awesome game at prop. '
        '"Josh Lewsey was awesome and the forwards stood up out there."'
    )
    found = quotes_of(text, {"Andy Robinson": "r", "Matt Stevens": "m"})
    assert [(eid, quote) for eid, _, quote in found] == [
        ("r", "I am very proud of my players."),
        ("r", "Josh Lewsey was awesome and the forwards stood up out there."),
    ]


# --- the seeds ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_quotes(seeded_warehouse: Path) -> pl.DataFrame:
    return warehouse.read(
        seeded_warehouse,
        "SELECT q.*, e.name AS speaker FROM quotes q LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id",
    )


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("All allies agree that Moscow does not have a veto", "Jens Stoltenberg"),
        ("We are moving, allies agree", "Jens Stoltenberg"),
        ("Let me be clear, Ukraine", "Jens Stoltenberg"),
        ("We are working to make the second half of this week", "Volodymyr Zelensky"),
        ("I addressed the Secretary General", "Volodymyr Zelensky"),
        ("Russia can stop this war earlier", "Volodymyr Zelensky"),
        ("serious, significant threat to our country", "Dmitry Peskov"),
        ("We are committed to supporting Ukraine", "James Cleverly"),
    ],
)
def test_seed_quotes_have_their_speakers(seed_quotes: pl.DataFrame, opening: str, speaker: str) -> None:
    rows = seed_quotes.filter(pl.col("text").str.starts_with(opening))
    assert rows.height >= 1
    assert set(rows["speaker"]) == {speaker}
