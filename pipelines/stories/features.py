"""Each article's text features for the story rules, for the full and the incremental path alike:
its shingle set, MinHash values (None for a text with no words) and report
(:class:`pipelines.stories.evidence.Report`)."""

from __future__ import annotations

import numpy as np

from pipelines.stories.evidence import Report, report
from pipelines.stories.similarity import minhashes, shingles, words

Features = tuple[list[set[int]], list[np.ndarray | None], list[Report]]


def features(texts: list[str | None], titles: list[str | None]) -> Features:
    """The shingle sets, MinHash values and reports of the articles (texts and their titles), in
    order."""
    text_words = [words(text) for text in texts]
    sets = [shingles(text, ws=ws) for text, ws in zip(texts, text_words, strict=True)]
    digests = [m.hashvalues if s else None for s, m in zip(sets, minhashes(sets))]
    return sets, digests, [report(text, title, ws=ws) for text, title, ws in zip(texts, titles, text_words)]
