"""The cleaner: each kind of web chrome is removed by a general rule and recorded.

The examples are written for these tests (not copied from the seeds), so that each rule is
shown to work on chrome it has not seen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipelines.cleaning import clean_text

BODY = "The minister said on Monday that talks would resume next week."


def reasons(raw: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(raw).removed}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Press Alt + F4 to close this window", "keyboard_prompt"),
        ("Select the words and hit Ctrl+C to copy them", "keyboard_prompt"),
        ("Watch now", "media_notice"),
        ("Play video", "media_notice"),
        ("Your browser does not support this video player", "media_notice"),
        ("Enable JavaScript to watch this video", "media_notice"),
        ("The president waves from the balcony. Jane Doe | Reuters | Alamy", "caption"),
        ("Firefighters at the scene (via AP)", "caption"),
        ("Crowds gather in the square. Photo: EPA", "caption"),
        ("More on Brexit", "teaser"),
        ("Read more: How the vote works", "teaser"),
        ("‘We Will Not Back Down’ – Election Night Live Special", "teaser"),
    ],
)
def test_chrome_line_is_removed_with_its_reason(line: str, reason: str) -> None:
    result = clean_text(f"{BODY}\n{line}\n{BODY.replace('Monday', 'Tuesday')}")
    assert reasons(f"{BODY}\n{line}\n{BODY.replace('Monday', 'Tuesday')}") == {line: reason}
    assert line not in result.text
    assert "Monday" in result.text and "Tuesday" in result.text


def test_line_after_a_media_notice_is_its_title() -> None:
    raw = f"{BODY}\nPlease upgrade your browser to use the video player\n'Nobody saw it coming' says the mayor\n{BODY}!"
    assert reasons(raw)["'Nobody saw it coming' says the mayor"] == "media_title"


def test_repeated_lines_are_removed_once_seen() -> None:
    raw = f"{BODY}\nA second paragraph.\n{BODY}"
    result = clean_text(raw)
    assert result.text == f"{BODY}\n\nA second paragraph."
    assert [(r.line_no, r.reason) for r in result.removed] == [(3, "repeated")]


@pytest.mark.parametrize(
    "line",
    [
        "He said he would watch the vote closely before deciding.",
        "Microsoft is working on a new version of its web browser.",
        "Barcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen",
        "The band will play at the festival in Leeds.",
        '"Watch this space," she told reporters.',
    ],
)
def test_news_sentences_are_kept(line: str) -> None:
    assert clean_text(f"{BODY}\n{line}").removed == []


def test_title_only_when_text_opens_with_a_headline() -> None:
    result = clean_text("Markets rally as inflation cools\n\nShares rose on Monday.\nBonds fell.")
    assert result.title == "Markets rally as inflation cools"
    assert result.text == "Shares rose on Monday.\n\nBonds fell."
    assert clean_text("Will rates fall again?\n\nEconomists are split.").title == "Will rates fall again?"
    # a first sentence is the lede, not a headline
    assert clean_text("Shares rose sharply on Monday.\n\nBonds fell.").title is None
    # a lone paragraph is not split into a title
    assert clean_text("Markets rally as inflation cools").title is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2023-06-01", date(2023, 6, 1)),
        ("Published: 5 March 2021", date(2021, 3, 5)),
        ("Updated Jan 7, 2024 10:15 GMT", date(2024, 1, 7)),
    ],
)
def test_stated_publication_date(line: str, expected: date) -> None:
    result = clean_text(f"{line}\n{BODY}")
    assert result.published_at == expected
    assert result.text == BODY
    assert [r.reason for r in result.removed] == ["dateline"]


def test_date_label_before_a_caption_keeps_both_rules() -> None:
    raw = f"date 2022-02-03 A soldier walks past ruins in the city. John Roe | AFP | Getty Images\n{BODY}"
    result = clean_text(raw)
    assert result.published_at == date(2022, 2, 3)
    assert [r.reason for r in result.removed] == ["dateline", "caption"]
    assert result.text == BODY


def test_whitespace_and_glued_quotes_are_normalised() -> None:
    result = clean_text("  It  was\tfine.”Then   it rained.  \n\n\n")
    assert result.text == "It was fine.” Then it rained."


def test_seed_bodies_carry_no_chrome() -> None:
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    for seed in seeds:
        result = clean_text(seed.read_text(encoding="utf-8"))
        for marker in ("Ctrl + Enter", "watch now", "Getty Images", "via REUTERS", "video player", "More on Nato"):
            assert marker.lower() not in result.text.lower(), (seed.name, marker)
        assert len(result.text.split()) > 250  # the body itself is kept
