"""Coordinated names: the small model glues two names joined by "and" into one span ("Saints and
Lions", "Arsenal and Real Madrid", "[Celebrex and Bextra] products", "Shaun of the Dead and Shrek
2", "Halo 2 and Half Life 2") and gives the pair one label, often wrong. Such a span is split into
its two names, each a mention of its own (its offsets in the article; the pair's label, which the
vote of the name's entity weighs with its other mentions), before the canonicaliser's passes, when
the pair is named in one article only and each of its two names is a name of the corpus on its own
(the match key of another mention, maybe with a firm's legal form: "Leadplex LLC"), or one is and
the other is one word the corpus never writes in lower case ("[Celebrex] and Bextra"; not "Hopes and
Fears", nor a firm named for its founders, where a word is a person's: "Ernst and [Young]", "Marks
and [Spencer]"; nor a place of the gazetteer: "Trinidad and Tobago"): a name that holds "and" recurs
across articles ("Securities and Exchange Commission") or has a part that names nothing alone
("Department of Trade and Industry", "Hopes and Fears", "Trinidad and Tobago"). A name whose first
part holds "of" or "for" after a body's head ("Department for Work and Pensions", "Institute of
Economic and Social Research") stays whole, and so does a pair after a singular kind of work ("the
book [Angels and Demons]"). Not "&", which firms' names hold ("Johnson & Johnson", "Tate & Lyle").
The corpus's keys are counted once, so the pass is linear. A name of the corpus and a name of two
capitalised words or more, and two people's full names, are split too (:mod:`glued_coordinations`),
and so is a substitution the model spans whole ("[Wheatley for Hatley] (71)": two players,
:func:`lineups.substitution`), and so are items of a comma list glued into one span ("Year 3000,
[Crashed The Wedding, You Said No], and", "Shameless, [Hustle and Bodies] are": :mod:`glued_lists`).

A department's name the model cut at the "and" of its comma list ("Department for Culture, Media
and [Sport]") is made whole again (:func:`widen_departments`, a pass of the canonicaliser)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import polars as pl

from pipelines.entities import gazetteer
from pipelines.entities import glued_coordinations as glued
from pipelines.entities.common_words import CommonWords
from pipelines.entities.glued_lists import junctions, list_pieces, name_keys
from pipelines.entities.keys import match_key
from pipelines.entities.lineups import substitution
from pipelines.entities.surfaces import analyse, key_of
from pipelines.entities.work_phrases import WORK_KINDS
from pipelines.ids import stable_id
from pipelines.wordlists import LEGAL_FORMS

_WORD = r"(?:[A-Z][\w'’.-]*|\d[\w.]*)"
_NAME = rf"[A-Z][\w'’.-]*(?: (?:(?:of|the|de|on|in) )*{_WORD}){{0,4}}"
_PAIR_RE = re.compile(rf"(?:[Tt]he )?({_NAME}) and (?:[Tt]he )?({_NAME})")
"""Two names of one to five words joined by "and": capitalised words or figures ("Halo 2"), with
"of", "the" ... inside ("Shaun of the Dead"); a title's "The" before either."""
BODY_HEADS = frozenset(
    """Department Ministry Minister Secretary Office Institute Academy Council Commission Committee
    Centre Center School University College Society Association Federation Board Bureau Agency
    Authority Foundation Museum""".split()
)
"""First words of bodies' names whose "and" joins what the body is for ("Department for Work and
Pensions", "Ministry of Economy, Trade and Industry")."""
_BODY_RE = re.compile(r"(?:" + "|".join(sorted(BODY_HEADS)) + r")(?: [A-Z][\w'’-]*)* (?:of|for) ")
_COLUMNS = ("mention_id", "article_id", "text", "model_label", "start_char", "end_char")
MAX_ARTICLES = 1
_LEGAL_KEYS = frozenset(match_key(w) for w in LEGAL_FORMS)
"""Firms' legal forms as match keys: a firm named with one ("Leadplex LLC") is a name of the corpus
without it too ("[Leadplex] and PayPerAction")."""
TITLE_KINDS = frozenset(WORK_KINDS) | frozenset("book play single show game".split())
"""Singular kinds of work: one before the pair makes it one title ("the book [Angels and Demons]")."""
KIND_WINDOW = 20
"""Characters before a pair read for a kind of work."""
"""A pair so split is named in at most this many articles."""


