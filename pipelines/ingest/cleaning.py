"""Turn scraped article text into body text and the metadata the text states.

Every line is first repaired (mis-decoded Unicode such as "CafÃ©" by ``ftfy``) and its white
space normalised. Lines are then judged by general rules, each with a reason that is recorded
for every line it removes, so that the cleaning can be audited and nothing is lost:

- ``title``: the headline: the first line when it reads as one, or the page's or record's own
  title repeated at the top of the body
- ``byline``: a credit line near the top ("By Jane Smith, Daily Example", "Written by A and B",
  "Author: ...")
- ``source_credit``: a "Source: ..." line
- ``url``: a line that is only a web address
- ``keyboard_prompt``: key combinations (Ctrl + Enter, Alt+F4, Cmd-C)
- ``media_notice``: short lines about the page's player, browser or app rather than the news
  ("watch now", "use Chrome browser for a more accessible video player")
- ``media_title``: the unpunctuated title line that follows a media notice
- ``caption``: photo captions: lines that end in a picture credit ("Name / AFP / Getty Images",
  "(via REUTERS)", "Photo: AP")
- ``teaser``: short link lines ("More on Nato", "Read more: ...") and headline-style lines of
  other stories inside the body
- ``repeated``: a line already seen earlier in the same article
- ``dateline``: a line that only states the publication date
- ``recurring``: a line that recurs verbatim in many articles of the corpus (see
  ``recurring_lines``)

The first line is the title when it reads as a headline: short, with no sentence-final
punctuation, and not the only paragraph. Bylines, "Source:" lines near the top or the end, and
the first web address give the article's author, outlet and URL.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import ftfy

from pipelines.ingest.bylines import BYLINE, parse_byline, words_of
from pipelines.ingest.dates import DATE_LABEL, parse_date
from pipelines.ingest.wraps import continued_lines
from pipelines.wordlists import PHOTO_AGENCIES, PHOTO_CREDIT_WORDS

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

PIPE_CREDIT = re.compile(r"\S[^|\n]{0,60}\|\s*[^|\n]{1,40}\|\s*[^|\n]{1,40}$")  # "Name | AFP | Getty Images"
AGENCY_CREDIT = re.compile(
    rf"(?:\((?:via|{PHOTO_CREDIT_WORDS})?:?\s*(?:{PHOTO_AGENCIES})[^)]*\)"  # "(via REUTERS)"
    rf"|(?:{PHOTO_CREDIT_WORDS})\s*:\s*[^.]{{0,60}}"  # "Photo: AP"
    rf"|[|/]\s*(?:{PHOTO_AGENCIES}))\s*$",  # "... / Getty Images"
    re.I,
)


def is_credit(line: str) -> bool:
    """A photo or agency credit line (PIPE_CREDIT or AGENCY_CREDIT). Each pattern is tried only
    on a line holding the characters any match of it holds: two pipes; a bracket, colon, pipe or
    slash (a regex search of every line is most of the cleaner's time)."""
    if line.count("|") >= 2 and PIPE_CREDIT.search(line):
        return True
    return any(ch in line for ch in "(:|/") and AGENCY_CREDIT.search(line) is not None


HEADLINE_SEPARATOR = re.compile(r"\s[–—|-]\s")  # "Story title – Series name"
TEASER = re.compile(r"^(?:more\s+on|read\s+more|related|see\s+also|also\s+read|most\s+read|top\s+stories)\b", re.I)


URL_LINE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.I)
SOURCE_LINE = re.compile(r"^sources?\s*[:|–—-]\s*(?P<outlet>\S.*?)\.?$", re.I)

HEAD_LINES = 8  # a byline is looked for in the first lines of the text ...
TAIL_LINES = 3  # ... and a "Source:" credit in those and in the last ones

# Corpus evidence: a line that recurs verbatim (ignoring case and white space) in at least
# max(RECURRING_MIN_ARTICLES, RECURRING_SHARE of the articles) is web chrome; a line that reads
# as a sentence must recur in max(SENTENCE_MIN_ARTICLES, SENTENCE_SHARE of the articles).
RECURRING_MIN_ARTICLES = 5
RECURRING_SHARE = 0.01
SENTENCE_MIN_ARTICLES = 10
SENTENCE_SHARE = 0.25

_TERMINAL = ".!?\"'”’)…:;"
_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "vs",
    "with",
    "from",
    "into",
}
MISSING_SPACE = re.compile(r"(?<=[.!?][\"”’])(?=[A-Z])")


