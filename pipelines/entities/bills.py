"""A law named by its kind word alone, for the label cues (:mod:`pipelines.entities.cues`): the
small model takes a capitalised "Bill" for a person's given name ("the [Bill] passed", "the
Criminal Justice [Bill]", "a shortened Finance [Bill]") and "the Treaty" for a body. The word is
a law's when a determiner, a possessive or a capitalised word of the law's name stands right
before it and no capitalised word (a surname: "Bill Clinton") follows it; spanned alone, it takes in
the capitalised words of the law's name before it (:func:`widen_bills`). The test reads a few
characters on either side, so the pass is linear."""

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


def names_a_law(text: str, start: int, end: int) -> bool:
    """The span [start, end) of ``text`` is a law's kind word naming a law (see the module docstring)."""
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
