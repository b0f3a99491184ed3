"""Similarity of two articles: shared text (word shingles, MinHash, LSH) and shared salient
entities weighted by rarity. :mod:`pipelines.stories.evidence` combines them with the leads
into same-event evidence."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable

import polars as pl

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

MIN_ENTITY_MASS = 3.0
"""Floor of the overlap's denominator, in units of a name found in one article only (idf 1):
a brief naming one or two rare entities cannot reach full overlap through them alone."""

SALIENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
"""Entity types that identify an event. NORP ("Russian", "Labour voters") and LANGUAGE are
adjectives and topics more than actors, and are left out."""

COMMON_SHARE = 0.5
"""An entity in more than this share of the corpus's originals (and in more than two) says
nothing about the event (every seed names Nato, Ukraine and Stoltenberg): weight 0. Smoothed
idf, log((N+1)/(df+1)), already makes frequent names light; this removes them. A name shared
by only two articles is never common: pairing such articles is the point."""

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str | None) -> list[str]:
    """Lower-case words of a text, punctuation dropped, curly apostrophes straightened (before
    the search: WORD_RE takes either apostrophe inside a word, so the words are the same)."""
    return WORD_RE.findall((text or "").lower().replace("’", "'"))


def shingles(text: str | None, k: int = SHINGLE_WORDS, *, ws: list[str] | None = None) -> set[int]:
    """32-bit hashes of the text's k-word sequences (one for a text shorter than k words);
    ``ws``: the text's ``words``, when the caller has them."""
    ws = words(text) if ws is None else ws
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


def minhashes(sets: list[set[int]]):
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


def lsh_pairs(minhashes: list, nonempty: list[bool]) -> set[tuple[int, int]]:
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


def weights(counts: Counter, idf: dict[str, float]) -> tuple[dict[str, float], float]:
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
