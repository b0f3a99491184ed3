"""The persisted LSH index of story grouping: each live article's MinHash, cut into the same
``LSH_BANDS`` bands of ``LSH_ROWS`` values that :func:`pipelines.stories.similarity.lsh_pairs`
hashes, one row per (article, band). Two articles share a bucket of the in-memory index exactly
when they have a row with the same ``(band, bucket)`` here, so a SQL join of a few new articles'
rows with the stored ones finds the same text candidates without reading any stored text; the
bands, put back together, are the article's whole MinHash (for the near-duplicate screen), and
``COPY_BANDS`` says what a shared band count rules out."""

from __future__ import annotations

import math

import numpy as np
import polars as pl

from pipelines.stories.grouping import DUPLICATE_JACCARD, DUPLICATE_SCREEN_MARGIN
from pipelines.stories.similarity import LSH_BANDS, LSH_ROWS, NUM_PERM

SIGNATURES_SCHEMA = {"article_id": pl.String, "band": pl.Int32, "bucket": pl.Int64}

assert LSH_ROWS == 2 and LSH_BANDS * LSH_ROWS == NUM_PERM, "a bucket packs one band's two 32-bit values"


def band_keys(digest: np.ndarray) -> np.ndarray:
    """A MinHash's LSH_BANDS bucket keys: each band's two 32-bit values as one 64-bit number
    (first << 32 | second), read as signed to fit a BIGINT. Equal keys, equal bands."""
    pairs = np.asarray(digest, dtype=np.uint64).reshape(LSH_BANDS, LSH_ROWS)
    return ((pairs[:, 0] << np.uint64(32)) | pairs[:, 1]).view(np.int64)


def digest_of(buckets: np.ndarray) -> np.ndarray:
    """The MinHash values back from an article's bucket keys in band order (the inverse of
    :func:`band_keys`)."""
    keys = np.asarray(buckets, dtype=np.int64).view(np.uint64)
    return np.stack([keys >> np.uint64(32), keys & np.uint64(0xFFFFFFFF)], axis=1).reshape(-1)


def signature_rows(article_ids: list[str], digests: list[np.ndarray]) -> pl.DataFrame:
    """One row per article and band (SIGNATURES_SCHEMA) for articles with a MinHash; an article
    whose text has no words has no digest (None) and no rows, as it is in no LSH bucket."""
    kept = [(a, d) for a, d in zip(article_ids, digests) if d is not None]
    if not kept:
        return pl.DataFrame(schema=SIGNATURES_SCHEMA)
    keys = np.concatenate([band_keys(d) for _, d in kept])
    return pl.DataFrame(
        {
            "article_id": np.repeat([a for a, _ in kept], LSH_BANDS),
            "band": np.tile(np.arange(LSH_BANDS, dtype=np.int32), len(kept)),
            "bucket": keys,
        },
        schema=SIGNATURES_SCHEMA,
    )


def index_frame(digests: dict[str, np.ndarray | None]) -> pl.DataFrame:
    """The index rows of the articles' MinHash values (article_id -> values; the full path passes
    every live article's, as grouping made them), sorted by article and band."""
    return signature_rows(list(digests), list(digests.values())).sort("article_id", "band")


COPY_BANDS = math.ceil((DUPLICATE_JACCARD - DUPLICATE_SCREEN_MARGIN) * NUM_PERM) - LSH_BANDS * (LSH_ROWS - 1)
"""LSH buckets that two articles share at least when their MinHash estimate passes the copy
screen (77 of 128 equal values, at most one per band that is not whole: 13 whole bands). A
stored text candidate dated more than MAX_DAYS_APART from a new article that shares fewer is not
its event nor its copy by Jaccard, and is never read (nor found as a retitled copy, which needs
the same opening and containment only: see :mod:`pipelines.stories.incremental`)."""
