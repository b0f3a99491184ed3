"""Verb forms and adverbs opening a sentence (pass 2b of :mod:`pipelines.entities.canonical`,
after the corpus's common words): the small model takes any capitalised word at a sentence start
for a name, and a word the corpus seldom writes ("Hounded", "Symbolically") escapes the
common-word count. Its shape and the words after it tell it apart from a surname there ("Kelly,
30, said", "Fleming was"):

* a passive participle: a word followed by "by" and a lower-case word, the agent of a clause
  ("[Hounded] by the press, Tevez ...", "[Stung] by the score, ..."), when no other article names
  the word (not a work, "Vertigo by rock giants U2"; nor "by" before a capitalised name);
* an adverb: a long word with an adverb's ending followed by a comma ("[Nationally], prices
  rose", "[Symbolically], ..."; surnames ending in -ly are short or end otherwise: "Kelly",
  "Donnelly");
* a common word (:class:`common_words.CommonWords`: written in lower case more often than
  capitalised, a lower bar than the common words' of pass 2b, which need no next word) followed
  by a lower-case noun, the noun it qualifies ("[House] prices fell", "[Digital] cameras were",
  "[Party] leader Michael Howard"): the next word is a noun when the corpus hardly ever writes it
  after a subject pronoun (:func:`common_words.verbs`: "Shell is", "Read said", "Bat consistently
  declines" are a name and its verb) and it ends in no "-ed" or "-ly"; not a known place, and not
  where the article also uses the word as a name outside a common word's context
  (:func:`junk.generic_context`).

Such a one-word mention is junk. Each mention is read once, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.common_words import verbs
from pipelines.entities.junk import GENERIC_LABELS, generic_context, starts_sentence

JUNK_REASON = "verb form opening a sentence"
_AGENT_AFTER_RE = re.compile(r" by (?:[a-z]|\d)")
"""'by' and a lower-case word (or a number) after the word: the agent of a passive clause."""
ADVERB_MIN_CHARS = 8
"""An adverb read by its ending is this long at least ("Nationally"; not "Sally", "Beverly")."""
_ADVERB_RE = re.compile(r"(?:ally|ingly|edly|ously|fully|ively|ately|ently|antly|ably|ibly|lessly)$")
"""Endings of adverbs ("nationally", "reportedly", "previously", "hopefully")."""
_NEXT_WORD_RE = re.compile(r" ([a-z]+)(?![\w'’-])")
"""A lower-case word right after the mention ("House [prices]"; not "Sky set-top", "Next's")."""
NAMED_IN_ARTICLES = 2
"""A participle's word named in this many articles is a name ("Vertigo by rock giants U2")."""
NO_AGENT_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "LAW"})
"""Labels whose names are followed by 'by' and their maker ("Vertigo by U2")."""


def _title_word(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def agent_after(text: str, end: int, label: str) -> bool:
    """'by' and a lower-case word follow the mention ending at ``end``, which is no work's title."""
    return label not in NO_AGENT_LABELS and _AGENT_AFTER_RE.match(text, end) is not None


def opening_adverb(text: str, end: int, word: str) -> bool:
    """``word``, ending at ``end`` of ``text``, is a long word with an adverb's ending before a comma."""
    return len(word) >= ADVERB_MIN_CHARS and text.startswith(",", end) and _ADVERB_RE.search(word) is not None


def drop_opening_verb_forms(st) -> None:
    """Drop the live one-word mentions that are verb forms or adverbs opening a sentence; ``st``
    is the canonicaliser's ``state.State``, not imported: that would be a cycle."""
    from pipelines.entities import gazetteer

    dropped = False
    before_noun: list[tuple[int, str]] = []
    participles: list[int] = []
    for i in st.live():
        s = st.surf[i]
        if s.ntok != 1 or s.honorific or s.titled or s.acronym or s.handle:
            continue
        text = st.article_text.get(st.art_ids[i], "")
        if not _title_word(s.name) or not starts_sentence(text, st.starts[i]):
            continue
        if opening_adverb(text, st.ends[i], s.name):
            st.surf[i] = None
            st.junk[JUNK_REASON] += 1
            dropped = True
        elif agent_after(text, st.ends[i], st.labels[i] or ""):
            participles.append(i)
        elif (
            st.labels[i] in GENERIC_LABELS
            and (m := _NEXT_WORD_RE.match(text, st.ends[i])) is not None
            and not m.group(1).endswith(("ed", "ly"))
            and gazetteer.lookup(s.key) is None
        ):
            before_noun.append((i, m.group(1)))
    if participles:
        keys = {st.surf[i].key for i in participles}
        articles: dict[str, set[str]] = {k: set() for k in keys}
        for i in st.live():
            if st.surf[i].key in articles:
                articles[st.surf[i].key].add(st.art_ids[i])
        for i in participles:
            if len(articles[st.surf[i].key]) < NAMED_IN_ARTICLES:  # "Vertigo by U2": named elsewhere
                st.surf[i] = None
                st.junk[JUNK_REASON] += 1
                dropped = True
    if before_noun:
        dropped |= _drop_before_nouns(st, before_noun)
    if dropped:
        for aid, idx in st.by_article.items():
            st.by_article[aid] = [i for i in idx if st.surf[i] is not None]


def _drop_before_nouns(st, before_noun: list[tuple[int, str]]) -> bool:
    """Drop the mentions of common words opening a sentence before a noun (``before_noun``:
    mention, next word); whether any was dropped."""
    common = st.common_words({st.surf[i].name.lower() for i, _ in before_noun})
    candidates = [(i, nxt) for i, nxt in before_noun if common.is_common(st.surf[i].name.lower())]
    if not candidates:
        return False
    verb_like = verbs(st.article_text.values(), {nxt for _, nxt in candidates})
    words = {(st.art_ids[i], st.surf[i].name) for i, _ in candidates}
    named = set()
    for aid, idx in st.by_article.items():
        for i in idx:
            s = st.surf[i]
            if s is not None and (aid, s.name) in words:
                text = st.article_text.get(aid, "")
                if s.honorific or not generic_context(text, st.starts[i], st.ends[i]):
                    named.add((aid, s.name))
    dropped = False
    for i, nxt in candidates:
        if nxt not in verb_like and (st.art_ids[i], st.surf[i].name) not in named:
            st.surf[i] = None
            st.junk[JUNK_REASON] += 1
            dropped = True
    return dropped