class Removal(enum.StrEnum):
    """Why the cleaner removed a line (``removed_lines.reason``; see the module docstring)."""

    # chrome
    KEYBOARD_PROMPT = "keyboard_prompt"
    MEDIA_NOTICE = "media_notice"
    MEDIA_TITLE = "media_title"
    CAPTION = "caption"
    TEASER = "teaser"
    REPEATED = "repeated"
    RECURRING = "recurring"
    # metadata moved to its column
    TITLE = "title"
    DATELINE = "dateline"
    BYLINE = "byline"
    SOURCE_CREDIT = "source_credit"
    URL = "url"


@dataclass(frozen=True)
class RemovedLine:
    line_no: int  # 1-based line number in the source text
    text: str
    reason: Removal


@dataclass
class CleanArticle:
    text: str
    title: str | None = None
    published_at: date | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    author: str | None = None  # from a byline
    outlet: str | None = None  # from a byline or a "Source:" line
    url: str | None = None  # the first line that is only a web address


FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False)  # keep typographic quotes as written


def repair(text: str) -> str:
    """Undo mis-decoded Unicode ("CafÃ©" -> "Café", "â€“" -> "–"), HTML entities and stray
    control characters (ftfy), keeping the text's own quotation marks."""
    if text.isascii() and "&" not in text and "\x1b" not in text:
        return text  # nothing ftfy would change: mojibake needs non-ASCII characters
    return ftfy.fix_text(text, FTFY_CONFIG)


def prepare(raw: str) -> list[str]:
    """The text's lines, repaired and with white space normalised; line i is line i + 1 of
    the source (blank lines stay, as empty strings)."""
    return [normalise_space(repair(line)) for line in raw.splitlines()]


def normalise_space(line: str) -> str:
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ")
    line = MISSING_SPACE.sub(" ", line)
    return " ".join(line.split())  # runs of white space (str.isspace, as re's \s) as one space


def is_sentence(line: str) -> bool:
    """Reads as prose: more than three words and ends as a sentence or clause does."""
    stripped = line.rstrip("\"'”’»)] ")
    return len(words_of(line)) > 3 and bool(stripped) and stripped[-1] in ".!?…:"


def recurring_lines(articles: Iterable[list[str]]) -> frozenset[str]:
    """The lines (case-folded) that recur in enough of the articles to be web chrome rather
    than text. ``articles`` holds each distinct article's prepared lines (``prepare``).

    A line counts once per article. The threshold grows with the corpus (a share of it) and
    never falls below a minimum, so that a small corpus, or a story covered by a few articles
    that quote the same words, keeps its text; a line that reads as a sentence needs a much
    larger share.
    """
    counts: Counter[str] = Counter()
    n = 0
    for lines in articles:
        n += 1
        counts.update({line.casefold() for line in lines if line})
    short_min = max(RECURRING_MIN_ARTICLES, math.ceil(RECURRING_SHARE * n))
    sentence_min = max(SENTENCE_MIN_ARTICLES, math.ceil(SENTENCE_SHARE * n), short_min)
    return frozenset(
        line for line, count in counts.items() if count >= (sentence_min if is_sentence(line) else short_min)
    )


def is_headline_like(line: str, *, max_words: int = 20, words: list[str] | None = None) -> bool:
    """Short, no sentence-final punctuation: reads as a headline rather than a sentence
    (``words``: the line's ``words_of``, when the caller has them)."""
    words = words_of(line) if words is None else words
    return 0 < len(words) <= max_words and line[-1] not in _TERMINAL


def is_title_line(line: str) -> bool:
    """A first line that reads as a headline: short and not ended by a full stop (a headline
    may end in a question, an exclamation or a quotation)."""
    words = words_of(line)
    stripped = line.rstrip("\"'”’")
    return 0 < len(words) <= 20 and bool(stripped) and stripped[-1] not in ".:;,…"