def _splits(
    texts: list[str], labels: list[str], aids: list[str], starts: list[int], article_text: dict[str, str]
) -> dict[int, tuple[list[tuple[re.Match, int]], str]]:
    """Rows whose span is two names joined by "and" (see the module docstring) -> ((match, group)
    per name, the names' label)."""
    pairs = {
        i: m
        for i, t in enumerate(texts)
        if t and " and " in t and (m := _PAIR_RE.fullmatch(t)) and not _BODY_RE.match(m.group(1))
    }
    if not pairs:
        return {}
    articles: dict[str, set[str]] = defaultdict(set)
    for i in pairs:
        articles[texts[i].lower()].add(aids[i])
    names = set(zip(texts, labels))
    name_keys = {(t, lab): key_of(t, lab) for t, lab in names if t}
    key_articles: dict[str | None, set[str]] = defaultdict(set)
    for t, lab, aid in zip(texts, labels, aids):
        if t:
            key_articles[name_keys[t, lab]].add(aid)
    keys = set(key_articles)
    keys |= {k.rsplit(" ", 1)[0] for k in keys if k and k.rsplit(" ", 1)[-1] in _LEGAL_KEYS and " " in k}
    known = {}
    for i, m in pairs.items():
        if len(articles[texts[i].lower()]) <= MAX_ARTICLES:
            known[i] = [key_of(m.group(g), labels[i]) in keys for g in (1, 2)]
    lone = {i: pairs[i].group(2 if k[0] else 1) for i, k in known.items() if k.count(True) == 1}
    lone = {i: w for i, w in lone.items() if w.isalpha()}
    wide = {
        i: side
        for i, m in pairs.items()
        if i not in known or not all(known[i])
        if (side := glued.known_side(m, labels[i], key_articles, len(articles[texts[i].lower()]))) is not None
    }
    asked = [w.lower() for w in lone.values()] + [pairs[i].group(g).lower() for i, g in wide.items()]
    lower = glued.written_in_lower_case({glued.junction(pairs[i]) for i in wide}, article_text.values())
    words = CommonWords(article_text.values(), asked) if asked else None
    persons = _person_keys(names) if lone else set()
    surnames = {k.rsplit(" ", 1)[-1] for k in persons}
    out = {}
    for i, m in pairs.items():
        if gazetteer.lookup(match_key(texts[i])) is not None:
            continue  # "Trinidad and Tobago": one place
        k = known.get(i)
        if k is not None and (
            all(k)
            or (
                i in lone
                and not words.written_in_lower_case(lone[i].lower())
                and not {key_of(m.group(1 if k[0] else 2), labels[i]), lone[i].lower()} & (persons | surnames)
            )
        ):
            out[i] = ([(m, 1), (m, 2)], labels[i])
        elif glued.two_people(m):
            out[i] = ([(m, 1), (m, 2)], "PERSON")
        elif i in wide and glued.apart(m, wide[i], words, article_text.get(aids[i], ""), starts[i], lower):
            out[i] = ([(m, 1), (m, 2)], labels[i])
    return out


def _person_keys(names: set[tuple[str, str]]) -> set[str]:
    """Keys the model calls a person's under most of their spellings: with a lone word, a pair of
    them names a firm after its founders ("Ernst and Young", "Marks and Spencer")."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for t, lab in names:
        if t and (k := key_of(t, lab)) is not None:
            votes[k][lab == "PERSON"] += 1
    return {k for k, v in votes.items() if v[True] > v[False]}


def _one_title(text: str, start: int) -> bool:
    """A singular kind of work stands right before the span: its "and" is a title's ("Brown's
    first book [Angels and Demons]"; not "ITV1 shows [Doc Martin and Life Begins]")."""
    before = text[max(0, start - KIND_WINDOW) : start].split()
    return bool(before) and before[-1].lower() in TITLE_KINDS


