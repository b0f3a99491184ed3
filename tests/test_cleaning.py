"""The cleaner: each kind of web chrome is removed by a general rule and recorded.

The examples are written for these tests (not copied from the seeds), so that each rule is
shown to work on chrome it has not seen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipelines.ingest.cleaning import clean_text, recurring_lines

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


# --- Unicode repair -----------------------------------------------------------------------


def test_mojibake_is_repaired_and_quotes_are_kept() -> None:
    result = clean_text("The CafÃ© owner said â€œwe will reopenâ€\x9d on Monday.\nPrices rose 5â€“10%.")
    assert result.text == "The Café owner said “we will reopen” on Monday.\n\nPrices rose 5–10%."
    assert clean_text("Fish &amp; chips sold out.").text == "Fish & chips sold out."
    # typographic quotes and apostrophes are the text's own and stay as written
    assert clean_text("She said: “It’s over.”").text == "She said: “It’s over.”"


def test_repair_keeps_line_numbers() -> None:
    result = clean_text("Fine line one.\nNaÃ¯ve line two.\nWatch now\nLine four.")
    assert [(r.line_no, r.text) for r in result.removed] == [(3, "Watch now")]
    assert "Naïve line two." in result.text


# --- metadata lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("By Karen O'Neill", "Karen O'Neill", None),
        ("By Karen O'Neill, Port Weekly", "Karen O'Neill", "Port Weekly"),
        ("By KAREN O'NEILL", "KAREN O'NEILL", None),
        ("By Luis de la Vega and Mei Tan | Harbour Times", "Luis de la Vega; Mei Tan", "Harbour Times"),
        ("Written by Ana Costa, Economics correspondent, XYZ News", "Ana Costa", "XYZ News"),
        ("By Olu Adeyemi in Lagos", "Olu Adeyemi", None),
        ("By Olu Adeyemi, Lagos", "Olu Adeyemi", None),
        ("By Jo Park for The Valley Post", "Jo Park", "The Valley Post"),
        ("Author: Élise Martin", "Élise Martin", None),
        ("By Sam Reed, Ana Costa & J. R. Hale", "Sam Reed; Ana Costa; J. R. Hale", None),
    ],
)
def test_byline_gives_author_and_outlet(line: str, author: str, outlet: str | None) -> None:
    result = clean_text(f"{line}\n{BODY}")
    assert (result.author, result.outlet) == (author, outlet)
    assert reasons(f"{line}\n{BODY}") == {line: "byline"}
    assert result.text == BODY


@pytest.mark.parametrize(
    "line",
    [
        "By Monday the talks had stalled.",
        "By the end of the year prices had doubled",
        "By contrast, exports grew.",
        "By 2030 the plant will close.",
    ],
)
def test_sentences_opening_with_by_are_not_bylines(line: str) -> None:
    result = clean_text(f"{line}\n{BODY}")
    assert result.author is None and result.removed == []


def test_byline_is_only_looked_for_near_the_top() -> None:
    body = "\n".join(f"Paragraph {i} of the story is here." for i in range(10))
    assert clean_text(f"{body}\nBy Karen O'Neill").author is None
    assert clean_text(f"By Karen O'Neill\n{body}").author == "Karen O'Neill"


def test_source_line_gives_the_outlet() -> None:
    result = clean_text(f"{BODY}\nSource: Harbour Wire")
    assert result.outlet == "Harbour Wire"
    assert reasons(f"{BODY}\nSource: Harbour Wire") == {"Source: Harbour Wire": "source_credit"}
    # a byline's outlet comes first
    assert clean_text(f"By Mei Tan, Port Weekly\n{BODY}\nSource: Harbour Wire").outlet == "Port Weekly"


def test_url_line_gives_the_url() -> None:
    result = clean_text(f"www.portnews.example/a/b\n{BODY}\nhttps://other.example/x")
    assert result.url == "https://www.portnews.example/a/b"
    assert [r.reason for r in result.removed] == ["url", "url"]
    assert result.text == BODY


def test_known_title_is_removed_from_the_top_of_the_body() -> None:
    result = clean_text(f"Markets Rally As Inflation Cools\n{BODY}", title="Markets rally as inflation cools")
    assert result.title is None  # the caller has the title already
    assert [(r.line_no, r.reason) for r in result.removed] == [(1, "title")]
    assert result.text == BODY
    # a known title suppresses headline detection of the first line
    assert clean_text("Other words entirely here\n\nShares rose.", title="Markets rally").text.startswith("Other words")


# --- corpus evidence ------------------------------------------------------------------------


def corpus(n: int, shared: dict[str, int]) -> list[list[str]]:
    """n articles; each line of ``shared`` appears in the given number of them."""
    docs = [[f"Unique sentence number {i} about the local news."] for i in range(n)]
    for line, count in shared.items():
        for doc in docs[:count]:
            doc.append(line)
    return docs


def test_short_lines_recurring_in_enough_articles_are_chrome() -> None:
    found = recurring_lines(corpus(40, {"Follow us on Mastodon": 5, "Related topics": 4}))
    assert found == {"follow us on mastodon"}  # 5 of 40 reaches the minimum; 4 does not


def test_threshold_grows_with_the_corpus() -> None:
    # 1% of 1,000 articles is 10: a line in 6 of them is not enough
    assert recurring_lines(corpus(1000, {"Follow us on Mastodon": 6, "Sign in to comment": 10})) == {
        "sign in to comment"
    }


def test_small_corpus_keeps_its_lines() -> None:
    # four articles that all share a line: too few to call it chrome
    assert recurring_lines(corpus(4, {"Share this": 4})) == frozenset()


def test_sentences_need_a_large_share() -> None:
    quote = "“We will rebuild the harbour wall before winter,” the mayor said."
    assert recurring_lines(corpus(40, {quote: 8})) == frozenset()  # a story told by several articles
    assert recurring_lines(corpus(40, {quote: 10})) == {quote.casefold()}  # a quarter of the corpus


def test_recurring_lines_are_removed_with_their_reason() -> None:
    raw = f"Breaking News Live Coverage\n\n{BODY}\nSign in to comment\n{BODY}!"
    recurring = frozenset({"sign in to comment", "breaking news live coverage"})
    result = clean_text(raw, recurring=recurring)
    assert [(r.line_no, r.reason) for r in result.removed] == [(1, "recurring"), (4, "recurring")]
    assert result.title is None  # a recurring first line is not the headline
    assert clean_text(raw).title == "Breaking News Live Coverage"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe | AFP | Getty Images",
        "A crowd outside the court (via REUTERS)",
        "Photo: AP",
        "Smoke over the harbour / Getty Images",
        "Rescue teams at work|Reuters",
        "Talks went on | late | into the night",
        "The minister: talks (and more) will resume / soon.",
        "Profits rose 5% to £1.2bn, the firm said.",
        "one | pipe only",
    ],
)
def test_credit_prefilter_agrees_with_the_patterns(line):
    """``is_credit`` skips a pattern on a line without the characters its every match holds: the
    answer is always that of searching both patterns."""
    from pipelines.ingest.cleaning import AGENCY_CREDIT, PIPE_CREDIT, is_credit

    assert is_credit(line) == bool(PIPE_CREDIT.search(line) or AGENCY_CREDIT.search(line))


def test_white_space_runs_collapse_as_the_regex_collapsed_them() -> None:
    """``normalise_space`` and the content hash collapse white space by ``str.split``: the same
    characters as the regular expression ``\\s+`` they replaced, for every code point."""
    import re
    import sys

    from pipelines.ingest.cleaning import normalise_space
    from pipelines.ingest.records import content_hash

    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c)))
    assert all(ch.isspace() for ch in spaces) and len(spaces) == sum(chr(c).isspace() for c in range(0x110000))
    line = f"{spaces}Talks{spaces[::-1]}went  on\u3000\u2009today{spaces}"
    assert normalise_space(line) == re.sub(r"\s+", " ", line).strip() == "Talks went on today"
    assert content_hash(line) == content_hash("Talks went on today")
