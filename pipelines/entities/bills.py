"""A law named by its kind word alone, for the label cues (:mod:`pipelines.entities.cues`): the
small model takes a capitalised "Bill" for a person's given name ("the [Bill] passed", "the
Criminal Justice [Bill]", "a shortened Finance [Bill]") and "the Treaty" for a body. The word is
a law's when a determiner, a possessive or a capitalised word of the law's name stands right
before it and no capitalised word (a surname: "Bill Clinton") follows it; spanned alone, it takes in
the capitalised words of the law's name before it (:func:`widen_bills`). The test reads a few
characters on either side, so the pass is linear. An "Act of Parliament" (or of Congress) is a law;
after "an" or in the plural it is any law, no name (:func:`generic_law`: junk)."""

from __future__ import annotations

import re

LAW_WORDS = frozenset("Bill Bills Act Acts Treaty".split())
"""Capitalised kind words that name a law or a treaty on their own."""
_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’])(?i:the|a|an|this|that|its|their|his|her|our|any|every|each)|[\w][’']s?|[a-z]\s+[A-Z][\w-]*|\))\s$"
)
"""What may stand right before the word: a determiner, a possessive ("the government's [Bill]"), a
capitalised word inside a sentence ("Finance [Bill]"), or a closing bracket ("(Miscellaneous
Provisions) [Bill]")."""
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-Z]")
WINDOW = 40
"""Characters before the word read."""


_PARLIAMENTS_ACT_RE = re.compile(r"Acts? of (?:Parliament|Congress)")
"""A law by the body that passes it ("the new [Act of Parliament]"): a law, which the model calls a body."""
_INDEFINITE = r"(?i:an?|any|every|no|other)\s+"
_INDEFINITE_RE = re.compile(_INDEFINITE)
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w'’-])" + _INDEFINITE + "$")


def generic_law(text: str, start: int, end: int) -> bool:
    """The span [start, end) is any law a parliament passes, no name: "an [Act of Parliament]", "two
    [Acts of Parliament]" (not "the new [Act of Parliament]", which names the law the article is about)."""
    m = _INDEFINITE_RE.match(text, start, end)  # the model's span may hold the article: "[an Act of Parliament]"
    law = m.end() if m else start
    if not _PARLIAMENTS_ACT_RE.fullmatch(text, law, end):
        return False
    if m is not None or text.startswith("Acts", law):
        return True
    return _INDEFINITE_BEFORE_RE.search(text, max(0, start - 8), start) is not None


_TREATY_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)*(?:Treaty (?:of|on)|Convention on|Protocol (?:of|on)|Charter of)"
    r"(?:\s+(?:[A-Z][\w'’-]*|of|on|in|and|the|for))+"
)
"""A treaty named by what it is of or on ("the [Treaty of Amsterdam]", "the [European Convention on Human
Rights]"), which the model calls a body or a place; not a body named for one ("North Atlantic Treaty
Organisation"), and not "Convention of", which names bodies too ("the Convention of Scottish Local
Authorities")."""


def names_a_law(text: str, start: int, end: int) -> bool:
    """The span [start, end) of ``text`` is a law's kind word naming a law (see the module docstring),
    or a treaty named by what it is of or on (``_TREATY_RE``)."""
    if _PARLIAMENTS_ACT_RE.fullmatch(text, start, end):
        return True  # "the new [Act of Parliament]"
    if _TREATY_RE.fullmatch(text, start, end):
        return True
    words = text[start:end].split()
    if not words or words[-1] not in LAW_WORDS or _CAPITAL_AFTER_RE.match(text, end):
        return False
    if len(words) > 1:
        return all(w[:1].isupper() or w in ("and", "of") for w in words)  # "[Criminal Justice Bill]" (widen_bills)
    return _BEFORE_RE.search(text, max(0, start - WINDOW), start) is not None


_NAME_BEFORE_RE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,4})$")
"""Capitalised words right before the kind word: the law's name ("Criminal Justice [Bill]")."""
OPENERS = frozenset("The A An This That No".split())
"""Capitalised words that open a sentence, not a law's name ("The [Bill] now faces")."""


def widen_bills(st) -> None:
    """A law's kind word the model spanned alone takes in the capitalised words of the law's name
    right before it that no mention covers ("the Criminal Justice [Bill]" -> "Criminal Justice
    Bill"); ``st`` is the canonicaliser's ``state.State``, not imported: that would be a cycle."""
    from pipelines.entities.surfaces import analyse

    for idx in st.by_article.values():
        ends = {st.ends[j] for j in idx}
        for i in idx:
            text = st.article_text.get(st.art_ids[i], "")
            start, end = st.starts[i], st.ends[i]
            if st.surf[i] is None or text[start:end] not in LAW_WORDS:
                continue
            m = _NAME_BEFORE_RE.search(text, max(0, start - WINDOW), start)
            if m is None:
                continue
            words = m.group(1).split()
            while words and words[0] in OPENERS:
                words = words[1:]
            a = start - len(m.group(1)) + m.group(1).find(words[0]) if words else start
            if words and not any(a < e <= start for e in ends):
                s = analyse(text[a:end], "LAW")
                if not isinstance(s, str):
                    st.surf[i], st.starts[i] = s, a


def drop_generic_laws(st) -> None:
    """Any law a parliament passes is no name (:func:`generic_law`), whether the model spanned it whole or the
    passes before widened its "[Parliament]" to it: junk; ``st`` is the canonicaliser's ``state.State``."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        keep = [i for i in idx if st.surf[i] is not None and not generic_law(text, st.starts[i], st.ends[i])]
        if len(keep) < len(idx):
            for i in set(idx) - set(keep):
                if st.surf[i] is not None:
                    st.surf[i] = None
                    st.junk["any law"] += 1
            st.by_article[aid] = keep
