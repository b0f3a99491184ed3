"""Entity canonicalisation report for a folder of articles.

    python -m benchmarks.eval_entities [FOLDER] [--sample 30] [--seed 0]

Runs NER over the folder's cleaned articles (default ``../shared/corpora/bbc``), then the
canonicaliser, and prints how many mentions went in, how many were junk, how many entities
came out, how many merges and label changes were made (with counts by reason), a random
sample of merges for a human to check, and how long canonicalisation takes on the corpus
and on a copy of it scaled to at least 100,000 mentions.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

import polars as pl

from pipelines.entities import ner as nlp
from pipelines.entities.canonical import canonicalize, with_entity_labels
from pipelines.ingest.articles import read_articles

DEFAULT_FOLDER = Path("../shared/corpora/bbc")
SCALE_TARGET = 100_000


def scaled(mentions: pl.DataFrame, articles: pl.DataFrame, target: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Copies of the corpus under new article ids until it holds at least ``target`` mentions."""
    copies = max(1, -(-target // max(1, mentions.height)))
    suffix = lambda k: pl.col("article_id") + f"#{k}"  # noqa: E731
    return (
        pl.concat([mentions.with_columns(suffix(k)) for k in range(copies)]),
        pl.concat([articles.with_columns(suffix(k)) for k in range(copies)]),
    )


def report(folder: Path, *, sample: int = 30, seed: int = 0) -> str:
    articles = read_articles(folder)
    started = time.perf_counter()
    raw = nlp.mentions_frame(articles)
    ner_seconds = time.perf_counter() - started

    started = time.perf_counter()
    result = canonicalize(raw, articles)
    seconds = time.perf_counter() - started
    big_mentions, big_articles = scaled(raw, articles, SCALE_TARGET)
    started = time.perf_counter()
    canonicalize(big_mentions, big_articles)
    big_seconds = time.perf_counter() - started

    stats = result.stats
    merges = stats["merges"]
    by_reason = Counter(reason for *_, reason in merges)
    changed = (
        raw.join(
            with_entity_labels(result.mentions, result.entities).select("mention_id", pl.col("label").alias("new")),
            on="mention_id",
        )
        .filter(pl.col("label") != pl.col("new"))
        .group_by("label", "new")
        .len()
        .sort("len", descending=True)
    )
    lines = [
        f"Folder: {folder} ({articles.height} articles)",
        f"NER: {raw.height} mentions in {ner_seconds:.1f} s",
        f"Junk dropped: {stats['n_junk']} {dict(stats['junk_reasons'])}",
        f"Entities: {stats['n_entities']} (from {raw.get_column('text').n_unique()} distinct surface forms)",
        f"Merges (surface form -> another name): {stats['n_merges']}",
        *(f"  {n:6d}  {reason}" for reason, n in by_reason.most_common()),
        f"Mention label changes: {stats['n_label_changes']}",
        *(f"  {r['len']:6d}  {r['label']} -> {r['new']}" for r in changed.head(12).iter_rows(named=True)),
        f"Canonicalisation: {raw.height} mentions in {seconds:.2f} s; "
        f"{big_mentions.height} mentions in {big_seconds:.2f} s",
        "",
        f"Random sample of {min(sample, len(merges))} merges (seed {seed}): alias -> entity [label] (reason)",
    ]
    for alias, name, label, reason in random.Random(seed).sample(merges, min(sample, len(merges))):
        lines.append(f"  {alias!r} -> {name!r} [{label}] ({reason})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--sample", type=int, default=30, help="merges to sample for checking")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the sample")
    args = parser.parse_args(argv)
    print(report(args.folder, sample=args.sample, seed=args.seed))


if __name__ == "__main__":
    main()
