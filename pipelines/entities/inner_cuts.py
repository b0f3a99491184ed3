"""Names the small model cut at a word inside them (issue 11), which :mod:`cut_names` does not take
in (it stops at a possessive and links only "and", "of" and "&"):

* at a possessive: "[Destiny]'s Child", "[Jacob]'s Creek", "[Gulliver]'s Travels", "[Dragon]'s
  Den". The span takes in "'s" and the run of capitalised words after it (one to four, maybe after
  "The" or "A"; no mention on them, no capitalised word or number going on after them) when the
  word before "'s" is no owner: the corpus names it on its own in no article without the phrase,
  and it is a given name (which news writes with the surname) or a kind of work or group stands
  before it ("the novel [Gulliver]'s Travels", "programme [Dragon]'s Den"). Never after a role, a
  determiner or a title ("composer [Massenet]'s Thais", "the [Queen]'s Lancashire Regiment"), so
  the far more common owner's possessive stays apart: "Microsoft's Internet Explorer", "Konami's
  Pro Evolution Soccer", "England's Six Nations", "Madonna's Like A Virgin". A span so widened by a
  person's or a place's label votes WORK_OF_ART ("X's Y" is no person's nor place's name); the
  words around it may vote otherwise ("singing group [Destiny's Child]").
* at a link word after a kind of work or group: "US band TV on the [Radio]", "a blog called Dogs
  without [Borders]", "the show [Passport] to [Paradise]", "the children's show Fat Albert and [the
  Cosby Kids]". A span whose words, back to a kind word ("band", "blog", "show", "film"; maybe
  "called" or "named" after it), are capitalised words and at least one link word (``LINKS``)
  takes them in, and the mentions inside them are dropped into it. Not "in", "from", "at", "for"
  ("the film The Sea Inside from [Spain]", "the firm Acme in [London]"), not a plural kind ("the
  operators NTL and [Telewest]"), nor a run that another mention crosses, nor a possessive or a
  name going on after the span, nor "and" with "The" opening either side ("blockbuster The Aviator
  and [Vera Drake]": a list). The widened name votes
  the kind's label: WORK_OF_ART after a kind of work, ORG after a band or group.

Each test reads a few words on either side of a mention, so the pass is linear."""

from __future__ import annotations

import re
from collections import defaultdict

from pipelines.entities.cut_names import DETERMINERS, ROLE_WORDS
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.surfaces import analyse
from pipelines.entities.work_phrases import WORK_KINDS
from pipelines.wordlists import PLACE_LABELS

GROUP_KINDS = frozenset("band group blog weblog".split())
"""Kinds of group a name cut at a link word follows ("US band TV on the [Radio]")."""
WORK_KIND_WORDS = frozenset(WORK_KINDS) | frozenset("show book single".split())
"""Kinds of work, as :mod:`work_phrases` reads them, and "show", "book" and "single", which right
before a run with a link word in it are the work's kind."""
KIND_WORDS = GROUP_KINDS | WORK_KIND_WORDS
LINKS = ("on the", "of the", "and the", "without", "and", "of", "to", "on", "upon", "against")
"""Lower-case words inside names after a kind word ("TV on the Radio", "Dogs without Borders",
"Passport to Paradise"); not "with", which joins a song to its singer ("His song Here We Go Again
with [Norah Jones]")."""
_ITEM_OPENERS = ("The ", "A ")
"""A capitalised "The" or "A" opening either side of "and" opens a title of a list ("comedy series
Early Doors and [The Alan Clark Diaries]", "blockbuster The Aviator and [Vera Drake]")."""
JOIN_REASON = "joined to the name cut at a link word"
WINDOW = 80
"""Characters before a span read for the kind word and the name's first words."""
_WORD = r"[A-Z][\w&-]*(?:['’][a-rt-z]\w*)?"
"""A capitalised word, no possessive ("Ray and [Mike Leigh's] drama": an owner)."""
_LINK_ENDS = tuple(f" {link} " for link in LINKS)
_ANY_LINK_RE = re.compile(" (?:" + "|".join(sorted({link.split()[0] for link in LINKS})) + ")(?: the)? (?:[A-Z]|$)")
"""A link word before a capitalised word or the span, which a name cut at a link word has before
its span (a cheap test before :data:`_KIND_RUN_RE`)."""
_LINK = "(?:" + "|".join(LINKS) + ")"
_KIND_RUN_RE = re.compile(
    r"(?<![\w'’-])([a-z]+),?\s+(?:(?:called|named)\s+)?"
    rf"((?:{_WORD}\s+)+(?:{_LINK}\s+(?:{_WORD}\s+)*)*?{_LINK}\s+(?:{_WORD}\s+)*)$"
)
"""A kind word and the name's words before a span: capitalised words and link words, at least one
link ("band {TV on the }[Radio]", "show {Passport to }[Paradise]")."""
_POSSESSIVE_RUN_RE = re.compile(r"['’]s ((?:The |A )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})(?![\w'’&-]| [A-Z0-9])")
"""A possessive and the run of capitalised words after it, ending the name ("[Destiny]'s Child.")."""
_GOES_ON_RE = re.compile(r"['’]|\s[A-Z0-9]")
"""A possessive or a capitalised word or a number right after a span: the name's end is unknown
("comedy Bill and [Ted]'s Excellent Adventure", "Harold and [Kumar Get] The Munchies"); a span
ending in a possessive is an owner ("biopic Ray and [Mike Leigh's] abortion drama")."""
_WORD_BEFORE_RE = re.compile(r"([\w-]+)[,:]?\s+$")
POSSESSIVE_FROM = PLACE_LABELS | {"PERSON", "NORP"}
"""Labels a name widened across a possessive does not keep: it votes WORK_OF_ART instead."""


