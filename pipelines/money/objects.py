"""What an amount is for ("military aid", "army contract", "fine", "quarterly sales"), read
from the dependency parse of the stretch of sentence around it, like GDELT's amount object.

The parse is the costly part of the money engine, so it is kept small:

* an amount only gets a parse when the words next to it could make an object under one
  of the rules below (``reach``): many figures in news ("up 4%, at $3m, while...") have
  none, and are not parsed at all;
* a restatement ("€65bn (£57bn) of aid") takes the object of the amount it restates;
* each parsed amount gets a short window of its own sentence, only as wide as its rule
  needs (``reach``, ``windows``), and the windows of many texts are parsed in one batch
  (``objects_for_many``, used by ``extract_many``);
* the model is loaded once per process by ``pipelines.entities.ner.load``, with only the tokenizer,
  tagger and parser (coarse parts of speech are read from the fine-grained tags, so the
  attribute ruler is not needed).

The rules, in order: (1) "£57bn of military aid", "$48bn in assets", "$5m worth of arms";
(2) the amount modifies a noun after it: "a $300m contract"; (3) the amount completes a
noun before it: "a fine of £5m", "a package worth £5bn", "a deal valued at $5m"; (4) the
amount is the level of the subject of its clause: "quarterly sales rose 2% to $11bn",
"revenues were £4.3bn".
"""

from __future__ import annotations

import re

from pipelines.money import grammar

EXCLUDE = ("ner", "lemmatizer", "attribute_ruler", "senter")  # pipeline parts not needed
_SENT_BREAK = re.compile(r"(?:[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'(£$€])|\n\s*|;\s)")
# Characters of context parsed around an amount: back to the subject of its clause (rule 4),
# a few words back to a noun it completes (rule 3), words after it (rules 1-2), or only
# the next few words.
LEFT_SIDE = 70
MID_SIDE = 35
RIGHT_SIDE = 35
PURPOSE_SIDE = 60  # "€8m will be spent on building rural roads"
SHORT_SIDE = 12
TIME_WORDS = frozenset(
    "year years month months week weeks day days quarter quarters period time times "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday decade decades half total "
    "cash money funds sum amount figure figures level levels record mark barrel share shares "
    "unit units head person people tonne ton ounce litre gallon kilo night ticket".split()
)
_SUBJECT_UNITS = frozenset(("share", "shares"))  # "$5 a share" has no object; "shares rose to $5" has
MODIFIER_DEPS = {"compound", "amod", "nmod"}
OBJECT_PREPS = {"of", "in", "worth"}
UP_PREPS = {"of", "worth", "at", "for"}
LEVEL_PREPS = {"to", "from", "at", "by", "around", "above", "below", "near", "over", "under"}
LEVEL_VERBS = frozenset(
    "reach reached reaches reaching hit hits hitting total totals totalled totaled totalling "
    "totaling top tops topped topping exceed exceeds exceeded exceeding surpass surpassed".split()
)
# "the film took $80m", "Barclays made £3bn": the subject earned the amount
EARN_VERBS = frozenset(
    "take takes took taking taken make makes made making earn earns earned earning gross grosses "
    "grossed grossing generate generates generated generating".split()
)
CHANGE_NOUNS = frozenset("rise rises increase increases fall falls drop jump decline growth cut".split())
# "Brent crude rose, adding $1.89": a change of the subject
CHANGE_VERBS = frozenset(
    "add adds added adding gain gains gained gaining lose loses lost losing shed sheds shedding".split()
)
VALUED = frozenset("worth valued totalling totaling costing priced estimated worthy".split())
# "bid $6bn for the group", "spent £1bn on games", "invest €2m in a plant": what is paid for
PURPOSE_PREPS = ("for", "on", "in", "into")
# "the car costs £15,690", "it sells for £23,900": the subject is what the price is of
PRICE_VERBS = frozenset(
    "cost costs costing sell sells selling sold retail retails retailed fetch fetches fetched "
    "go goes went priced".split()
)
MAX_WORDS = 4

