"""Spans the small model runs across a sentence end or a clause (pass 2d of
:mod:`pipelines.entities.canonical`): "Malcolm X. Besides Dee", "Warner Bros. However", "United
seemed home", "Bosvelt joined City", "Balco boss Victor Conte". Such a span is cut into pieces at

* a score ("Bath 17-16", "Republic of Georgia 6-7"), or a fixture's "v" between two names
  ("Bolton v Derby"; not in a name the model calls a law, "Roe v Wade", nor after a determiner,
  where the fixture names the match: "the Wales v England game");
* a sentence end: a full stop after a word that is no initial nor abbreviation ("AT&T. Consolidation"),
  or before a word that opens sentences and no name ("X. Besides", "Bros. However"; not "George
  W. Bush", "Arthur D. Little");
* a lower-case word that names do not hold ("seemed", "joined", "boss"; not "of", "and", "de",
  "van", "upon"), after a capitalised first word; one lower-case word ending the span ("Pascal
  Cygan missed", "Mary be") only when the model calls it no event, law or work ("Iraq war",
  "Berlinale Camera award" stay) and no determiner or possessive opens the phrase: there the
  lower-case words ending it are the phrase's noun ("the Xiluodu dam", "the Primera Liga club", "a
  Blu-ray disc", "the Commons home affairs committee", "Bafta's Interactive Entertainment committee");

* a year after a preposition ending the span ("The Fellowship of The Ring [from 2001]"; not "of":
  "the Lions of 1971");
* a year between a name and the next capitalised word (:func:`span_edges.year_cut`: "[the Royal
  Academy of Engineering 2004] Hinton Lecture");
* a minute glued to a player's name in a line-up (:func:`lineups.minute_start`: "Luis Garcia
  ([Nunez 73])", "[Miller 1], McAllister 10.");

and the mention names the piece with the most capitalised words ("Victor Conte"; the first of a
tie: "Malcolm X", "United"; the second when a person's role stands before it: "Barcelona star
Ronaldinho"), or is junk when no piece holds a capitalised word of two letters.
A name written so in three articles or more is left alone (a real name recurs). Each mention's
words are read once, so the pass is linear."""

from __future__ import annotations

import re
from collections import defaultdict

from pipelines.entities.fixtures import SCORE
from pipelines.entities.junk import after_determiner
from pipelines.entities.lineups import minute_start
from pipelines.entities.name_spans import narrow
from pipelines.entities.org_words import ORG_AFTER
from pipelines.entities.span_edges import year_cut
from pipelines.entities.surfaces import analyse
from pipelines.wordlists import NAME_PARTICLES, PERSON_BEFORE, SENTENCE_OPENERS

INNER_WORDS = NAME_PARTICLES | frozenset(
    "of and for the on in at to a an or with without by from upon under over against v vs y e et des dal am".split()
)
"""Lower-case words that stand inside names ("Bank of England", "Newcastle upon Tyne", "Dogs
without Borders", "Rio de Janeiro"): no cut there."""
ABBREVIATIONS = frozenset(
    "bros st mr mrs ms dr jr sr inc co corp ltd mt ft gen col lt sgt rev prof capt gov sen".split()
)
"""Words written with a full stop inside names ("Warner Bros. Pictures", "St. Louis")."""
KIND_LABELS = frozenset({"EVENT", "LAW", "WORK_OF_ART"})
"""Labels whose names end in a lower-case kind word ("the Iraq war", "Orange Prize for fiction")."""
MAX_ARTICLES = 2
"""A span cut so is named in at most this many articles."""
JUNK_REASON = "span across a clause"
FIXTURE_WORDS = frozenset("v vs vs.".split())
"""Words between the two sides of a fixture ("Bolton v Derby", "Brentford vs Manchester United")."""
YEAR_WORDS = frozenset("from in since until during".split())
"""Prepositions that glue a year onto a name ("The Fellowship of The Ring from 2001")."""
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_SCORE_RE = re.compile(SCORE)
"""A score ("2-1", "6-7"), which ends a name the model glued to its result."""


def _sentence_end(word: str, following: str) -> bool:
    """A full stop ends ``word`` and a sentence: ``following`` opens sentences, or ``word`` is no
    initial nor abbreviation."""
    if not word.endswith(".") or not following[:1].isupper():
        return False
    if following.lower() in SENTENCE_OPENERS:
        return True
    bare = word[:-1]
    return len(bare) > 1 and "." not in bare and bare.lower() not in ABBREVIATIONS


def _bad_word(word: str) -> bool:
    word = word.removesuffix(".")
    return word.isalpha() and word.islower() and word not in INNER_WORDS


