"""Stories: articles grouped as a reader would group them.

:func:`group_stories` puts every article in exactly one *story* and marks *near-duplicates*
(republished agency copy) of an earlier article. It works in four near-linear passes:

1. **Shingles and MinHash.** Each text becomes the set of its word ``SHINGLE_WORDS``-grams
   (lower case, punctuation dropped), hashed to 32 bits, and a ``datasketch`` MinHash of that
   set. A ``MinHashLSH`` index (``LSH_BANDS`` bands of ``LSH_ROWS`` rows) returns the pairs whose
   Jaccard similarity is likely ``TEXT_SAME`` or more; nothing compares all pairs.
2. **Near-duplicates.** Candidate pairs whose *exact* Jaccard on the shingle sets is at least
   ``DUPLICATE_JACCARD`` are the same copy. A copy group (such pairs, joined transitively)
   collapses to its original, the earliest published member, else the smallest article_id;
   ``duplicate_of`` of every other member is that original.
3. **Event evidence.** The originals are also paired through an inverted index of their salient
   named entities (entity types in ``SALIENT_LABELS``, in at most ``POSTING_CAP`` originals).
   Every candidate pair gets ``evidence = entity overlap / ENTITY_SAME + text Jaccard /
   TEXT_SAME`` (capped at ``MAX_EVIDENCE``): one unit of evidence is enough to call two reports
   the same event. The entity overlap (:func:`entity_overlap`) weights each canonical entity by
   its idf over the originals, so rare names (Oslo, Ramstein) count and ubiquitous ones (in
   more than ``COMMON_SHARE`` of the corpus) do not. Two articles whose dates are both known
   and more than ``MAX_DAYS_APART`` apart are never the same event.
4. **Average linkage.** Originals are merged greedily, most similar first, while the *mean*
   evidence over all pairs across the two groups (pairs never paired count 0) is at least one
   unit. A hub article that resembles two unrelated reports joins one of them, and the other
   stays out: its mean over the merged group is diluted by the unrelated member. Copies follow
   their original into its story.

Ids do not depend on row order: a story's id is a hash of its origin article (the earliest
published member, else the smallest article_id).

Only live articles are grouped. A removed article (``removed_at`` set) is in no story and
copies nothing (``story_id`` and ``duplicate_of`` null), so that it never names, identifies
or joins a story, nor makes a live article its copy.
"""

from __future__ import annotations

import heapq
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np
import polars as pl

from pipelines.ids import stable_id
from pipelines.unionfind import UnionFind

# --------------------------------------------------------------------------- thresholds

SHINGLE_WORDS = 4
"""Words per shingle. Four-word sequences rarely repeat by chance in two unrelated news texts
(function-word trigrams such as "one of the" do), yet survive rewording well enough that two
outlets sharing agency paragraphs or quotations overlap clearly."""

NUM_PERM = 128
"""MinHash permutations: the Jaccard estimate has a standard error under 0.045."""

LSH_BANDS, LSH_ROWS = 64, 2
"""LSH banding (64 bands of 2 rows, 128 values): a pair becomes a candidate with probability
1 - (1 - J^2)^64, i.e. 0.47 at J = 0.1, 0.93 at J = 0.2 and ~1 at the duplicate threshold,
while unrelated texts (J < 0.01) collide in under 1% of pairs."""

DUPLICATE_JACCARD = 0.8
"""Exact shingle Jaccard from which two texts are one copy: a lightly edited republication
(new intro line, a changed word per paragraph) keeps well above it; two outlets' own reports
of one event stay far below it (0.15 for the two seed reports that share most agency text)."""

TEXT_SAME = 0.12
"""Shingle Jaccard that alone is one unit of event evidence: sharing an eighth of all 4-word
sequences means shared copy or shared quotations. Unrelated news texts stay under 0.01,
reports of one event by outlets that do not share copy at 0.02-0.05."""

ENTITY_SAME = 0.7
"""Entity overlap (see :func:`entity_overlap`) that alone is one unit of event evidence: 70% of
the smaller report's salient names, weighted by rarity, appear in the other. Reports of one
event share its place and its minor actors (0.63 and 0.72 for the two seed pairs, which also
share some text); the seed reports of different events stay under 0.2. On the BBC corpus,
which has no dates, pairs above it are mostly one event or one running story (a trial, a
takeover bid, a tournament); lowering it to 0.6 starts joining mere subjects (a club, a
party leader)."""

