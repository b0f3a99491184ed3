"""Entity report for a folder of articles.

    python -m benchmarks.eval_entities [FOLDER] [--sample 30] [--seed 0]

Runs NER over the folder's cleaned articles (default ``../shared/corpora/bbc``) once, then
builds the mentions twice, *before* (spaCy's spans as they are) and *after* the NER stage's
document passes (upper-case lines read through a case-restored copy, list spans split, the
other occurrences of each recognised name added), canonicalises both and prints: mentions and
entities by label before and after, junk, merges by reason and by evidence type, label changes,
the time canonicalisation takes (on the corpus and on a copy scaled to at least 100,000
mentions), and random samples, with their context, of the added mentions and of the merges
across articles for a person to judge.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

import polars as pl

from pipelines.entities import ner as nlp
from pipelines.entities.canonical import CanonicalResult, canonicalize
from pipelines.entities.casing import restore_case
from pipelines.entities.state import Evidence
from pipelines.ingest.articles import read_articles

DEFAULT_FOLDER = Path("../shared/corpora/bbc")
SCALE_TARGET = 100_000
CONTEXT_CHARS = 60


def scaled(mentions: pl.DataFrame, articles: pl.DataFrame, target: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Copies of the corpus under new article ids until it holds at least ``target`` mentions."""
    copies = max(1, -(-target // max(1, mentions.height)))
    suffix = lambda k: pl.col("article_id") + f"#{k}"  # noqa: E731
    return (
        pl.concat([mentions.with_columns(suffix(k)) for k in range(copies)]),
        pl.concat([articles.with_columns(suffix(k)) for k in range(copies)]),
    )


def before_and_after(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, float]:
    """Mentions without and with the document passes (spaCy runs once; a second time only on
    the texts whose case restoration changes them), and the NER seconds."""
    ids = articles.get_column("article_id").to_list()
    texts = articles.get_column("text").to_list()
    started = time.perf_counter()
    spans = list(nlp.entity_spans(texts))
    recased = [i for i, t in enumerate(texts) if restore_case(t) != t]
    plain = list(spans)
    for i, found in zip(recased, nlp.entity_spans([texts[i] for i in recased], restore=False)):
        plain[i] = found
    seconds = time.perf_counter() - started
    return nlp.spans_frame(ids, texts, plain, passes=False), nlp.spans_frame(ids, texts, spans), seconds


def by_label(frame: pl.DataFrame, column: str) -> str:
    counts = frame.group_by(column).len().sort("len", descending=True)
    return ", ".join(f"{r[column]} {r['len']}" for r in counts.iter_rows(named=True))


def in_context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS) : start].replace("\n", " ")
    right = text[end : end + CONTEXT_CHARS].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def added_sample(before: CanonicalResult, after: CanonicalResult, texts: dict, n: int, seed: int) -> list[str]:
    """Mentions kept after the passes whose offsets no mention had before, with context."""
    added = after.mentions.join(
        before.mentions.select("article_id", "start_char", "end_char"),
        on=["article_id", "start_char", "end_char"],
        how="anti",
    )
    rows = added.sort("mention_id").rows(named=True)
    lines = [f"Added mentions kept: {len(rows)}; random sample of {min(n, len(rows))} (seed {seed}):"]
    for r in random.Random(seed).sample(rows, min(n, len(rows))):
        lines.append(f"  {r['label']:<8} {in_context(texts[r['article_id']], r['start_char'], r['end_char'])}")
    return lines


def merges_report(result: CanonicalResult, n: int, seed: int) -> list[str]:
    merges = result.stats["merges"]
    by_reason = Counter(reason for *_, reason in merges)
    by_evidence = Counter(reason.evidence for *_, reason in merges)
    across = [m for m in merges if m[3].evidence == Evidence.CO_MENTIONS]
    return [
        f"Merges (surface form -> another name): {len(merges)}",
        *(f"  {k:6d}  {reason}" for reason, k in by_reason.most_common()),
        "Merges by evidence type:",
        *(f"  {k:6d}  {evidence}" for evidence, k in by_evidence.most_common()),
        f"Random sample of {min(n, len(across))} merges across articles (seed {seed}): alias -> entity [label]",
        *(
            f"  {a!r} -> {name!r} [{label}]"
            for a, name, label, _ in random.Random(seed).sample(across, min(n, len(across)))
        ),
    ]


def report(folder: Path, *, sample: int = 30, seed: int = 0) -> str:
    articles = read_articles(folder)
    raw_before, raw, ner_seconds = before_and_after(articles)
    before = canonicalize(raw_before, articles)
    started = time.perf_counter()
    result = canonicalize(raw, articles)
    seconds = time.perf_counter() - started
    big_mentions, big_articles = scaled(raw, articles, SCALE_TARGET)
    started = time.perf_counter()
    canonicalize(big_mentions, big_articles)
    big_seconds = time.perf_counter() - started
    stats = result.stats
    changed = result.mentions.filter(pl.col("label") != pl.col("model_label")).group_by("model_label", "label").len()
    texts = dict(zip(articles["article_id"].to_list(), articles["text"].to_list()))
    lines = [
        f"Folder: {folder} ({articles.height} articles); NER in {ner_seconds:.1f} s",
        f"Mentions from NER: before {raw_before.height}, after {raw.height} (document passes)",
        f"Mentions kept:     before {before.mentions.height}, after {result.mentions.height}",
        f"  before by label: {by_label(before.mentions, 'label')}",
        f"  after by label:  {by_label(result.mentions, 'label')}",
        f"Entities: before {before.entities.height}, after {result.entities.height}",
        f"  before by label: {by_label(before.entities, 'label')}",
        f"  after by label:  {by_label(result.entities, 'label')}",
        f"Junk dropped: {stats['n_junk']} {dict(stats['junk_reasons'])}",
        *merges_report(result, sample, seed),
        f"Mention label changes (model -> entity): {stats['n_label_changes']}; "
        f"within an article to one label: {stats['n_article_label_changes']}",
        *(
            f"  {r['len']:6d}  {r['model_label']} -> {r['label']}"
            for r in changed.sort("len", descending=True).head(12).iter_rows(named=True)
        ),
        f"Canonicalisation: {raw.height} mentions in {seconds:.2f} s; "
        f"{big_mentions.height} mentions in {big_seconds:.2f} s",
        "",
        *added_sample(before, result, texts, sample, seed),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--sample", type=int, default=30, help="size of each random sample")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the samples")
    args = parser.parse_args(argv)
    print(report(args.folder, sample=args.sample, seed=args.seed))


if __name__ == "__main__":
    main()