def pieces(name: str, label: str, noun_phrase: bool = False) -> list[list[str]] | None:
    """The words of ``name`` cut at sentence ends and lower-case words (see the module
    docstring), inner words trimmed off each piece's ends; None when nothing cuts it."""
    words = name.split()
    last_capital = max((j for j, w in enumerate(words) if not w[:1].islower()), default=len(words))
    out: list[list[str]] = [[]]
    cut = False
    for j, w in enumerate(words):
        following = words[j + 1] if j + 1 < len(words) else ""
        if j and words[0][:1].isupper() and _bad_word(w):
            if (j == len(words) - 1 and label in KIND_LABELS) or (noun_phrase and j >= last_capital):
                out[-1].append(w)
                continue
            cut = True
            out.append([])
            continue
        if (
            j
            and w in FIXTURE_WORDS
            and label != "LAW"
            and not noun_phrase
            and words[j - 1][:1].isupper()
            and following[:1].isupper()
        ):
            cut = True  # "Bolton v Derby": a fixture's two sides (a court case, "Roe v Wade", is a LAW)
            out.append([])
            continue
        if j > 1 and j == len(words) - 1 and words[j - 1] in YEAR_WORDS and _YEAR_RE.fullmatch(w.rstrip(".,;:")):
            cut = True  # "The Fellowship of The Ring from 2001": when, not the name
            if out[-1][-1:] == [words[j - 1]]:
                out[-1].pop()
            out.append([])
            break
        if j and _SCORE_RE.fullmatch(w.rstrip(".,;:")):
            cut = True  # "Bath 17-16", "Rafael Nadal 6-2 6-7": a result, not the name
            out.append([])
            continue
        if j and words[j - 1].endswith(".") and w.lower() in SENTENCE_OPENERS and _sentence_end(words[j - 1], w):
            continue  # "Besides" of "Malcolm X. Besides Dee" opens the sentence, not the name
        if _sentence_end(w, following):
            cut = True
            out[-1].append(w[:-1] if w[:-1].lower() not in ABBREVIATIONS else w)
            out.append([])
            continue
        out[-1].append(w)
    if not cut:
        return None
    trimmed = []
    for p in out:
        while p and p[0].lower() in INNER_WORDS:
            p = p[1:]
        while p and p[-1].lower() in INNER_WORDS:
            p = p[:-1]
        trimmed.append(p)
    return trimmed


def _capitals(piece: list[str]) -> int:
    return sum(1 for w in piece if w[:1].isupper())


def _role_before(name: str, piece: list[str]) -> bool:
    """A person's role stands right before the last ``piece`` of ``name``."""
    head = name[: name.rfind(" ".join(piece))].split() if piece else []
    return bool(head) and head[-1].lower() in PERSON_BEFORE | ORG_AFTER


def best_piece(name: str, label: str, noun_phrase: bool = False) -> str | None:
    """The piece of a cut ``name`` it names ("" when none holds a capitalised word), or None when
    nothing cuts it; ``noun_phrase``: a determiner opens the span or stands before it."""
    cut = pieces(name, label, noun_phrase)
    if cut is None:
        return None
    best = max(cut, key=_capitals)  # max keeps the first of a tie
    if len(cut) == 2 and _capitals(cut[1]) == _capitals(best) and _role_before(name, cut[1]):
        best = cut[1]  # "Barcelona star Ronaldinho": the person the role names
    named = any(w[:1].isupper() and len(w.strip(".")) >= 2 for w in best)
    return " ".join(best) if named else ""


def cut_spans(st) -> None:
    """Point the live mentions that run across a sentence end or a clause at the piece they
    name, or drop them (see the module docstring); ``st`` is the canonicaliser's
    ``state.State``, not imported: that would be a cycle."""
    todo = []
    for i in st.live():
        name = st.surf[i].name
        if " " not in name:
            continue
        text = st.article_text.get(st.art_ids[i], "")
        start = st.starts[i]
        if name[-1].isdigit() and (k := minute_start(text, start, st.ends[i])) is not None:
            player = analyse(text[start:k].rstrip(), st.labels[i])  # "Nunez 73": the player
            st.surf[i] = None if isinstance(player, str) else player
            st.ends[i] = start + len(text[start:k].rstrip())
            continue
        if name[-1].isdigit() and (rest := year_cut(name, st.labels[i], text, st.ends[i])) is not None:
            todo.append((i, rest))  # "[the Royal Academy of Engineering 2004] Hinton Lecture"
            continue
        noun_phrase = (
            text[start : start + 4].lower() in ("the ", "an ")
            or after_determiner(text, start)
            or text.endswith(("'s ", "’s "), 0, start)
        )
        piece = best_piece(name, st.labels[i], noun_phrase)
        if piece is not None:
            todo.append((i, piece))
    if not todo:
        return
    articles: dict[str, set[str]] = defaultdict(set)
    for i, _ in todo:
        articles[st.surf[i].key].add(st.art_ids[i])
    for i, piece in todo:
        if len(articles[st.surf[i].key]) > MAX_ARTICLES:
            continue
        s = analyse(piece, st.labels[i]) if piece else JUNK_REASON
        if isinstance(s, str):
            st.surf[i] = None
            st.junk[JUNK_REASON] += 1
        else:
            st.surf[i] = s
            narrow(st, i, piece)
    for aid, idx in st.by_article.items():
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
