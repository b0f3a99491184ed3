"""Metadata values of pages and feed records: a scalar made text, a URL and its host, a
publication date in any of the forms feeds and pages use."""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from pipelines.ingest.cleaning import normalise_space, parse_date, repair


def scalar(value: object) -> str | None:
    """A metadata value as text: strings and numbers as they are, an object by its name or
    text (``{"name": "BBC News"}``, ``{"rendered": "..."}``), a list joined with "; "."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (str, int, float)):
        return clean_value(str(value))
    if isinstance(value, dict):
        for key in ("name", "rendered", "text", "value", "title", "#text", "content", "id"):
            if key in value:
                return scalar(value[key])
        return None
    if isinstance(value, list):
        parts = [p for p in (scalar(v) for v in value) if p]
        return "; ".join(dict.fromkeys(parts)) or None
    return None


def clean_value(value: str | None) -> str | None:
    if value is None:
        return None
    value = normalise_space(repair(str(value)))
    return value or None


def url_of(value: object) -> str | None:
    text = scalar(value) if not isinstance(value, str) else clean_value(value)
    if text and re.match(r"https?://[^\s/]+", text, re.I):
        return text
    return None


def host_of(url: str | None) -> str | None:
    """The host of a URL without a leading www. (``https://www.bbc.co.uk/news`` -> bbc.co.uk)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return re.sub(r"^(?:www\d?|m|amp)\.", "", host) or None


def is_host_name(name: str, host: str | None) -> bool:
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
    text = scalar(value)
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
