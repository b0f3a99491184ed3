"""HTML pages and fragments, read by trafilatura: main text and metadata."""

from __future__ import annotations

import re

from pipelines.ingest.records import Meta, Origin, Quarantined, Record
from pipelines.ingest.sources import Format, SourceFile
from pipelines.ingest.values import clean_value, host_of, is_host_name, parse_published, url_of

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
    url = url_of(getattr(doc, "url", None))
    values: dict[str, object] = {
        "title": clean_value(getattr(doc, "title", None)),
        "published_at": parse_published(getattr(doc, "date", None)),
        "author": clean_value(getattr(doc, "author", None)),
        "url": url,
    }
    sources = {name: Origin.HTML for name, value in values.items() if value is not None}
    sitename = clean_value(getattr(doc, "sitename", None))
    host = host_of(url)
    if sitename and not is_host_name(sitename, host):
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
