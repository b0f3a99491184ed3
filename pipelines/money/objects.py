"""What an amount is for ("military aid", "army contract", "fine", "quarterly sales"), read
from the dependency parse of the stretch of sentence around it, like GDELT's amount object.

The parse is the costly part of the money engine, so it is kept small:

* an amount only gets a parse when the words next to it could make an object under one
  of the rules below (``reach``): many figures in news ("up 4%, at $3m, while...") have
  none, and are not parsed at all;
* a restatement ("€65bn (£57bn) of aid") takes the object of the amount it restates;
* a suffix glued to an amount ("a £30m-plus bid", "the £100,000-a-year job") is blanked out
  before the parse, so that the noun after it reads as the amount's (``unglued``);
* each parsed amount gets a short window of its own sentence, only as wide as its rule
  needs (``reach``, ``windows``), and the windows of many texts are parsed in one batch
  (``objects_for_many``, used by ``extract_many``);
* the model is loaded once per process by ``pipelines.entities.ner.load``, with only the tokenizer,
  tagger and parser (coarse parts of speech are read from the fine-grained tags, so the
  attribute ruler is not needed).

The rules that read the parse are in ``object_rules``.
"""

from __future__ import annotations

import re

from pipelines.money import grammar
from pipelines.money.object_rules import object_of
from pipelines.money.object_words import (
    CHANGE_VERBS,
    CUT_VERBS,
    DETERMINERS,
    EARN_VERBS,
    FINE_VERBS,
    FUNCTION_WORDS,
    GIVE_VERBS,
    LEVEL_PREPS,
    LEVEL_VERBS,
    MARK_NOUNS,
    OBJECT_PREPS,
    OWE_VERBS,
    PRICE_VERBS,
    PURPOSE_PREPS,
    RAISE_VERBS,
    RECORD_NOUNS,
    UP_PREPS,
    VALUED,
)
from pipelines.result_tables import row_labels

EXCLUDE = ("ner", "lemmatizer", "attribute_ruler", "senter")  # pipeline parts not needed
_SENT_BREAK = re.compile(r"(?:[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'(£$€])|\n\s*|;\s)")
# Characters of context parsed around an amount: back to the subject of its clause (rule 5),
# a few words back to a noun it completes (rule 3), words after it (rules 1, 2 and 4), or
# only the next few words.
LEFT_SIDE = 70
LONG_SIDE = 160  # back past an aside between the subject and its verb
MID_SIDE = 35
RIGHT_SIDE = 35
PURPOSE_SIDE = 60  # "€8m will be spent on building rural roads"
SHORT_SIDE = 12

# --- deciding, from the surface, whether a parse can give an object --------------------
_LEVEL_TRIGGERS = frozenset(
    LEVEL_PREPS | LEVEL_VERBS | PRICE_VERBS | CHANGE_VERBS | EARN_VERBS | {"for", "up", "down"}
) | frozenset("was were is are be been being remain remained remains stood stands stand amounted".split())
_LEFT_TRIGGERS = frozenset(UP_PREPS | VALUED | FINE_VERBS | RAISE_VERBS | CUT_VERBS | GIVE_VERBS | OWE_VERBS)
_WITH = frozenset(("with",))  # "opened at number four with $9.8m": the clause back to its subject
# a verb a few words back, past determiners and record words: "hit a record $412bn"
_VERB_TRIGGERS = frozenset(LEVEL_VERBS | PRICE_VERBS | CHANGE_VERBS | EARN_VERBS | FINE_VERBS)
_BETWEEN = frozenset(DETERMINERS | RECORD_NOUNS | {"new", "fresh", "all-time"})
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
_AFTER_TRIGGERS = frozenset(OBJECT_PREPS | set(PURPOSE_PREPS))
# words that may stand between a trigger and the amount: "slid to just 20m euros", "valued at between $30,000"
_SKIPPED_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:just|only|another|a further|an extra|an additional|between)[\s\u00a0]+\Z"
)
_FRONTED_PRICE = re.compile(r"(?:^|(?<=[.!?\"”'’]\s)|(?<=\n))[A-Z][a-z]+(?:ed|ing)(?:\s+(?:at|for|from|about))?\s+\Z")
"""A participle opening the sentence before the amount: "Priced at £229, the device ...", "Costing £99, ..."."""
_ASIDE = re.compile(r",[\s\u00a0]+")
"""A comma between an amount's clause and its subject: an aside or a relative clause may stand
between them ("Harlin's film, released in the UK in October, ... went on to make $76m")."""
_DASH_BEFORE = re.compile(r"\w[\s\u00a0]+[-–—][\s\u00a0]+(?:[A-Za-z]+[\s\u00a0]+){0,3}\Z")
"""A dash and up to three words before an amount: an apposition to the noun before the dash."""
_TO_AFTER = re.compile(r"[\s\u00a0]+to[\s\u00a0]")
_TO_VERB = re.compile(r"[\s\u00a0]+to[\s\u00a0]+(?!(?:the|a|an|be|date)\b)[a-z]{3,}\b")
# a purpose past a short phrase: "paying $250m in October to settle", "paying $5m to the SEC to
# settle", "spend $17 per child per year on textbooks"
_PURPOSE_PAST = re.compile(
    r"(?:[\s\u00a0]+[A-Za-z0-9'’&-]+){1,4}?[\s\u00a0]+"
    r"(?:to[\s\u00a0]+(?!(?:the|a|an|be|date)\b)[a-z]{3,}|on|into|towards)\b"
)
_PASSIVE_AFTER = re.compile(
    r"[\s\u00a0]+(?:(?:will|would|could|should|may|might|must|has|have|had)[\s\u00a0]+)?"
    r"(?:be|been|is|are|was|were)[\s\u00a0]+[a-z]{3,}\b"
)
_BRACKETS = re.compile(r"(?:[\s\u00a0]*\([^()]{0,60}\))?")
_WORD_AFTER = re.compile(r"[\s\u00a0]*(?:\([^()]{0,60}\)[\s\u00a0]*)?([A-Za-z][A-Za-z-]*)")
_NOUN_BRACKET = re.compile(r"([A-Za-z][A-Za-z-]*)[\s\u00a0]*\([\s\u00a0]*\Z")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z']*)[\s\u00a0]+\Z")


