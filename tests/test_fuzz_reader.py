"""Properties of the reader and the cleaner that hold for any input: any bytes in a file of any
format give articles or quarantined records (never an exception), every file is accounted
for, and line numbers and texts point into the input."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipelines.ingest import articles, cleaning, sources

PREFIXES = [
    b"",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"<!DOCTYPE html><html><body><p>",
    b"<p>",
    b"[",
    b"{",
    b'{"text": "',
    b'[{"text": "',
    b'{"articles": [\n  {"body": "',
    b"\x00",
    b"\xff\xfe\x00\x00\x00",
]
PIECES = [
    "Big headline here",
    "\n",
    "\n\n",
    "By Jane Doe, Daily Example",
    "Watch now",
    "Ctrl + Enter",
    "Published: 5 March 2024",
    "https://example.com/a",
    "Source: Reuters",
    "The council met on Monday.",
    "Photo: AP",
    "é",
    "Ã©",
    "\u2028",
    "\x00",
    "\x1b",
    "\ufeff",
    '"',
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "<p>",
    "</p>",
    "&amp;",
    " ",
    "\t",
    "\r\n",
]
texts = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
contents = st.one_of(
    st.binary(max_size=300),
    st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=200)).map(b"".join),
    st.tuples(st.sampled_from(PREFIXES), texts, st.sampled_from(["utf-8", "utf-16-le", "cp1252"])).map(
        lambda t: t[0] + t[1].encode(t[2], errors="replace")
    ),
)
SUFFIXES = [".txt", ".html", ".json", ".jsonl"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SUFFIXES), contents), min_size=1, max_size=4))
def test_any_bytes_give_articles_or_quarantined_records(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        names = []
        for i, (suffix, data) in enumerate(files):
            names.append(f"f{i}{suffix}")
            (root / names[-1]).write_bytes(data)
        read = list(sources.read_folder(root))
        built = articles.build(read)
    assert [f.source_path for f in read] == names
    loaded = set(built.source_files["file_path"])
    quarantined = set(built.quarantined_records["file_path"])
    for name in names:
        assert name in loaded | quarantined, name
        if not name.endswith("json") and not name.endswith("jsonl"):
            assert (name in loaded) != (name in quarantined), name  # a whole-file article: one or the other
    for f in read:
        assert f.error is not None or not any(ch in f.raw for ch in "\x00\x01\x1b\x7f")
    assert set(built.removed_lines["article_id"]) <= set(built.articles["article_id"])
    assert set(built.source_files["article_id"]) <= set(built.articles["article_id"])
    assert built.removed_lines.filter(built.removed_lines["line_no"] < 1).is_empty()


@settings(max_examples=300, deadline=None)
@given(texts, st.one_of(st.none(), st.text(max_size=30)))
def test_the_cleaner_keeps_or_removes_lines_of_the_text(raw: str, title: str | None) -> None:
    lines = cleaning.prepare(raw)
    cleaned = cleaning.clean_text(raw, title=title)
    for removed in cleaned.removed:
        assert 1 <= removed.line_no <= len(lines)
        assert removed.text and removed.text in lines[removed.line_no - 1]
    assert "\n\n\n" not in cleaned.text  # paragraphs are joined by one blank line, wrapped lines by none
    kept = [line for line in cleaned.text.split("\n") if line] if cleaned.text else []
    for line_kept in kept:
        assert any(line_kept in line for line in lines)
    assert len(kept) + len({r.line_no for r in cleaned.removed}) >= sum(1 for line in lines if line)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=200),
    st.sampled_from(["utf-8", "utf-16", "utf-32"]),
)
def test_text_round_trips_through_decoding(text: str, codec: str) -> None:
    data = text.encode(codec)  # UTF-16 and UTF-32 with a byte order mark
    assume(not text.startswith("\ufeff") and sources.binary_format(data) is None)
    decoded, encoding, note = sources.decode(data)
    assert (decoded, note) == (text, None)
    assert encoding.startswith(codec)
    assert sources.remove_controls(decoded) == (text, None, None)
