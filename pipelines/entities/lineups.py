"""People in sports line-ups: the small model gives a one-word surname in a list of players
any label ("Poole" PRODUCT, "Skivington" GPE), but the list says what it is. A name is a
player's when it stands

* in the list after a line-up heading that only players follow ("Subs Not Used: Jaidi,
  [Poole].", "Replacements: ..., Booked: ...", "Goals: Bowyer 35, [Dyer 69].", "Forwards: Nicolas
  Mas, ..."), up to the next full stop or colon; a heading the model tags as a name is no name
  (:func:`is_heading`: "[Forwards]: Nicolas Mas, ...");
* in a substitution: "[Skivington] for [Shaw] (71)", "Okocha ([Vaz Te] 77)"; a substitution the
  model spans whole ("[Wheatley for Hatley] (71)") is two players (:func:`substitution`, read by
  :mod:`coordinations` before the canonicaliser's passes);
* in a line-up: a sentence that is nothing but eight names or more of one to three capitalised
  words (maybe with particles: "CJ van der Linde", or initials: "S. Best"; two may share a place:
  "G du Toit/J Fourie"), maybe after its team's name and a colon ("Saracens: Bartholomeusz; ..."),
  between commas or semicolons, each maybe followed by brackets ("Pilkington, Talbot,
  ..., [Corden], ..., Neil (Warne 71), Barker."); not inside its brackets, which name clubs
  ("J Noon (Newcastle)") or the players coming on (the substitution test); and on its bench, a
  sentence of five such names or more right after it ("..., M Corry. A Titterrell, D Bell, S
  Borthwick, A Hazell, M Dawson, A Goode, O Smith."), and the short lists of one to five names
  that follow them whose headings the text lost ("..., Wallace.  [Moilanen], Kizys.  Berra,
  Webster.": the substitutes not used and the players booked); a line-up may open after the quote
  mark that closed the sentence before ('... goals." Newcastle: Given, Carr, ...');
* with the minute inside its span, which the model often glues to the name (:func:`minute_start`):
  in brackets ("Luis Garcia ([Nunez 73])") or in a sentence of scorers and minutes ("[Miller 1],
  McAllister 10.", "Bramble 35 og, [Mellor 38], Baros 61.").

The lists are found once per article (:func:`lists`), the other tests read a few
characters after the name, so the pass is linear."""

from __future__ import annotations

import re
from bisect import bisect_right

from pipelines.wordlists import NAME_PARTICLES

POSITION_HEADINGS = "forwards|backs|props|locks|centres|wings|halves|strikers|midfielders|defenders|goalkeepers"
"""Players' positions that head their part of a line-up ("Forwards: Nicolas Mas, ...")."""
_LIST_RE = re.compile(
    r"\b(?:subs(?:titutes)?(?:\s+not\s+used)?|replacements|not\s+used|unused|booked|sent\s+off|goals|scorers?|"
    + POSITION_HEADINGS
    + r")(?:\s*\([^()\n]{1,12}\))?\s*:([^.:;\n]*)",
    re.IGNORECASE,
)
"""A heading that only players follow (maybe with a word in brackets: "Replacements (from):"), and
its list up to the next full stop, colon or line end."""
_HEADING_HINTS = ("subs", "replacements", "used", "booked", "sent", "goals", "scorer", *POSITION_HEADINGS.split("|"))
"""Words that every heading of :data:`_LIST_RE` holds, in lower case: an article with none has no list."""
_WORD = r"[A-Z](?:[\w'’-]*|\.)"
"""A capitalised word, or an initial with a full stop ("S. Best")."""
_PARTICLE = "|".join(sorted(re.escape(p) for p in NAME_PARTICLES))
_PLAYER = rf"{_WORD}(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}{_WORD}){{0,2}}"
"""A player: one to three capitalised words, maybe with particles between ("CJ van der Linde")."""
_ITEM = rf"{_PLAYER}(?:/{_PLAYER})?(?:\s+\([^()\n]{{1,30}}\))?"
"""An item of a line-up: a player, or two sharing a place ("G du Toit/J Fourie"), maybe with brackets."""
_LINE_UP_RE = re.compile(rf"{_ITEM}(?:\s*[,;]\s*{_ITEM}){{7,}}")
"""A line-up: eight names or more between commas or semicolons, each maybe with brackets."""
_BENCH_RE = re.compile(rf"{_ITEM}(?:\s*[,;]\s*{_ITEM}){{4,}}")
"""A bench: five names or more, as a line-up writes them, in the sentence right after it."""
BENCH_SEPARATORS = 4
"""Commas and semicolons a sentence right after a line-up needs to be tried as its bench."""
_SHORT_LIST_RE = re.compile(rf"{_ITEM}(?:\s*,\s*{_ITEM}){{0,{BENCH_SEPARATORS}}}")
"""A short list of names right after a line-up or its bench, whose heading the text lost ("Subs not
used: Colgan, Dodds, Kenneth.", "Booked: Brebner."): one to five names between commas."""
_OPENING_MARKS = ": \"'“”‘’"
"""What a sentence of a list may open with: the colon of a heading, the quote mark that closed
the sentence before ('... goals." Newcastle: Given, ...')."""
_SENTENCE_RE = re.compile(r"(?:[^.\n]|(?<=\b[A-Z])\.)+")
"""A sentence: up to a full stop that ends no initial ("S. Best, Brady") or a line end."""
_TEAM_HEADING_RE = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*\s*:\s*")
"""A team's name and a colon opening its line-up ("Saracens: Bartholomeusz; ...")."""
MIN_SEPARATORS = 7
"""Commas and semicolons a sentence needs to be tried as a line-up."""
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_ON_FOR_AFTER_RE = re.compile(rf"\s+for\s+{_NAME}\s+\(\d{{1,3}}\)")
"""After the player coming on: " for Shaw (71)"."""
_OFF_AFTER_RE = re.compile(r"\s+\(\d{1,3}\)")
_MINUTE_IN_BRACKETS_RE = re.compile(r"\s+\d{1,3}\)")
"""After a replacement named in brackets with the minute: "(Vaz Te 77)"."""
_MINUTE_AFTER_RE = re.compile(r"\s+\d{1,3}(?![\d.,]\d|\d)")
"""A minute after a player's name ("Miller 1,", "Nunez 73)"; not a figure: "Revs 33.2 mln", "Toledo 3.04")."""


