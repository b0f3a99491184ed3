"""Turn scraped article text into body text, a title and a publication date.

Lines are judged by general rules, each with a reason that is recorded for every line it
removes, so that the cleaning can be audited and nothing is lost:

| reason | what the rule looks for |
| --- | --- |
| ``keyboard_prompt`` | key combinations (Ctrl + Enter, Alt+F4, Cmd-C) |
| ``media_notice`` | short lines about the page's player, browser or app rather than the news ("watch now", "use Chrome browser for a more accessible video player") |
| ``media_title`` | the unpunctuated title line that follows a media notice |
| ``caption`` | photo captions: lines that end in a picture credit ("Name / AFP / Getty Images", "(via REUTERS)", "Photo: AP") |
| ``teaser`` | short link lines ("More on Nato", "Read more: ...") and headline-style lines of other stories inside the body |
| ``repeated`` | a line already seen earlier in the same article |
| ``dateline`` | a line that only states the publication date |

The first line is the title when it reads as a headline: short, with no sentence-final
punctuation, and not the only paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

# --- rules -------------------------------------------------------------------------------

_KEY = r"(?:ctrl|control|alt|shift|cmd|command|option|fn|win|enter|return|esc|tab|del|delete|[a-z0-9]|f\d{1,2})"
KEYBOARD = re.compile(rf"\b(?:ctrl|control|alt|shift|cmd|command|option)\s*[+\-]\s*{_KEY}\b", re.I)

# Words that only talk about the page, player or device, never about the news ...
PAGE_WORDS = re.compile(
    r"\b(?:(?:your|a|the\s+latest|chrome|supported)\s+browser|(?:use|upgrade|update)\s+\w+\s+browser|"
    r"javascript|accept\s+cookies|video\s+player|media\s+playback|play\s+this\s+video|"
    r"click\s+here|tap\s+here|subscribe|sign\s+up|newsletter|download\s+the\s+app|"
    r"advertisement|sponsored\s+content|media\s+caption|image\s+caption|image\s+source)\b",
    re.I,
)
# ... and words that do so only in a line of a few words ("watch now", "Play video").
SHORT_UI = re.compile(r"^(?:watch|play|replay|listen|share|video|audio|gallery)\b", re.I)

# Agencies and picture desks whose names end a photo credit.
_AGENCIES = (
    r"AFP|AP|Associated\s+Press|Reuters|REUTERS|Getty(?:\s+Images)?|EPA(?:-EFE)?|PA(?:\s+Media|\s+Wire)?|"
    r"Shutterstock|Bloomberg|Alamy|Xinhua|ANSA|dpa|SOPA\s+Images|NurPhoto|Anadolu(?:\s+Agency)?|"
    r"LightRocket|Sipa(?:\s+USA)?|WireImage|TASS|Sputnik|UPI|Rex\s+Features|iStock"
)
PIPE_CREDIT = re.compile(r"\S[^|\n]{0,60}\|\s*[^|\n]{1,40}\|\s*[^|\n]{1,40}$")  # "Name | AFP | Getty Images"
AGENCY_CREDIT = re.compile(
    rf"(?:\((?:via|photo|image|picture|credit|source)?:?\s*(?:{_AGENCIES})[^)]*\)"  # "(via REUTERS)"
    rf"|(?:photo|image|picture|credit|source)\s*:\s*[^.]{{0,60}}"  # "Photo: AP"
    rf"|[|/]\s*(?:{_AGENCIES}))\s*$",  # "... / Getty Images"
    re.I,
)

HEADLINE_SEPARATOR = re.compile(r"\s[–—|-]\s")  # "Story title – Series name"
TEASER = re.compile(r"^(?:more\s+on|read\s+more|related|see\s+also|also\s+read|most\s+read|top\s+stories)\b", re.I)

_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
DATE_LABEL = re.compile(
    r"^\s*(?:date|published|posted|updated|first\s+published)\s*:?\s*"
    rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?",
    re.I,
)

_TERMINAL = ".!?\"'”’)…:;"
_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with", "from", "into"}
MISSING_SPACE = re.compile(r"(?<=[.!?][\"”’])(?=[A-Z])")


@dataclass(frozen=True)
class RemovedLine:
    line_no: int  # 1-based line number in the source text
    text: str
    reason: str


@dataclass
class CleanArticle:
    text: str
    title: str | None = None
    published_at: date | None = None
    removed: list[RemovedLine] = field(default_factory=list)


def normalise_space(line: str) -> str:
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ")
    line = MISSING_SPACE.sub(" ", line)
    return re.sub(r"\s+", " ", line).strip()


def parse_date(value: str) -> date | None:
    value = re.sub(r"\s+", " ", value.strip().replace(",", "")).rstrip(".")
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _words(line: str) -> list[str]:
    return re.findall(r"[\w'’-]+", line)


def is_headline_like(line: str, *, max_words: int = 20) -> bool:
    """Short, no sentence-final punctuation: reads as a headline rather than a sentence."""
    words = _words(line)
    return 0 < len(words) <= max_words and line[-1] not in _TERMINAL


def is_title_line(line: str) -> bool:
    """A first line that reads as a headline: short and not ended by a full stop (a headline
    may end in a question, an exclamation or a quotation)."""
    words = _words(line)
    stripped = line.rstrip("\"'”’")
    return 0 < len(words) <= 20 and bool(stripped) and stripped[-1] not in ".:;,…"


def is_title_case(line: str) -> bool:
    words = [w for w in _words(line) if w.lower() not in _SMALL_WORDS and not w.isdigit()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


def line_reason(line: str, previous_reason: str | None) -> str | None:
    """Why a (whitespace-normalised, non-empty) line is not body text, or None if it is."""
    words = _words(line)
    if KEYBOARD.search(line):
        return "keyboard_prompt"
    if PIPE_CREDIT.search(line) or AGENCY_CREDIT.search(line):
        return "caption"
    if (len(words) <= 14 and PAGE_WORDS.search(line)) or (len(words) <= 3 and SHORT_UI.search(line)):
        return "media_notice"
    if previous_reason in {"media_notice", "media_title"} and is_headline_like(line, max_words=25):
        return "media_title"
    if TEASER.match(line) and len(words) <= 12:
        return "teaser"
    if is_headline_like(line, max_words=25) and is_title_case(line) and HEADLINE_SEPARATOR.search(line):
        return "teaser"
    return None


def clean_text(raw: str) -> CleanArticle:
    """Clean one article's raw text (see the module docstring for the rules)."""
    lines = raw.splitlines()
    published: date | None = None
    kept: list[tuple[int, str]] = []
    removed: list[RemovedLine] = []
    seen: set[str] = set()
    previous_reason: str | None = None
    title: str | None = None

    first_content = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first_content is not None:
        first = normalise_space(lines[first_content])
        rest = [line for line in lines[first_content + 1 :] if line.strip()]
        next_is_blank = first_content + 1 < len(lines) and not lines[first_content + 1].strip()
        chrome = KEYBOARD.search(first) or PIPE_CREDIT.search(first) or AGENCY_CREDIT.search(first)
        if rest and next_is_blank and is_title_line(first) and len(_words(first)) >= 3 and not chrome and not DATE_LABEL.match(first):
            title = first

    for index, original in enumerate(lines):
        line_no = index + 1
        line = normalise_space(original)
        if not line:
            continue
        if title is not None and index == first_content:
            seen.add(line.casefold())
            continue
        if published is None and (m := DATE_LABEL.match(line)):
            published = parse_date(m.group("date"))
            if published is not None:
                rest_of_line = line[m.end():].strip()
                if not rest_of_line:
                    removed.append(RemovedLine(line_no, line, "dateline"))
                    continue
                # The label and date go; the rest of the line is judged on its own.
                removed.append(RemovedLine(line_no, line[: m.end()].strip(), "dateline"))
                line = rest_of_line
        key = line.casefold()
        reason = "repeated" if key in seen else line_reason(line, previous_reason)
        seen.add(key)
        if reason:
            removed.append(RemovedLine(line_no, line, reason))
        else:
            kept.append((line_no, line))
        previous_reason = reason
    return CleanArticle(
        text="\n\n".join(line for _, line in kept),
        title=title,
        published_at=published,
        removed=removed,
    )
