"""Direct quotations and who said them.

:func:`extract_quotes` finds quoted passages in each article and attributes each to a speaker:

* **Quote marks**: straight ``"`` and curly ``“ ”``, single ``‘ ’`` (and straight ``'`` at word
  edges), paired by position rather than by shape, since scraped text mixes them (``“ ... "``).
  An apostrophe inside a word never opens or closes a quote. A quote still open at the end of
  a paragraph continues when the next paragraph opens with a quote mark (the convention for
  multi-paragraph quotes): it is one quote whose text includes the paragraph break and the
  re-opening mark. Otherwise it ends with its paragraph; a new opening mark in the same
  paragraph also ends it.
* **Speaker after** the quote (``"...," Mr Stoltenberg said``, ``"...," said Mr Smith``,
  ``"...," he told reporters``) is tried first, then **speaker before** it in the same sentence
  (``Zelensky said: "..."``, ``Peskov told reporters that ... "..."``): the subject nearest
  before the last reporting verb.
* A pronoun or a title ("he", "the minister") is resolved to the nearest named speaker before
  it: the speaker of an earlier quote or the first person named in an earlier sentence.
* A quote with no reporting verb of its own that opens its sentence right after another quote,
  or opens the next paragraph after it with no other person named in between (the next
  paragraph of a speech), takes that quote's speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import polars as pl

from pipelines.ids import stable_id

MIN_WORDS = 3
"""Shorter quoted passages are scare quotes or titles ("prevails", "high time"), not quotes."""

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
_MARK_OR_BREAK_RE = re.compile(r"[\"“”„‟«»'‘’‚‛]|\n")
_OPEN_PREV = set("([{—–-/:;") | {""}
_CLOSE_NEXT = set(".,;:!?)]}—–-…") | set(DOUBLE_MARKS) | set(SINGLE_MARKS)

CUE_WORDS = (
    "said says say saying told tells telling added adds adding asked asks warned warns warning "
    "stressed stresses insisted insists explained explains argued argues claimed claims noted notes "
    "wrote writes tweeted tweets posted declared declares announced announces continued continues "
    "replied replies responded responds urged urges acknowledged acknowledges admitted admits "
    "suggested suggests commented comments stated states remarked remarks confirmed confirms "
    "predicted predicts promised promises vowed vows recalled recalls conceded concedes cautioned "
    "cautions joked jokes quipped quips observed observes reiterated reiterates emphasised emphasized "
    "emphasises emphasizes maintained maintains concluded concludes countered counters retorted "
    "demanded demands described describes insisting warning adding explaining arguing"
).split()
_CUE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(set(CUE_WORDS), key=len, reverse=True)) + r"|according to)\b", re.IGNORECASE
)
_PRONOUN_RE = re.compile(r"\b(he|she|they|it)\b", re.IGNORECASE)
_PERSON_PRONOUNS = {"he", "she"}
_ROLE_NOUNS = (
    "spokesman spokeswoman spokesperson minister president secretary chancellor official officials "
    "leader chief premier mayor governor senator ambassador envoy general commander chairman "
    "chairwoman executive boss manager coach director founder analyst economist source sources "
    "head judge prosecutor lawyer officer"
).split()
_ROLE_RE = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(_ROLE_NOUNS) + r")\b")
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+$")
_SKIP_WORDS = set(
    "also later earlier yesterday today tonight then again once reportedly previously has had have "
    "was were is will would had has just recently further separately however meanwhile on in a an "
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "last this week month year statement".split()
)
_ABBREVIATIONS = set(
    "mr mrs ms dr prof st gen sen rep gov lt col capt sgt jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs inc ltd co corp jr sr u.s u.k".split()
)
_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*")
_BOUNDARY_RE = re.compile(r"([.!?…])[\"”’'»)]*\s+(?=[\"“‘'«(\[]?[A-Z0-9])|\n+")
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass
class _Quote:
    open_pos: int  # position of the opening mark
    start: int
    end: int
    close_pos: int  # position of the closing mark, or end of the quoted text if none


def find_quote_spans(text: str) -> list[_Quote]:
    """Quoted passages of a text, by pairing quote marks (see the module docstring)."""
    quotes: list[_Quote] = []
    state: tuple[str, int] | None = None  # (kind, opening mark position)
    skip = -1
    n = len(text)

    def emit(open_pos: int, end: int, close_pos: int) -> None:
        start = open_pos + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
            end -= 1
        if end > start:
            quotes.append(_Quote(open_pos, start, end, close_pos))

    for m in _MARK_OR_BREAK_RE.finditer(text):
        p = m.start()
        if p <= skip:
            continue
        ch = m.group()
        if ch == "\n":
            if state is None:
                continue
            j = m.end()
            while j < n and text[j].isspace():
                j += 1
            nxt = text[j] if j < n else ""
            kind = state[0]
            if (
                nxt
                and ((kind == "d" and nxt in DOUBLE_MARKS) or (kind == "s" and nxt in "‘'"))
                and nxt not in CLOSING_ONLY
            ):
                skip = j  # the re-opening mark of the next paragraph of the same quote
                continue
            emit(state[1], p, p)
            state = None
            continue
        prev = text[p - 1] if p else ""
        nxt = text[p + 1] if p + 1 < n else ""
        kind = "d" if ch in DOUBLE_MARKS else "s"
        if kind == "s" and prev.isalnum() and nxt.isalnum():
            continue  # apostrophe
        opener = (prev == "" or prev.isspace() or prev in _OPEN_PREV) and nxt != "" and not nxt.isspace()
        closer = prev != "" and not prev.isspace() and (nxt == "" or nxt.isspace() or nxt in _CLOSE_NEXT)
        if ch in OPENING_ONLY and not nxt.isspace():
            opener, closer = True, False if prev.isalnum() is False else closer
        if ch in CLOSING_ONLY and closer:
            opener = False
        if state is None:
            if kind == "s" and ch not in "‘'‚‛":
                continue  # a right single mark opens nothing (possessive plural: "allies’ group")
            if kind == "s" and ch == "'" and not (prev == "" or prev.isspace() or prev in "([—–"):
                continue
            if opener:
                state = (kind, p)
            continue
        if kind != state[0]:
            continue  # nested quote of the other kind
        if closer:
            emit(state[1], p, p)
            state = None
        elif opener:
            emit(state[1], p, p)  # the previous quote was never closed
            state = (kind, p)
    if state is not None:
        emit(state[1], n, n)
    return quotes


def _mask(text: str, quotes: list[_Quote]) -> str:
    """The text with quoted words replaced by 'x' (keeping a final . ! ? so that sentence ends
    after a quote are still seen), for finding sentences and cues outside quotes."""
    chars = list(text)
    for q in quotes:
        keep_last = q.end - 1 if q.end > q.start and text[q.end - 1] in ".!?" else -1
        for k in range(q.start, q.end):
            if k != keep_last and chars[k] != "\n":
                chars[k] = "x"
    return "".join(chars)


def _boundaries(masked: str) -> list[int]:
    """Sentence start positions (0 included)."""
    out = [0]
    for m in _BOUNDARY_RE.finditer(masked):
        if m.group(1):
            word_start = masked.rfind(" ", 0, m.start(1)) + 1
            word = masked[word_start : m.start(1)].lower().strip("(\"“'‘")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        out.append(m.end())
    return out


@dataclass
class _Cand:
    start: int
    end: int
    text: str
    entity_id: str | None
    kind: str  # "name", "pronoun", "role"
    label: str | None


def _speaker_from_cue(cands: list[_Cand], region_start: int, cue_start: int, masked: str) -> _Cand | None:
    before = [c for c in cands if region_start <= c.start and c.end <= cue_start]
    if not before:
        return None
    nearest = before[-1]
    gap = masked[nearest.end : cue_start]
    words = re.findall(r"[\w']+", gap.lower())
    if not words or all(w in _SKIP_WORDS for w in words) and len(words) <= 4:
        if nearest.kind == "role":  # "Kremlin spokesman Dmitry Peskov" is named just before
            named = [c for c in before if c.kind == "name" and c.label == "PERSON" and c.end <= nearest.start]
            if named and not re.search(r"[.;]", masked[named[-1].end : nearest.start]):
                return named[-1]
        return nearest
    if gap.rstrip().endswith(","):  # "Peskov, speaking in Moscow, said"
        return before[0]
    persons = [c for c in before if c.kind == "name" and c.label == "PERSON"]
    if persons:
        return persons[0]
    return nearest if len(words) <= 5 else None


def extract_quotes(articles: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """One row per direct quotation; see the module docstring and QUOTES_SCHEMA."""
    by_article: dict[str, list[tuple]] = {}
    if mentions is not None and mentions.height:
        cols = ["article_id", "start_char", "end_char", "text", "label"]
        eids = mentions["entity_id"].to_list() if "entity_id" in mentions.columns else [None] * mentions.height
        for (aid, s, e, t, lab), eid in zip(mentions.select(cols).iter_rows(), eids):
            by_article.setdefault(str(aid), []).append((s, e, t, lab, eid))
    rows: list[dict] = []
    for aid, text in articles.select(pl.col("article_id").cast(pl.String), "text").iter_rows():
        if text:
            rows.extend(_article_quotes(aid, text, by_article.get(aid, [])))
    if not rows:
        return pl.DataFrame(schema=QUOTES_SCHEMA)
    return pl.DataFrame(rows, schema=QUOTES_SCHEMA)


def _article_quotes(aid: str, text: str, mentions: list[tuple]) -> list[dict]:
    spans = find_quote_spans(text)
    if not spans:
        return []
    masked = _mask(text, spans)
    sentences = _boundaries(masked)
    inside = [(q.start, q.end) for q in spans]
    inside_starts = [a for a, _ in inside]

    def in_quote(pos: int) -> bool:
        k = bisect.bisect_right(inside_starts, pos) - 1
        return k >= 0 and inside[k][0] <= pos < inside[k][1]

    cands: list[_Cand] = []
    for s, e, _t, lab, eid in sorted(mentions, key=lambda x: x[0]):
        if lab in SPEAKER_LABELS and not in_quote(s):
            hon = _HONORIFIC_BEFORE_RE.search(text, max(0, s - 8), s)
            cands.append(_Cand(hon.start() if hon else s, e, text[hon.start() if hon else s : e], eid, "name", lab))
    for m in _PRONOUN_RE.finditer(masked):
        cands.append(_Cand(m.start(), m.end(), m.group(), None, "pronoun", None))
    for m in _ROLE_RE.finditer(masked):
        cands.append(_Cand(m.start(), m.end(), m.group(), None, "role", None))
    cands.sort(key=lambda c: (c.start, -c.end))
    cand_starts = [c.start for c in cands]

    # Antecedents for pronouns and roles: the first person named in each sentence.
    antecedents: list[tuple[int, str, str]] = []  # (position, entity_id, label)
    seen_sentence: set[int] = set()
    for c in cands:
        if c.kind == "name" and c.label == "PERSON" and c.entity_id:
            si = bisect.bisect_right(sentences, c.start) - 1
            if si not in seen_sentence:
                seen_sentence.add(si)
                antecedents.append((c.start, c.entity_id, "PERSON"))
        elif c.kind == "name" and c.entity_id and c.label in ("ORG", "GPE"):
            antecedents.append((c.start, c.entity_id, c.label))

    out: list[dict] = []
    last_speaker: tuple[int, str | None] | None = None  # (quote end, entity id)
    speakers: list[tuple[int, str]] = []  # (position, entity id) of named quote speakers

    def resolve(c: _Cand) -> str | None:
        if c.kind == "name":
            return c.entity_id
        want_person = c.kind == "role" or c.text.lower() in _PERSON_PRONOUNS
        best: tuple[int, str] | None = None
        for pos, eid, lab in reversed(antecedents):
            if pos < c.start and (lab == "PERSON") == want_person:
                best = (pos, eid)
                break
        if want_person:
            for pos, eid in reversed(speakers):
                if pos < c.start:
                    if best is None or pos > best[0]:
                        best = (pos, eid)
                    break
        return best[1] if best else None

    for q in spans:
        quoted = text[q.start : q.end]
        if len(quoted.split()) < MIN_WORDS:
            continue
        si = bisect.bisect_right(sentences, q.open_pos) - 1
        sent_start = sentences[si]
        close = (
            q.close_pos + 1 if q.close_pos < len(text) and text[q.close_pos] in DOUBLE_MARKS + SINGLE_MARKS else q.end
        )
        nj = bisect.bisect_right(sentences, close)
        sent_end = sentences[nj] if nj < len(sentences) else len(text)
        speaker: _Cand | None = None
        cue: str | None = None
        # speaker after the quote
        after = masked[close:sent_end]
        lead = re.match(r"[\s,.;:!?—–-]*", after).end()
        cm = _CUE_RE.search(after, lead)
        if cm and len(after[lead : cm.start()].split()) <= 6 and not re.search(r"[\"“”‘’]", after[lead : cm.start()]):
            a0 = close + lead
            if cm.start() == lead:  # "said Mr Smith", "according to the ministry"
                k = bisect.bisect_left(cand_starts, close + cm.end())
                if k < len(cands) and cands[k].start - (close + cm.end()) <= 40:
                    speaker = cands[k]
            else:
                speaker = _speaker_from_cue(cands, a0, close + cm.start(), masked)
            if speaker is not None:
                cue = cm.group()
        # speaker before the quote, in the same sentence
        if speaker is None and sent_start < q.open_pos:
            region = masked[sent_start : q.open_pos]
            cues = [c for c in _CUE_RE.finditer(region)]
            for cm in reversed(cues):
                word = cm.group().lower()
                if word.endswith("ing") and cm is not cues[0]:
                    continue  # "said ..., adding that": the subject is that of the main verb
                cue_start = sent_start + cm.start()
                if word == "according to":
                    k = bisect.bisect_left(cand_starts, sent_start + cm.end())
                    if k < len(cands) and cands[k].start < q.open_pos:
                        speaker = cands[k]
                else:
                    speaker = _speaker_from_cue(cands, sent_start, cue_start, masked)
                if speaker is not None:
                    cue = cm.group()
                    break
        eid = resolve(speaker) if speaker is not None else None
        speaker_text = speaker.text if speaker is not None else None
        if speaker is None and last_speaker is not None:
            # A quote with no cue of its own that follows the previous quote directly, or
            # opens the next paragraph after it with no other person named in between, is
            # the same speaker going on (the convention for a speech over paragraphs).
            opens_sentence = not masked[sent_start : q.open_pos].strip()
            between = masked[last_speaker[0] : q.open_pos]
            paragraph_start = text.rfind("\n", 0, q.open_pos) + 1
            opens_paragraph = not text[paragraph_start : q.open_pos].strip()
            other_person = any(
                c.kind == "name" and c.label == "PERSON" and c.entity_id != last_speaker[1]
                for c in cands
                if last_speaker[0] <= c.start < q.open_pos
            )
            if opens_sentence and (
                len(between.split()) <= 3
                or (opens_paragraph and len(_PARAGRAPH_BREAK_RE.findall(between)) == 1 and not other_person)
            ):
                eid = last_speaker[1]
        if eid is not None and speaker is not None:
            speakers.append((q.start, eid))
        last_speaker = (close, eid)
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
