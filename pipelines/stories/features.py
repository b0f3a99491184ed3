"""Each article's text features for the story rules, for the full and the incremental path alike:
its shingle set, MinHash and report (:class:`pipelines.stories.evidence.Report`)."""

from __future__ import annotations

import numpy as np

from pipelines.stories.evidence import Report, report
from pipelines.stories.similarity import minhashes, shingles, words

Features = tuple[list[set[int]], list, list[Report]]


def features(texts: list[str | None], titles: list[str | None]) -> Features:
    """The shingle sets, MinHashes and reports of the articles (texts and their titles), in order."""
    text_words = [words(text) for text in texts]
    sets = [shingles(text, ws=ws) for text, ws in zip(texts, text_words, strict=True)]
    reports = [report(text, title, ws=ws) for text, title, ws in zip(texts, titles, text_words)]
    return sets, minhashes(sets), reports


def minhash_values(sets: list[set[int]], mhs: list) -> list[np.ndarray | None]:
    """Each MinHash's values, None for a text with no words (it is in no LSH bucket)."""
    return [m.hashvalues if s else None for s, m in zip(sets, mhs)]