def reach(text: str, start: int, end: int) -> tuple[int, int] | None:
    """How much context (characters before, after) the amount at text[start:end] needs
    parsed for an object, or None when the words next to it leave no room for one: a
    content word or "of"/"in"/"worth" after it (rules 1-2) needs the words after; before
    it, a preposition or "worth" that ties it to a noun (rule 3) needs a few words before,
    and a copula, level, price or takings verb or "to"/"from"/"at" (rules 4-5) the clause
    back to its subject."""
    left = right = -1
    m = _WORD_AFTER.match(text, end)
    if m:
        w = m.group(1).lower()
        skipped = m.start(1) - end  # a restatement in brackets: "$300bn (£158bn) in subsidies"
        if w in PURPOSE_PREPS and w not in OBJECT_PREPS:
            left, right = MID_SIDE, PURPOSE_SIDE + skipped
        elif w in MARK_NOUNS:  # "hit the $100m mark": the clause back to its subject
            left, right = LEFT_SIDE, RIGHT_SIDE + skipped
        elif w in _AFTER_TRIGGERS or not _function_word(m.group(1)):
            left, right = SHORT_SIDE, RIGHT_SIDE + skipped
    m = _NOUN_BRACKET.search(text, max(0, start - 40), start)
    if m and text.startswith(")", end) and not _function_word(m.group(1)):  # "iron ingots ($5)"
        left, right = max(left, MID_SIDE), max(right, SHORT_SIDE)
    after = _BRACKETS.match(text, end).end()  # past a restatement: "paid $850m (£415m) to settle"
    if _TO_VERB.match(text, after) or _PASSIVE_AFTER.match(text, after):  # "paid €300m to cover", "€8m was spent on"
        left, right = max(left, MID_SIDE), max(right, PURPOSE_SIDE)
    elif _PURPOSE_PAST.match(text, after):
        left, right = max(left, LEFT_SIDE), max(right, PURPOSE_SIDE)
    lo = max(0, start - 40)
    q = grammar.QUALIFIER_BEFORE.search(text, lo, start) or _SKIPPED_BEFORE.search(text, lo, start)
    stop = q.start() if q else start
    if q and q.group(0).split()[0].lower() in LEVEL_VERBS:  # "revenue tripled, exceeding $86m": a level
        left, right = LEFT_SIDE, max(right, SHORT_SIDE)
    if _FRONTED_PRICE.search(text, max(0, start - 30), start) and text.startswith(",", after):
        left, right = max(left, SHORT_SIDE + start - stop), max(right, PURPOSE_SIDE)  # "Priced at £229, the device"
    m = _WORD_BEFORE.search(text, lo, stop)
    if m:
        w = m.group(1).lower()
        if q and w not in FUNCTION_WORDS:  # "pushed claims up to $37bn"
            left, right = max(left, MID_SIDE), max(right, SHORT_SIDE)
        if w in _LEVEL_TRIGGERS or w in RECORD_NOUNS or w in _WITH:
            left, right = LEFT_SIDE, max(right, SHORT_SIDE)
        elif w in _LEFT_TRIGGERS:
            left, right = max(left, MID_SIDE), max(right, SHORT_SIDE)
        elif w in _BETWEEN and _verb_before(text, m.start(1)):
            left, right = LEFT_SIDE, max(right, SHORT_SIDE)
        given_to = w in GIVE_VERBS and _TO_AFTER.match(text, after)  # "pledged £50m to the fund"
        if w in RAISE_VERBS or w in CUT_VERBS or given_to:
            # "to raise $1bn (£514m) from the flotation", "slash $5bn from"
            right = max(right, PURPOSE_SIDE + after - end)
    if _DASH_BEFORE.search(text, lo, stop):  # "its fuel costs - a predicted extra £250m"
        left, right = max(left, MID_SIDE), max(right, SHORT_SIDE)
    if left < 0:
        return None
    if left >= LEFT_SIDE and _ASIDE.search(text, max(0, stop - LONG_SIDE), stop):
        left = LONG_SIDE  # "Shares in MCI, which changed its name ..., were up 2.4% at $20.15"
    return left + (start - stop), right