MIN_ENTITY_MASS = 3.0
"""Floor of the overlap's denominator, in units of a name found in one article only (idf 1):
a brief naming one or two rare entities cannot reach full overlap through them alone."""

MAX_EVIDENCE = 1.5
"""Cap of a pair's evidence, so that one very similar pair cannot carry a whole merge: a hub
twice that similar to one article and unrelated to another averages 0.75 < 1 over the two."""

SALIENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
"""Entity types that identify an event. NORP ("Russian", "Labour voters") and LANGUAGE are
adjectives and topics more than actors, and are left out."""

COMMON_SHARE = 0.5
"""An entity in more than this share of the corpus's originals (and in more than two) says
nothing about the event (every seed names Nato, Ukraine and Stoltenberg): weight 0. Smoothed
idf, log((N+1)/(df+1)), already makes frequent names light; this removes them. A name shared
by only two articles is never common: pairing such articles is the point."""

POSTING_CAP = 100
"""Entities named in more originals than this do not propose candidate pairs (they still
score): keeps candidate generation linear (at most POSTING_CAP pairs per mention). Pairs that
share only such names either share text too (the LSH finds them) or are not the same event."""

MAX_DAYS_APART = 3
"""Reports of one event by different outlets appear within a few days of each other; articles
whose dates are both known and further apart are different events (a follow-up months later is
its own story)."""

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

# --------------------------------------------------------------------------- text features

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str | None) -> list[str]:
    """Lower-case words of a text, punctuation dropped, curly apostrophes straightened."""
    return [w.replace("’", "'") for w in _WORD_RE.findall((text or "").lower())]


def shingles(text: str | None, k: int = SHINGLE_WORDS) -> set[int]:
    """32-bit hashes of the text's k-word sequences (one for a text shorter than k words)."""
    ws = words(text)
    if not ws:
        return set()
    if len(ws) <= k:
        return {zlib.crc32(" ".join(ws).encode("utf-8"))}
    return {zlib.crc32(" ".join(ws[i : i + k]).encode("utf-8")) for i in range(len(ws) - k + 1)}


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _identity(x: int) -> int:
    return x


def _minhashes(sets: list[set[int]]):
    """One MinHash per shingle set (the shingles are already 32-bit hashes)."""
    from datasketch import MinHash

    template = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity)
    out = []
    for s in sets:
        m = template.copy()
        if s:
            m.update_batch(sorted(s))
        out.append(m)
    return out


