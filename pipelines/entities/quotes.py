"""Direct quotations and who said them.

:func:`extract_quotes` finds quoted passages in each article and attributes each to a speaker
(:mod:`pipelines.entities.speakers`):

* **Quote marks**: straight ``"`` and curly ``“ ”``, single ``‘ ’`` (and straight ``'`` at word
  edges), paired by position rather than by shape, since scraped text mixes them (``“ ... "``).
  An apostrophe inside a word never opens or closes a quote. A quote still open at the end of
  a paragraph continues when the next paragraph opens with a quote mark (the convention for
  multi-paragraph quotes): it is one quote whose text includes the paragraph break and the
  re-opening mark. Otherwise it ends with its paragraph; a new opening mark in the same
  paragraph also ends it, and so does a double mark standing alone between spaces. A single-quoted
  passage with no double mark inside may be closed by a double closing mark after a stop or comma
  (``'It is," she said``). A straight single mark that nothing closes in its paragraph is an
  apostrophe ("rent out 'bot nets", "'em", "'03"), not a quote. Two single marks in a row
  (``''A law firm ...,'' said``, and the typewriter pair ````...''``) are one double mark.
* **Unclosed quotes** (their paragraph or the next quote's opening mark ends them) end before the
  first sentence in the narrator's words: after a sentence in the first or second person, one
  with no such word that opens with a name of the article or "His/Her/Their", or reports speech
  after a name ('"I hope it helps. Srichaphan said he would give more.'); the speech that goes on
  after that narrative keeps the quote's speaker.
* Speakers: see :mod:`pipelines.entities.speakers`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import polars as pl

from pipelines import pool
from pipelines.entities.candidates import SPEAKER_LABELS, Mention, candidates
from pipelines.entities.reporting import cues
from pipelines.entities.speakers import SpeakerFinder
from pipelines.ids import stable_id

MIN_WORDS = 3
"""Shorter quoted passages are scare quotes or titles ("prevails", "high time"), not quotes; one
that ends with a stop or comma inside its marks ('"It\'s awesome," said Hewitt.') is speech,
which is not a row but tells who speaks on."""

QUOTES_SCHEMA = {
    "quote_id": pl.String,
    "article_id": pl.String,
    "speaker_entity_id": pl.String,
    "speaker_text": pl.String,
    "cue": pl.String,
    "text": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}

DOUBLE_MARKS = '"“”„‟«»'
SINGLE_MARKS = "'‘’‚‛"
OPENING_ONLY = "“„‟«‘‚‛"
CLOSING_ONLY = "”»’"
# A paragraph break is a blank line; a single line break (a hard-wrapped line of wire copy) is
# white space inside its paragraph.
_MARK_OR_BREAK_RE = re.compile(r"[\"“”„‟«»'‘’‚‛]|\n[ \t]*\n")
_OPEN_PREV = set("([{—–-/:;") | {""}
_CLOSE_NEXT = set(".,;:!?)]}—–-…") | set(DOUBLE_MARKS) | set(SINGLE_MARKS)

_ABBREVIATIONS = set(
    "mr mrs ms dr prof st gen sen rep gov lt col capt sgt jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs inc ltd co corp jr sr u.s u.k i.e e.g".split()
)
_BOUNDARY_RE = re.compile(r"([.!?…])[\"”’'»)]*\s+(?=[\"“‘'«(\[]{0,2}[A-Z0-9])|\n[ \t]*\n\s*")


@dataclass
class _Quote:
    open_pos: int  # position of the opening mark
    start: int
    end: int
    close_pos: int  # position of the closing mark, or end of the quoted text if none
    cut_before: int = -1  # where the narrative that ended an unclosed quote ends (the next quote's mark)


_DOUBLED_RE = re.compile(r"''|``")


def _doubled_as_double(text: str) -> str:
    """The text with each pair of single marks (``''``, `````` ``) read as one double mark: the
    pair becomes a space and a ``"`` on the side of its words (`` "A law`` opening, ``law," ``
    closing), so that every position, and the text between the marks, stays where it was."""
    if "''" not in text and "``" not in text:
        return text

    def one_mark(m: re.Match) -> str:
        opens = m.group() == "``" or (m.end() < len(text) and not text[m.end()].isspace())
        return ' "' if opens else '" '

    return _DOUBLED_RE.sub(one_mark, text)


def _trimmed(text: str, open_pos: int, end: int, close_pos: int) -> _Quote | None:
    """The quote opened at open_pos and ending at end, without white space and trailing
    punctuation at its edges; None when nothing is left."""
    start = open_pos + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return _Quote(open_pos, start, end, close_pos) if end > start else None


def _reopening_mark(text: str, break_end: int, kind: str) -> int | None:
    """Position of the mark that opens the next paragraph, when it re-opens a quote of this kind
    (``"d"`` double, ``"s"`` single) still open at a paragraph break."""
    j = break_end
    while j < len(text) and text[j].isspace():
        j += 1
    nxt = text[j] if j < len(text) else ""
    same_kind = (kind == "d" and nxt in DOUBLE_MARKS) or (kind == "s" and nxt in "‘'")
    return j if nxt and same_kind and nxt not in CLOSING_ONLY else None


def _opener_closer(text: str, p: int) -> tuple[bool, bool]:
    """Whether the mark at p can open and whether it can close a quote, from its neighbours."""
    ch = text[p]
    prev = text[p - 1] if p else ""
    nxt = text[p + 1] if p + 1 < len(text) else ""
    opener = (prev == "" or prev.isspace() or prev in _OPEN_PREV) and nxt != "" and not nxt.isspace()
    closer = prev != "" and not prev.isspace() and (nxt == "" or nxt.isspace() or nxt in _CLOSE_NEXT)
    if ch in OPENING_ONLY and not nxt.isspace():
        opener, closer = True, closer and prev.isalnum()
    if ch in CLOSING_ONLY and closer:
        opener = False
    return opener, closer


def _detached(text: str, p: int) -> bool:
    """A double mark with white space on both sides ('... no other way. " The site'): it opens
    nothing, so while a quote is open it closes it (scraped text often spaces a closing mark)."""
    if text[p] not in DOUBLE_MARKS or text[p] in OPENING_ONLY:
        return False
    prev = text[p - 1] if p else ""
    nxt = text[p + 1] if p + 1 < len(text) else ""
    return prev.isspace() and (nxt == "" or nxt.isspace())


def _single_mark_opens(text: str, p: int) -> bool:
    """A single mark opens a quote only as a left mark, or a straight one after a space or
    bracket: a right single mark opens nothing (possessive plural: "allies’ group")."""
    ch = text[p]
    prev = text[p - 1] if p else ""
    if ch not in "‘'‚‛":
        return False
    return ch != "'" or prev == "" or prev.isspace() or prev in "([—–"


def _mixed_close(text: str, p: int, state: tuple[str, int]) -> bool:
    """Whether the double mark at p closes an open single-quoted passage (scraped text mixes the
    marks: "'Networks like eDonkey facilitate it," it said"): it can only close (after a stop or
    comma, before a space), and no double mark stands between the opening mark and it, so it
    closes no nested quote."""
    if state[0] != "s" or text[p] not in DOUBLE_MARKS or text[p] in OPENING_ONLY:
        return False
    opener, closer = _opener_closer(text, p)
    if not closer or opener or text[p - 1] not in ",.!?":
        return False
    return not any(ch in DOUBLE_MARKS for ch in text[state[1] + 1 : p])


def find_quote_spans(text: str, name_starts: list[int] | None = None) -> list[_Quote]:
    """Quoted passages of a text, by pairing quote marks (see the module docstring); a passage
    that no mark closes ends where its paragraph goes on in the narrator's words
    (:func:`_narrative_start`; name_starts: the sorted starts of the article's names)."""
    return [_speech_only(text, q, name_starts or []) for q in _paired_spans(text)]


def _paired_spans(text: str) -> list[_Quote]:
    found: list[_Quote | None] = []
    state: tuple[str, int] | None = None  # (kind, opening mark position)
    skip = -1
    for m in _MARK_OR_BREAK_RE.finditer(text):
        p = m.start()
        if p <= skip:
            continue
        ch = m.group()
        if ch[0] == "\n":
            if state is None:
                continue
            reopen = _reopening_mark(text, m.end(), state[0])
            if reopen is not None:
                skip = reopen  # the re-opening mark of the next paragraph of the same quote
                continue
            if not _apostrophe(text, state):
                found.append(_trimmed(text, state[1], p, p))
            state = None
            continue
        kind = "d" if ch in DOUBLE_MARKS else "s"
        if kind == "s" and p and p + 1 < len(text) and text[p - 1].isalnum() and text[p + 1].isalnum():
            continue  # apostrophe
        opener, closer = _opener_closer(text, p)
        if state is None:
            if opener and (kind == "d" or _single_mark_opens(text, p)):
                state = (kind, p)
            continue
        if kind != state[0]:
            if _mixed_close(text, p, state):
                found.append(_trimmed(text, state[1], p, p))  # "'Networks like eDonkey ... revenue," it said'
                state = None
            continue  # nested quote of the other kind
        closer = closer or _detached(text, p)
        if closer or opener:
            found.append(_trimmed(text, state[1], p, p))  # an opener: the previous quote was never closed
            state = (kind, p) if not closer else None
    if state is not None and not _apostrophe(text, state):
        found.append(_trimmed(text, state[1], len(text), len(text)))
    return [q for q in found if q is not None]


def _apostrophe(text: str, state: tuple[str, int]) -> bool:
    """Whether a passage still open at its paragraph's end was opened by a straight single mark:
    one that nothing closes in its paragraph is an apostrophe ("rent out 'bot nets", "shoot 'em
    ups", "'orrible"), not a quote."""
    return state[0] == "s" and text[state[1]] == "'"


_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|us|[Oo]urs?|[Mm]y|me|[Yy]ou|[Yy]ours?)\b")
_NARRATIVE_OPENING_RE = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet),?\s+)?"
    r"(?:(?P<possessive>(?:His|Her|Their)\s)|(?:[Tt]he\s+|(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.?\s+)?)"
)


