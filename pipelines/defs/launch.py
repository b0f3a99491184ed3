"""``make run``: run ``news_job`` in batches until the source folder has nothing left to read.

    news-run          (a console script of the project; or python -m pipelines.defs.launch)

A run reads at most NEWS_BATCH_FILES new or changed files (``pipelines.ingest.changes``) and
says in its ``source_changes`` metadata how many it left; while any are left, and the last run
succeeded, another run follows. Each run is a Dagster run in the project's instance
(DAGSTER_HOME), shown in the UI's run history, and runs in a child process of its own, as the
daemon's runs do: so the memory of a run follows its batch, and none is carried from one batch
to the next. The source-folder sensor asks for the next batch on its own ticks
(``pipelines/defs/automation.py``, with ``left_after``)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
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
    ``(run_id, success)`` down ``report`` (a pipe's end)."""
    os.environ.clear()
    os.environ.update(environ)
    logging.getLogger("dagster._core.execution.plan.active").addFilter(_skipped_check_notes)
    job = dg.build_reconstructable_job("pipelines.definitions", "news_job")
    with dg.DagsterInstance.get() as instance:
        result = dg.execute_job(job, instance=instance, tags={BATCH_TAG: str(batch)})
    report.send((result.run_id, result.success))


class RunFailed(RuntimeError):
    """A batch's run failed (or its process died): make run stops there, with an error."""


def launch() -> list[str]:
    """Runs of news_job until one fails (RunFailed) or leaves nothing; their ids. Each run is a
    child process, forked from a forkserver that has imported the code (a small, single-threaded
    process: no second start-up per batch, and no lock of this process's threads copied into
    the child), else spawned where the platform has no forkserver."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipelines.definitions"])
    else:
        context = multiprocessing.get_context("spawn")
    run_ids: list[str] = []
    while True:
        receive, send = context.Pipe(duplex=False)
        child = context.Process(
            target=run_one, args=(send, dict(os.environ), len(run_ids) + 1), name=f"batch {len(run_ids) + 1}"
        )
        child.start()
        send.close()
        try:
            run_id, success = receive.recv()
        except EOFError:  # the child died before it could tell (killed, out of memory)
            run_id, success = None, False
        child.join()
        if run_id:
            run_ids.append(run_id)
        if not success or child.exitcode:
            raise RunFailed(f"news_job run {run_id or '(none)'} failed (process exit code {child.exitcode})")
        with dg.DagsterInstance.get() as instance:
            left = left_after(instance, run_id)
        if not left:
            return run_ids
        print(f"batch {len(run_ids)} done; next batch: {left} more new or changed files", file=sys.stderr)


def main() -> int:
    try:
        launch()
    except RunFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