def _free(covered: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(s < b and a < e for s, e in covered)


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def _plain_articles(st, keys: set[str]) -> dict[str, set[str]]:
    """One-word match key of ``keys`` -> the articles naming it on its own (no possessive after it)."""
    plain: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        if st.surf[i].key in keys:
            text = st.article_text.get(st.art_ids[i], "")
            if text[st.ends[i] : st.ends[i] + 2] not in ("'s", "’s"):
                plain[st.surf[i].key].add(st.art_ids[i])
    return plain


def widen_possessive_names(st) -> None:
    """Widen one-word spans cut at a possessive inside a name (see the module docstring); ``st`` is
    the canonicaliser's ``state.State``, not imported: that would be a cycle."""
    todo, given = [], given_names()
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            s = st.surf[i]
            if s is None or text[st.ends[i] : st.ends[i] + 2] not in ("'s", "’s"):
                continue
            if s.ntok != 1 or s.acronym or s.honorific or s.titled or not s.name[:1].isupper():
                continue
            m = _POSSESSIVE_RUN_RE.match(text, st.ends[i])
            if m is None or not _free([(st.starts[j], st.ends[j]) for j in idx], m.start(1), m.end(1)):
                continue
            before = _word_before(text, st.starts[i])
            if match_key(before) in ROLE_WORDS or before in DETERMINERS:
                continue  # "composer [Massenet]'s Thais", "the [Queen]'s Lancashire Regiment": an owner
            todo.append((i, text, m.end(1), s.key in given or before in KIND_WORDS))
    if not todo:
        return
    plain = _plain_articles(st, {st.surf[i].key for i, _, _, _ in todo})
    found: dict[int, tuple] = {}
    for i, text, end, evidence in todo:
        phrase = text[st.starts[i] : end]
        if any(phrase not in st.article_text.get(a, "") for a in plain.get(st.surf[i].key, ())):
            continue  # "Keane's Hope" where "Keane" stands alone: the owner's
        wide = analyse(phrase, st.labels[i])
        if not isinstance(wide, str):
            found[i] = (wide, end, evidence)
    names = {wide.key for wide, _, evidence in found.values() if evidence}
    for i, (wide, end, _) in found.items():
        if wide.key in names:  # a given name or a kind word here, or where the phrase stands elsewhere
            st.surf[i], st.ends[i] = wide, end
            if st.labels[i] in POSSESSIVE_FROM and i not in st.kind_votes:
                st.kind_votes[i] = "WORK_OF_ART"


def widen_kind_runs(st) -> None:
    """Widen spans cut at a link word after a kind of work or group, taking in the mentions inside
    the name (see the module docstring)."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        spans = [(st.starts[j], st.ends[j], j) for j in idx]
        dropped = False
        for i in idx:
            if st.surf[i] is None:
                continue
            start = st.starts[i]
            if text[start - 1 : start] != " " or not (
                text.endswith(_LINK_ENDS, 0, start)
                or text[text.rfind(" ", max(0, start - WINDOW), start - 1) + 1 : start - 1][:1].isupper()
            ):
                continue  # the cheap common case: neither a link word nor a capitalised word before the span
            if not _ANY_LINK_RE.search(text, max(0, start - WINDOW), start):
                continue
            m = _KIND_RUN_RE.search(text, max(0, start - WINDOW), start)
            if m is None or m.group(1) not in KIND_WORDS:
                continue
            head = m.start(2)
            if text.endswith(("'s", "’s"), 0, st.ends[i]) or _GOES_ON_RE.match(text, st.ends[i]):
                continue  # an owner, or the name goes on
            if " and " in f" {m.group(2)}" and (
                text.startswith(_ITEM_OPENERS, start) or text.startswith(_ITEM_OPENERS, m.start(2))
            ):
                continue  # "Early Doors and [The Alan Clark Diaries]", "The Aviator and [Vera Drake]": a list
            inside = [j for s, e, j in spans if j != i and s < start and head < e]
            if any(st.starts[j] < head or st.surf[j] is None for j in inside):
                continue  # another name crosses the run's start
            wide = analyse(text[head : st.ends[i]], st.labels[i])
            if isinstance(wide, str):
                continue
            dropped = st.drop_joined(inside, JOIN_REASON) or dropped
            st.surf[i], st.starts[i] = wide, head
            st.kind_votes[i] = "ORG" if m.group(1) in GROUP_KINDS else "WORK_OF_ART"
        if dropped:
            st.by_article[aid] = [i for i in idx if st.surf[i] is not None]


def widen_inner_cuts(st) -> None:
    """Both widenings of the module docstring."""
    widen_possessive_names(st)
    widen_kind_runs(st)
