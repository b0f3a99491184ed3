"""What an amount is for ("military aid", "army contract", "fine"), read from the
dependency parse of the stretch of sentence around it, like GDELT's amount object.

Only the sentences that hold amounts are parsed, each clipped to a window around its
amounts, with spaCy's parser (NER and lemmatizer excluded); the model is loaded once per
process by ``pipelines.nlp.load``."""

from __future__ import annotations

import re

_SENT_BREAK = re.compile(r"(?:[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'(£$€])|\n\s*)")
MAX_SIDE = 160  # characters of context kept on each side of an amount
NOUNS = ("NOUN",)
TIME_WORDS = frozenset(
    "year years month months week weeks day days quarter quarters period time times "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday decade decades half total "
    "cash money funds sum amount".split()
)
MODIFIER_DEPS = {"compound", "amod", "nmod"}
OBJECT_PREPS = {"of", "in", "worth"}
UP_PREPS = {"of", "worth", "at", "for"}
MAX_WORDS = 4


def windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A window of its sentence around each span (sentence cut by punctuation, at most
    MAX_SIDE characters each side); overlapping windows are merged."""
    out: list[list[int]] = []
    for s, e in spans:
        lo = max(0, s - MAX_SIDE)
        hi = min(len(text), e + MAX_SIDE)
        left = lo
        for m in _SENT_BREAK.finditer(text, lo, s):
            left = m.end()
        m = _SENT_BREAK.search(text, e, hi)
        right = m.start() + 1 if m else hi
        # do not cut a word in half
        while left > 0 and left > lo and not text[left - 1].isspace():
            left += 1
            if left >= s:
                left = s
                break
        if out and left <= out[-1][1]:
            out[-1][1] = max(out[-1][1], right)
        else:
            out.append([left, right])
    return [(a, b) for a, b in out]


def _phrase(head) -> str | None:
    """The noun with its compound and adjective modifiers to its left."""
    if head.pos_ not in NOUNS and head.pos_ != "PROPN":
        return None
    if head.lower_ in TIME_WORDS or head.like_num or not head.is_alpha:
        return None
    if head.pos_ == "PROPN":
        return None
    left = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in MODIFIER_DEPS and child.i == left - 1 and child.is_alpha \
                and not child.like_num and child.pos_ in ("NOUN", "ADJ", "PROPN", "VERB"):
            left = child.i
        else:
            break
    left = max(left, head.i - MAX_WORDS + 1)
    words = head.doc[left:head.i + 1]
    return words.text


def _in_span(tok, s: int, e: int) -> bool:
    return s <= tok.idx < e


def object_of(doc, s: int, e: int) -> str | None:
    """The object of the amount at characters s..e of doc."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    toks = list(span)
    # 1. "£57bn of military aid", "$48bn in assets", "$5m worth of weapons"
    for t in toks:
        for child in t.rights:
            if _in_span(child, s, e):
                continue
            if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS:
                target = child
                if child.lower_ == "worth":
                    nested = [c for c in child.rights if c.dep_ == "prep" and c.lower_ == "of"]
                    if nested:
                        target = nested[0]
                objs = [c for c in target.rights if c.dep_ == "pobj"]
                if objs:
                    p = _phrase(objs[0])
                    if p:
                        return p
    root = span.root
    # 2. "a $300m contract", "£100 player": the amount modifies a noun after it
    head = root.head
    if head is not root and head.i > span.end - 1 and root.dep_ in (
            "compound", "nmod", "amod", "nummod", "quantmod", "npadvmod", "dep"):
        p = _phrase(head)
        if p:
            return p
    # 3. "a fine of £5m", "a package worth £5bn", "a deal valued at $5m"
    node = root
    for _ in range(3):
        if node.dep_ not in ("pobj", "npadvmod", "dobj", "acomp", "prep", "acl", "amod"):
            break
        up = node.head
        if up is node:
            break
        if up.dep_ == "prep" or up.pos_ in ("ADP",):
            if up.lower_ not in UP_PREPS:
                break
            node = up
            continue
        if up.pos_ == "NOUN" and up.i < span.start:
            p = _phrase(up)
            if p:
                return p
            break
        if up.pos_ in ("VERB", "ADJ") and up.dep_ in ("acl", "amod") and up.lower_ in (
                "worth", "valued", "totalling", "totaling", "costing", "priced",
                "estimated", "worthy"):
            node = up
            continue
        if up.pos_ == "ADJ" and up.lower_ == "worth":
            node = up
            continue
        break
    return None


def objects_for(text: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """The object of each (start, end) span of text."""
    if not spans:
        return []
    from pipelines import nlp

    parser = nlp.load(exclude=("ner", "lemmatizer"))
    wins = windows(text, spans)
    docs = list(parser.pipe(text[a:b] for a, b in wins))
    out: list[str | None] = []
    for s, e in spans:
        for (a, b), doc in zip(wins, docs):
            if a <= s and e <= b:
                try:
                    out.append(object_of(doc, s - a, e - a))
                except Exception:  # a parse we cannot read never stops extraction
                    out.append(None)
                break
        else:
            out.append(None)
    return out
