"""Bodies' names with an inner "and" that the small model cut at the "and" (a pass of
:func:`pipelines.entities.state.load_state`, before ``cut_names``): "the Public and [Commercial
Services Union]", "the Finance and [Economy Ministry]", "the Pew Internet and [American Life
Project]", "the British and [Irish Lions]". ``cut_names`` takes words across "and" only into a name
the corpus spans whole elsewhere, since "X and [Y]" is a list far more often; here the span's own
shape says it is one name:

* a body's kind word (:data:`labels.ORG_DESIGNATORS`, no legal form) ends the span or follows it in
  lower case ("[Commercial Services] union"): a list of bodies names each body's kind ("Labour and the
  Conservative Party" aside), so one kind word after two names' words is one body's;
* or the span is a nationality's adjective and a plural, a team's name, and another nationality's
  adjective stands alone before the "and" ("the British and [Irish Lions]"; not "Scottish and [Welsh
  Labour]").

A mention that spans the run before "and" alone ("[Public] and [Commercial Services Union]",
"[British] and [Irish Lions]") is a piece of the name and is dropped.

The run before "and" is one to ``MAX_WORDS`` capitalised words that no other mention covers, no acronym
("UPS and [Deutsche Post]": two firms; a letter is none: "the S and [P Advisory Committee]"), no
role or title ("the Prime Minister and [Labour Party] leader"), no name the corpus spans on its own
but a common word ("Tories and [Green Party]"; not "the Public and [Commercial Services Union]"),
after "the", a lower-case word or a sentence's start, never after a comma (a list: "Ealing, Southall
and [Middlesex AC]") or another capitalised word (an owner: "Scotland Yard's Racial and [Violent
Crime] taskforce"). Each mention reads a few words before and after it, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.cut_names import ROLE_WORDS
from pipelines.entities.keys import match_key
from pipelines.entities.labels import ORG_DESIGNATORS, is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.entities.split_names import name_labels
from pipelines.entities.surfaces import TITLE_PORTFOLIOS, analyse
from pipelines.wordlists import LEGAL_FORMS

MAX_WORDS = 3
"""Capitalised words before the "and" taken in at most."""
KIND_WORDS = (ORG_DESIGNATORS - {match_key(w) for w in LEGAL_FORMS} - {"company", "companies"}) | {"project"}
"""A body's kind words ("Union", "Ministry", "Committee"; "Project" too: "the Pew Internet and American
Life Project"); no legal form, which another pass reads ("Mitsui and Co Ltd"), nor "Company", which
ends bands' names ("Free and [Bad Company] singer Paul Rodgers": two bands)."""
ROLES = ROLE_WORDS - TITLE_PORTFOLIOS
"""Roles and titles, which a body's name does not hold before its "and" ("the Prime Minister and
[Labour Party] leader"); a portfolio does ("the Trade and Industry Ministry")."""
WINDOW = 60
"""Characters read before a span for the run and its "and"."""
_RUN_RE = re.compile(rf"((?:(?!(?:The|A|An) )[A-Z][\w'’-]* ){{1,{MAX_WORDS}}})and $")
_PREVIOUS_RE = re.compile(r"(\S+) $")
_KIND_AFTER_RE = re.compile(r" ([a-z]+)(?![\w'’-])")
JUNK_REASON = "piece of a name before its inner 'and'"
_NAME_WORD_RE = re.compile(r"[A-Z][\w'’&.-]*")


def _run_start(text: str, start: int, covered: list[tuple[int, int, int]]) -> tuple[int, list[int]] | None:
    """Where the run of capitalised words and "and" right before a span starting at ``start``
    starts, when it stands after "the", a lower-case word or a sentence's start, and the mention
    that spans the run alone, if any ("[Public] and [Commercial Services Union]"); else None."""
    m = _RUN_RE.search(text, max(0, start - WINDOW), start)
    if m is None or m.end() != start:
        return None
    a, b = m.start(1), m.end(1) - 1
    inside = [(s, e, j) for s, e, j in covered if s < start and a < e]
    if any((s, e) != (a, b) for s, e, _ in inside):
        return None
    if a > 0 and not text[a - 1].isspace():
        return None
    prev = _PREVIOUS_RE.search(text, max(0, a - 30), a)
    if prev is not None:
        word = prev.group(1)
        if word.endswith(",") or not (word[:1].islower() or word in ("The", "the") or word[-1] in '.!?:"“'):
            return None
    return a, [j for _, _, j in inside]


def _nationality(word: str) -> bool:
    key = match_key(word)
    return is_nationality_word(key) or is_demonym(key)


def _team_of_nations(words: list[str]) -> bool:
    """Two words: a nationality's adjective and a plural ("Irish Lions"), a team's name; not a
    party's or a body's ("Welsh Labour")."""
    return len(words) == 2 and _nationality(words[0]) and words[1].endswith("s") and not _nationality(words[1])


def _kind_of_body(text: str, words: list[str], end: int) -> bool:
    """A body's kind word ends the span's words or follows the span in lower case."""
    if match_key(words[-1]) in KIND_WORDS:
        return True
    m = _KIND_AFTER_RE.match(text, end)
    return m is not None and m.group(1) in KIND_WORDS


def widen_inner_ands(st) -> None:
    """Widen the spans of bodies cut at their inner "and" (see the module docstring); ``st`` is the
    canonicaliser's ``state.State``, not imported: that would be a cycle."""
    todo = []
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        covered = [(st.starts[j], st.ends[j], j) for j in idx]
        for i in idx:
            s, start = st.surf[i], st.starts[i]
            if s is None or s.honorific or st.labels[i] == "PERSON" or not text.endswith(" and ", 0, start):
                continue
            words = text[start : st.ends[i]].split()
            if not all(_NAME_WORD_RE.fullmatch(w) for w in words):
                continue
            found = _run_start(text, start, covered)
            if found is None:
                continue
            a, piece = found
            run = text[a : start - len(" and ")].split()
            nations = len(run) == 1 and _nationality(run[0]) and _team_of_nations(words)
            if nations or (len(words) > 1 and _kind_of_body(text, words, st.ends[i])):
                todo.append((i, a, run, nations, piece))
    if not todo:
        return
    known = name_labels(st)
    common = st.common_words({run[0].lower() for _, _, run, _, _ in todo if len(run) == 1})
    for i, a, run, nations, piece in todo:
        if any(match_key(w) in ROLES or (len(w) > 1 and w.isupper()) for w in run):
            continue
        if not nations and match_key(" ".join(run)) in known and not common.is_common(run[0].lower()):
            continue  # "Tories and [Green Party]": two names
        s = analyse(st.article_text[st.art_ids[i]][a : st.ends[i]], st.labels[i])
        if not isinstance(s, str):
            st.surf[i], st.starts[i] = s, a
            st.drop_joined(piece, JUNK_REASON)
    for aid, idx in st.by_article.items():
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