def _speech_only(text: str, q: _Quote, name_starts: list[int]) -> _Quote:
    """The quote, ended before the first narrative sentence when no mark closes it (its paragraph
    or the next quote's opening mark ends it)."""
    if q.close_pos < len(text) and text[q.close_pos] in DOUBLE_MARKS + SINGLE_MARKS:
        opener, closer = _opener_closer(text, q.close_pos)
        if closer or not opener:
            return q
    starts = _boundaries(text, q.start, q.end)
    for prev, start, end in zip(starts, starts[1:], starts[2:] + [q.end]):
        if _narrative_start(text, prev, start, end, name_starts):
            cut = _trimmed(text, q.open_pos, start, start)
            if cut is not None:
                cut.cut_before = q.close_pos
            return cut or q
    return q


def _narrative_start(text: str, prev: int, start: int, end: int, name_starts: list[int]) -> bool:
    """Whether the sentence text[start:end] of an unclosed quote is the narrator's: it follows a
    sentence in the first or second person, has no such word itself, opens no paragraph of
    speech (no quote mark) and opens with a name of the article or "His/Her/Their", or reports
    speech after a name ('I hope it helps. Srichaphan said he would give more.')."""
    if text[start] in DOUBLE_MARKS + SINGLE_MARKS or not _FIRST_PERSON_RE.search(text, prev, start):
        return False
    if _FIRST_PERSON_RE.search(text, start, end):
        return False
    opening = _NARRATIVE_OPENING_RE.match(text, start, end)
    if opening.group("possessive") or _name_at(name_starts, opening.end(), opening.end() + 1):
        return True
    found = cues(text, start, end)
    return bool(found) and _name_at(name_starts, start, found[0].start())