MAX_MINUTE = 130
"""The largest number read as a match's minute (extra time and stoppage time included)."""
_NAME_AND_NUMBER_RE = re.compile(r"(.*[^\W\d])\s+(\d{1,3})")
"""A name and a number of one to three digits after it, as one span ("Nunez 73")."""
_SCORER = rf"{_PLAYER}\s+\d{{1,3}}(?:\s+(?:pen|og))?(?:,\s*\d{{1,3}}(?:\s+(?:pen|og))?)*"
_SCORERS_RE = re.compile(rf"{_SCORER}(?:\s*,\s*{_SCORER})*")
"""A sentence of scorers, each with the minutes of their goals ("Gerrard 79 og, Drogba 107, Kezman
112", "Lita 45, 52")."""
_ITEM_BEFORE_BRACKET_RE = re.compile(rf"(?:^|[,;:.]\s*){_PLAYER}\s*\($")
"""A player item of a list and an open bracket: "..., Luis Garcia (" (not "Big Brother (Channel 4)")."""
ITEM_WINDOW = 60
"""Characters before a bracket read for the player item it follows."""
SENTENCE_WINDOW = 300
"""Characters on either side of a span read for the sentence of scorers it stands in."""


_SUBSTITUTION_RE = re.compile(rf"({_NAME}) for ({_NAME})")
"""A substitution as one span: the player coming on, "for", the player going off ("Wheatley for Hatley")."""