def is_title_case(line: str) -> bool:
    words = [w for w in words_of(line) if w.lower() not in _SMALL_WORDS and not w.isdigit()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


def line_reason(line: str, previous_reason: Removal | None) -> Removal | None:
    """Why a (whitespace-normalised, non-empty) line is not body text, or None if it is."""
    words = words_of(line)
    if KEYBOARD.search(line):
        return Removal.KEYBOARD_PROMPT
    if is_credit(line):
        return Removal.CAPTION
    if (len(words) <= 14 and PAGE_WORDS.search(line)) or (len(words) <= 3 and SHORT_UI.search(line)):
        return Removal.MEDIA_NOTICE
    if previous_reason in {Removal.MEDIA_NOTICE, Removal.MEDIA_TITLE} and is_headline_like(
        line, max_words=25, words=words
    ):
        return Removal.MEDIA_TITLE
    if TEASER.match(line) and len(words) <= 12:
        return Removal.TEASER
    if HEADLINE_SEPARATOR.search(line) and is_headline_like(line, max_words=25, words=words) and is_title_case(line):
        return Removal.TEASER
    return None


def clean_text(raw: str, *, title: str | None = None, recurring: frozenset[str] = frozenset()) -> CleanArticle:
    """Clean one article's raw text (see the module docstring for the rules).

    ``title`` is the article's title when its page or feed record gives one: the text's first
    lines are then checked for it rather than for a headline. ``recurring`` holds the lines
    that recur across the corpus (``recurring_lines``)."""
    return clean_lines(prepare(raw), title=title, recurring=recurring, continued=continued_lines(raw))


def _title_index(lines: list[str], content: list[int], title: str | None, recurring: frozenset[str]) -> int | None:
    """The index of the line that is the title, if any."""
    if title is not None:
        key = normalise_space(title).casefold()
        return next((i for i in content[:3] if lines[i].casefold() == key), None)
    first = next((i for i in content if lines[i].casefold() not in recurring), None)
    if first is None:
        return None
    line = lines[first]
    has_rest = any(i > first for i in content)
    next_is_blank = first + 1 < len(lines) and not lines[first + 1]
    chrome = KEYBOARD.search(line) or is_credit(line) or URL_LINE.fullmatch(line)
    if (
        has_rest
        and next_is_blank
        and is_title_line(line)
        and len(words_of(line)) >= 3
        and not chrome
        and not DATE_LABEL.match(line)
        and not BYLINE.match(line)
    ):
        return first
    return None


def clean_lines(
    lines: list[str],
    *,
    title: str | None = None,
    recurring: frozenset[str] = frozenset(),
    continued: frozenset[int] = frozenset(),
) -> CleanArticle:
    """``clean_text`` on lines already prepared (``prepare``); ``continued`` are the indices of
    lines that continue the line before (``continued_lines``): kept next to it, they join it by
    one line break instead of a paragraph break."""
    content = [i for i, line in enumerate(lines) if line]
    head = set(content[:HEAD_LINES])
    tail = set(content[-TAIL_LINES:])
    title_index = _title_index(lines, content, title, recurring)
    result = CleanArticle(text="", title=lines[title_index] if title is None and title_index is not None else None)
    kept: list[tuple[int, str]] = []
    removed = result.removed
    seen: set[str] = set()
    previous_reason: Removal | None = None

    for index in content:
        line_no, line = index + 1, lines[index]
        if index == title_index:
            removed.append(RemovedLine(line_no, line, Removal.TITLE))
            seen.add(line.casefold())
            continue
        if result.published_at is None and (m := DATE_LABEL.match(line)):
            result.published_at = parse_date(m.group("date"))
            if result.published_at is not None:
                rest_of_line = line[m.end() :].strip()
                if not rest_of_line:
                    removed.append(RemovedLine(line_no, line, Removal.DATELINE))
                    continue
                # The label and date go; the rest of the line is judged on its own.
                removed.append(RemovedLine(line_no, line[: m.end()].strip(), Removal.DATELINE))
                line = rest_of_line
        key = line.casefold()
        reason: Removal | None = None
        if key in seen:
            reason = Removal.REPEATED
        elif URL_LINE.fullmatch(line):
            reason = Removal.URL
            result.url = result.url or (line if line.lower().startswith("http") else f"https://{line}")
        elif index in head and result.author is None and (byline := parse_byline(line)):
            reason = Removal.BYLINE
            result.author = byline[0]
            result.outlet = result.outlet or byline[1]
        elif (
            (m := SOURCE_LINE.match(line)) and len(words_of(m.group("outlet"))) <= 8 and m.group("outlet")[0].isupper()
        ):
            reason = Removal.SOURCE_CREDIT
            if result.outlet is None and (index in head or index in tail):
                result.outlet = m.group("outlet")
        else:
            reason = line_reason(line, previous_reason)
            if reason is None and key in recurring:
                reason = Removal.RECURRING
        seen.add(key)
        if reason:
            removed.append(RemovedLine(line_no, line, reason))
        else:
            kept.append((index, line))
        previous_reason = reason
    result.text = "".join(
        ("" if k == 0 else "\n" if index in continued and index == kept[k - 1][0] + 1 else "\n\n") + line
        for k, (index, line) in enumerate(kept)
    )
    return result
