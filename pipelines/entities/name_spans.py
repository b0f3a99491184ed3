"""Mention spans that hold the name and no more: when a pass finds that a span holds more than the
name it names (a line-up's minute: "Kluivert ([Robert 58])", a score: "[Gaston Gaudio 5-7 6-1
6-4]", the next sentence: "[Malcolm X. Besides Dee]", a dash and the words after it: "former coach
[Steve Hansen -] will", "[Mike Skinner - aka] The Streets", a role glued before it: "[Novelist
Andrea Levy]"), the mention's offsets move onto the name's words inside the span, so that the
``mentions`` table's ``text`` is the name and the label cues read the words around the name
itself. A span that holds less than the name, a given name without the surname after it or a
surname without the given name before it ("the new [Keanu] Reeves thriller", "Anders [Igels],
chief executive"), takes the missing word in (:func:`widen_given_names`). Each test reads the
mention's own span and a word on either side, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.labels import DESIGNATORS
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.split_names import name_labels, usual_label
from pipelines.entities.surfaces import analyse
from pipelines.wordlists import NAME_PARTICLES, PERSON_BEFORE, PLACE_LABELS

_TAIL_RE = re.compile(r"\s+[-–—](?:\s+\S+)?\s*$|\s*\([^()]*$")
"""What the surface analysis cuts off a span's end: a dash and maybe one word after it ("Steve
Hansen -", "Ian Gough - out"), or a bracket left open ("Sciences (Ampas")."""


def narrow(st, i: int, name: str) -> None:
    """Move mention i's span onto the first run of ``name``'s words inside it (any spaces between
    them), if there is one; ``st`` is the canonicaliser's ``state.State``, not imported: that
    would be a cycle."""
    words = name.split()
    text = st.article_text.get(st.art_ids[i], "")
    if not words or not text:
        return
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    m = re.compile(pattern).search(text, st.starts[i], st.ends[i])
    if m is not None:
        st.starts[i], st.ends[i] = m.start(), m.end()


def narrow_tails(st) -> None:
    """Mentions whose span ends in a dash tail or an open bracket (see :data:`_TAIL_RE`) keep the
    name the surface analysis read, without them."""
    for i in st.live():
        text = st.article_text.get(st.art_ids[i], "")
        if text and _TAIL_RE.search(text, st.starts[i], st.ends[i]):
            narrow(st, i, st.surf[i].alias)


_WORD_AFTER_RE = re.compile(r" ([A-Z][a-z][\w'’-]*)(?![\w'’-])")
"""One capitalised word after a span ("[Keanu] Reeves")."""
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
"""One capitalised word before a span ("Anders [Igels]")."""
ABBREVIATION_CHARS = 4
"""Longest word read as an abbreviation when a full stop inside a sentence follows it ("[Williams]
Cos. and its", "Corp.,"; not "will face [Noam] Okun. Murray")."""
_ABBREVIATION_END_RE = re.compile(r"\.(?:[,;]|\s+[a-z(])")
WINDOW = 30
"""Characters before a span read for a given name."""


def _free(covered: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(s < b and a < e for s, e in covered)


FULL_NAME_WORDS = 3
"""Words of a person's full name at most that a given name before it may open ("Catalina [Sandino
Moreno]")."""


def _candidates(
    st, i: int, covered: list[tuple[int, int]], given: set[str], things: set[str]
) -> tuple[int, int, str] | None:
    """The wider span of mention i with the given name before it or the surname after it that no
    mention covers, and the word added, if any; ``things``: keys of one-word names the corpus
    gives another label than PERSON most often (a club's "Chelsea", a party's "Tory")."""
    s, text, start, end = st.surf[i], st.article_text.get(st.art_ids[i], ""), st.starts[i], st.ends[i]
    full_name = 1 < s.ntok <= FULL_NAME_WORDS and st.labels[i] == "PERSON" and text[start : start + 1].isupper()
    if (s.ntok != 1 and not full_name) or s.acronym or s.honorific or s.titled or is_nationality_word(s.key):
        return None
    after = None if full_name else _WORD_AFTER_RE.match(text, end)
    if (
        after is not None
        and s.key in given
        and _free(covered, after.start(1), after.end(1))
        and not _NEXT_CAPITAL_RE.match(text, after.end(1))  # "[Sacha] Baron Cohen": a longer name
        and not (len(after.group(1)) <= ABBREVIATION_CHARS and _ABBREVIATION_END_RE.match(text, after.end(1)))
    ):
        word = after.group(1)
        if match_key(word) not in DESIGNATORS and word not in _TITLE_WORDS and not is_nationality_word(match_key(word)):
            return start, after.end(1), word
    before = _WORD_BEFORE_RE.search(text, max(0, start - WINDOW), start)
    if before is not None and st.labels[i] not in PLACE_LABELS and _free(covered, before.start(1), before.end(1)):
        word = before.group(1)
        if (
            match_key(word) in given
            and not (full_name and (match_key(word) in things or match_key(word) in PERSON_BEFORE))
            and word.lower() not in NAME_PARTICLES  # "Van [Persie]"
            and not is_nationality_word(match_key(word))
            and not _capital_before(text, before.start(1), given)
        ):
            return before.start(1), end, word
    return None


_NEXT_CAPITAL_RE = re.compile(r" [A-Z]")
_PREVIOUS_WORD_RE = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Z][\w'’.-]*) $")


def _capital_before(text: str, start: int, given: set[str]) -> bool:
    """A capitalised word stands before ``start`` that may be part of the name: not a role ("DJ
    Trevor [Nelson]"), and a given name if it opens a sentence ("Tomas Eloy [Martinez]")."""
    m = _PREVIOUS_WORD_RE.search(text, max(0, start - WINDOW), start)
    if m is None or m.group(1).rstrip(".").lower() in PERSON_BEFORE:
        return False
    opens = re.search(r"(?:^|[.!?:;\"“”]\s*)$", text[max(0, m.start(1) - 3) : m.start(1)]) is not None
    return not opens or match_key(m.group(1)) in given


_TITLE_WORDS = frozenset("The And Of Will With For To In On At By From".split())
"""Capitalised function words of titles after a given name ("[Jamie] And His Magic Torch")."""


def widen_given_names(st) -> None:
    """A one-word mention that is a given name and the capitalised word after it that no mention
    covers, or a one-word mention and the given name before it, are one person's full name ("the new
    [Keanu] Reeves thriller", "Anders [Igels], chief executive", "singer-songwriters Feargal
    Sharkey, [Lucie] Silvas and"): the span takes the word in, unless it is a function word of a
    title, a designator, a nationality or a word the corpus writes in lower case more often
    ("[German] Chancellor", "[Virginia] State", "Man [United]"), or the mention is a place's. A
    person's full name of two or three words takes a given name before it in too ("Catalina [Sandino
    Moreno]", "Armand [Marie Leroi]"), unless the corpus names that word on its own as something
    else most often ("Chelsea [John Terry]", "Tory [Liam Fox]")."""
    given = given_names()
    things = {k for k, labels in name_labels(st).items() if " " not in k and usual_label(labels) != "PERSON"}
    todo = []
    for idx in st.by_article.values():
        covered = [(st.starts[i], st.ends[i]) for i in idx]
        for i in idx:
            if st.surf[i] is not None and (wider := _candidates(st, i, covered, given, things)) is not None:
                todo.append((i, wider))
    if not todo:
        return
    common = st.common_words({w.lower() for _, (_, _, w) in todo})
    for i, (a, b, word) in todo:
        if common.is_common(word.lower()):
            continue
        s = analyse(st.article_text[st.art_ids[i]][a:b], st.labels[i])
        if not isinstance(s, str):
            st.surf[i], st.starts[i], st.ends[i] = s, a, b
