"""Dates as articles and feeds write them, and the "Date: ..." lines of scraped text."""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)


DATE_LABEL = re.compile(
    r"^\s*(?:date|published|posted|updated|first\s+published)\s*:?\s*"
    rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{MONTHS})\.?\s+\d{{4}}|(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?",
    re.I,
)


# a time of day after a written date: "15:01:01.79", "10:00 AM", "10:00:00 GMT"
_TIME_OF_DAY = re.compile(
    r"\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?(?:\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2}))?$", re.I
)


# day, month name and year joined by hyphens or slashes: "26-FEB-1987" (Reuters), "5/Mar/2024"
_JOINED_DATE = re.compile(r"^(\d{1,2})[-/]([A-Za-z]+)\.?[-/](\d{4})$")


def parse_date(value: str) -> date | None:
    """A written date, with or without a time of day (which is dropped): ``2024-03-05``,
    ``2024/03/05``, ``5 March 2024``, ``March 5, 2024``, ``26-FEB-1987 15:01:01.79``."""
    value = re.sub(r"\s+", " ", value.strip().replace(",", "")).rstrip(".")
    value = _JOINED_DATE.sub(r"\1 \2 \3", _TIME_OF_DAY.sub("", value))
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None
