"""Incremental story grouping: a run's new articles joined to the stories the warehouse holds,
at a cost that follows the new articles and their candidates, not the archive.

:func:`pipelines.stories.grouping.group_stories` regroups every live article. :func:`assign_new`
takes only the new (or changed) live articles and a read-only connection to the warehouse as the
last run left it, and applies the same rules against what is stored:

1. **Candidates.** The new articles' MinHash bands are joined in SQL with the persisted index
   (``story_signatures``, see :mod:`pipelines.stories.signatures`), which finds exactly the
   stored articles the full path's LSH would pair them with; stored articles under the same
   headline are candidates too, and so are stored originals that name one of a new original's
   rare salient entities (named in at most ``POSTING_CAP`` originals, stored and new). Stored
   candidates dated more than ``MAX_DAYS_APART`` from the new article are left out in SQL,
   unless they share the buckets of a possible copy (``COPY_BANDS``). No stored text is read
   but those of text candidates (for the copy rules, which need the leads) and of candidate
   pairs of originals that share enough names (``SHARED_ENTITY``) for event evidence.
2. **Copies.** A candidate pair is one copy by the full path's rules (:func:`may_copy`,
   :func:`is_copy`). A new copy of a stored article gets ``duplicate_of`` its original (the
   stored original stays one, even when the copy is dated earlier); new copies of a new article
   follow the earliest of them.
3. **Events.** Every candidate pair of originals gets the full path's evidence
   (:func:`event_evidence` on :class:`~pipelines.stories.evidence.Report` features of both
   texts), with entity and word rarities (idf) over the stored and new originals (the words'
   document frequencies are counted in SQL over the stored texts: :meth:`Stored.word_frequency`).
4. **Linkage.** Stored stories are clusters already made: their ids and members stay. By
   complete linkage (:func:`~pipelines.stories.attach.attach`), a new original joins a stored
   story only when it has evidence with every live original of that story, and new originals
   group with each other only when every pair among them has evidence; two stored stories are
   never merged. New articles that join nothing start their own story, named after its origin
   as in the full path. Copies follow their original.

Differences from a full regrouping, by design: stored stories are never split or merged, nor
their stored pairs re-weighed as the idf drifts with new articles; a stored original stays the
original of a new earlier-dated copy; a stored retitled copy (same opening, containment) dated on
another day and sharing fewer than COPY_BANDS buckets is not looked up. The full path
(group_stories) regroups everything.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import duckdb
import numpy as np
import polars as pl

from pipelines.ids import stable_id
from pipelines.stories.attach import Node, attach
from pipelines.stories.evidence import SHARED_ENTITY, Report, report
from pipelines.stories.features import features, minhash_values
from pipelines.stories.grouping import (
    ASSIGNMENTS_SCHEMA,
    MAX_DAYS_APART,
    POSTING_CAP,
    canonical_frame,
    event_evidence,
    is_copy,
    may_copy,
)
from pipelines.stories.signatures import COPY_BANDS, SIGNATURES_SCHEMA, signature_rows
from pipelines.stories.similarity import (
    NUM_PERM,
    entity_overlap,
    entity_vectors,
    idf_weights,
    jaccard,
    shingles,
    weights,
)
from pipelines.stories.stored import Stored
from pipelines.stories.story_rows import story_rows
from pipelines.unionfind import UnionFind

STORED_TEXTS_HELD = 2000
"""Most stored articles whose shingle sets and reports (tens of kB each, in Python objects) the
copy rules hold at once: the candidate pairs are checked in runs naming at most this many, each
run's stored texts read and then dropped, so the memory of a run follows the batch, not how many
stored articles its articles resemble (a new copy of an article stored ten times has ten)."""

# An article here is a new one by its position in canonical order (int), a stored one by its
# article_id (str): attach's Node.


@dataclass(frozen=True)
class Increment:
    """What :func:`assign_new` gives the loader to upsert.

    ``stories`` (STORIES_SCHEMA): the rows of every story a new article joins or starts, and of
    every stored story one of the new articles' former rows left; ``assignments``
    (ASSIGNMENTS_SCHEMA): one row per new live article; ``signatures`` (SIGNATURES_SCHEMA): the
    new articles' index rows; ``dropped_stories``: stored stories left with no live article,
    whose rows go."""

    stories: pl.DataFrame
    assignments: pl.DataFrame
    signatures: pl.DataFrame
    dropped_stories: list[str]


def title_key(title: str | None) -> str | None:
    """A headline up to case and white space (the full path's same-title test)."""
    key = " ".join((title or "").lower().split())
    return key or None


def assign_new(articles: pl.DataFrame, mentions: pl.DataFrame, stored: duckdb.DuckDBPyConnection) -> Increment:
    """Assign this run's new or changed live ``articles`` (article_id, title, text, published_at,
    outlet) to stories, given their ``mentions`` with entity labels (as group_stories takes them)
    and a read-only connection ``stored`` to the warehouse the last run wrote (articles with
    story_id and duplicate_of, stories, mentions, entities, story_signatures). Stored rows of the
    given article_ids are ignored. See the module docstring."""
    if "removed_at" in articles.columns:
        articles = articles.filter(pl.col("removed_at").is_null())
    new = _New(canonical_frame(articles))
    db = Stored(stored, new.ids)
    signatures = signature_rows(new.ids, new.digests)
    cands = _Candidates(new, db, signatures)
    copies, exact = cands.copies()
    originals = [i for i in range(new.n) if copies.find(i) == i]
    edges = cands.event_edges(originals, exact, mentions)
    story_of = cands.link(originals, edges)
    return _outputs(new, db, cands, copies, story_of, signatures)


class _New:
    """The new articles in canonical order, with shingle sets, MinHash values and reports."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self.frame = frame
        self.ids: list[str] = frame["article_id"].to_list()
        self.titles: list[str | None] = frame["title"].to_list()
        self.texts: list[str | None] = frame["text"].to_list()
        self.dates = frame["published_at"].to_list()
        self.n = len(self.ids)
        self.sets, mhs, self.reports = features(self.texts, self.titles)
        self.digests = minhash_values(self.sets, mhs)


class _Candidates:
    """The new articles and the stored articles they may copy or report with."""

    def __init__(self, new: _New, db: Stored, signatures: pl.DataFrame) -> None:
        self.new, self.db = new, db
        position = {a: i for i, a in enumerate(new.ids)}
        own = signatures.join(signatures, on=["band", "bucket"], suffix="_b").select("article_id", "article_id_b")
        self.text_pairs: set[tuple[Node, Node]] = {
            (min(position[a], position[b]), max(position[a], position[b])) for a, b in own.iter_rows() if a != b
        }
        lsh = db.lsh_pairs(signatures, new.frame.select("article_id", "published_at"), COPY_BANDS, MAX_DAYS_APART)
        self.text_pairs |= {(position[n], s) for n, s in lsh.iter_rows()}
        keys = {i: title_key(t) for i, t in enumerate(new.titles)}
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, k in keys.items():
            if k:
                by_key[k].append(i)
        self.titled = {(a, b) for ms in by_key.values() for x, a in enumerate(ms) for b in ms[x + 1 :]}
        found = db.title_pairs({new.ids[i]: k for i, k in keys.items() if k})
        self.info: dict[str, dict] = {}
        self.digests: dict[str, np.ndarray] = {}
        self.sets: dict[str, set[int]] = {}
        self.reports: dict[str, Report] = {}
        self.load([s for _, s in self.text_pairs if isinstance(s, str)] + found["article_id"].to_list())
        self.titled |= {
            (position[n], s) for n, s in found.iter_rows() if title_key(self.info[s]["title"]) == keys[position[n]]
        }

    def load(self, ids: list[str]) -> None:
        """Read the stored rows (not the texts) of candidates not read yet."""
        missing = sorted({a for a in ids if a not in self.info})
        if missing:
            self.info.update((row["article_id"], row) for row in self.db.articles(missing).iter_rows(named=True))

    def forget_texts(self) -> None:
        """Drop the stored articles' shingle sets and reports read so far (read again if needed)."""
        self.sets.clear()
        self.reports.clear()

    def read_texts(self, pairs) -> None:
        """Read the texts (shingles and report) of the stored articles in ``pairs`` not read yet."""
        missing = sorted({b for _, b in pairs if isinstance(b, str)} - set(self.sets))
        for a, text in self.db.texts(missing).items():
            self.sets[a] = shingles(text)
            self.reports[a] = report(text, self.info[a]["title"])

    # --- per article, new (int) or stored (str)

    def set(self, x: Node) -> set[int]:
        return self.new.sets[x] if isinstance(x, int) else self.sets[x]

    def digest(self, x: Node) -> np.ndarray | None:
        return self.new.digests[x] if isinstance(x, int) else self.digests.get(x)

    def date(self, x: Node):
        return self.new.dates[x] if isinstance(x, int) else self.info[x]["published_at"]

    def report(self, x: Node) -> Report:
        return self.new.reports[x] if isinstance(x, int) else self.reports[x]

    def gap(self, a: Node, b: Node) -> int | None:
        """Days between two articles' dates; None unless both are known."""
        da, db = self.date(a), self.date(b)
        return abs((da - db).days) if da is not None and db is not None else None

    def original(self, x: Node) -> Node:
        """A stored article's original (itself unless it is a copy of a stored live article
        that was read: a copy whose original is no longer there stands for itself); a new
        article as is."""
        if isinstance(x, int):
            return x
        original = self.info[x]["duplicate_of"]
        return original if original in self.info else x

    # --- 2. copies

    def copies(self) -> tuple[UnionFind, dict[tuple[Node, Node], float]]:
        """Copy groups of the new articles: the root of a group is its stored original if it has
        one, else its earliest new member. Returns them and the exact Jaccards computed.

        The pairs are checked in three stages: with a stored article that stands for itself,
        with a stored copy of a stored candidate, between new articles. A pair whose joining
        would change nothing (one group already, or two groups with stored roots, which are
        never joined) is not checked, nor its stored text read: a new copy of an article
        stored ten times is checked against its original, not against the ten."""
        exact: dict[tuple[Node, Node], float] = {}
        uf = UnionFind()
        pairs = self.text_pairs | self.titled
        stage = {p: 2 if isinstance(p[1], int) else int(self.original(p[1]) != p[1]) for p in pairs}
        held = False
        for k in range(3):
            todo = sorted(
                (p for p in pairs if stage[p] == k and not self.settled(uf, *p)), key=lambda p: (p[0], str(p[1]))
            )
            for run in _runs(todo, STORED_TEXTS_HELD):
                if held:
                    self.forget_texts()  # the last run's texts stay, for the event rules
                held = True
                stored = {b for _, b in run if isinstance(b, str)}
                self.digests.update(self.db.digests(sorted(stored - set(self.digests))))  # for the screen
                self.read_texts(run)
                for a, b in run:
                    if not self.settled(uf, a, b):
                        self.check_copy(uf, exact, a, b)
        return uf, exact

    def settled(self, uf: UnionFind, a: int, b: Node) -> bool:
        """Whether joining ``a`` and ``b`` as copies would change nothing."""
        ra, rb = uf.find(a), uf.find(self.original(b))
        return ra == rb or isinstance(ra, str) and isinstance(rb, str)

    def check_copy(self, uf: UnionFind, exact: dict[tuple[Node, Node], float], a: int, b: Node) -> None:
        """Join ``a`` and ``b`` (a stored one by its original) when they are one copy."""
        ra, rb, same_title = self.report(a), self.report(b), (a, b) in self.titled
        if not may_copy(ra, rb, same_title, self.estimate(a, b)):
            return
        sa, sb = self.set(a), self.set(b)
        jac = exact[(a, b)] = jaccard(sa, sb)
        if is_copy(sa, sb, ra, rb, same_title, jac):
            if isinstance(b, str):
                self.load([self.info[b]["duplicate_of"] or b])
            _join_copies(uf, a, self.original(b))

    def estimate(self, a: Node, b: Node) -> float:
        """The MinHash estimate of two articles' shingle Jaccard (0 when one has no words)."""
        da, db = self.digest(a), self.digest(b)
        return np.count_nonzero(da == db) / NUM_PERM if da is not None and db is not None else 0.0

    # --- 3. event evidence

    def event_edges(
        self, originals: list[int], exact: dict[tuple[Node, Node], float], mentions: pl.DataFrame
    ) -> dict[tuple[Node, Node], float]:
        """Same-event evidence (:func:`event_evidence`) of every candidate pair (new original,
        stored or new original) whose dates, where both are known, are at most MAX_DAYS_APART
        apart: the stored texts of the pairs that share SHARED_ENTITY of their names are read."""
        pairs, vectors = self.event_candidates(originals, mentions)
        entity = {p: entity_overlap(vectors[p[0]], vectors[p[1]]) for p in pairs}
        pairs = {p for p in pairs if entity[p] >= SHARED_ENTITY}
        self.read_texts(pairs)
        word_idf = self.word_idf(originals, pairs)
        edges: dict[tuple[Node, Node], float] = {}
        for a, b in pairs:
            sets = (self.set(a), self.set(b))
            ev = event_evidence(
                self.report(a), self.report(b), word_idf, sets, exact.get((a, b)), entity[(a, b)], self.gap(a, b)
            )
            if ev > 0.0:
                edges[(a, b)] = ev
        return edges

    def word_idf(self, originals: list[int], pairs: set[tuple[Node, Node]]) -> dict[str, float]:
        """The idf, over the stored and new originals, of every lead and headline word of the
        pairs' reports (the words :func:`~pipelines.stories.evidence.lead_coverage` and
        :func:`~pipelines.stories.evidence.headlines_apart` weigh)."""
        wanted = {w for p in pairs for x in p for w in self.report(x).lead | self.report(x).headline}
        df = Counter(w for i in originals for w in self.new.reports[i].words & wanted)
        df.update(self.db.word_frequency(sorted(wanted)))
        return idf_weights(df, self.db.n_originals() + len(originals))

    def event_candidates(
        self, originals: list[int], mentions: pl.DataFrame
    ) -> tuple[set[tuple[Node, Node]], dict[Node, tuple[dict[str, float], float]]]:
        """Candidate pairs of originals within MAX_DAYS_APART (text candidates and pairs that
        share a rare entity), and the weighted entity vector of every original in them, with
        the idf over the stored and the new originals."""
        new, db = self.new, self.db
        counts: dict[Node, Counter] = {i: c for i, c in _by_position(entity_vectors(mentions, new.ids), new).items()}
        df = Counter(e for i in originals for e in counts.get(i, ()))
        df.update(db.document_frequency(sorted(df)))
        n_docs = db.n_originals() + len(originals)
        idf = idf_weights(df, n_docs)
        rare = sorted(e for e, d in df.items() if d <= POSTING_CAP and idf[e] > 0.0)
        is_original = set(originals)
        pairs = {p for p in self.text_pairs if p[0] in is_original and self._is_original(p[1], is_original)}
        is_rare = set(rare)
        named = pl.DataFrame(
            [(e, new.dates[i]) for i in originals for e in counts.get(i, ()) if e in is_rare],
            schema={"entity_id": pl.String, "published_at": pl.Date},
            orient="row",
        )
        pairs |= self._entity_pairs(originals, counts, rare, db.naming(named, MAX_DAYS_APART))
        self.load([b for _, b in pairs if isinstance(b, str)])
        pairs = {(a, b) for a, b in pairs if (self.gap(a, b) or 0) <= MAX_DAYS_APART}
        stored_ids = sorted({b for _, b in pairs if isinstance(b, str)})
        counts.update(db.entity_counts(stored_ids))
        unseen = sorted({e for s in stored_ids for e in counts.get(s, ())} - set(df))
        idf.update(idf_weights(db.document_frequency(unseen), n_docs))
        return pairs, {x: weights(counts.get(x, Counter()), idf) for x in originals + stored_ids}

    def _is_original(self, x: Node, new_originals: set[int]) -> bool:
        return x in new_originals if isinstance(x, int) else self.info[x]["duplicate_of"] is None

    def _entity_pairs(
        self, originals: list[int], counts: dict[Node, Counter], rare: list[str], naming: pl.DataFrame
    ) -> set[tuple[Node, Node]]:
        """Pairs of a new original and another original (stored or new) that share a rare
        weighted entity."""
        postings: dict[str, list[Node]] = defaultdict(list)
        for i in originals:
            for e in counts.get(i, ()):
                postings[e].append(i)
        for s, e in naming.iter_rows():
            postings[e].append(s)
        pairs: set[tuple[Node, Node]] = set()
        for e in rare:
            members = postings[e]
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    if isinstance(a, int):
                        pairs.add((min(a, b), max(a, b)) if isinstance(b, int) else (a, b))
        return pairs

    # --- 4. linkage

    def link(self, originals: list[int], edges: dict[tuple[Node, Node], float]) -> dict[int, Node]:
        """Each new original's story: a stored story_id (str) or the position of the new group's
        smallest member (int)."""
        story_of_stored = {s: self.info[s]["story_id"] for _, s in edges if isinstance(s, str)}
        sizes = self.db.story_originals(sorted({s for s in story_of_stored.values() if s is not None}))
        links: dict[tuple[int, Node], list[float]] = defaultdict(list)
        for (a, b), w in edges.items():
            key = story_of_stored[b] if isinstance(b, str) else b
            if key is not None:
                links[(a, key)].append(w)
        return attach(originals, sizes, links)


HEAD_CHARS = 1000
"""Characters of a stored text read for the first sentence that titles an untitled story (cut
at TITLE_MAX_CHARS)."""


def _runs(pairs: list[tuple[Node, Node]], most: int) -> Iterator[list[tuple[Node, Node]]]:
    """``pairs`` in order, cut into runs of consecutive pairs that name at most ``most`` stored
    articles each (a pair names at most one)."""
    run: list[tuple[Node, Node]] = []
    stored: set[str] = set()
    for pair in pairs:
        named = {x for x in pair if isinstance(x, str)}
        if run and len(stored | named) > most:
            yield run
            run, stored = [], set()
        run.append(pair)
        stored |= named
    if run:
        yield run


def _join_copies(uf: UnionFind, a: int, b: Node) -> None:
    """One copy group of a and b: a stored original stays the root (two stored originals are
    never joined), else the earlier new article."""
    ra, rb = uf.find(a), uf.find(b)
    if ra == rb or isinstance(ra, str) and isinstance(rb, str):
        return
    if isinstance(ra, str) or isinstance(rb, int) and rb > ra:
        ra, rb = rb, ra
    uf.union(ra, rb)


def _by_position(counts: dict[str, Counter], new: _New) -> dict[int, Counter]:
    return {i: counts[a] for i, a in enumerate(new.ids) if a in counts}


def _outputs(
    new: _New, db: Stored, cands: _Candidates, copies: UnionFind, story_of: dict[int, Node], signatures: pl.DataFrame
) -> Increment:
    """The increment: each new article's story (its original's) and original, and the rows of
    the stories it touches."""
    story_ids: list[str] = []
    duplicate_of: list[str | None] = []
    for i in range(new.n):
        root = copies.find(i)
        key = cands.info[root]["story_id"] if isinstance(root, str) else story_of[root]
        story_ids.append(key if isinstance(key, str) else stable_id("story", new.ids[key]))
        duplicate_of.append(root if isinstance(root, str) else None if root == i else new.ids[root])
    assignments = pl.DataFrame(
        {"article_id": new.ids, "story_id": story_ids, "duplicate_of": duplicate_of}, schema=ASSIGNMENTS_SCHEMA
    )
    touched = sorted(
        set(db.former_stories())
        | {cands.info[r]["story_id"] for r in _stored_roots(copies, new)}
        | {s for s in story_of.values() if isinstance(s, str)}
    )
    members = pl.concat(
        [
            db.story_members(touched),
            new.frame.with_columns(story_id=pl.Series(story_ids, dtype=pl.String)).select(
                "story_id", "article_id", "title", "published_at", "outlet"
            ),
        ],
        how="vertical_relaxed",
    )
    texts = dict(zip(new.ids, new.texts))
    stories = story_rows(members, lambda a: texts[a] if a in texts else db.heads([a], HEAD_CHARS)[a][0])
    dropped = sorted(set(touched) - set(stories["story_id"].to_list()))
    return Increment(stories, assignments.sort("article_id"), signatures.cast(SIGNATURES_SCHEMA), dropped)


def _stored_roots(copies: UnionFind, new: _New) -> set[str]:
    return {r for i in range(new.n) if isinstance(r := copies.find(i), str)}
