"""What a source file holds once read: article records (text, metadata, identity) and the
records that could not be read, quarantined with the reason."""

from __future__ import annotations

import enum
import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from pipelines.ingest.sources import Format, SourceFile


class Origin(enum.StrEnum):
    """Where a metadata value came from (the ``*_source`` columns of the articles table)."""

    HTML = "html"  # the HTML page's metadata, read by trafilatura
    FEED = "feed"  # a field of the feed record
    TEXT = "text"  # a line of the article's own text (see removed_lines)
    URL = "url"  # the host name of the article's URL (outlet only)


@dataclass(frozen=True)
class Meta:
    """Metadata found outside the body text, each value with where it came from."""

    title: str | None = None
    published_at: date | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # field name -> FROM_*


@dataclass(frozen=True)
class Record:
    """One article as read from a source file, before cleaning."""

    source_path: str  # the file's path, or the file's path and the record's line (feed.jsonl#L12)
    file: SourceFile
    line_no: int | None  # line of the file where the record starts (feeds), else None
    format: Format
    text: str  # the raw body text, to be cleaned
    meta: Meta
    identity: str  # the text whose hash identifies the article

    @property
    def content_hash(self) -> str:
        return content_hash(self.identity)


def content_hash(raw: str) -> str:
    """sha256 of the text with Unicode and white space normalised, so that the same article
    saved twice (another file name, other line endings) hashes the same."""
    canonical = " ".join(unicodedata.normalize("NFC", raw).split())  # runs of white space as one space
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Quarantined:
    """A record that could not be read, kept with where it was and why."""

    source_path: str
    file: SourceFile
    line_no: int | None  # line of the file where the record starts (or where reading failed)
    format: Format
    error: str
    raw: str


class RecordError(ValueError):
    """A record that holds no readable article."""


def record_bytes(raw: str) -> int:
    """The size of a record's raw text in UTF-8."""
    return len(raw) if raw.isascii() else len(raw.encode("utf-8", errors="surrogatepass"))


def collect(item: Record | Quarantined, records: list[Record], bad: list[Quarantined]) -> None:
    (records if isinstance(item, Record) else bad).append(item)