def _lsh_pairs(minhashes: list, nonempty: list[bool]) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share an LSH bucket."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))
    for i, (m, ok) in enumerate(zip(minhashes, nonempty)):
        if ok:
            lsh.insert(i, m, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for i, (m, ok) in enumerate(zip(minhashes, nonempty)):
        if ok:
            for j in lsh.query(m):
                if j > i:
                    pairs.add((i, j))
    return pairs


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


def entity_vectors(mentions: pl.DataFrame, article_ids: Iterable[str]) -> dict[str, Counter]:
    """Mention counts of salient entities per article (only the given articles)."""
    wanted = set(article_ids)
    counts: dict[str, Counter] = defaultdict(Counter)
    if mentions is None or mentions.is_empty():
        return counts
    cols = ["article_id", "entity_id"] + (["label"] if "label" in mentions.columns else [])
    for row in mentions.select(cols).iter_rows():
        aid, eid = row[0], row[1]
        if aid not in wanted or eid is None:
            continue
        if len(row) > 2 and row[2] is not None and row[2] not in SALIENT_LABELS:
            continue
        counts[aid][eid] += 1
    return counts


def idf_weights(df: Counter, n_docs: int) -> dict[str, float]:
    """Smoothed idf scaled to [0, 1]: 1 for a name in one article, falling with log frequency,
    0 for a name in every article or in more than ``COMMON_SHARE`` of them (and more than 2)."""
    if n_docs < 2:
        return {e: 0.0 for e in df}
    top = math.log((n_docs + 1) / 2)
    return {
        e: (math.log((n_docs + 1) / (d + 1)) / top if d <= max(COMMON_SHARE * n_docs, 2) else 0.0)
        for e, d in df.items()
    }


def _weights(counts: Counter, idf: dict[str, float]) -> tuple[dict[str, float], float]:
    """An article's salient entities with weight idf x (1 + log mentions), and their sum."""
    vec = {e: (1.0 + math.log(c)) * idf[e] for e, c in counts.items() if idf.get(e, 0.0) > 0.0}
    return vec, sum(vec.values())


def entity_overlap(a: tuple[dict[str, float], float], b: tuple[dict[str, float], float]) -> float:
    """Weighted overlap of two articles' salient entities: the weight they share (the smaller
    of the two weights of each common entity) over the smaller article's total weight, but at
    least ``MIN_ENTITY_MASS`` (so that one shared name in a short brief is not everything)."""
    (va, wa), (vb, wb) = a, b
    if not wa or not wb:
        return 0.0
    if len(va) > len(vb):
        va, vb = vb, va
    shared = sum(min(w, vb[e]) for e, w in va.items() if e in vb)
    return shared / max(min(wa, wb), MIN_ENTITY_MASS)


def evidence(entity_sim: float, text_jaccard: float) -> float:
    """Units of same-event evidence of a pair; 1 or more links the two articles."""
    return min(MAX_EVIDENCE, entity_sim / ENTITY_SAME + text_jaccard / TEXT_SAME)


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
    if "removed_at" in articles.columns:
        gone = pl.col("removed_at").is_not_null()
        stories, assignments = group_stories(articles.filter(~gone).drop("removed_at"), mentions)
        removed = articles.filter(gone).select(pl.col("article_id").cast(pl.String)).unique()
        assignments = pl.concat([assignments, removed], how="diagonal").cast(ASSIGNMENTS_SCHEMA)
        return stories, assignments.sort("article_id")
    if articles.is_empty():
        return pl.DataFrame(schema=STORIES_SCHEMA), pl.DataFrame(schema=ASSIGNMENTS_SCHEMA)

    has_outlet = "outlet" in articles.columns
    has_title = "title" in articles.columns
    has_date = "published_at" in articles.columns
    frame = articles.select(
        pl.col("article_id").cast(pl.String),
        (pl.col("title").cast(pl.String) if has_title else pl.lit(None, dtype=pl.String)).alias("title"),
        pl.col("text").cast(pl.String),
        (pl.col("published_at").cast(pl.Date) if has_date else pl.lit(None, dtype=pl.Date)).alias("published_at"),
        (pl.col("outlet").cast(pl.String) if has_outlet else pl.lit(None, dtype=pl.String)).alias("outlet"),
    ).unique("article_id", keep="first", maintain_order=True)
    # Canonical order: earliest published first (undated last), then article_id. Index i in
    # every list below is a position in this order, so "smaller index" means "the original".
    frame = frame.sort([pl.col("published_at").is_null(), "published_at", "article_id"], nulls_last=True)
    ids: list[str] = frame["article_id"].to_list()
    titles: list[str | None] = frame["title"].to_list()
    texts: list[str | None] = frame["text"].to_list()
    dates = frame["published_at"].to_list()
    outlets: list[str | None] = frame["outlet"].to_list()
    n = len(ids)

    # 1. shingles, MinHash, LSH candidates --------------------------------------------------
    sets = [shingles(t) for t in texts]
    nonempty = [bool(s) for s in sets]
    mhs = _minhashes(sets)
    text_pairs = _lsh_pairs(mhs, nonempty)
    digests = np.stack([m.hashvalues for m in mhs]) if n else np.zeros((0, NUM_PERM))

    # 2. near-duplicates: estimated, then verified exactly -----------------------------------
    exact: dict[tuple[int, int], float] = {}
    uf = UnionFind()
    # The MinHash estimate screens the candidates (a pair estimated this far below the
    # threshold cannot be a copy: 6 standard errors); the exact Jaccard decides.
    screen = DUPLICATE_JACCARD - 0.2
    for i, j in sorted(text_pairs):
        if float(np.mean(digests[i] == digests[j])) < screen:
            continue
        jac = exact[(i, j)] = jaccard(sets[i], sets[j])
        if jac >= DUPLICATE_JACCARD:  # the smaller index (the earlier article) stays the root
            ri, rj = uf.find(i), uf.find(j)
            uf.union(max(ri, rj), min(ri, rj))
    # A copy group (near-duplicate pairs, joined transitively) has one original: its earliest
    # member, the union-find root. Every other member is a duplicate of it.
    duplicate_of: list[str | None] = [None if uf.find(i) == i else ids[uf.find(i)] for i in range(n)]
    originals = [i for i in range(n) if uf.find(i) == i]
    is_original = [False] * n
    for i in originals:
        is_original[i] = True

    # 3. event evidence between originals ----------------------------------------------------
    counts = entity_vectors(mentions, (ids[i] for i in originals))
    df = Counter(e for i in originals for e in counts.get(ids[i], ()))
    n_orig = len(originals)
    idf = idf_weights(df, n_orig)
    vectors = {i: _weights(counts.get(ids[i], Counter()), idf) for i in originals}

    candidates: set[tuple[int, int]] = {(i, j) for i, j in text_pairs if is_original[i] and is_original[j]}
    postings: dict[str, list[int]] = defaultdict(list)
    for i in originals:
        for e in vectors[i][0]:
            postings[e].append(i)
    for e, members in postings.items():
        if 1 < len(members) <= POSTING_CAP:
            for a_pos, a in enumerate(members):
                for b in members[a_pos + 1 :]:
                    candidates.add((a, b))

    edges: dict[tuple[int, int], float] = {}
    for i, j in candidates:
        gap = _days_apart(dates[i], dates[j])
        if gap is not None and gap > MAX_DAYS_APART:
            continue
        jac = exact.get((i, j))
        if jac is None:
            jac = jaccard(sets[i], sets[j])
        ev = evidence(entity_overlap(vectors[i], vectors[j]), jac)
        if ev > 0.0:
            edges[(i, j)] = ev

    # 4. average linkage over the sparse evidence graph --------------------------------------
    cluster_of = _average_linkage(originals, edges)

    # outputs ---------------------------------------------------------------------------------
    story_members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        story_members[cluster_of[uf.find(i)]].append(i)
    story_rows = []
    story_of = [""] * n
    for members in story_members.values():
        members.sort()
        origin = members[0]
        sid = stable_id("story", ids[origin])
        for i in members:
            story_of[i] = sid
        title = next((titles[i] for i in members if titles[i]), None) or _first_sentence(texts[origin])
        known = [dates[i] for i in members if dates[i] is not None]
        story_rows.append(
            {
                "story_id": sid,
                "title": title,
                "first_published": min(known) if known else None,
                "n_articles": len(members),
                "n_outlets": len({outlets[i] for i in members if outlets[i] is not None}),
            }
        )
    stories = pl.DataFrame(story_rows, schema=STORIES_SCHEMA).sort("story_id")
    assignments = pl.DataFrame(
        {"article_id": ids, "story_id": story_of, "duplicate_of": duplicate_of}, schema=ASSIGNMENTS_SCHEMA
    ).sort("article_id")
    return stories, assignments


def _average_linkage(nodes: list[int], edges: dict[tuple[int, int], float]) -> dict[int, int]:
    """Greedy average-linkage clustering of a sparse similarity graph.

    Two clusters merge, best pair first, while the mean evidence over all pairs between them
    (absent pairs count 0) is at least 1. Returns node -> cluster key (its smallest node).
    Deterministic: ties go to the smaller keys, and keys are positions in the canonical order.
    """
    size = {v: 1 for v in nodes}
    sums: dict[int, dict[int, float]] = {v: {} for v in nodes}
    for (a, b), w in edges.items():
        sums[a][b] = sums[a].get(b, 0.0) + w
        sums[b][a] = sums[b].get(a, 0.0) + w
    members = {v: [v] for v in nodes}
    heap = [(-w, min(a, b), max(a, b)) for (a, b), w in edges.items() if w >= 1.0]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in size or b not in size:
            continue  # stale: one side was merged away
        mean = sums[a].get(b, 0.0) / (size[a] * size[b])
        if abs(mean + neg) > 1e-12:
            continue  # stale: the groups changed since this entry was pushed
        if mean < 1.0:
            continue
        # merge b into a (a < b: the key stays the smallest node)
        sb = sums.pop(b)
        sa = sums[a]
        sa.pop(b, None)
        sb.pop(a, None)
        for c, w in sb.items():
            sa[c] = sa.get(c, 0.0) + w
            sc = sums[c]
            sc[a] = sc.get(a, 0.0) + sc.pop(b)
        size[a] += size.pop(b)
        members[a].extend(members.pop(b))
        for c, w in sa.items():
            m = w / (size[a] * size[c])
            if m >= 1.0:
                heapq.heappush(heap, (-m, min(a, c), max(a, c)))
    out: dict[int, int] = {}
    for key, vs in members.items():
        for v in vs:
            out[v] = key
    return out
