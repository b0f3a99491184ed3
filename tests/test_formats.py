"""Reading articles out of HTML pages and JSON / JSON Lines feeds, with their metadata; a
malformed feed record is quarantined and the rest load. The pages and feeds are written here."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl
import pytest

from pipelines.ingest import articles, formats, sources
from pipelines.ingest.records import Quarantined, Record
from pipelines.ingest.values import parse_published
from tests.helpers import run_pipeline, write

T0 = datetime(2024, 1, 1, tzinfo=UTC)
T1 = datetime(2024, 2, 1, tzinfo=UTC)

PARAS = [
    "The harbour authority approved a plan on Tuesday to dredge the main channel before the summer season.",
    "Fishing crews had complained for months that falling depths made the evening tide too risky for larger boats.",
    "Work is expected to start in April and to cost far less than rebuilding the old quay, officials said.",
]


def page(*, title="Harbour channel to be dredged", meta: str = "", body: list[str] = PARAS, extra: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return (
        f"<!DOCTYPE html><html><head><title>{title} | Coastal Courier</title>{meta}</head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>'
        '<li><a href="/login">Log in</a></li></ul></nav>'
        f"<main><article><h1>{title}</h1>\n{paragraphs}\n{extra}</article></main>"
        "<footer><p>Copyright 2023 Coastal Courier Ltd. All rights reserved.</p><a href='/privacy'>Privacy</a></footer>"
        "</body></html>"
    )


FULL_META = (
    '<meta property="og:title" content="Harbour channel to be dredged">'
    '<meta name="author" content="Maria Lopez">'
    '<meta property="og:site_name" content="Coastal Courier">'
    '<meta property="article:published_time" content="2024-03-05T08:30:00+00:00">'
    '<link rel="canonical" href="https://www.coastalcourier.example/news/harbour-dredging">'
)


def read_one(root: Path, name: str) -> tuple[list[Record], list[Quarantined]]:
    return formats.read(sources.read_file(root / name, root))


# --- HTML ---------------------------------------------------------------------------------


def test_html_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    write(tmp_path, {"news/harbour.html": page(meta=FULL_META, extra="<p>Watch now</p>")})
    built = articles.build(sources.read_folder(tmp_path), now=T0)
    row = built.articles.row(0, named=True)
    assert row["source_path"] == "news/harbour.html"
    assert row["title"] == "Harbour channel to be dredged"
    assert row["published_at"] == date(2024, 3, 5)
    assert row["author"] == "Maria Lopez"
    assert row["outlet"] == "Coastal Courier"
    assert row["url"] == "https://www.coastalcourier.example/news/harbour-dredging"
    assert {row[f"{c}_source"] for c in ("title", "published_at", "author", "outlet")} == {"html"}
    assert row["text"] == "\n\n".join(PARAS)  # no menu, footer, headline or player notice
    reasons = dict(built.removed_lines.select("text", "reason").iter_rows())
    assert reasons == {"Harbour channel to be dredged": "title", "Watch now": "media_notice"}
    assert built.source_files.select("file_path", "line_no", "format").row(0) == ("news/harbour.html", None, "html")


def test_html_without_site_name_or_date_takes_the_url_host(tmp_path: Path) -> None:
    meta = '<link rel="canonical" href="https://www.coastalcourier.example/news/harbour">'
    write(tmp_path, {"a.htm": page(meta=meta)})
    row = articles.build(sources.read_folder(tmp_path)).articles.row(0, named=True)
    assert (row["outlet"], row["outlet_source"]) == ("coastalcourier.example", "url")
    # no date in the page's metadata: none is guessed from the copyright year
    assert row["published_at"] is None and row["published_at_source"] is None


def test_html_byline_in_the_text_gives_author_and_outlet(tmp_path: Path) -> None:
    body = ["By Tomasz Nowak, Valley Gazette", *PARAS]
    write(tmp_path, {"a.html": page(body=body)})
    row = articles.build(sources.read_folder(tmp_path)).articles.row(0, named=True)
    if row["author_source"] == "html":  # trafilatura may read the byline itself
        assert "Tomasz Nowak" in row["author"]
    else:
        assert (row["author"], row["author_source"]) == ("Tomasz Nowak", "text")
    assert "By Tomasz Nowak" not in row["text"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "no text in the file"),
        (b"  \n\n\t \n", "no text in the file"),
        (bytes(range(256)) * 4, "binary data, not text"),
        (b"PK\x03\x04\x00\x00 a zip archive, not an article", "ZIP archive (by its first bytes), not text"),
    ],
)
def test_empty_or_binary_text_file_is_quarantined(tmp_path: Path, content: bytes, error: str) -> None:
    records, bad = read_one(write(tmp_path, {"a.txt": content}), "a.txt")
    assert records == []
    assert [(q.source_path, q.format) for q in bad] == [("a.txt", "txt")]
    assert bad[0].error.startswith(error)


def test_text_in_a_legacy_encoding_is_not_binary(tmp_path: Path) -> None:
    records, bad = read_one(
        write(tmp_path, {"a.txt": "Caf\u00e9 prices rose \u2013 by \u00a35.".encode("cp1252")}), "a.txt"
    )
    assert bad == [] and records[0].text.startswith("Café")


def test_html_page_without_text_is_quarantined(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"empty.html": "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>"},
    )
    records, bad = read_one(tmp_path, "empty.html")
    assert records == []
    assert [(q.source_path, q.format, q.line_no) for q in bad] == [("empty.html", "html", None)]
    assert "no main text" in bad[0].error


# --- JSON Lines ---------------------------------------------------------------------------

JSONL_RECORDS = [
    {
        "headline": "Ferry timetable changes",
        "body": "Ferries will sail every two hours from Monday.\n\nThe operator blamed staff shortages.",
        "publishedAt": "2024-05-03T22:30:00-04:00",
        "author": {"name": "Ines Duarte"},
        "source": {"id": None, "name": "Island Herald"},
        "url": "https://islandherald.example/ferry",
    },
    {
        "title": "Library extends hours",
        "content_text": "The central library will open until nine on weekdays.",
        "pubDate": "Tue, 05 Mar 2024 10:00:00 GMT",
        "authors": ["Ann Lee", {"name": "Bo Chan"}],
        "link": "https://www.townnews.example/library",
    },
]


def jsonl(tmp_path: Path) -> Path:
    lines = [
        json.dumps(JSONL_RECORDS[0]),
        "",
        '{"title": "Cut off", "text": "The record ends',  # malformed: line 3
        json.dumps(["not", "an", "object"]),  # line 4
        json.dumps({"title": "No body", "url": "https://x.example/1"}),  # line 5
        json.dumps(JSONL_RECORDS[1]),  # line 6
    ]
    return write(tmp_path, {"feeds/daily.jsonl": "\n".join(lines) + "\n"})


def test_jsonl_records_load_with_field_name_variants(tmp_path: Path) -> None:
    records, _ = read_one(jsonl(tmp_path), "feeds/daily.jsonl")
    assert [(r.source_path, r.line_no) for r in records] == [("feeds/daily.jsonl#L1", 1), ("feeds/daily.jsonl#L6", 6)]
    first, second = (r.meta for r in records)
    assert first.title == "Ferry timetable changes"
    assert first.published_at == date(2024, 5, 3)  # the date as written, in its own time zone
    assert (first.author, first.outlet, first.url) == (
        "Ines Duarte",
        "Island Herald",
        "https://islandherald.example/ferry",
    )
    assert set(first.sources.values()) == {"feed"}
    assert second.published_at == date(2024, 3, 5)
    assert second.author == "Ann Lee; Bo Chan"
    assert (second.outlet, second.sources["outlet"]) == ("townnews.example", "url")
    assert records[1].text == "The central library will open until nine on weekdays."


def test_malformed_jsonl_records_are_quarantined_with_their_lines(tmp_path: Path) -> None:
    _, bad = read_one(jsonl(tmp_path), "feeds/daily.jsonl")
    assert [(q.source_path, q.line_no) for q in bad] == [
        ("feeds/daily.jsonl#L3", 3),
        ("feeds/daily.jsonl#L4", 4),
        ("feeds/daily.jsonl#L5", 5),
    ]
    assert bad[0].error.startswith("invalid JSON") and bad[0].raw == '{"title": "Cut off", "text": "The record ends'
    assert "not an object" in bad[1].error
    assert "no article text" in bad[2].error
    assert {q.format for q in bad} == {"jsonl"}


# --- JSON ---------------------------------------------------------------------------------


def test_json_list_with_a_broken_record_in_the_middle(tmp_path: Path) -> None:
    good = [
        {"title": f"Story {i}", "text": f"Story number {i} happened today.", "date": f"2024-01-0{i}"} for i in (1, 2, 3)
    ]
    text = json.dumps(good, indent=2)
    # break the second record: drop the quote that closes its text
    text = text.replace('"Story number 2 happened today."', '"Story number 2 happened today.')
    write(tmp_path, {"list.json": text})
    records, bad = read_one(tmp_path, "list.json")
    lines = text.split("\n")
    starts = [i + 1 for i, line in enumerate(lines) if line == "  {"]
    assert [r.source_path for r in records] == [f"list.json#L{starts[0]}", f"list.json#L{starts[2]}"]
    assert [r.meta.title for r in records] == ["Story 1", "Story 3"]
    assert [r.meta.published_at for r in records] == [date(2024, 1, 1), date(2024, 1, 3)]
    [q] = bad
    assert (q.source_path, q.line_no, q.format) == (f"list.json#L{starts[1]}", starts[1], "json")
    assert q.error.startswith("invalid JSON") and '"Story 2"' in q.raw and "Story 3" not in q.raw


def test_json_object_holding_a_list_and_html_bodies(tmp_path: Path) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Valley Gazette",
        "items": [
            {
                "id": "https://valleygazette.example/2024/bridge",
                "title": "Bridge reopens",
                "content_html": "<p>The old bridge reopened on Friday.</p><p>Traffic was light.</p>",
                "date_published": "2024-06-07T07:00:00Z",
                "authors": [{"name": "Sam Okafor"}],
            },
            {"id": "2", "title": 42},  # no text
        ],
    }
    write(tmp_path, {"gazette.json": json.dumps(feed, indent=1)})
    records, bad = read_one(tmp_path, "gazette.json")
    [record] = records
    assert record.text.split("\n") == ["The old bridge reopened on Friday.", "Traffic was light."]
    assert record.meta.url == "https://valleygazette.example/2024/bridge"  # the id is the URL
    assert (record.meta.author, record.meta.published_at) == ("Sam Okafor", date(2024, 6, 7))
    assert [q.error.split(":")[0] for q in bad] == ["no article text"]


def test_json_records_on_one_line_get_distinct_paths(tmp_path: Path) -> None:
    feed = {"status": "ok", "articles": [{"text": "First short story."}, {"text": "Second short story."}]}
    write(tmp_path, {"compact.json": json.dumps(feed)})
    records, bad = read_one(tmp_path, "compact.json")
    assert [r.source_path for r in records] == ["compact.json#L1.1", "compact.json#L1.2"] and bad == []


def test_json_single_article_and_broken_file(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "one.json": json.dumps({"title": "Solo", "body": "Just one story here."}),
            "bad.json": '{"articles": [\n  {"text": "x"}\n  oops\n',
        },
    )
    records, bad = read_one(tmp_path, "one.json")
    assert [(r.source_path, r.meta.title) for r in records] == [("one.json", "Solo")] and bad == []
    records, bad = read_one(tmp_path, "bad.json")
    assert [r.text for r in records] == ["x"]
    assert [q.file.source_path for q in bad] == ["bad.json"] and bad[0].line_no == 3


def test_feed_records_over_the_size_cap_are_quarantined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_MAX_ARTICLE_BYTES", "100")
    small, big = {"text": "A short story."}, {"text": "A long story. " * 10}
    size = len(json.dumps(big))
    write(
        tmp_path,
        {
            "feed.jsonl": f"{json.dumps(small)}\n{json.dumps(big)}\n",
            "feed.json": f"[\n{json.dumps(small)},\n{json.dumps(big)}\n]\n",
        },
    )
    for name, line in (("feed.jsonl", 2), ("feed.json", 3)):
        records, bad = read_one(tmp_path, name)
        assert [r.text for r in records] == ["A short story."]
        assert [(q.line_no, q.error) for q in bad] == [
            (line, f"{size:,} bytes: over the cap of 100 bytes per article (NEWS_MAX_ARTICLE_BYTES)")
        ]


def test_json_that_holds_no_articles_is_quarantined(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "settings.json": json.dumps({"theme": "dark", "size": 3}),
            "number.json": "42",
            "empty.json": "[]",
            "empty_feed.json": json.dumps({"articles": []}),
        },
    )
    for name in ("settings.json", "number.json", "empty.json", "empty_feed.json"):
        records, [q] = read_one(tmp_path, name)
        assert records == [] and q.source_path == name


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05T23:30:00-05:00", date(2024, 3, 5)),
        ("2024-03-05T10:00:00.123Z", date(2024, 3, 5)),
        ("2024-03-05 10:00:00 UTC", date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 10:00:00 GMT", date(2024, 3, 5)),
        ("5 March 2024", date(2024, 3, 5)),
        ("March 5, 2024", date(2024, 3, 5)),
        (1709632800, date(2024, 3, 5)),
        (1709632800000, date(2024, 3, 5)),
        ("yesterday", None),
        (None, None),
    ],
)
def test_publication_dates(value: object, expected: date | None) -> None:
    assert parse_published(value) == expected


# --- a folder of every format ---------------------------------------------------------------


def test_folder_of_mixed_formats_and_duplicates(tmp_path: Path) -> None:
    jsonl(tmp_path)
    write(
        tmp_path,
        {
            "page.html": page(meta=FULL_META),
            "copy.json": json.dumps({"items": [JSONL_RECORDS[1]]}, indent=2),  # the same record again
            "plain.txt": (
                "Council backs new cycle lanes\n\nBy Priya Shah | Metro Daily\n\n"
                "Councillors voted 30 to 12 on Monday.\n\nSource: Metro Daily"
            ),
        },
    )
    built = articles.build(sources.read_folder(tmp_path), now=T0)
    assert built.articles.height == 4  # the feed record and its copy are one article
    assert built.source_files.height == 5
    assert sorted(built.source_files["format"].unique()) == ["html", "json", "jsonl", "txt"]
    copies = built.source_files.filter(pl.col("source_path").is_in(["feeds/daily.jsonl#L6", "copy.json#L3"]))
    assert copies["article_id"].n_unique() == 1 and copies.height == 2
    assert built.quarantined_records["source_path"].to_list() == [
        "feeds/daily.jsonl#L3",
        "feeds/daily.jsonl#L4",
        "feeds/daily.jsonl#L5",
    ]
    plain = built.articles.filter(pl.col("source_path") == "plain.txt").row(0, named=True)
    assert (plain["title"], plain["author"], plain["outlet"]) == (
        "Council backs new cycle lanes",
        "Priya Shah",
        "Metro Daily",
    )
    assert (plain["title_source"], plain["author_source"], plain["outlet_source"]) == ("text", "text", "text")
    assert plain["text"] == "Councillors voted 30 to 12 on Monday."
    removed = built.removed_lines.join(built.articles.select("article_id", "source_path"), on="article_id")
    assert set(removed.filter(pl.col("source_path") == "plain.txt")["reason"]) == {"title", "byline", "source_credit"}


def test_changed_feed_replaces_exactly_its_articles(tmp_path: Path) -> None:
    def feed(*texts: str) -> str:
        return "\n".join(json.dumps({"title": f"T{i}", "text": t}) for i, t in enumerate(texts)) + "\n"

    write(
        tmp_path,
        {
            "a.jsonl": feed("Alpha story.", "Beta story.", "Gamma story."),
            "b.jsonl": feed("Delta story."),
            "c.txt": "Epsilon story.",
        },
    )
    prior = articles.build(sources.read_folder(tmp_path), now=T0)
    # a.jsonl loses its first record (the others move up a line) and edits its last one;
    # b.jsonl is deleted
    write(
        tmp_path,
        {
            "a.jsonl": feed("Beta story.", "Gamma story, corrected.")
            .replace('"T0"', '"T1"', 1)
            .replace('"T1", "text": "Gamma', '"T2", "text": "Gamma')
        },
    )
    (tmp_path / "b.jsonl").unlink()
    current = articles.build(sources.read_folder(tmp_path), now=T1)
    merged = articles.reconcile(current.articles, prior.articles, current.source_files, prior.source_files, now=T1)
    by_text = {r["text"]: r for r in merged.iter_rows(named=True)}
    assert set(by_text) == {"Beta story.", "Gamma story, corrected.", "Delta story.", "Epsilon story."}
    assert by_text["Beta story."]["ingested_at"] == T0  # same record, now on another line
    assert by_text["Beta story."]["removed_at"] is None
    assert by_text["Gamma story, corrected."]["ingested_at"] == T1
    assert by_text["Delta story."]["removed_at"] == T1  # its file is gone: kept, marked
    assert by_text["Epsilon story."]["ingested_at"] == T0


def test_feed_whose_records_all_break_replaces_its_articles(tmp_path: Path) -> None:
    write(tmp_path, {"a.jsonl": json.dumps({"text": "Only story."}) + "\n"})
    prior = articles.build(sources.read_folder(tmp_path), now=T0)
    write(tmp_path, {"a.jsonl": '{"text": "Only story.\n'})
    current = articles.build(sources.read_folder(tmp_path), now=T1)
    assert current.quarantined_records.height == 1
    live = current.quarantined_records["file_path"]
    merged = articles.reconcile(
        current.articles, prior.articles, current.source_files, prior.source_files, now=T1, other_live_files=live
    )
    assert merged.is_empty()


def test_pipeline_loads_a_folder_of_html_and_jsonl(tmp_path: Path) -> None:
    from pipelines.warehouse import store as warehouse

    source = jsonl(tmp_path / "source")
    write(source, {"page.html": page(meta=FULL_META)})
    path = tmp_path / "news.duckdb"
    assert run_pipeline(source, path).success
    rows = warehouse.read(path, "SELECT source_path, title, outlet, outlet_source FROM articles ORDER BY source_path")
    assert rows.rows() == [
        ("feeds/daily.jsonl#L1", "Ferry timetable changes", "Island Herald", "feed"),
        ("feeds/daily.jsonl#L6", "Library extends hours", "townnews.example", "url"),
        ("page.html", "Harbour channel to be dredged", "Coastal Courier", "html"),
    ]
    files = warehouse.read(
        path, "SELECT source_path, file_path, line_no, format FROM source_files ORDER BY source_path"
    )
    assert files.rows()[0] == ("feeds/daily.jsonl#L1", "feeds/daily.jsonl", 1, "jsonl")
    quarantined = warehouse.read(path, "SELECT source_path, line_no, format FROM quarantined_records ORDER BY line_no")
    assert quarantined.rows() == [
        ("feeds/daily.jsonl#L3", 3, "jsonl"),
        ("feeds/daily.jsonl#L4", 4, "jsonl"),
        ("feeds/daily.jsonl#L5", 5, "jsonl"),
    ]


def test_an_empty_feed_is_quarantined(tmp_path: Path) -> None:
    for name in ("empty.jsonl", "blank.jsonl", "empty.json"):
        write(tmp_path, {name: "" if name.startswith("empty") else "\n  \n"})
        records, bad = read_one(tmp_path, name)
        assert records == [] and [q.source_path for q in bad] == [name]
