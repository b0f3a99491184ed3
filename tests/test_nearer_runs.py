"""A name the model cut at an "and" is made whole from the nearest words of the run before it when the
corpus names it whole elsewhere, though the whole run goes back into the title before it (issue 11):
"Sex and the City and Will and [Grace]"."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def test_the_nearest_words_of_the_run_make_the_known_title() -> None:
    text = "It beat the likes of Sax and the Town and Wil and Gracie to the prize."
    other = ("a2", "Long-running shows Wil and Gracie won again.", [("Wil and Gracie", "WORK_OF_ART")])
    articles, mentions = corpus(("a1", text, [("Gracie", "PERSON")]), other)
    result = canonicalize(mentions, articles)
    assert result.mentions.filter(result.mentions["article_id"] == "a1")["text"].to_list() == ["Wil and Gracie"]


def test_an_unknown_shorter_run_is_not_taken() -> None:
    text = "It beat the likes of Sax and the Town and Wil and Gracie to the prize."
    articles, mentions = corpus(("a1", text, [("Gracie", "PERSON")]))
    result = canonicalize(mentions, articles)
    assert result.mentions["text"].to_list() == ["Gracie"]