def _name_at(name_starts: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(name_starts, start)
    return k < len(name_starts) and name_starts[k] < end


_END_RE = re.compile(r"[.!?]['‘’\"”]*$")


def _mask(text: str, quotes: list[_Quote]) -> str:
    """The text with quoted words replaced by 'x', for finding sentences and cues outside quotes.
    A final . ! ? is kept (with a nested quote's closing mark after it: "...: 'Not today.'"), so
    that a sentence ending inside a quote still ends, and an upper-case
    first letter stays upper case ('X'), after an opening bracket kept as it is ('"[Alastair]
    will'), so that a sentence opening with a quote still opens."""
    chars = list(text)
    for q in quotes:
        kept = _END_RE.search(text, q.start, q.end)  # the quote's final stop, and a nested quote's mark after it
        keep_from = kept.start() if kept else q.end
        first = q.start
        while first < keep_from and text[first] in "[(":  # '"[Alastair] will act': the bracket is kept
            first += 1
        for k in range(first, keep_from):
            if chars[k] != "\n":
                chars[k] = "X" if k == first and text[k].isupper() else "x"
    return "".join(chars)


def _boundaries(masked: str, start: int = 0, end: int | None = None) -> list[int]:
    """Sentence start positions between start (included) and end."""
    out = [start]
    for m in _BOUNDARY_RE.finditer(masked, start, len(masked) if end is None else end):
        if m.group(1):
            word_start = masked.rfind(" ", 0, m.start(1)) + 1
            word = masked[word_start : m.start(1)].lower().strip("(\"“'‘")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        out.append(m.end())
    return out


def _mentions_by_article(mentions: pl.DataFrame | None) -> dict[str, list[Mention]]:
    by_article: dict[str, list[Mention]] = {}
    if mentions is None or not mentions.height:
        return by_article
    cols = ["article_id", "start_char", "end_char", "label"]
    eids = mentions["entity_id"].to_list() if "entity_id" in mentions.columns else [None] * mentions.height
    for (aid, s, e, lab), eid in zip(mentions.select(cols).iter_rows(), eids):
        by_article.setdefault(str(aid), []).append(Mention(s, e, lab, eid))
    return by_article


CHUNK_ARTICLES = 128
"""Articles a worker reads at once."""


def _chunks(articles: pl.DataFrame, mentions: pl.DataFrame) -> list[list[tuple]]:
    by_article = _mentions_by_article(mentions)
    items = [
        (aid, text, by_article.get(aid, []))
        for aid, text in articles.select(pl.col("article_id").cast(pl.String), "text").iter_rows()
        if text
    ]
    return [items[start : start + CHUNK_ARTICLES] for start in range(0, len(items), CHUNK_ARTICLES)]


def _key(articles: pl.DataFrame, mentions: pl.DataFrame) -> tuple:
    """What names a call's work for :func:`pipelines.pool.ahead`: its articles (ids are unique
    within a run's frame) and how many mentions they have."""
    return ("quotes", tuple(articles.get_column("article_id").cast(pl.String).to_list()), mentions.height)


def read_ahead(articles: pl.DataFrame, mentions: pl.DataFrame) -> bool:
    """Queue the quotes of ``articles`` in the held worker pool now (while the caller's process
    does other work), for the ``extract_quotes`` call on the same articles and mentions; whether
    it was queued (not without a held pool, nor for a batch too small for workers)."""
    chunks = _chunks(articles, mentions)
    workers = pool.workers_for(sum(len(chunk) for chunk in chunks))
    return pool.ahead(_key(articles, mentions), quote_rows, chunks, workers=workers)


def extract_quotes(articles: pl.DataFrame, mentions: pl.DataFrame, *, workers: int | None = None) -> pl.DataFrame:
    """One row per direct quotation; see the module docstring and QUOTES_SCHEMA. A large batch
    is read in chunks by worker processes (:mod:`pipelines.pool`: ``workers``, default by its
    rule; the work ``read_ahead`` queued for these articles, if any)."""
    chunks = _chunks(articles, mentions)
    n_items = sum(len(chunk) for chunk in chunks)
    workers = pool.workers_for(n_items, workers)
    if workers > 1:
        results = pool.map_in_order(quote_rows, chunks, workers=workers, key=_key(articles, mentions))
    else:
        results = map(quote_rows, chunks)
    rows = [row for chunk_rows in results for row in chunk_rows]
    if not rows:
        return pl.DataFrame(schema=QUOTES_SCHEMA)
    return pl.DataFrame(rows, schema=QUOTES_SCHEMA)


def quote_rows(items: list[tuple[str, str, list[Mention]]]) -> list[dict]:
    """The quotes table's rows of (article_id, text, mentions) items."""
    return [row for aid, text, mentions in items for row in _article_quotes(aid, text, mentions)]


def _in_any(spans: list[_Quote]):
    """A test of whether a position is inside one of the (sorted) quotes."""
    starts = [q.start for q in spans]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and spans[k].start <= pos < spans[k].end

    return inside


def _article_quotes(aid: str, original: str, mentions: list[Mention]) -> list[dict]:
    text = _doubled_as_double(original)  # marks and cues are read here; quoted words from the original
    spans = find_quote_spans(text, sorted(m.start for m in mentions if m.label in SPEAKER_LABELS))
    if not spans:
        return []
    masked = _mask(text, spans)
    finder = SpeakerFinder(text, masked, _boundaries(masked), candidates(text, masked, mentions, _in_any(spans)))
    out: list[dict] = []
    resume = -1  # the opening mark of the speech that goes on after a cut quote's narrative
    for q in spans:
        resumes, resume = q.open_pos == resume, q.cut_before
        quoted = original[q.start : q.end]
        has_mark = q.close_pos < len(text) and text[q.close_pos] in DOUBLE_MARKS + SINGLE_MARKS
        close = q.close_pos + 1 if has_mark else q.end
        if len(quoted.split()) < MIN_WORDS:
            if has_mark and text[q.close_pos - 1] in ",.!?":
                finder.speaker(
                    q.start, q.open_pos, close, resumes
                )  # '"It's awesome," said Hewitt. "I ...': who speaks on
            continue
        eid, speaker_text, cue = finder.speaker(q.start, q.open_pos, close, resumes)
        out.append(
            {
                "quote_id": stable_id("quote", aid, q.start),
                "article_id": aid,
                "speaker_entity_id": eid,
                "speaker_text": speaker_text,
                "cue": cue,
                "text": quoted,
                "start_char": q.start,
                "end_char": q.end,
            }
        )
    return out
