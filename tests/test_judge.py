"""benchmarks/judge.py: the merge and story samples print what a reader needs to judge them."""

from __future__ import annotations

from datetime import date

import polars as pl

from benchmarks.judge import OPENING_CHARS, merge_sample, story_sample


def _mention(article_id: str, surface: str, title: str, text: str) -> dict:
    start = text.index(surface)
    return {
        "entity_id": "e1",
        "name": "Richard Lyng",
        "label": "PERSON",
        "surface": surface,
        "start_char": start,
        "end_char": start + len(surface),
        "title": title,
        "text": text,
        "article_id": article_id,
    }


def test_each_form_is_shown_in_another_article_and_a_link_without_the_full_name_is_marked() -> None:
    """Both forms occur in article a1 (its full name and its surname); the surname also in a2,
    which never names the full name: the sample shows the surname in a2, marked, so the reader
    sees the link across articles, not two forms of one article. The full name in the
    possessive (a3) is the full name: not marked."""
    one = "Agriculture Secretary Richard Lyng said on Monday. Lyng added that prices would rise."
    two = "Lyng told farmers in Iowa that the offer stands."
    frame = pl.DataFrame(
        [
            _mention("a1", "Richard Lyng", "USDA OFFER", one),
            {
                **_mention("a1", "Lyng", "USDA OFFER", one),
                "start_char": one.index("Lyng add"),
                "end_char": one.index("Lyng add") + 4,
            },
            _mention("a2", "Lyng", "LYNG IN IOWA", two),
            _mention("a3", "Richard Lyng's", "USDA", "It is Richard Lyng's plan."),
        ]
    )
    lines = merge_sample(frame, 1, seed=1)
    assert lines[0] == "M1. Richard Lyng (PERSON): 3 surface forms in 3 articles"
    shown = "\n".join(lines[1:])
    assert "'Lyng' in a2 [LYNG IN IOWA] (its article never names the full name)" in " ".join(shown.split())
    assert "'Richard Lyng' in a1 [USDA OFFER]:" in " ".join(shown.split())
    assert '"Richard Lyng\'s" in a3 [USDA]: It is' in " ".join(shown.split())  # the full name, possessive


def test_a_story_shows_each_member_dated_with_its_lead_and_the_originals_counted() -> None:
    lead = "TORONTO, March 2 - Four Seasons said it agreed to buy the Santa Barbara Biltmore Hotel. " * 8
    frame = pl.DataFrame(
        {
            "story_id": ["s1", "s1", "s1"],
            "story_title": ["HOTEL SOLD"] * 3,
            "article_id": ["b", "a", "c"],
            "title": ["MARRIOTT TO SELL HOTEL", "HOTEL SOLD", "HOTEL SOLD"],
            "published_at": [date(1987, 3, 2)] * 3,
            "duplicate_of": [None, None, "a"],
            "text": [lead, "Partners said they agreed\nto acquire the hotel.", "Partners said they agreed."],
        }
    )
    lines = story_sample(frame, 1, seed=1)
    assert lines[0] == "S1. HOTEL SOLD (3 articles, 2 originals)"
    text = " ".join(" ".join(lines[1:]).split())
    assert "a 1987-03-02: [HOTEL SOLD] Partners said they agreed to acquire the hotel." in text
    assert "c 1987-03-02 COPY of a:" in text
    shown = text[text.index("b 1987-03-02: [MARRIOTT TO SELL HOTEL] ") :].split("…")[0]
    assert len(shown) > 300 and len(lead) > OPENING_CHARS