def split_coordinations(mentions: pl.DataFrame, article_text: dict[str, str]) -> pl.DataFrame:
    """``mentions`` (the NER stage's columns) with each span of two names of the corpus joined by
    "and" replaced by its two names (see the module docstring); ``article_text``: article id ->
    text."""
    texts = mentions["text"].to_list()
    labels = mentions["model_label"].to_list()
    aids = mentions["article_id"].cast(pl.String).to_list()
    starts = mentions["start_char"].to_list()
    splits = {
        i: ([m.span(g) for m, g in parts], label)
        for i, (parts, label) in _splits(texts, labels, aids, starts, article_text).items()
        if not _one_title(article_text.get(aids[i], ""), starts[i])
    }
    ends = mentions["end_char"].to_list()
    for i, t in enumerate(texts):
        if t and " for " in t and (players := substitution(t, article_text.get(aids[i], ""), ends[i])):
            splits[i] = (list(players), "PERSON")  # "[Wheatley for Hatley] (71)": two players
    listed = _list_items(texts, labels, aids, starts, ends, article_text, splits)
    splits.update(listed)
    if not splits:
        return mentions
    rows = []
    for i, (parts, label) in splits.items():
        for a, b in parts:
            name, start = texts[i][a:b], starts[i] + a
            person = i in listed and glued.full_name(name.split())  # "[Child, Jill Scott] and New Edition"
            label_of = "PERSON" if person else label
            rows.append(
                (stable_id(aids[i], start, start + len(name)), aids[i], name, label_of, start, start + len(name))
            )
    new = pl.DataFrame(
        rows, schema=["mention_id", "article_id", "text", "model_label", "start_char", "end_char"], orient="row"
    )
    kept = mentions.filter(~pl.Series(range(mentions.height)).is_in(list(splits)))
    new = new.select([pl.col(c).cast(kept.schema[c]) for c in new.columns if c in kept.columns])
    return pl.concat([kept, new], how="diagonal_relaxed")


LIST_MAX_ARTICLES = 2
"""A span glued across a list's items is named in at most this many articles (a story the corpus holds
twice writes it twice)."""


def _list_items(texts, labels, aids, starts, ends, article_text, done) -> dict[int, tuple[list, str]]:
    """Rows (not in ``done``) whose span glues items of a comma list -> (the items' offsets in the span,
    the span's label; an item that is a person's full name is a person's) (:mod:`glued_lists`); the
    spans the corpus writes in more than two articles, and the pairs it writes in lower case, stay
    whole."""
    rows = [i for i, t in enumerate(texts) if t and i not in done and (", " in t or " and " in t)]
    if not rows:
        return {}
    articles: dict[str, set[str]] = defaultdict(set)
    for i in rows:
        articles[texts[i].lower()].add(aids[i])
    names = name_keys(t for t in texts if t and ", " not in t)
    found = {
        i: pieces
        for i in rows
        if len(articles[texts[i].lower()]) <= LIST_MAX_ARTICLES
        and (pieces := list_pieces(texts[i], article_text.get(aids[i], ""), starts[i], ends[i], names=names))
    }
    lower = glued.written_in_lower_case({j for i in found for j in junctions(texts[i])}, article_text.values())
    return {i: (pieces, labels[i]) for i, pieces in found.items() if not set(junctions(texts[i])) & lower}


_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_BODY_LIST_RE = re.compile(
    rf"(?:Department|Ministry|Secretary of State)\s+(?:of|for)\s+(?:the\s+)?(?:{_WORDS},\s+)*{_WORDS},?\s+and\s+$"
)
"""A department's name up to the "and" of its comma list ("Department for Culture, Media and
[Sport]", "Department for Education and [Skills]")."""
BODY_LIST_WINDOW = 80
"""Characters before a mention read for a department's name."""
WIDEN_REASON = "part of a department's name"


def widen_departments(st) -> None:
    """A mention the model cut off a department's name at the last item of its comma list takes
    in the name ("Department for Culture, Media and [Sport]" -> the whole name), and the mentions
    inside it are dropped; not a body of its own after the "and" ("Ministry of Health and [Home
    Office]"), nor a determiner's phrase ("Department of Justice and [the SEC]"); ``st`` is the
    canonicaliser's ``state.State``, not imported: that would be a cycle."""
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        for i in idx:
            s, start = st.surf[i], st.starts[i]
            if s is None or not text[start : start + 1].isupper() or text[start : st.ends[i]].split()[-1] in BODY_HEADS:
                continue
            m = _BODY_LIST_RE.search(text, max(0, start - BODY_LIST_WINDOW), start)
            if m is None or s.ntok > 2:
                continue
            wide = analyse(text[m.start() : st.ends[i]], st.labels[i])
            if isinstance(wide, str):
                continue
            for j in idx:
                if j != i and st.surf[j] is not None and m.start() < st.ends[j] <= start:
                    st.surf[j] = None
                    st.junk[WIDEN_REASON] += 1
            st.surf[i], st.starts[i] = wide, m.start()
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
