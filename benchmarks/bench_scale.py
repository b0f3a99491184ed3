"""Benchmark: how time and memory grow with the archive.

    python -m benchmarks.bench_scale [FOLDER] [--scales 1 10]   (default ../shared/corpora/bbc)

For each scale N it builds, in a temporary folder, a corpus of N copies of FOLDER's ``.txt``
articles (copy 0 as it is; copy k with its paragraphs rotated by k and a closing line naming
the copy, so that every copy is a distinct article), then measures, each run in a child process
whose whole process tree (spaCy's workers included) is sampled for memory:

- ``cold_seconds``: the pipeline into an empty warehouse;
- ``noop_seconds``: the same again with nothing changed;
- ``add100_seconds``: 100 new articles added to the N-copy folder and its warehouse;
- ``add100_alone_seconds``: the same 100 articles into an empty warehouse;
- ``spacy_words_per_s``: bare spaCy (the pipeline's model with ``tok2vec`` and ``ner``, batch 64:
  the issues' baseline, ``bench.run_bare_spacy``) over the same texts, in the same run, so the
  ratio to ``pipeline_words_per_s`` holds on a noisy machine;
- ``peak_rss_mb``: the largest sum of resident memory over the process tree during any run.

Prints one JSON line per scale.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.bench import DEFAULT_FOLDER, run_bare_spacy

CHILD = (
    "import sys; from pathlib import Path; from benchmarks.bench import run_pipeline; "
    "run_pipeline(Path(sys.argv[1]), Path(sys.argv[2]))"
)
ADDED = 100


def distinct_copy(text: str, k: int) -> str:
    """Copy ``k`` of an article: paragraphs rotated by k, and a last line naming the copy."""
    if k == 0:
        return text
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]  # the headline stays first
    if body:
        shift = k % len(body)
        body = body[shift:] + body[:shift]
    return "\n\n".join([*head, *body, f"This is copy {k} of the report."])


def build_corpus(source: Path, target: Path, copies: range) -> int:
    """Write the copies of every .txt article of ``source`` into ``target``; return how many."""
    files = sorted(source.rglob("*.txt"))
    count = 0
    for k in copies:
        for path in files:
            out = target / f"copy{k:03d}" / path.relative_to(source)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(distinct_copy(path.read_text(encoding="utf-8", errors="replace"), k), encoding="utf-8")
            count += 1
    return count


def _tree_rss_kib(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry.name}/status") as f:
                kib = next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
        rss[int(entry.name)] = kib
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def timed_run(folder: Path, warehouse: Path) -> tuple[float, float]:
    """Run the pipeline in a child process; return (seconds, peak MB of its process tree)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(warehouse)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.25):
            peak = max(peak, _tree_rss_kib(child.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, err = child.communicate()
    finally:  # an interrupted benchmark leaves no pipeline run behind
        if child.poll() is None:
            child.kill()
            child.wait()
        done.set()
        sampler.join()
    seconds = time.perf_counter() - started
    if child.returncode:
        raise SystemExit(f"pipeline run failed on {folder}:\n{err[-3000:]}")
    return seconds, peak / 1024


def measure(source: Path, n: int, tmp: Path) -> dict:
    from pipelines.warehouse import store

    corpus, extra = tmp / f"corpus{n}", tmp / f"extra{n}"
    articles = build_corpus(source, corpus, range(n))
    build_corpus(source, extra, range(n, n + 1))
    new_files = sorted(extra.rglob("*.txt"))[:ADDED]
    warehouse = tmp / f"scale{n}.duckdb"
    cold, peak_cold = timed_run(corpus, warehouse)
    noop, peak_noop = timed_run(corpus, warehouse)
    alone_folder = tmp / f"alone{n}"
    for path in new_files:
        for folder in (corpus, alone_folder):
            out = folder / "added" / path.name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(path.read_bytes())
    add100, peak_add = timed_run(corpus, warehouse)
    alone, peak_alone = timed_run(alone_folder, tmp / f"alone{n}.duckdb")
    texts = store.read(warehouse, "SELECT text FROM articles WHERE removed_at IS NULL ORDER BY article_id")
    texts = texts["text"].to_list()
    words = sum(len(t.split()) for t in texts)
    spacy_seconds = run_bare_spacy(texts)
    return {
        "n": n,
        "articles": articles,
        "cold_seconds": round(cold, 1),
        "pipeline_words_per_s": round(words / cold),
        "spacy_words_per_s": round(words / spacy_seconds),
        "peak_rss_mb": round(max(peak_cold, peak_noop, peak_add, peak_alone)),
        "noop_seconds": round(noop, 1),
        "add100_seconds": round(add100, 1),
        "add100_alone_seconds": round(alone, 1),
    }


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    default_scales = [int(s) for s in os.environ.get("BENCH_SCALES", "1 10").split()]
    parser.add_argument("--scales", nargs="+", type=int, default=default_scales)
    args = parser.parse_args(argv)
    reports = []
    for n in args.scales:
        with tempfile.TemporaryDirectory(prefix="news-bench-scale-") as tmp:
            report = measure(args.folder, n, Path(tmp))
        print(json.dumps(report), flush=True)
        reports.append(report)
    return reports


if __name__ == "__main__":
    main()