# --- deciding, from the surface, whether a parse can give an object --------------------
_FUNCTION_WORDS = frozenset(
    "a an the and or nor but to from for at by on with as than that which who whom whose "
    "this these those is was were are be been being am has had have having will would "
    "could should may might can must shall do does did per each every last next ago "
    "compared against after before while when whereas since until into onto over under "
    "up down more less if so it its they them their he him his she her we us our i you "
    "your also only just now then still yet not no already even about around some nearly "
    "almost roughly approximately between among within without through during including "
    "plus minus respectively year years month months week weeks day days share apiece "
    "there here where why how what".split()
)
_LEVEL_TRIGGERS = frozenset(LEVEL_PREPS | LEVEL_VERBS | PRICE_VERBS | CHANGE_VERBS | {"for", "up", "down"}) | frozenset(
    "was were is are be been being remain remained remains stood stands stand amounted".split()
)
_LEFT_TRIGGERS = frozenset(UP_PREPS | VALUED)
_AFTER_TRIGGERS = frozenset(OBJECT_PREPS | set(PURPOSE_PREPS))
# words that may stand between a trigger and the amount: "slid to just 20m euros"
_SKIPPED_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:just|only|another|a further|an extra|an additional)[\s\u00a0]+\Z")
_TO_VERB = re.compile(r"[\s\u00a0]+to[\s\u00a0]+(?!(?:the|a|an|be|date)\b)[a-z]{3,}\b")
_PASSIVE_AFTER = re.compile(
    r"[\s\u00a0]+(?:(?:will|would|could|should|may|might|must|has|have|had)[\s\u00a0]+)?"
    r"(?:be|been|is|are|was|were)[\s\u00a0]+[a-z]{3,}\b"
)
_SCALE_TOKENS = frozenset(("m", "bn", "k", "b", "mn", "mln", "bln", "million", "billion", "trillion"))
_WORD_AFTER = re.compile(r"[\s\u00a0]*(?:\([^()]{0,60}\)[\s\u00a0]*)?([A-Za-z][A-Za-z-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z']*)[\s\u00a0]+\Z")


def reach(text: str, start: int, end: int) -> tuple[int, int] | None:
    """How much context (characters before, after) the amount at text[start:end] needs
    parsed for an object, or None when the words next to it leave no room for one: a
    content word or "of"/"in"/"worth" after it (rules 1-2) needs the words after; before
    it, a preposition or "worth" that ties it to a noun (rule 3) needs a few words before,
    and a copula, level verb or "to"/"from"/"at" (rule 4) the clause back to its subject."""
    left = right = -1
    m = _WORD_AFTER.match(text, end)
    if m:
        w = m.group(1).lower()
        if w in PURPOSE_PREPS and w not in OBJECT_PREPS:
            left, right = MID_SIDE, RIGHT_SIDE
        elif w in _AFTER_TRIGGERS or w not in _FUNCTION_WORDS:
            left, right = SHORT_SIDE, RIGHT_SIDE
    if _TO_VERB.match(text, end) or _PASSIVE_AFTER.match(text, end):  # "paid €300m to cover", "€8m was spent on"
        left, right = max(left, MID_SIDE), max(right, PURPOSE_SIDE)
    lo = max(0, start - 40)
    q = grammar.QUALIFIER_BEFORE.search(text, lo, start) or _SKIPPED_BEFORE.search(text, lo, start)
    stop = q.start() if q else start
    m = _WORD_BEFORE.search(text, lo, stop)
    if m:
        w = m.group(1).lower()
        if q and w not in _FUNCTION_WORDS:  # "pushed claims up to $37bn"
            left, right = max(left, MID_SIDE), max(right, SHORT_SIDE)
        if w in _LEVEL_TRIGGERS:
            left, right = LEFT_SIDE, max(right, SHORT_SIDE)
        elif w in _LEFT_TRIGGERS:
            left, right = max(left, MID_SIDE), max(right, SHORT_SIDE)
    if left < 0:
        return None
    return left + (start - stop), right


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
        m = next((m for m in _SENT_BREAK.finditer(text, e, hi) if not _bracketed(text, m, e, m.start())), None)
        right = m.start() + 1 if m else hi
        # do not cut a word in half
        while 0 < left < s and not text[left - 1].isspace():
            left += 1
        if m is None:
            while e < right < len(text) and not text[right].isspace():
                right -= 1
        if out and left <= out[-1][1]:
            out[-1][1] = max(out[-1][1], right)
        else:
            out.append([left, right])
    return [(a, b) for a, b in out]


