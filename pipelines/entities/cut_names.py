"""Names the small model cut short (issue 11): the span holds some of the name's words and leaves
the others outside, next to it.

* A capitalised word right next to the span inside a sentence, that the corpus does not write in
  lower case more often (``State.common_words``) and that no other mention covers, is a word of the
  same name ("offices in Kentish [Town], London", "the [Casino] Royale project", "a [Sheffield]
  Wednesday", "the [Al Otro] Lado Del Rio"): the span takes in the run of such words. Not a role
  or an honorific ("Senator", "Mr"), a nationality ("Russian [Marat Safin]"), a day or a month
  ("on Thursday [Intel] said"; "the Sunday [Telegraph]" is a name), an acronym or a plural of one
  ("[Windows] PCs"), a hyphenated or possessive word ("Saturday's [Carling Cup]"), nor after a
  nationality's span or a possessive ("[Martin Scorsese's] Aviator"); a person's full name takes
  no word before it ("Scots Guardsman [Allan Hendry]": a role).
* A title "X of the Y" the model spanned at its last word (:mod:`title_tails`: "Lord of the
  [Rings]", "Top of the [Pops]") is the whole title, and votes WORK_OF_ART.

Each test reads a few words on either side of a mention, so the pass is linear."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.entities.cues import NOBLE_TITLES
from pipelines.entities.keys import match_key
from pipelines.entities.labels import is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.surfaces import analyse
from pipelines.entities.title_tails import title_head
from pipelines.wordlists import PERSON_BEFORE, PLACE_LABELS, TITLE_WORDS

CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)
"""Days and months, capitalised in any sentence: a word next to a name only after "the" ("the
Sunday [Telegraph]")."""
NOT_NAME_WORDS = PERSON_BEFORE | TITLE_WORDS | {match_key(w) for w in NOBLE_TITLES | {"councillor"}}
"""Roles, honorifics and titles, which stand next to names without being part of them ("Senator
[John Kerry]", "[US] President", "Baron [Kinnock]")."""
NO_WORDS_AFTER = PLACE_LABELS | {"ORG"}
GROUP_WORD_ARTICLES = 2
"""Articles in which the model tags a word NORP on its own that make it a nationality's, a
religion's or a party's adjective, which takes no word after it either ("[Swiss] Xstrata",
"[Argentine] Juan Ignacio Chela"; not "the [Casino] Royale project")."""
"""Labels of names that take no word after them: a place or a firm before a capitalised word
modifies it ("the [US] Olympic team", "in [Las Vegas] Microsoft boss", "the [Kodak] Brownie
camera")."""
MAX_WORDS = 3
"""Words taken in on one side at most."""
_WORD = r"[A-Z](?:[a-z]+|[a-z]*[A-Z][a-z]+)"
"""A capitalised word ("Royale", "McDonald"; not "PCs", "DoCoMo")."""
_WORD_AFTER_RE = re.compile(rf" ({_WORD})(?![\w&-]|['’]\w|\.(?:[,;]|\s+[a-z(]))")
"""A capitalised word after a span, no possessive nor abbreviation ("[Williams] Cos. and")."""
_WORD_BEFORE_RE = re.compile(rf"(?<![\w'’&.-])({_WORD}) $")
_CAPITAL_AFTER_RE = re.compile(r" [A-Z]")
_CAPITAL_BEFORE_RE = re.compile(r"(?<![\w'’&.-])([A-Z][\w'’&.-]*) $")
"""A capitalised word after or before the words taken in: the name runs on, or another begins
there ("[Sacha] Baron Cohen", "Tomas Eloy [Martinez]"), and where it ends is unknown."""
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“”'‘’(\n]\s*|\s-\s)$")
_THE_BEFORE_RE = re.compile(r"(?<!\w)[Tt]he $")
WINDOW = 40
"""Characters read before a word for what opens it."""


def _name_word(word: str, text: str, start: int) -> bool:
    """``word`` (at ``start`` of ``text``) may be a word of a name: no role, honorific,
    nationality, nor a day or a month unless "the" stands before it."""
    key = match_key(word)
    if key in NOT_NAME_WORDS or is_nationality_word(key) or is_demonym(key):
        return False
    return key not in CALENDAR_WORDS or _THE_BEFORE_RE.search(text, max(0, start - 4), start) is not None


def _opens_sentence(text: str, start: int) -> bool:
    return _SENTENCE_START_RE.search(text, max(0, start - 3), start) is not None


def _free(covered: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(s < b and a < e for s, e in covered)


def group_words(st) -> set[str]:
    """The keys of one-word mentions the model tags NORP in ``GROUP_WORD_ARTICLES`` articles or more."""
    seen: dict[str, set[str]] = {}
    for i in st.live():
        if st.labels[i] == "NORP" and st.surf[i].ntok == 1:
            seen.setdefault(st.surf[i].key, set()).add(st.art_ids[i])
    return {k for k, arts in seen.items() if len(arts) >= GROUP_WORD_ARTICLES}


def _after(st, i: int, text: str, covered: list[tuple[int, int]], groups: set[str]) -> list[tuple[int, str]]:
    """The words after mention i that may carry its name on (end offset, word)."""
    end, out = st.ends[i], []
    if (
        st.labels[i] in NO_WORDS_AFTER
        or st.surf[i].key in groups
        or text[end - 1 : end] in ".'’"
        or text.endswith(("'s", "’s"), 0, end)
    ):
        return out
    while len(out) < MAX_WORDS and (m := _WORD_AFTER_RE.match(text, end)) is not None:
        if not _free(covered, m.start(1), m.end(1)) or not _name_word(m.group(1), text, m.start(1)):
            break
        out.append((m.end(1), m.group(1)))
        end = m.end(1)
    return [] if _CAPITAL_AFTER_RE.match(text, end) else out


def _before(st, i: int, text: str, covered: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The words before mention i that may open its name (start offset, word), nearest first."""
    start, out = st.starts[i], []
    if st.labels[i] == "PERSON" and st.surf[i].ntok > 1:
        return out
    while len(out) < MAX_WORDS and (m := _WORD_BEFORE_RE.search(text, max(0, start - WINDOW), start)) is not None:
        a = m.start(1)
        if _opens_sentence(text, a) or not _free(covered, a, m.end(1)) or not _name_word(m.group(1), text, a):
            break
        out.append((a, m.group(1)))
        start = a
    capital = _CAPITAL_BEFORE_RE.search(text, max(0, start - WINDOW), start)
    return [] if capital is not None and match_key(capital.group(1)) not in NOT_NAME_WORDS else out


def _reach(words: list[tuple[int, str]], common) -> int | None:
    """The offset the words reach when the corpus writes none of them in lower case more often
    (else the name runs on through a capitalised common word, "Santa Clara County [Superior]
    Court", or ends before it, "[Hard Rock and] Deluxe Films": unknown); None when there is none."""
    if not words or any(common.is_common(w.lower()) for _, w in words):
        return None
    return words[-1][0]


def _title_start(st, i: int, text: str, ends: set[int]) -> int | None:
    """Where the title "X of the Y" starts that mention i ends ("Lord of the [Rings]", "Shaun of
    [the Dead]"; not "Membership of the [Geneva]-based WTO"), or None."""
    start = st.starts[i]
    if st.surf[i].acronym or text[st.ends[i] : st.ends[i] + 1] == "-":
        return None
    if text[start : start + 4] == "the ":
        return title_head(text, start + 4, ends)
    return title_head(text, start, ends)


def widen_cut_names(st) -> None:
    """Widen the spans the model cut short (see the module docstring); ``st`` is the
    canonicaliser's ``state.State``, not imported: that would be a cycle."""
    todo, groups = [], group_words(st)
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        covered = [(st.starts[j], st.ends[j]) for j in idx]
        ends = {st.ends[j] for j in idx}
        for i in idx:
            s = st.surf[i]
            if s is None or is_nationality_word(s.key) or is_demonym(s.key):
                continue
            if (head := _title_start(st, i, text, ends)) is not None:
                todo.append((i, [(head, "")], [], True))  # "Lord of the [Rings]"
            elif (words := (_before(st, i, text, covered), _after(st, i, text, covered, groups))) != ([], []):
                todo.append((i, *words, False))
    common = st.common_words({w.lower() for _, before, after, _ in todo for _, w in before + after if w})
    for i, before, after, title in todo:
        a = before[0][0] if title else _reach(before, common)
        b = _reach(after, common)
        a, b = st.starts[i] if a is None else a, st.ends[i] if b is None else b
        if (a, b) == (st.starts[i], st.ends[i]):
            continue
        name = st.article_text[st.art_ids[i]][a:b]
        s = analyse(name, st.labels[i])
        if isinstance(s, str):
            continue
        if title:
            st.kind_votes[i] = "WORK_OF_ART"
            if s.honorific:  # "Lord of the Rings" keeps its "Lord"
                key = match_key(name)
                s = replace(s, name=name, key=key, ntok=len(key.split()), honorific=False, titled=False)
        st.surf[i], st.starts[i], st.ends[i] = s, a, b
