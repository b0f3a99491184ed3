"""``make run``: run ``news_job`` in batches until the source folder has nothing left to read.

    python -m pipelines.defs.launch

A run reads at most NEWS_BATCH_FILES new or changed files (``pipelines.ingest.changes``) and
says in its ``source_changes`` metadata how many it left; while any are left, and the last run
succeeded, another run follows. So memory follows the batch, not the archive, however much
arrives at once. Each run is a Dagster run in the project's instance (DAGSTER_HOME), shown in
the UI's run history; the source-folder sensor does the same on its own ticks
(``pipelines/defs/automation.py``)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

import dagster as dg

from pipelines.defs.assets.ingest import pending_files

Result = dg.ExecuteInProcessResult | dg.JobExecutionResult


def left_by(result: Result) -> int:
    """How many files ``result``'s run left for the next."""
    return pending_files([e.materialization for e in result.get_asset_materialization_events()])


def run_batches(execute_once: Callable[[], Result], on_batch: Callable[[int, int], None] | None = None) -> list[Result]:
    """Call ``execute_once`` (one run) until a run fails or leaves nothing; every run's result.
    ``on_batch(number, left)`` is told after each run."""
    results = []
    while True:
        result = execute_once()
        results.append(result)
        left = left_by(result) if result.success else 0
        if on_batch:
            on_batch(len(results), left)
        if not left:
            return results


def _skipped_check_notes(record: logging.LogRecord) -> bool:
    """False for Dagster's note that a blocking check gave no result: in a run with nothing new
    every asset is skipped, and with it its checks, so the note would be logged once per check
    and downstream step (dozens of lines) for a run that is doing exactly what it should."""
    return "emitted no result" not in record.getMessage()


def main(argv: list[str] | None = None) -> int:
    del argv
    logging.getLogger("dagster._core.execution.plan.active").addFilter(_skipped_check_notes)
    instance = dg.DagsterInstance.get()
    job = dg.build_reconstructable_job("pipelines.definitions", "news_job")

    def report(number: int, left: int) -> None:
        if left:
            print(f"batch {number} done; next batch: {left} more new or changed files", file=sys.stderr)

    results = run_batches(lambda: dg.execute_job(job, instance=instance), report)
    return 0 if results[-1].success else 1


if __name__ == "__main__":
    sys.exit(main())