def _bracketed(text: str, m: re.Match, a: int, b: int) -> bool:
    """Whether a semicolon break ``m`` lies inside brackets that text[a:b] (between it and
    the amount) opens or closes: "€3m (£2.1m; $4.1m) of aid" is one stretch."""
    if not m.group(0).startswith(";"):
        return False
    between = text[a:b]
    return between.count("(") != between.count(")")


# --- reading the parse ----------------------------------------------------------------
def _pos(tok) -> str:
    """The coarse part of speech from the fine-grained (Penn Treebank) tag."""
    tag = tok.tag_
    if tag in ("NN", "NNS"):
        return "NOUN"
    if tag in ("NNP", "NNPS"):
        return "PROPN"
    if tag.startswith("JJ"):
        return "ADJ"
    if tag.startswith("VB") or tag == "MD":
        return "VERB"
    if tag in ("IN", "TO"):
        return "ADP"
    if tag.startswith("RB") or tag == "RP":
        return "ADV"
    return tok.pos_ or tag


def _attached_hyphen_before(tok) -> bool:
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].text in ("-", "–")
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
    )


def _is_currency_word(word: str) -> bool:
    from pipelines.money.grammar import _word_entry

    return _word_entry(word)[1] is not None


def _phrase(head, taken: set[int], proper: bool = False, tagged: bool = True) -> str | None:
    """The noun ``head`` with its compound and adjective modifiers to its left (tokens of
    an amount, ``taken``, are never part of it); ``proper`` lets a name be the head ("bid
    $6bn for MCI"); ``tagged=False`` takes ``head`` as a noun whatever its tag."""
    if (tagged and _pos(head) not in (("NOUN", "PROPN") if proper else ("NOUN",))) or head.i in taken:
        return None
    low = head.lower_
    alpha = head.is_alpha or (proper and _pos(head) == "PROPN" and any(c.isalpha() for c in head.text))
    if (low in TIME_WORDS and not (proper and low in _SUBJECT_UNITS)) or head.like_num or not alpha:
        return None
    if _is_currency_word(low):
        return None
    doc = head.doc
    if _attached_hyphen_before(head):
        # "one-way", "all-time high": take the whole hyphenated word, or nothing
        first = doc[head.i - 2]
        if first.i in taken or not first.is_alpha or first.like_num:
            return None
        left = first.i
    else:
        left = head.i
    for child in reversed(list(head.lefts)):
        if child.i >= left:
            continue
        if (
            child.dep_ in MODIFIER_DEPS
            and child.i == left - 1
            and child.is_alpha
            and child.i not in taken
            and not child.like_num
            and _pos(child) in ("NOUN", "ADJ", "PROPN", "VERB")
            and not _is_currency_word(child.lower_)
        ):
            left = child.i
            if _attached_hyphen_before(child) and doc[child.i - 2].is_alpha and doc[child.i - 2].i not in taken:
                left = child.i - 2
        else:
            break
    left = max(left, head.i - MAX_WORDS + 1)
    if doc[left].text in ("-", "–"):
        left += 1
    return doc[left : head.i + 1].text


def _subject_phrase(verb, taken: set[int], proper: bool = False) -> str | None:
    """The noun subject of a verb (or of the verb it depends on: "rose ... to reach"), the
    nearest when there are two ("Mercedes' woes - its profits slid to 20m euros"); for a
    verb that modifies a noun, that noun ("donations topping £250,000")."""
    for _ in range(3):
        subj = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return _phrase(subj[-1], taken, proper)
        if verb.dep_ == "acl" and verb.head.i < verb.i:
            return _phrase(verb.head, taken, proper)
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
            verb = verb.head
            continue
        return None
    return None


def _root(span):
    """The head of an amount's tokens: its figure rather than a stray piece of it (the
    tokenizer reads the "m." of a sentence-final "£5m." as an abbreviation, which the
    parser then hangs on the verb)."""
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head is t]
    figures = [t for t in outside if t.tag_ == "CD" or t.like_num]
    return figures[0] if figures else span.root


