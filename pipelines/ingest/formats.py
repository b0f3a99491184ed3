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
``publishedAt`` and ``Published-At`` are one name), in the orders of ``FIELDS``; a body in
HTML (``content_html``, or markup inside a text field) is read by trafilatura. A feed
record's identity (its content hash) covers its text and its metadata fields, so the same
record in two feeds is one article; a text or HTML file's identity is the whole file.
"""

from __future__ import annotations

import bisect
import email.utils
import enum
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from pipelines import settings
from pipelines.ingest.cleaning import normalise_space, parse_date, repair
from pipelines.ingest.sources import Format, SourceFile, over_cap

# --- records -------------------------------------------------------------------------------


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
    canonical = re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw)).strip()
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


def read(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    """The articles of one source file, and the records of it that could not be read. A file
    that gave no text (``file.error``: unreadable, binary, over the size cap, a symlink out of
    the folder) is quarantined whole."""
    if file.error is not None:
        return [], [Quarantined(file.source_path, file, None, file.format, file.error, file.raw)]
    readers = {Format.TXT: read_txt, Format.HTML: read_html, Format.JSONL: read_jsonl, Format.JSON: read_json}
    return readers[file.format](file)


# --- text and HTML -------------------------------------------------------------------------


def read_txt(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    if not file.raw.strip():
        return [], [Quarantined(file.source_path, file, None, Format.TXT, "no text in the file", file.raw)]
    return [Record(file.source_path, file, None, Format.TXT, file.raw, Meta(), file.raw)], []


HTML_OPTIONS = dict(
    include_comments=False,  # readers' comments are not the article
    include_tables=False,  # table rows read as runs of cells, not as prose
    include_images=False,
    # dates from the page's metadata and markup only: the extensive search guesses a date
    # from any year in the page (a copyright line gives 1 January)
    date_extraction_params={"original_date": True, "extensive_search": False},
)


MIN_HTML_WORDS = 5  # fewer words than this is a menu or a stub, not an article


def html_document(html: str, *, with_metadata: bool = True):
    """trafilatura's reading of a page (or a fragment): main text and metadata; None when it
    finds no main text."""
    import trafilatura

    return trafilatura.bare_extraction(html, with_metadata=with_metadata, **HTML_OPTIONS)


def read_html(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    doc = html_document(file.raw)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_HTML_WORDS:
        error = "no main text found in the page" + (f" (only {text!r})" if text else "")
        return [], [Quarantined(file.source_path, file, None, Format.HTML, error, file.raw)]
    url = _url(getattr(doc, "url", None))
    values: dict[str, object] = {
        "title": _clean_value(getattr(doc, "title", None)),
        "published_at": parse_published(getattr(doc, "date", None)),
        "author": _clean_value(getattr(doc, "author", None)),
        "url": url,
    }
    sources = {name: Origin.HTML for name, value in values.items() if value is not None}
    sitename = _clean_value(getattr(doc, "sitename", None))
    host = host_of(url)
    if sitename and not _is_host_name(sitename, host):
        values["outlet"], sources["outlet"] = sitename, Origin.HTML
    elif host or sitename:
        # trafilatura falls back to the host name when the page names no site
        values["outlet"], sources["outlet"] = host or sitename.removeprefix("www."), Origin.URL
    return [Record(file.source_path, file, None, Format.HTML, text, Meta(**values, sources=sources), file.raw)], []


def html_to_text(html: str) -> str:
    """The text of an HTML fragment (a feed's HTML body): trafilatura's main text, else every
    text node of the fragment, one block a line."""
    doc = html_document(html, with_metadata=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if text:
        return text
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content().strip()


HTML_MARKUP = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|a|h[1-6]|ul|ol|li|strong|em|b|i|blockquote|figure|img)\b[^>]*>", re.I
)


# --- feeds ---------------------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


# Field names, by kind, in order of preference (compared by _key).
FIELDS: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "content_text",
        "contentText",
        "articleBody",
        "article_body",
        "article_text",
        "full_text",
        "fulltext",
        "maintext",
        "main_text",
        "body_text",
        "bodytext",
        "plain_text",
        "story",
        "article",
    ),
    "html": ("content_html", "body_html", "html", "article_html", "content:encoded", "raw_html"),
    "title": ("title", "headline", "heading", "header", "subject"),
    "url": (
        "url",
        "link",
        "canonical_url",
        "permalink",
        "web_url",
        "webUrl",
        "href",
        "article_url",
        "source_url",
        "uri",
    ),
    "published": (
        "published_at",
        "published",
        "publishedAt",
        "published_date",
        "publication_date",
        "date_published",
        "datePublished",
        "pubDate",
        "pub_date",
        "date",
        "datetime",
        "webPublicationDate",
        "first_published",
        "isoDate",
        "created_at",
        "created",
        "timestamp",
        "time",
    ),
    "author": ("author", "authors", "byline", "by", "creator", "dc:creator", "writer", "writers", "contributors"),
    # wire copy's place and date line ("PARIS, March 5 -"): printed before the first paragraph
    "dateline": ("dateline",),
    "outlet": (
        "outlet",
        "source",
        "source_name",
        "publisher",
        "publication",
        "site_name",
        "sitename",
        "site",
        "newspaper",
        "provider",
    ),
}
_FIELD_KEYS = {kind: tuple(dict.fromkeys(_key(n) for n in names)) for kind, names in FIELDS.items()}
# Keys of an object that holds the list of articles, in order of preference.
LIST_KEYS = tuple(
    _key(n)
    for n in (
        "articles",
        "items",
        "entries",
        "records",
        "results",
        "data",
        "posts",
        "stories",
        "documents",
        "docs",
        "news",
        "hits",
    )
)


def _field(obj: dict, kind: str) -> tuple[str, object] | None:
    """The (name, value) of the record's first non-empty field of a kind."""
    by_key: dict[str, tuple[str, object]] = {}
    for name, value in obj.items():
        by_key.setdefault(_key(str(name)), (str(name), value))
    for key in _FIELD_KEYS[kind]:
        if key in by_key and by_key[key][1] not in (None, "", [], {}):
            return by_key[key]
    return None


def _scalar(value: object) -> str | None:
    """A metadata value as text: strings and numbers as they are, an object by its name or
    text (``{"name": "BBC News"}``, ``{"rendered": "..."}``), a list joined with "; "."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (str, int, float)):
        return _clean_value(str(value))
    if isinstance(value, dict):
        for key in ("name", "rendered", "text", "value", "title", "#text", "content", "id"):
            if key in value:
                return _scalar(value[key])
        return None
    if isinstance(value, list):
        parts = [p for p in (_scalar(v) for v in value) if p]
        return "; ".join(dict.fromkeys(parts)) or None
    return None


def _clean_value(value: str | None) -> str | None:
    if value is None:
        return None
    value = normalise_space(repair(str(value)))
    return value or None


def _url(value: object) -> str | None:
    text = _scalar(value) if not isinstance(value, str) else _clean_value(value)
    if text and re.match(r"https?://[^\s/]+", text, re.I):
        return text
    return None


def host_of(url: str | None) -> str | None:
    """The host of a URL without a leading www. (``https://www.bbc.co.uk/news`` -> bbc.co.uk)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return re.sub(r"^(?:www\d?|m|amp)\.", "", host) or None


def _is_host_name(name: str, host: str | None) -> bool:
    name = name.lower().removeprefix("www.")
    return bool(re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", name)) or (host is not None and name == host)


def parse_published(value: object) -> date | None:
    """A publication date from a feed or page: ISO 8601 (with or without a time and offset),
    RFC 822 (``Tue, 05 Mar 2024 10:00:00 GMT``), Unix seconds or milliseconds, or a written
    date with or without a time (``5 March 2024``, Reuters' ``26-FEB-1987 15:01:01.79``). The
    date is the one written, in its own time zone."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = _scalar(value)
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}", text):
        return parse_published(int(text))
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    if m := re.match(r"(\d{4}-\d{2}-\d{2})(?:[T\s]|$)", text):
        try:
            return date.fromisoformat(m.group(1))
        except ValueError:
            return None
    return parse_date(re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", "", text, flags=re.I))


def _text_of(obj: dict) -> str:
    """The body text of a feed record: a text field, else an HTML field read as HTML; raises
    RecordError when there is none."""
    found = _field(obj, "text")
    kind = "text"
    if found is None:
        found, kind = _field(obj, "html"), "html"
    if found is None:
        names = ", ".join(FIELDS["text"][:4] + FIELDS["html"][:1])
        raise RecordError(f"no article text: the record has none of the fields {names}, ...")
    name, value = found
    if isinstance(value, dict):
        value = next((value[k] for k in ("rendered", "text", "value", "html") if isinstance(value.get(k), str)), value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "\n\n".join(value)  # a list of paragraphs
    if not isinstance(value, str):
        raise RecordError(f"field {name!r} is a {type(value).__name__}, not text")
    if kind == "html" or HTML_MARKUP.search(value):
        value = html_to_text(value)
    if not value.strip():
        raise RecordError(f"field {name!r} holds no text")
    return value


def _with_dateline(text: str, found: tuple[str, object] | None) -> str:
    """The body as the wire prints it: a record's separate dateline ("PARIS, March 5 -") opens
    the first paragraph, so the place it names is part of the article's text."""
    dateline = normalise_space(found[1]) if found is not None and isinstance(found[1], str) else ""
    if not dateline or text.lstrip().startswith(dateline):
        return text
    return f"{dateline} {text.lstrip()}"


def record_from_object(obj: object) -> tuple[str, Meta, str]:
    """(body text, metadata, identity) of a feed record; raises RecordError if unreadable."""
    if not isinstance(obj, dict):
        raise RecordError(f"the record is a JSON {_json_type(obj)}, not an object")
    text = _with_dateline(_text_of(obj), _field(obj, "dateline"))
    values: dict[str, object] = {}
    raw_values: dict[str, object] = {}
    for kind, column in (
        ("title", "title"),
        ("published", "published_at"),
        ("author", "author"),
        ("outlet", "outlet"),
        ("url", "url"),
    ):
        found = _field(obj, kind)
        if found is None:
            continue
        raw_values[column] = found[1]
        if column == "published_at":
            value = parse_published(found[1])
        elif column == "url":
            value = _url(found[1])
        else:
            value = _scalar(found[1])
        if column == "outlet" and value and re.match(r"https?://", value, re.I):
            value = host_of(value)
        if value is not None:
            values[column] = value
    if "url" not in values:  # a feed's id or guid is often the article's URL
        for name in ("id", "guid"):
            if (url := _url(obj.get(name))) is not None:
                values["url"] = raw_values["url"] = url
                break
    sources = {column: Origin.FEED for column in values}
    if "outlet" not in values and (host := host_of(values.get("url"))):  # type: ignore[arg-type]
        values["outlet"], sources["outlet"] = host, Origin.URL
    identity = json.dumps({"text": text, **raw_values}, sort_keys=True, ensure_ascii=False, default=str)
    return text, Meta(**values, sources=sources), identity


def _json_error(exc: json.JSONDecodeError, *, with_line: bool = True) -> str:
    where = f"line {exc.lineno}, column {exc.colno}" if with_line else f"column {exc.colno}"
    return f"invalid JSON: {exc.msg.removesuffix(' at')} ({where})"


def _json_type(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def read_jsonl(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    """One record a line; blank lines are skipped, and a file of none is quarantined. (Lines
    are split at \\n only: JSON strings may hold U+2028 and other characters that
    ``str.splitlines`` would split at.)"""
    if not file.raw.strip():
        return [], [Quarantined(file.source_path, file, None, Format.JSONL, "no text in the file", file.raw)]
    records: list[Record] = []
    bad: list[Quarantined] = []
    for line_no, line in enumerate(file.raw.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        path = f"{file.source_path}#L{line_no}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append(Quarantined(path, file, line_no, Format.JSONL, _json_error(exc, with_line=False), line))
            continue
        _add(_from_object(obj, path, file, line_no, Format.JSONL, line), records, bad)
    return records, bad


def _from_object(
    obj: object, path: str, file: SourceFile, line_no: int | None, format: Format, raw: str
) -> Record | Quarantined:
    """The article of one decoded feed record, or the record quarantined with the reason."""
    if (size := record_bytes(raw)) > (cap := settings.max_article_bytes()):
        return Quarantined(path, file, line_no, format, over_cap(size, cap), raw)
    try:
        text, meta, identity = record_from_object(obj)
    except RecordError as exc:
        return Quarantined(path, file, line_no, format, str(exc), raw)
    return Record(path, file, line_no, format, text, meta, identity)


def record_bytes(raw: str) -> int:
    """The size of a record's raw text in UTF-8."""
    return len(raw) if raw.isascii() else len(raw.encode("utf-8", errors="surrogatepass"))


def _add(item: Record | Quarantined, records: list[Record], bad: list[Quarantined]) -> None:
    (records if isinstance(item, Record) else bad).append(item)


# --- JSON documents: walked by position, so that each record has its line ------------------

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\n\r]*")


@dataclass
class _Item:
    start: int  # offset of the record in the document
    value: object = None
    error: str | None = None
    raw: str = ""


def _ws(text: str, pos: int) -> int:
    return _WS.match(text, pos).end()


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _resync(text: str, start: int, indent: str) -> int | None:
    """After a broken element that started at ``start``: the offset of the next line that opens
    an element at the same indentation, or None (the rest of the array is lost)."""
    m = re.compile(rf"\n{re.escape(indent)}([{{\[\"])").search(text, start)
    return m.start(1) if m else None


def _scan_array(text: str, pos: int) -> tuple[list[_Item], int, str | None]:
    """The elements of the array opening at ``pos``: (items, end offset, error). A broken
    element becomes an item with its error, and reading goes on at the next line that opens
    an element at the indentation of the first one."""
    items: list[_Item] = []
    pos = _ws(text, pos + 1)
    if text.startswith("]", pos):
        return items, pos + 1, None
    indent = text[_line_start(text, pos) : pos]
    indent = indent if not indent.strip() else ""
    while pos < len(text):
        start = pos
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            nxt = _resync(text, start, indent)
            stop = nxt if nxt is not None else len(text)
            raw = text[start:stop].rstrip()
            raw = raw[:-1].rstrip() if raw.endswith(",") else raw
            items.append(_Item(start, error=_json_error(exc), raw=raw))
            if nxt is None:
                return items, len(text), None
            pos = nxt
            continue
        items.append(_Item(start, value, raw=text[start:end]))
        pos = _ws(text, end)
        if text.startswith(",", pos):
            pos = _ws(text, pos + 1)
        elif text.startswith("]", pos):
            return items, pos + 1, None
        # anything else: a missing comma, or garbage that the next decode reports
    return items, len(text), "the array is not closed"


def _scan_object(
    text: str, pos: int, depth: int = 0
) -> tuple[dict[str, list[_Item]], int, json.JSONDecodeError | None]:
    """The arrays held by the object opening at ``pos`` (and by objects inside it, one level
    down), by key: (arrays, end offset, error). Reading stops at the first error outside an
    array; the arrays found so far are kept."""
    arrays: dict[str, list[_Item]] = {}
    pos = _ws(text, pos + 1)
    if text.startswith("}", pos):
        return arrays, pos + 1, None
    try:
        while True:
            key, pos = _DECODER.raw_decode(text, pos)
            if not isinstance(key, str):
                raise json.JSONDecodeError("Expecting property name", text, pos)
            pos = _ws(text, pos)
            if not text.startswith(":", pos):
                raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
            pos = _ws(text, pos + 1)
            if text.startswith("[", pos):
                items, pos, _ = _scan_array(text, pos)
                arrays.setdefault(key, items)
            elif text.startswith("{", pos) and depth < 1:
                inner, pos, error = _scan_object(text, pos, depth + 1)
                for inner_key, items in inner.items():
                    arrays.setdefault(f"{key}.{inner_key}", items)
                if error is not None:
                    return arrays, pos, error
            else:
                _, pos = _DECODER.raw_decode(text, pos)
            pos = _ws(text, pos)
            if text.startswith(",", pos):
                pos = _ws(text, pos + 1)
            elif text.startswith("}", pos):
                return arrays, pos + 1, None
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    except json.JSONDecodeError as exc:
        return arrays, exc.pos, exc


def _pick_array(arrays: dict[str, list[_Item]]) -> list[_Item] | None:
    """The list of articles among an object's arrays: the first under a known name
    (``articles``, ``items``, ...), else the one with the most objects in it."""
    for wanted in LIST_KEYS:
        for key, items in arrays.items():
            if _key(key.rsplit(".", 1)[-1]) == wanted and any(isinstance(i.value, dict) or i.error for i in items):
                return items
    best = max(arrays.values(), key=lambda items: sum(isinstance(i.value, dict) for i in items), default=None)
    return best if best and any(isinstance(i.value, dict) for i in best) else None


def read_json(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    text = file.raw
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(newlines, offset - 1) + 1

    def whole_file(error: str, offset: int | None = None) -> tuple[list[Record], list[Quarantined]]:
        line = line_of(offset) if offset is not None else None
        return [], [Quarantined(file.source_path, file, line, Format.JSON, error, text)]

    start = _ws(text, 0)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        document, broken = None, exc
    else:
        broken = None
    if isinstance(document, dict) and (_field(document, "text") or _field(document, "html")):
        item = _from_object(document, file.source_path, file, None, Format.JSON, text)  # one article in the file
        if isinstance(item, Quarantined):
            return whole_file(item.error, start)
        return [item], []
    if text.startswith("[", start):
        items, _, unclosed = _scan_array(text, start)
        if unclosed is not None and not any(item.error for item in items):
            items = [*items, _Item(len(text), error=f"invalid JSON: {unclosed}", raw="")]
    elif text.startswith("{", start):
        arrays, _, error = _scan_object(text, start)
        items = _pick_array(arrays)
        if items is None:
            if error is not None:
                return whole_file(_json_error(error), error.pos)
            return whole_file("no list of article records found in the JSON object", start)
        if error is not None and not any(item.error for item in items):
            # the list was read; the object around it is broken after it
            items = [*items, _Item(error.pos, error=_json_error(error), raw=text[error.pos :].strip())]
    elif broken is not None:
        return whole_file(_json_error(broken), broken.pos)
    else:
        return whole_file(f"the file holds a JSON {_json_type(document)}, not articles", start)

    records: list[Record] = []
    bad: list[Quarantined] = []
    lines = [line_of(item.start) for item in items]
    per_line: dict[int, int] = {}
    for line in lines:
        per_line[line] = per_line.get(line, 0) + 1
    seen: dict[int, int] = {}
    for item, line in zip(items, lines):
        seen[line] = seen.get(line, 0) + 1
        path = f"{file.source_path}#L{line}" + (f".{seen[line]}" if per_line[line] > 1 else "")
        if item.error is not None:
            bad.append(Quarantined(path, file, line, Format.JSON, item.error, item.raw))
            continue
        _add(_from_object(item.value, path, file, line, Format.JSON, item.raw), records, bad)
    return records, bad


def read_all(files: list[SourceFile] | Iterator[SourceFile]) -> tuple[list[Record], list[Quarantined]]:
    records: list[Record] = []
    bad: list[Quarantined] = []
    for f in files:
        found, failed = read(f)
        records.extend(found)
        bad.extend(failed)
    return records, bad