def _verb_before(text: str, end: int) -> bool:
    """Whether a level, price, takings or fine verb ends text[:end], up to two determiners or
    record words before it ("hit a record", "soared to fresh")."""
    words = [w.lower() for w in _WORDS.findall(text, max(0, end - 30), end)][-3:]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _VERB_TRIGGERS:
            return True
        if words[k] not in _BETWEEN:
            return False
    return False


def _function_word(word: str) -> bool:
    """Whether a word makes no object on its own ("US" is a name, not the pronoun)."""
    return word.lower() in FUNCTION_WORDS and not (len(word) > 1 and word.isupper())


def windows(
    text: str, spans: list[tuple[int, int]], reaches: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """A window of its sentence around each span (cut at sentence breaks and semicolons,
    at most ``reaches[i]`` characters before and after, LEFT_SIDE and RIGHT_SIDE by
    default); overlapping windows are merged."""
    out: list[list[int]] = []
    reaches = reaches or [(LEFT_SIDE, RIGHT_SIDE)] * len(spans)
    for (s, e), (before, after) in sorted(zip(spans, reaches)):
        lo = max(0, s - before)
        hi = min(len(text), e + after)
        left = lo
        for m in _SENT_BREAK.finditer(text, lo, s):
            if not _bracketed(text, m, m.end(), s):
                left = m.end()
        cut = left == lo
        m = next((m for m in _SENT_BREAK.finditer(text, e, hi) if not _bracketed(text, m, e, m.start())), None)
        right = m.start() + 1 if m else hi
        # do not cut a word in half, nor a name or noun phrase ("Howl's Moving Castle")
        while 0 < left < s and not text[left - 1].isspace():
            left += 1
        if cut:
            left = _phrase_start(text, left)
        if m is None:
            while e < right < len(text) and not text[right].isspace():
                right -= 1
        if out and left <= out[-1][1]:
            out[-1][1] = max(out[-1][1], right)
        else:
            out.append([left, right])
    return [(a, b) for a, b in out]


_WORDS_BEFORE = re.compile(r"(?:[A-Za-z0-9'’&-]+[ \u00a0]+){1,3}\Z")


def _phrase_start(text: str, left: int) -> int:
    """``left`` moved back over up to three words that are no function words (the start of a
    name or noun phrase the window's edge cut) and a determiner before them, never past
    punctuation."""
    m = _WORDS_BEFORE.search(text, max(0, left - 40), left)
    if not m:
        return left
    start = left
    for w in reversed(list(re.finditer(r"[A-Za-z0-9'’&-]+", text[m.start() : left]))):
        word = w.group(0).lower()
        if word in FUNCTION_WORDS and not (word in DETERMINERS and start < left):
            break
        start = m.start() + w.start()
        if word in DETERMINERS:
            break
    return start


def _bracketed(text: str, m: re.Match, a: int, b: int) -> bool:
    """Whether a semicolon break ``m`` lies inside brackets that text[a:b] (between it and
    the amount) opens or closes: "€3m (£2.1m; $4.1m) of aid" is one stretch."""
    if not m.group(0).startswith(";"):
        return False
    between = text[a:b]
    return between.count("(") != between.count(")")


_GLUED_SCALE = re.compile(r"(?<=\d)(?:bn|mn|mln|bln|tn|m|k|b)(?![A-Za-z])", re.I)


def _plain_figures(text: str, spans: list[tuple[int, int]], a: int, b: int) -> str:
    """text[a:b] with a scale glued to a figure inside an amount written as zeros ("£800m"
    is parsed as "£8000"): the tokenizer splits "800m" and the parser then takes "m" for a
    noun or a verb. Same length, so offsets into it hold."""
    piece = text[a:b]
    for s, e in spans:
        if a <= s and e <= b:
            s, e = s - a, e - a
            plain = _GLUED_SCALE.sub(lambda m: "0" * len(m.group(0)), piece[s:e])
            piece = piece[:s] + plain + piece[e:]
    return piece


_GLUED_SUFFIX = re.compile(r"-(?:plus|odd|a-(?:year|week|month|day|head|share|time))\b")
"""A suffix glued to an amount before the noun it modifies ("a £30m-plus bid", "the
£100,000-a-year job", "a 530p-a-share offer")."""


_GLUED_WORTH = re.compile(r"-(?=worth\b)")
"""A hyphen gluing "worth" to an amount ("$1.2bn-worth of the beans"), read as "$1.2bn worth of"."""


def unglued(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the suffixes glued to its amounts blanked out, so that the noun after reads
    as the amount's ("a £30m      bid"), and a hyphen before "worth" too ("$1.2bn worth of the
    beans"); same length, so offsets into it hold."""
    for _, e in spans:
        m = _GLUED_SUFFIX.match(text, e) or _GLUED_WORTH.match(text, e)
        if m:
            text = text[:e] + " " * (m.end() - e) + text[m.end() :]
    return text


def objects_for_many(
    jobs: list[tuple[str, list[tuple[int, int]], list[int | None] | None]],
    batch_size: int = 256,
) -> list[list[str | None]]:
    """The object of each (start, end) span of several texts, given as (text, spans,
    same_as): ``same_as[i]``, when given and not None, is the index of an earlier span that
    span i restates, which lends it its object without a parse of its own. The windows of
    all the texts are parsed in one batch, which is much faster than text by text."""
    outs: list[list[str | None]] = []
    pending: list[tuple[int, str, set[int], list[tuple[int, int]]]] = []
    jobs = [(unglued(text, spans), spans, same_as) for text, spans, same_as in jobs]
    for k, (text, spans, same_as) in enumerate(jobs):
        same = same_as or [None] * len(spans)
        outs.append([None] * len(spans))
        todo = []
        reaches = []
        for i, (s, e) in enumerate(spans):
            r = reach(text, s, e) if same[i] is None else None
            if r is not None:
                todo.append(i)
                reaches.append(r)
        if todo:
            pending.append((k, text, set(todo), windows(text, [spans[i] for i in todo], reaches)))
    if pending:
        from pipelines.entities import ner as nlp

        parser = nlp.load(exclude=EXCLUDE)
        pieces = [_plain_figures(text, jobs[k][1], a, b) for k, text, _, wins in pending for a, b in wins]
        docs = iter(parser.pipe(pieces, batch_size=batch_size))
        for k, _text, todo, wins in pending:
            spans = jobs[k][1]
            for (a, b), doc in zip(wins, docs):
                inside = [i for i, (s, e) in enumerate(spans) if a <= s and e <= b]
                taken: set[int] = set()
                for i in inside:
                    sp = doc.char_span(spans[i][0] - a, spans[i][1] - a, alignment_mode="expand")
                    if sp is not None:
                        taken.update(t.i for t in sp)
                for i in inside:
                    # a restatement inside the window is read too: its parse may be the better one
                    # ("costs £99 (149 euros)", with "£99" parsed as a modifier of "euros")
                    if i in todo or (same_as_of(jobs[k], i) in todo):
                        try:
                            outs[k][i] = object_of(doc, spans[i][0] - a, spans[i][1] - a, taken)
                        except Exception:  # a parse we cannot read never stops extraction
                            outs[k][i] = None
    for k, (text, spans, same_as) in enumerate(jobs):
        for i, label in enumerate(row_labels(text, spans)):
            if label is not None:  # "Shr 12 cts vs nine cts": a wire results row's label
                outs[k][i] = label
        restated(outs[k], same_as or [None] * len(spans))
        parallel(text, spans, outs[k], same_as or [None] * len(spans))
        for i, j in enumerate(same_as or []):
            if j is not None and 0 <= j < len(outs[k]) and j != i:
                outs[k][i] = outs[k][j]
    return outs


def same_as_of(job: tuple, i: int) -> int | None:
    """The index of the figure that span ``i`` of a job restates, or None."""
    same = job[2]
    return same[i] if same and i < len(same) else None


def restated(objs: list[str | None], same_as: list[int | None]) -> None:
    """A figure whose own parse gave no object takes the object its restatement's parse gave
    (the restatement takes the figure's object afterwards). Changes ``objs`` in place."""
    for i, j in enumerate(same_as):
        if j is not None and 0 <= j < len(objs) and j != i and objs[j] is None and objs[i] is not None:
            objs[j] = objs[i]


# --- a figure in a list or comparison after another: "£192,713 in England; £139,544 in Wales"
PARALLEL_GAP = 60  # at most this many characters between the two figures
# the join, then at most three words ("and almost", "down from October's", "and above the")
_JOIN = re.compile(
    r"(?i)(?:(?<![A-Za-z])(?:and|or|against|versus|vs|compared (?:with|to)|from|than)(?![A-Za-z])|;)"
    r"(?:[\s\u00a0]+[\w'’.,-]+){0,3}[\s\u00a0]*\Z"
)
# words that open a clause of the second figure's own: "profits were £5m and he said it repaid £2m"
_OWN_CLAUSE = re.compile(
    r"(?i)(?<![A-Za-z])(?:is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|must|"
    r"do|does|did|said|says|say|he|she|it|they|we|i|you|who|which|that|while|but|because|if|when|although)"
    r"(?![A-Za-z])"
)
# a purpose of the second figure's own, which the parse did not read: "and more than $4m to fund checks"
_OWN_PURPOSE = re.compile(r"[\s\u00a0]+(?:for|on|to[\s\u00a0]+(?!(?:the|a|an|date)\b)[a-z]{3,})\b")
_FULL_STOP = re.compile(r"[.!?][\"'”’)]*\s")


_LIST_COMMA = re.compile(r",[\s\u00a0]*")
_LIST_END = re.compile(r"(?:,[\s\u00a0]*|[\s\u00a0]+(?:and|or)[\s\u00a0]+)")


def _listed(text: str, own: list[tuple[int, int]]) -> set[int]:
    """Starts of the figures that follow the one before them in a comma list of figures ("bids of
    £3m, [£4m] and [£5m] for Reid"): a figure with only a comma before it and a comma, "and" or
    "or" to the next figure (past its restatement in brackets), and that next figure; a purpose
    after the list's last figure is the whole list's."""
    out = set()
    for k in range(1, len(own) - 1):
        before = text[_BRACKETS.match(text, own[k - 1][1]).end() : own[k][0]]
        after = text[_BRACKETS.match(text, own[k][1]).end() : own[k + 1][0]]
        if _LIST_COMMA.fullmatch(before) and _LIST_END.fullmatch(after):
            out.update((own[k][0], own[k + 1][0]))
    return out


def parallel(text: str, spans: list[tuple[int, int]], objs: list[str | None], same_as: list[int | None]) -> None:
    """Give a figure with no object the object of the figure before it when the two are parallel:
    joined by "and", "or", a semicolon or a comparison ("against", "compared with", "from",
    "than") within a few words, with no clause of its own in between ("9.5bn kronor against
    6.3bn kronor last year", "$5bn in 2004 and $4.1bn in 2003"). Restatements are skipped
    (they take their figure's object afterwards). Changes ``objs`` in place."""
    last: str | None = None
    last_end = 0
    order = [i for i in sorted(range(len(spans)), key=lambda i: spans[i]) if same_as[i] is None]
    listed = _listed(text, [spans[i] for i in order])
    for i in sorted(range(len(spans)), key=lambda i: spans[i]):
        s, e = spans[i]
        if same_as[i] is None:
            gap = text[last_end:s]
            if (
                objs[i] is None
                and last is not None
                and len(gap) <= PARALLEL_GAP
                and (_JOIN.search(gap) or s in listed)
                and not _FULL_STOP.search(gap)
                and not _OWN_CLAUSE.search(gap)
                and (s in listed or not _OWN_PURPOSE.match(text, _BRACKETS.match(text, e).end()))
            ):
                objs[i] = last
            last = objs[i]
        last_end = e
