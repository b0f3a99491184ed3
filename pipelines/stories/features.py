"""Each article's text features for the story rules: its shingle set, MinHash values (None for a
text with no words) and report (:class:`pipelines.stories.evidence.Report`). They depend on the
article alone, so a large batch is read in chunks by the run's worker processes
(:mod:`pipelines.pool`), with the same values as in one process."""

from __future__ import annotations

import numpy as np

from pipelines import pool
from pipelines.stories.evidence import Report, report
from pipelines.stories.similarity import minhashes, shingles, words

CHUNK_ARTICLES = 128
"""Articles a worker reads at once."""

Features = tuple[list[set[int]], list[np.ndarray | None], list[Report]]


def features(texts: list[str | None], titles: list[str | None], *, workers: int | None = None) -> Features:
    """The shingle sets, MinHash values and reports of the articles (texts and their titles), in
    order; with ``workers`` worker processes (default by :func:`pipelines.pool.worker_count`)."""
    items = list(zip(texts, titles, strict=True))
    chunks = [items[start : start + CHUNK_ARTICLES] for start in range(0, len(items), CHUNK_ARTICLES)]
    workers = pool.worker_count(len(items), workers) if pool.can_start_workers() else 1
    results = pool.map_in_order(chunk_features, chunks, workers=workers) if workers > 1 else map(chunk_features, chunks)
    sets: list[set[int]] = []
    digests: list[np.ndarray | None] = []
    reports: list[Report] = []
    for chunk in results:
        for s, d, r in chunk:
            sets.append(s)
            digests.append(d)
            reports.append(r)
    return sets, digests, reports


def chunk_features(items: list[tuple[str | None, str | None]]) -> list[tuple[set[int], np.ndarray | None, Report]]:
    """(shingle set, MinHash values, report) of each (text, title)."""
    text_words = [words(text) for text, _ in items]
    sets = [shingles(text, ws=ws) for (text, _), ws in zip(items, text_words)]
    return [
        (s, m.hashvalues if s else None, report(text, title, ws=ws))
        for (text, title), ws, s, m in zip(items, text_words, sets, minhashes(sets))
    ]
