"""Similarity of two articles: shared text (word shingles, MinHash, LSH) and shared salient
entities weighted by rarity. :mod:`pipelines.stories.evidence` combines them with the leads
into same-event evidence."""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np
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


MINHASH_SEED = 1
"""Seed of the MinHash permutations (the stored index depends on it: never change it)."""

_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_EMPTY = np.uint32(0xFFFFFFFF)


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The NUM_PERM affine permutations h -> a * h + b (mod 2^32, a odd), drawn as datasketch 2's
    ``MinHash(seed=MINHASH_SEED)`` draws them (scheme "affine32"), so the values are the ones it
    computes (and the ones stored in ``story_signatures``)."""
    gen = np.random.RandomState(MINHASH_SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection that spreads the bits before the permutations)."""
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def minhash(shingle_set: set[int]) -> np.ndarray:
    """The MinHash values (NUM_PERM uint32) of a set of 32-bit shingle hashes: for each
    permutation, the least permuted (finalised) hash; all 2^32 - 1 for an empty set."""
    if not shingle_set:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    a, b = _permutations()
    hv = _fmix32(np.fromiter(shingle_set, dtype=np.uint32, count=len(shingle_set))).reshape(-1, 1)
    return (hv * a + b).min(axis=0)


def minhashes(sets: list[set[int]]) -> list[np.ndarray]:
    """One MinHash per shingle set (the shingles are already 32-bit hashes)."""
    return [minhash(s) for s in sets]


def lsh_pairs(digests: list[np.ndarray], nonempty: list[bool]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of non-empty sets that share an LSH bucket: the same LSH_ROWS values
    in one of the LSH_BANDS bands (a self-join of the band values, as the stored index is
    joined in :mod:`pipelines.stories.stored`)."""
    kept = [i for i, ok in enumerate(nonempty) if ok]
    if len(kept) < 2:
        return set()
    bands = np.stack([digests[i] for i in kept]).astype(np.uint64).reshape(len(kept), LSH_BANDS, LSH_ROWS)
    keys = bands[:, :, 0] << np.uint64(32) | bands[:, :, 1]
    rows = pl.DataFrame(
        {
            "i": np.repeat(np.asarray(kept, dtype=np.int64), LSH_BANDS),
            "band": np.tile(np.arange(LSH_BANDS, dtype=np.int32), len(kept)),
            "key": keys.reshape(-1),
        }
    )
    shared = rows.join(rows, on=["band", "key"]).filter(pl.col("i") < pl.col("i_right"))
    return set(shared.select("i", "i_right").unique().iter_rows())


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