def object_of(doc, s: int, e: int, taken: set[int] | None = None) -> str | None:
    """The object of the amount at characters s..e of doc; ``taken`` are the indices of
    tokens inside amounts (which never form part of an object)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    taken = set(taken or ()) | {t.i for t in span}
    toks = list(span)
    # a restatement in brackets right after the amount may carry the "of": "€65bn (£57bn) of aid"
    j = span.end
    while j < len(doc) and (j in taken or doc[j].is_punct) and doc[j].text not in (".", "!", "?"):
        toks.append(doc[j])
        j += 1
    root = _root(span)
    if root.dep_ == "quantmod" and root.head.i in taken and root.head.i >= span.end:
        root = root.head  # "adding $1.89 to $48.62": the change is of what the level is of
    return (
        _object_after(doc, toks, j, taken)
        or _modified_noun(root, span, taken)
        or _completed_noun(root, span, taken)
        or _purpose(root, span, taken)
        or _level_subject(root, span, taken)
    )


def _object_after(doc, toks: list, j: int, taken: set[int]) -> str | None:
    """Rule 1: "£57bn of military aid", "$48bn in assets", "$5m worth of weapons"; also
    "of"/"worth" right after the amount (token ``j``) when the parse hangs it on the verb."""
    for t in toks:
        for child in t.rights:
            if child.i in taken or child.dep_ != "prep" or child.lower_ not in OBJECT_PREPS:
                continue
            target = child
            if child.lower_ == "worth":
                nested = [c for c in child.rights if c.dep_ == "prep" and c.lower_ == "of"]
                if nested:
                    target = nested[0]
            objs = [c for c in target.rights if c.dep_ == "pobj"]
            if objs:
                p = _phrase(objs[0], taken)
                if p:
                    return p
    if j < len(doc) and doc[j].lower_ in ("of", "worth") and doc[j].dep_ == "prep":
        objs = [c for c in doc[j].rights if c.dep_ == "pobj"]
        if objs:
            return _phrase(objs[0], taken)
    return None


def _modified_noun(root, span, taken: set[int]) -> str | None:
    """Rule 2: "a $300m contract", "£100 player": the amount modifies a noun after it."""
    head = root.head
    if (
        head is not root
        and head.i > span.end - 1
        and root.dep_ in ("compound", "nmod", "amod", "nummod", "quantmod", "npadvmod", "dep")
    ):
        if head.lower_ == "worth":  # "$20bn worth of goods", parsed with "worth" as a noun
            objs = [g for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.rights]
            return _phrase(objs[0], taken) if objs and objs[0].dep_ == "pobj" else None
        return _phrase(head, taken)
    # "a $125m fine": the tokenizer splits "125m" and the parser makes "m" the noun, with
    # the word after it as its modifier
    nxt = root.doc[span.end] if span.end < len(root.doc) else None
    if (
        nxt is not None
        and nxt.head.i == root.i
        and nxt.dep_ in ("amod", "compound")
        and root.lower_ in _SCALE_TOKENS
        and nxt.is_alpha
        and nxt.lower_ not in _FUNCTION_WORDS
    ):
        return _phrase(nxt, taken, tagged=False)
    return None


def _completed_noun(root, span, taken: set[int]) -> str | None:
    """Rule 3: "a fine of £5m", "a package worth £5bn", "a deal valued at $5m"."""
    node = root
    for _ in range(3):
        if node.dep_ not in ("pobj", "npadvmod", "dobj", "acomp", "prep", "acl", "amod"):
            return None
        up = node.head
        if up is node:
            return None
        if up.dep_ == "prep" or _pos(up) == "ADP":
            if up.lower_ not in UP_PREPS:
                return None
            node = up
            continue
        if _pos(up) == "NOUN" and up.i < span.start:
            return _phrase(up, taken)
        if _pos(up) in ("VERB", "ADJ") and up.dep_ in ("acl", "amod") and up.lower_ in VALUED:
            node = up
            continue
        if _pos(up) == "ADJ" and up.lower_ == "worth":
            node = up
            continue
        return None
    return None


def _purpose(root, span, taken: set[int]) -> str | None:
    """Rule 4: what is paid for. "bid $6bn for MCI", "spent £1bn on games", "invest €2m in
    a plant", "paid €300m to cover damage", "€80m will be spent on roads" (after the
    amount); "buy the factory for $16m" (the object of the verb it is paid in); "the car
    costs £15,690", "the film took $80m" (the subject of a price or takings verb)."""
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and _pos(head) == "VERB":
        if head.lower_ in LEVEL_VERBS | CHANGE_VERBS:
            return None  # "donations topping £250,000 for the party": a level (rule 5)
        if head.lower_ in PRICE_VERBS | EARN_VERBS and head.i < span.start:
            subject = _subject_phrase(head, taken, proper=True)
            if subject or head.lower_ in EARN_VERBS:
                return subject
        # "pushed claims up to $37bn": the verb's other object is what the amount measures
        others = [c for c in head.children if c.dep_ == "dobj" and c.i < span.start]
        if others:
            return _phrase(others[-1], taken, proper=True)
        return _purpose_after(head, span, taken)
    if root.dep_ == "pobj" and head.lower_ == "for" and _pos(head.head) == "VERB" and head.head.i < span.start:
        verb = head.head
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < head.i]
        if objs:
            return _phrase(objs[0], taken, proper=True)
        if verb.lower_ in PRICE_VERBS:
            return _subject_phrase(verb, taken, proper=True)
    return None


