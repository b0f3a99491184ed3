"""Feed records as articles: fields matched by name, ignoring case and punctuation, in the
orders of ``FIELDS``; the body, its dateline and the metadata with where each came from."""

from __future__ import annotations

import json
import re

from pipelines.ingest.cleaning import normalise_space
from pipelines.ingest.html import HTML_MARKUP, html_to_text
from pipelines.ingest.records import Meta, Origin, RecordError
from pipelines.ingest.values import host_of, parse_published, scalar, url_of


def field_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


# Field names, by kind, in order of preference (compared by field_key).
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


_FIELD_KEYS = {kind: tuple(dict.fromkeys(field_key(n) for n in names)) for kind, names in FIELDS.items()}


# Keys of an object that holds the list of articles, in order of preference.
LIST_KEYS = tuple(
    field_key(n)
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


def find_field(obj: dict, kind: str) -> tuple[str, object] | None:
    """The (name, value) of the record's first non-empty field of a kind."""
    by_key: dict[str, tuple[str, object]] = {}
    for name, value in obj.items():
        by_key.setdefault(field_key(str(name)), (str(name), value))
    for key in _FIELD_KEYS[kind]:
        if key in by_key and by_key[key][1] not in (None, "", [], {}):
            return by_key[key]
    return None


def _text_of(obj: dict) -> str:
    """The body text of a feed record: a text field, else an HTML field read as HTML; raises
    RecordError when there is none."""
    found = find_field(obj, "text")
    kind = "text"
    if found is None:
        found, kind = find_field(obj, "html"), "html"
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
        raise RecordError(f"the record is a JSON {json_type(obj)}, not an object")
    text = _with_dateline(_text_of(obj), find_field(obj, "dateline"))
    values: dict[str, object] = {}
    raw_values: dict[str, object] = {}
    for kind, column in (
        ("title", "title"),
        ("published", "published_at"),
        ("author", "author"),
        ("outlet", "outlet"),
        ("url", "url"),
    ):
        found = find_field(obj, kind)
        if found is None:
            continue
        raw_values[column] = found[1]
        if column == "published_at":
            value = parse_published(found[1])
        elif column == "url":
            value = url_of(found[1])
        else:
            value = scalar(found[1])
        if column == "outlet" and value and re.match(r"https?://", value, re.I):
            value = host_of(value)
        if value is not None:
            values[column] = value
    if "url" not in values:  # a feed's id or guid is often the article's URL
        for name in ("id", "guid"):
            if (url := url_of(obj.get(name))) is not None:
                values["url"] = raw_values["url"] = url
                break
    sources = {column: Origin.FEED for column in values}
    if "outlet" not in values and (host := host_of(values.get("url"))):  # type: ignore[arg-type]
        values["outlet"], sources["outlet"] = host, Origin.URL
    identity = json.dumps({"text": text, **raw_values}, sort_keys=True, ensure_ascii=False, default=str)
    return text, Meta(**values, sources=sources), identity


def json_type(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )
