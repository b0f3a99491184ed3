"""Stories: articles grouped as a reader would group them.

:func:`group_stories` puts every article in exactly one *story* and marks *near-duplicates*
(republished agency copy) of an earlier article. It works in four near-linear passes:

1. **Shingles and MinHash.** Each text becomes the set of its word ``SHINGLE_WORDS``-grams
   (lower case, punctuation dropped), hashed to 32 bits, and a ``datasketch`` MinHash of that
   set. A ``MinHashLSH`` index (``LSH_BANDS`` bands of ``LSH_ROWS`` rows) returns the pairs whose
   Jaccard similarity is likely ``SHARED_TEXT`` or more; nothing compares all pairs.
2. **Near-duplicates.** Candidate pairs whose *exact* Jaccard on the shingle sets is at least
   ``DUPLICATE_JACCARD`` are the same copy, and so are two articles under one headline (case and
   spaces aside) that share ``TITLED_COPY_CONTAINMENT`` of the shorter text, and two under
   different headlines with the same opening and nearly all of the shorter text
   (:func:`~pipelines.stories.evidence.is_retitled_copy`). A copy group (such pairs, joined
   transitively) collapses to its original, the earliest published member, else the smallest
   article_id; ``duplicate_of`` of every other member is that original.
3. **Event evidence.** The originals are also paired through an inverted index of their salient
   named entities (entity types in ``SALIENT_LABELS``, in at most ``POSTING_CAP`` originals).
   The entity overlap (:func:`entity_overlap`) weights each canonical entity by its idf over the
   originals, so rare names (Oslo, Ramstein) count and ubiquitous ones (in more than
   ``COMMON_SHARE`` of the corpus) do not. A pair dated more than ``MAX_DAYS_APART`` apart is
   never the same event; any other needs several independent kinds of evidence
   (:func:`~pipelines.stories.evidence.pair_evidence`): shared names, and both leads found in
   the other report plus shared copy or the same time (the same day, or for undated reports the
   same weekday named in both leads). Shared names and a topic alone, or shared background
   copy, are not an event.
4. **Complete linkage.** Originals are merged greedily, strongest link first, only when every
   pair across the two groups is linked: a hub article that resembles two unrelated reports
   joins one of them, and a story never chains. Copies follow their original into its story.

Ids do not depend on row order: a story's id is a hash of its origin article (the earliest
published member, else the smallest article_id).

Only live articles are grouped. A removed article (``removed_at`` set) is in no story and
copies nothing (``story_id`` and ``duplicate_of`` null), so that it never names, identifies
or joins a story, nor makes a live article its copy.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np
import polars as pl

from pipelines.ids import stable_id
from pipelines.stories.evidence import (
    SHARED_ENTITY,
    Report,
    is_retitled_copy,
    pair_evidence,
    same_opening,
)
from pipelines.stories.features import features, minhash_values
from pipelines.stories.linkage import complete_linkage
from pipelines.stories.similarity import (
    NUM_PERM,
    entity_overlap,
    entity_vectors,
    idf_weights,
    jaccard,
    lsh_pairs,
    weights,
)
from pipelines.unionfind import UnionFind

# --------------------------------------------------------------------------- thresholds

DUPLICATE_JACCARD = 0.8
"""Exact shingle Jaccard from which two texts are one copy: a lightly edited republication
(new intro line, a changed word per paragraph) keeps well above it; two outlets' own reports
of one event stay far below it (0.15 for the two seed reports that share most agency text)."""

TITLED_COPY_CONTAINMENT = 0.6
"""Two articles under one headline are one copy when this share of the shorter one's 4-word
sequences is in the other: an update or a lightly edited republication (a dozen words changed
in 300 leaves Jaccard near 0.65, under DUPLICATE_JACCARD). Reports of one event under one
headline that share less are the same story, not copies."""

DUPLICATE_SCREEN_MARGIN = 0.2
"""The MinHash estimate screens near-duplicate candidates (except pairs under one headline or
with the same opening, which may be copies through containment): a pair estimated this far below
DUPLICATE_JACCARD cannot be a copy (over 4 standard errors of the estimate); the exact Jaccard
of the shingle sets decides the others."""

POSTING_CAP = 100
"""Entities named in more originals than this do not propose candidate pairs (they still
score): keeps candidate generation linear (at most POSTING_CAP pairs per mention). Pairs that
share only such names either share text too (the LSH finds them) or are not the same event."""

MAX_DAYS_APART = 0
"""Days between two dated articles beyond which they are different events. One agency or
outlet reports a happening the day it happens; on Reuters, dated pairs a day apart that share
their lead and copy are recurring reports (the daily money-market forecast, a bond issue
launched then priced), not one happening."""

TITLE_MAX_CHARS = 120
"""A story whose articles have no headline is titled by the first sentence of its origin
article, cut at a word boundary to this length."""

STORIES_SCHEMA = {
    "story_id": pl.String,
    "title": pl.String,
    "first_published": pl.Date,
    "n_articles": pl.Int64,
    "n_outlets": pl.Int64,
}
ASSIGNMENTS_SCHEMA = {
    "article_id": pl.String,
    "story_id": pl.String,
    "duplicate_of": pl.String,
}

# --------------------------------------------------------------------------- helpers


def _first_sentence(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    if not text:
        return None
    m = re.search(r"(?<=[.!?])\s+(?=[\"“‘'A-Z0-9])", text)
    sentence = text[: m.start()] if m else text
    if len(sentence) > TITLE_MAX_CHARS:
        cut = sentence[:TITLE_MAX_CHARS].rsplit(" ", 1)[0]
        sentence = cut.rstrip(",;:-–—") + "…"
    return sentence


def _days_apart(a, b) -> int | None:
    if a is None or b is None:
        return None
    return abs((a - b).days)


# --------------------------------------------------------------------------- main


def group_stories(articles: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Group articles into stories and mark near-duplicates.

    ``articles``: article_id, title (nullable), text, published_at (Date, nullable) and
    optionally outlet (nullable). ``mentions``: article_id, entity_id and optionally label,
    one row per canonical entity mention.

    Returns ``(stories, assignments)``:
    ``stories(story_id, title, first_published, n_articles, n_outlets)`` and
    ``assignments(article_id, story_id, duplicate_of)``, one row per article; see
    ``STORIES_SCHEMA`` / ``ASSIGNMENTS_SCHEMA`` and the module docstring. Articles with
    ``removed_at`` set are grouped with nothing: their story_id and duplicate_of are null.
    """
    stories, assignments, _ = stories_and_digests(articles, mentions)
    return stories, assignments


def stories_and_digests(
    articles: pl.DataFrame, mentions: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, np.ndarray | None]]:
    """:func:`group_stories`, and each live article's MinHash values (None for a text without
    words): the LSH index is cut from them (:mod:`pipelines.stories.signatures`), so the shingles
    and MinHashes are computed once for both."""
    if "removed_at" in articles.columns:
        gone = pl.col("removed_at").is_not_null()
        stories, assignments, digests = stories_and_digests(articles.filter(~gone).drop("removed_at"), mentions)
        removed = articles.filter(gone).select(pl.col("article_id").cast(pl.String)).unique()
        assignments = pl.concat([assignments, removed], how="diagonal").cast(ASSIGNMENTS_SCHEMA)
        return stories, assignments.sort("article_id"), digests
    if articles.is_empty():
        return pl.DataFrame(schema=STORIES_SCHEMA), pl.DataFrame(schema=ASSIGNMENTS_SCHEMA), {}
    c = _Corpus(canonical_frame(articles))
    text_pairs = c.text_candidates()
    exact, copies = c.near_duplicates(text_pairs)
    originals = [i for i in range(c.n) if copies.find(i) == i]
    edges = c.event_edges(originals, text_pairs, exact, mentions)
    cluster_of = complete_linkage(originals, edges)
    stories, assignments = c.outputs([cluster_of[copies.find(i)] for i in range(c.n)], copies)
    return stories, assignments, c.digests()


def canonical_frame(articles: pl.DataFrame) -> pl.DataFrame:
    """The articles' columns (missing optional ones null), one row per article_id, in canonical
    order: earliest published first (undated last), then article_id. Index i of every list of
    :class:`_Corpus` is a position in this order, so "smaller index" means "the original"."""

    def column(name: str, dtype) -> pl.Expr:
        if name in articles.columns:
            return pl.col(name).cast(dtype)
        return pl.lit(None, dtype=dtype).alias(name)

    frame = articles.select(
        pl.col("article_id").cast(pl.String),
        column("title", pl.String),
        pl.col("text").cast(pl.String),
        column("published_at", pl.Date),
        column("outlet", pl.String),
    ).unique("article_id", keep="first", maintain_order=True)
    return frame.sort([pl.col("published_at").is_null(), "published_at", "article_id"], nulls_last=True)


class _Corpus:
    """The articles in canonical order, with their shingle sets and MinHashes."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self.ids: list[str] = frame["article_id"].to_list()
        self.titles: list[str | None] = frame["title"].to_list()
        self.texts: list[str | None] = frame["text"].to_list()
        self.dates = frame["published_at"].to_list()
        self.outlets: list[str | None] = frame["outlet"].to_list()
        self.n = len(self.ids)
        self.sets, self.mhs, self.reports = features(self.texts, self.titles)

    def digests(self) -> dict[str, np.ndarray | None]:
        """Each article's MinHash values, None for a text without words."""
        return dict(zip(self.ids, minhash_values(self.sets, self.mhs)))

    def text_candidates(self) -> set[tuple[int, int]]:
        """1. Pairs (i < j) whose MinHashes share an LSH bucket."""
        return lsh_pairs(self.mhs, [bool(s) for s in self.sets])

    def near_duplicates(self, text_pairs: set[tuple[int, int]]) -> tuple[dict[tuple[int, int], float], UnionFind]:
        """2. Copy groups: candidate pairs with an exact shingle Jaccard of DUPLICATE_JACCARD or
        more, or with one headline and TITLED_COPY_CONTAINMENT of the shorter text shared, joined
        transitively. Returns the exact Jaccards computed and the union-find whose root of each
        group is its earliest member (the original)."""
        digests = np.stack([m.hashvalues for m in self.mhs]) if self.n else np.zeros((0, NUM_PERM))
        titled = self.same_title_pairs()
        exact: dict[tuple[int, int], float] = {}
        uf = UnionFind()
        for i, j in sorted(text_pairs | titled):
            ri, rj, same_title = self.reports[i], self.reports[j], (i, j) in titled
            if not may_copy(ri, rj, same_title, float(np.mean(digests[i] == digests[j]))):
                continue
            jac = exact[(i, j)] = jaccard(self.sets[i], self.sets[j])
            if is_copy(self.sets[i], self.sets[j], ri, rj, same_title, jac):
                ri, rj = uf.find(i), uf.find(j)
                uf.union(max(ri, rj), min(ri, rj))  # the smaller index (the earlier article) stays the root
        return exact, uf

    def same_title_pairs(self) -> set[tuple[int, int]]:
        """Pairs (i < j) of articles whose headlines are equal up to case and white space."""
        by_title: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(self.titles):
            if t and t.strip():
                by_title[" ".join(t.lower().split())].append(i)
        return {(a, b) for ms in by_title.values() for k, a in enumerate(ms) for b in ms[k + 1 :]}

    def event_edges(
        self,
        originals: list[int],
        text_pairs: set[tuple[int, int]],
        exact: dict[tuple[int, int], float],
        mentions: pl.DataFrame,
    ) -> dict[tuple[int, int], float]:
        """3. Same-event evidence of every candidate pair of originals (text or entity candidates)
        whose dates, where both are known, are at most MAX_DAYS_APART apart."""
        counts = entity_vectors(mentions, (self.ids[i] for i in originals))
        df = Counter(e for i in originals for e in counts.get(self.ids[i], ()))
        idf = idf_weights(df, len(originals))
        word_idf = idf_weights(Counter(w for i in originals for w in self.reports[i].words), len(originals))
        vectors = {i: weights(counts.get(self.ids[i], Counter()), idf) for i in originals}
        is_original = set(originals)
        candidates = {(i, j) for i, j in text_pairs if i in is_original and j in is_original}
        candidates |= _entity_candidates(originals, vectors)
        edges: dict[tuple[int, int], float] = {}
        for i, j in candidates:
            ev = event_evidence(
                self.reports[i],
                self.reports[j],
                word_idf,
                (self.sets[i], self.sets[j]),
                exact.get((i, j)),
                entity_overlap(vectors[i], vectors[j]),
                _days_apart(self.dates[i], self.dates[j]),
            )
            if ev > 0.0:
                edges[(i, j)] = ev
        return edges

    def outputs(self, story_key: list[int], copies: UnionFind) -> tuple[pl.DataFrame, pl.DataFrame]:
        """The stories and assignments frames, given each article's story key (a position)."""
        story_members: dict[int, list[int]] = defaultdict(list)
        for i in range(self.n):
            story_members[story_key[i]].append(i)
        story_rows = []
        story_of = [""] * self.n
        for members in story_members.values():
            members.sort()
            sid = stable_id("story", self.ids[members[0]])
            for i in members:
                story_of[i] = sid
            story_rows.append(self.story_row(sid, members))
        duplicate_of = [None if copies.find(i) == i else self.ids[copies.find(i)] for i in range(self.n)]
        stories = pl.DataFrame(story_rows, schema=STORIES_SCHEMA).sort("story_id")
        assignments = pl.DataFrame(
            {"article_id": self.ids, "story_id": story_of, "duplicate_of": duplicate_of}, schema=ASSIGNMENTS_SCHEMA
        ).sort("article_id")
        return stories, assignments

    def story_row(self, sid: str, members: list[int]) -> dict:
        """A story's row: titled by its first member with a headline, else its origin's first sentence."""
        title = next((self.titles[i] for i in members if self.titles[i]), None)
        known = [self.dates[i] for i in members if self.dates[i] is not None]
        return {
            "story_id": sid,
            "title": title or _first_sentence(self.texts[members[0]]),
            "first_published": min(known) if known else None,
            "n_articles": len(members),
            "n_outlets": len({self.outlets[i] for i in members if self.outlets[i] is not None}),
        }


# --------------------------------------------------------------------------- pair rules (shared with incremental.py)


def may_copy(a: Report, b: Report, same_title: bool, estimate: float) -> bool:
    """Whether a text candidate pair can be one copy, before its exact Jaccard: under one headline,
    with the same opening (a copy through containment), or a MinHash ``estimate`` within
    DUPLICATE_SCREEN_MARGIN of DUPLICATE_JACCARD."""
    return same_title or same_opening(a, b) or estimate >= DUPLICATE_JACCARD - DUPLICATE_SCREEN_MARGIN


def is_copy(sa: set[int], sb: set[int], a: Report, b: Report, same_title: bool, jac: float) -> bool:
    """One copy: an exact shingle Jaccard ``jac`` of DUPLICATE_JACCARD; else, under one headline,
    TITLED_COPY_CONTAINMENT of the shorter text shared; under two, the same opening and nearly all
    of the shorter text (:func:`is_retitled_copy`)."""
    if jac >= DUPLICATE_JACCARD:
        return True
    contained = len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0
    return contained >= TITLED_COPY_CONTAINMENT if same_title else is_retitled_copy(a, b, contained)


def event_evidence(
    a: Report,
    b: Report,
    word_idf: dict[str, float],
    sets: tuple[set[int], set[int]],
    jac: float | None,
    entities: float,
    gap: int | None,
) -> float:
    """Same-event evidence of two originals (:func:`pair_evidence`): 0 when dated more than
    MAX_DAYS_APART apart or with an entity overlap under SHARED_ENTITY (then the shingle Jaccard,
    ``jac`` unless already known, is not computed)."""
    if gap is not None and gap > MAX_DAYS_APART or entities < SHARED_ENTITY:
        return 0.0
    jac = jaccard(*sets) if jac is None else jac
    return pair_evidence(a, b, word_idf, jac, entities, gap)


def _entity_candidates(originals: list[int], vectors: dict) -> set[tuple[int, int]]:
    """Pairs of originals sharing a weighted entity named in at most POSTING_CAP originals."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i in originals:
        for e in vectors[i][0]:
            postings[e].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 1 < len(members) <= POSTING_CAP:
            for a_pos, a in enumerate(members):
                for b in members[a_pos + 1 :]:
                    pairs.add((a, b))
    return pairs
