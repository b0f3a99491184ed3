"""The Dagster side of batches: how many files a run left for the next, and one run of
``news_job`` as ``make run``'s child process runs it (``pipelines/defs/launch.py`` starts the
children; the source-folder sensor uses ``left_after``)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

import dagster as dg

from pipelines.defs.assets.ingest import pending_files

Result = dg.ExecuteInProcessResult | dg.JobExecutionResult


def left_by(result: Result) -> int:
    """How many files ``result``'s run left for the next."""
    return pending_files([e.materialization for e in result.get_asset_materialization_events()])


def left_after(instance: dg.DagsterInstance, run_id: str) -> int:
    """How many files run ``run_id`` left for the next batch, as the instance recorded it (0 if
    its ``source_changes`` is not the newest: nothing had changed, or a later run made one)."""
    latest = instance.fetch_materializations(dg.AssetKey("source_changes"), limit=1).records
    if not latest or latest[0].run_id != run_id:
        return 0
    return pending_files([latest[0].asset_materialization])


def run_batches(execute_once: Callable[[], Result]) -> list[Result]:
    """Call ``execute_once`` (one run, in this process) until a run fails or leaves nothing;
    every run's result. Tests use it; ``make run`` runs each batch in a process of its own."""
    results = []
    while True:
        result = execute_once()
        results.append(result)
        if not (result.success and left_by(result)):
            return results


def _skipped_check_notes(record: logging.LogRecord) -> bool:
    """False for Dagster's note that a blocking check gave no result: in a run with nothing new
    every asset is skipped, and with it its checks, so the note would be logged once per check
    and downstream step (dozens of lines) for a run that is doing exactly what it should."""
    return "emitted no result" not in record.getMessage()


BATCH_TAG = "news/batch"
"""Tag of a run ``make run`` started: its batch's number in that ``make run`` (1, 2, ...), so the
UI's run history shows (and filters) the batches and which of them are done."""


def run_one(report, environ: dict[str, str], batch: int) -> None:
    """One run of news_job in this (child) process, in the instance at DAGSTER_HOME, with the
    environment ``environ`` (a forkserver's child has the server's, which may be older than the
    settings of the process that asks for the run), tagged as batch number ``batch``; sends
    ``(run_id, success, files left)`` down ``report`` (a pipe's end)."""
    os.environ.clear()
    os.environ.update(environ)
    logging.getLogger("dagster._core.execution.plan.active").addFilter(_skipped_check_notes)
    job = dg.build_reconstructable_job("pipelines.definitions", "news_job")
    with dg.DagsterInstance.get() as instance:
        result = dg.execute_job(job, instance=instance, tags={BATCH_TAG: str(batch)})
        left = left_after(instance, result.run_id) if result.success else 0
    report.send((result.run_id, result.success, left))
