"""Benchmark: the whole pipeline on a folder, and bare spaCy on the same texts.

    python -m benchmarks.bench [FOLDER]      (default ../shared/corpora/bbc)

Materialises every asset into a temporary warehouse, then times ``nlp.pipe`` of the same
model over the cleaned texts the pipeline processed: with ``tok2vec`` and ``ner`` (the issues'
baseline), and with ``ner`` alone, as the pipeline runs it. Prints one
JSON line: articles, words, seconds and words/s of the pipeline and the baseline, their ratio,
the words/s of ``ner`` alone, each step's seconds, the money step's share of the pipeline, and
the peak resident memory.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_FOLDER = Path("../shared/corpora/bbc")


def _peak_rss_mb() -> dict[str, float]:
    # ru_maxrss is in KiB on Linux
    return {
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_children_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def run_pipeline(folder: Path, warehouse_path: Path) -> tuple[float, dict[str, float]]:
    """Seconds to run the pipeline as `make run` does (a run per batch, each in a process of its
    own, in a Dagster instance of its own) and each step's seconds, summed over the batches.
    Dagster is imported after the runs, as ``news-run`` never imports it: the launching process
    stays small, and its memory counts in the process tree's."""
    from pipelines.defs import launch

    with tempfile.TemporaryDirectory(prefix="news-bench-home-") as home:
        env = {"DAGSTER_HOME": home, "NEWS_SOURCE_DIR": str(folder), "NEWS_WAREHOUSE": str(warehouse_path)}
        saved = {name: os.environ.get(name) for name in env}
        os.environ.update(env)
        try:
            started = time.perf_counter()
            try:
                run_ids = launch.launch()
            except launch.RunFailed as exc:
                raise SystemExit(str(exc)) from None
            seconds = time.perf_counter() - started
            import dagster as dg

            instance = dg.DagsterInstance.get()
            steps: dict[str, float] = {}
            for run_id in run_ids:
                for s in instance.get_run_step_stats(run_id):
                    steps[s.step_key] = round(steps.get(s.step_key, 0.0) + (s.end_time or 0) - (s.start_time or 0), 2)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    return seconds, steps


BARE_BATCH_SIZE = 64
"""Bare spaCy's batch size: the configuration the issues' baseline figures were measured with
(the pipeline's own NEWS_NLP_BATCH_SIZE may differ)."""


def run_bare_spacy(texts: list[str], *, ner_only: bool = False) -> float:
    """Seconds for spaCy alone over ``texts``: the model as the issues' baseline ran it, its
    ``tok2vec`` and ``ner`` (the components NER needs to exclude, ``ner.UNUSED_FOR_NER``, left
    out), or with ``ner_only`` as the pipeline runs it (:func:`pipelines.entities.ner.load`
    drops a ``tok2vec`` nothing listens to); spaCy's own ``n_process`` workers, one per core."""
    import spacy

    from pipelines import pool, settings
    from pipelines.entities import ner as nlp

    exclude = list(nlp.UNUSED_FOR_NER) + (["tok2vec"] if ner_only else [])
    model = spacy.load(settings.spacy_model(), exclude=exclude)
    started = time.perf_counter()
    for _ in model.pipe(texts, batch_size=BARE_BATCH_SIZE, n_process=pool.worker_count(len(texts))):
        pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> dict:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else DEFAULT_FOLDER
    from pipelines.warehouse import store as warehouse

    with tempfile.TemporaryDirectory(prefix="news-bench-") as tmp:
        target = Path(tmp) / "news.duckdb"
        pipeline_seconds, steps = run_pipeline(folder, target)
        texts = warehouse.read(target, "SELECT text FROM articles ORDER BY article_id")["text"].to_list()
    words = sum(len(t.split()) for t in texts)
    spacy_seconds = run_bare_spacy(texts)
    ner_only_seconds = run_bare_spacy(texts, ner_only=True)
    money_seconds = steps.get("amounts", 0.0)
    report = {
        "folder": str(folder),
        "articles": len(texts),
        "words": words,
        "pipeline_seconds": round(pipeline_seconds, 2),
        "pipeline_words_per_s": round(words / pipeline_seconds),
        "spacy_seconds": round(spacy_seconds, 2),
        "spacy_words_per_s": round(words / spacy_seconds),
        "ratio_pipeline_to_spacy": round(pipeline_seconds / spacy_seconds, 2),
        "spacy_ner_only_words_per_s": round(words / ner_only_seconds),
        "money_share_of_pipeline": round(money_seconds / pipeline_seconds, 3),
        "step_seconds": steps,
        **_peak_rss_mb(),
    }
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main()
