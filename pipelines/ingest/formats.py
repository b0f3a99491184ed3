"""Read the articles out of a source file, whatever its format.

- ``txt`` (``*.txt``): the file is one article: scraped text, cleaned line by line
- ``html`` (``*.html``, ``*.htm``): the file is one article: main text and metadata by
  ``trafilatura``
- ``jsonl`` (``*.jsonl``, ``*.ndjson``): one article per line (a JSON object)
- ``json`` (``*.json``): a list of article objects, an object holding such a list
  (``{"articles": [...]}``), or one article object

A feed record's path is the file's path and the line the record starts on (``feed.jsonl#L12``);
when several records start on one line, their order on it follows (``feed.json#L1.2``). A
whole-file article keeps the file's path. A record that cannot be read (invalid JSON, not an
object, no text) is *quarantined* with its line, the error and its raw text; the rest load.
In a broken ``.json`` list, reading resumes at the next line that opens an element at the
indentation of the first one. An HTML page in which trafilatura finds no main text is
quarantined too, and so is an empty file, a feed record larger than ``NEWS_MAX_ARTICLE_BYTES``,
and a file that ``sources`` could not read as text (``SourceFile.error``: binary, too large,
unreadable, a symlink out of the folder).

Feed fields are matched by name, ignoring case and punctuation (``published_at``,
``publishedAt`` and ``Published-At`` are one name), in the orders of ``fields.FIELDS``; a body in
HTML (``content_html``, or markup inside a text field) is read by trafilatura. A feed
record's identity (its content hash) covers its text and its metadata fields, so the same
record in two feeds is one article; a text or HTML file's identity is the whole file.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipelines.ingest.feeds import read_json, read_jsonl
from pipelines.ingest.html import read_html
from pipelines.ingest.records import Meta, Quarantined, Record
from pipelines.ingest.sources import Format, SourceFile


def read(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    """The articles of one source file, and the records of it that could not be read. A file
    that gave no text (``file.error``: unreadable, binary, over the size cap, a symlink out of
    the folder) is quarantined whole."""
    if file.error is not None:
        return [], [Quarantined(file.source_path, file, None, file.format, file.error, file.raw)]
    readers = {Format.TXT: read_txt, Format.HTML: read_html, Format.JSONL: read_jsonl, Format.JSON: read_json}
    return readers[file.format](file)


def read_txt(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    if not file.raw.strip():
        return [], [Quarantined(file.source_path, file, None, Format.TXT, "no text in the file", file.raw)]
    return [Record(file.source_path, file, None, Format.TXT, file.raw, Meta(), file.raw)], []


def read_all(files: list[SourceFile] | Iterator[SourceFile]) -> tuple[list[Record], list[Quarantined]]:
    records: list[Record] = []
    bad: list[Quarantined] = []
    for f in files:
        found, failed = read(f)
        records.extend(found)
        bad.extend(failed)
    return records, bad
