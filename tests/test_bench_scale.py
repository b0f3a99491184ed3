"""benchmarks.bench_scale builds distinct copies of a corpus and measures a process tree."""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.bench_scale import _tree_rss_kib, build_corpus, distinct_copy
from pipelines.ingest.articles import read_articles
from tests.conftest import SEEDS


def test_every_copy_is_a_distinct_article_with_the_same_headline(tmp_path: Path) -> None:
    text = "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph."
    assert distinct_copy(text, 0) == text
    copies = {distinct_copy(text, k) for k in range(4)}
    assert len(copies) == 4 and all(c.startswith("Headline\n\n") for c in copies)
    assert build_corpus(SEEDS, tmp_path, range(3)) == 15
    assert read_articles(tmp_path).height == 15


def test_the_process_tree_of_this_process_has_resident_memory() -> None:
    assert _tree_rss_kib(os.getpid()) > 10_000