def substitution(span: str, text: str, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The offsets in ``span`` of the two players of a substitution the model spanned whole
    ("[Wheatley for Hatley] (71)"), when the minute follows it at ``end`` of ``text``, else None."""
    m = _SUBSTITUTION_RE.fullmatch(span) if " for " in span else None
    if m is None or not _OFF_AFTER_RE.match(text, end):
        return None
    return m.span(1), m.span(2)


def minute_start(text: str, start: int, end: int) -> int | None:
    """Where the minute starts in the span [start, end) of ``text`` when the span is a player's
    name and a minute (see the module docstring), else None."""
    m = _NAME_AND_NUMBER_RE.fullmatch(text, start, end)
    if m is None or int(m.group(2)) > MAX_MINUTE:
        return None
    if text.startswith(")", end) and _ITEM_BEFORE_BRACKET_RE.search(text, max(0, start - ITEM_WINDOW), start):
        return m.start(2)
    a, b = _sentence_start(text, start), text.find(".", end, end + SENTENCE_WINDOW)
    if a is None or b < 0 or "\n" in text[end:b]:
        return None
    return m.start(2) if _SCORERS_RE.fullmatch(text, a, b) else None


def _sentence_start(text: str, start: int) -> int | None:
    """Where the sentence (or the list after a colon) holding ``start`` begins, if within SENTENCE_WINDOW."""
    lo = max(0, start - SENTENCE_WINDOW)
    ends = [k + len(sep) for sep in (". ", ": ", "\n") if (k := text.rfind(sep, lo, start)) >= 0]
    if ends:
        return max(ends)
    return 0 if lo == 0 else None


def lists(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the lists of players of ``text`` (after a heading, or a line-up), in order."""
    spans = []
    lowered = text.lower()
    if any(hint in lowered for hint in _HEADING_HINTS):  # most articles: a few substring tests, no regex scan
        spans += [m.span(1) for m in _LIST_RE.finditer(text)]
    if text.count(",") + text.count(";") >= MIN_SEPARATORS:
        spans += _line_ups(text)
    spans.sort()
    return [a for a, _ in spans], [b for _, b in spans]


def _line_ups(text: str) -> list[tuple[int, int]]:
    """Starts and ends of the line-ups of ``text``, and of the bench right after each: a sentence
    of five names or more that only a full stop and blanks part from a line-up ("..., M Corry.
    A Titterrell, D Bell, S Borthwick, A Hazell, M Dawson, A Goode, O Smith."), and of the short
    lists of one to five names right after those ("Colgan, Dodds, Kenneth.  Brebner.")."""
    spans: list[tuple[int, int]] = []
    for sentence in _SENTENCE_RE.finditer(text):
        part = sentence.group()
        separators = part.count(",") + part.count(";")
        after_line_up = bool(spans) and not text[spans[-1][1] : sentence.start()].strip(". \n")
        if separators >= MIN_SEPARATORS or (separators >= BENCH_SEPARATORS and after_line_up):
            body = part.strip().lstrip(_OPENING_MARKS)  # a heading may lose its team's name: ": Waterreus, ..."
            heading = _TEAM_HEADING_RE.match(body)
            body = body[heading.end() :] if heading else body  # "Saracens: Bartholomeusz; ..."
            if _LINE_UP_RE.fullmatch(body) or (after_line_up and _BENCH_RE.fullmatch(body)):
                start = sentence.start() + part.index(body)
                spans.append((start, start + len(body)))
        elif after_line_up and _SHORT_LIST_RE.fullmatch(body := part.strip()):
            start = sentence.start() + part.index(body)
            spans.append((start, start + len(body)))  # "Colgan, Dodds, Kenneth." after a line-up
    return spans


_HEADING_RE = re.compile(
    rf"(?:subs(?:titutes)?|replacements|booked|goals|scorers?|{POSITION_HEADINGS})(?:\s*\([^()\n]{{1,12}}\))?\s*:",
    re.IGNORECASE,
)
"""A mention that is a line-up heading and its colon ("[Forwards]: Nicolas Mas")."""


def is_heading(text: str, start: int, end: int) -> bool:
    """The mention at [start, end) of ``text`` is a line-up heading before its colon ("[Forwards]:
    Nicolas Mas, ..."), no name."""
    return _HEADING_RE.fullmatch(text, start, text.find(":", end, end + 16) + 1 or end) is not None


TEAM_SIZES = frozenset("XI XV XIII".split())
"""Roman numerals of a side's size (football's and cricket's eleven, rugby union's fifteen, league's
thirteen), which name a line-up: "a place in the starting [XV]", "the first [XI]"."""
_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z][a-z-]*\s$")


def team_size(text: str, start: int, end: int) -> bool:
    """The mention at [start, end) is a side's size after a lower-case word ("the starting [XV]"): a
    line-up, no name; not a king's or a pope's number after his name ("Louis XV", "Benedict XV")."""
    return text[start:end] in TEAM_SIZES and _LOWER_WORD_BEFORE_RE.search(text, max(0, start - 20), start) is not None


def is_player(text: str, start: int, end: int, player_lists: tuple[list[int], list[int]]) -> bool:
    """The name at [start, end) of ``text`` is a player's in a line-up (see the module docstring);
    ``player_lists`` is :func:`lists` of ``text``."""
    if _ON_FOR_AFTER_RE.match(text, end) or (text[end - 1 : end].isdigit() and minute_start(text, start, end)):
        return True
    minute = _MINUTE_AFTER_RE.match(text, end)  # a span cut before its minute (:mod:`name_spans`): "[Miller] 1,"
    if minute is not None and minute_start(text, start, minute.end()) is not None:
        return True
    if text.endswith("for ", 0, start) and _OFF_AFTER_RE.match(text, end):
        return True
    if text[start - 1 : start] == "(" and _MINUTE_IN_BRACKETS_RE.match(text, end):
        return True
    starts, ends = player_lists
    k = bisect_right(starts, start) - 1
    if k < 0 or end > ends[k]:
        return False
    return text.rfind("(", starts[k], start) <= text.rfind(")", starts[k], start)  # not inside brackets