def _purpose_after(verb, span, taken: set[int]) -> str | None:
    """What a preposition or a to-clause after the amount says it is for."""
    for child in verb.rights:
        if child.i < span.end:
            continue
        if child.dep_ == "prep" and child.lower_ in PURPOSE_PREPS:
            objs = [c for c in child.rights if c.dep_ == "pobj"]
            # "spent on building roads": the object of the gerund
            objs = objs or [g for c in child.rights if c.dep_ == "pcomp" for g in c.rights if g.dep_ == "dobj"]
        elif child.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" for c in child.lefts):
            objs = [c for c in child.rights if c.dep_ == "dobj"]
        else:
            continue
        p = _phrase(objs[0], taken, proper=True) if objs else None
        if p:
            return p
    return None


def _level_subject(root, span, taken: set[int]) -> str | None:
    """Rule 5: "sales rose 2% to $11bn", "revenues were £4.3bn", "the deficit hit $600bn",
    "shares were up 2% at $20"."""
    verb = None
    if root.dep_ == "pobj" and root.head.lower_ in LEVEL_PREPS:
        verb = root.head.head
        if _pos(verb) == "NOUN" and verb.lower_ in CHANGE_NOUNS:  # "a rise in profits to £3.8bn"
            return _change_of(verb, taken)
        if _pos(verb) in ("ADV", "ADJ", "ADP") and verb.head.i != verb.i:  # "were up 2% at $20"
            verb = verb.head
        if _pos(verb) != "VERB":
            verb = None
    elif root.dep_ == "npadvmod" and _pos(root.head) == "ADV" and _pos(root.head.head) == "VERB":
        verb = root.head.head  # "shares were up 56 pence"
    elif (
        root.dep_ in ("attr", "acomp")
        and _pos(root.head) == "VERB"
        or root.dep_ == "dobj"
        and root.head.lower_ in LEVEL_VERBS | CHANGE_VERBS
        or root.dep_ == "npadvmod"  # "the index rose $2 to $40"
        and _pos(root.head) == "VERB"
    ):
        verb = root.head
    if verb is None or verb.i >= span.start:
        return None
    # "reported a 20% rise in profits to £3.8bn", with "to" hung on the verb
    rises = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in CHANGE_NOUNS and c.i < span.start]
    if rises:
        return _change_of(rises[0], taken)
    return _subject_phrase(verb, taken, proper=True)


def _change_of(noun, taken: set[int]) -> str | None:
    """What a rise or fall is of: "a rise in pre-tax profits"."""
    objs = [g for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.rights]
    return _phrase(objs[0], taken, proper=True) if objs and objs[0].dep_ == "pobj" else None


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
        pieces = [text[a:b] for _, text, _, wins in pending for a, b in wins]
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
                    if i not in todo:
                        continue
                    try:
                        outs[k][i] = object_of(doc, spans[i][0] - a, spans[i][1] - a, taken)
                    except Exception:  # a parse we cannot read never stops extraction
                        outs[k][i] = None
    for k, (_, _spans, same_as) in enumerate(jobs):
        for i, j in enumerate(same_as or []):
            if j is not None and 0 <= j < i:
                outs[k][i] = outs[k][j]
    return outs
