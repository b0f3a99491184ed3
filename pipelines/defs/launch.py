"""``make run``: run ``news_job`` in batches until the source folder has nothing left to read.

    python -m pipelines.defs.launch

A run reads at most NEWS_BATCH_FILES new or changed files (``pipelines.ingest.changes``) and
says in its ``source_changes`` metadata how many it left; while any are left, and the last run
succeeded, another run follows. Each run is a Dagster run in the project's instance
(DAGSTER_HOME), shown in the UI's run history, and runs in a process of its own, as the
daemon's runs do: so the memory of a run follows its batch, and none is carried from one batch
to the next. The source-folder sensor asks for the next batch on its own ticks
(``pipelines/defs/automation.py``, with ``left_after``)."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable

import dagster as dg

from pipelines.defs.assets.ingest import pending_files

Result = dg.ExecuteInProcessResult | dg.JobExecutionResult
RUN_ID_LINE = "news_job run: "


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


def run_one() -> int:
    """One run of news_job in this process, in the instance at DAGSTER_HOME; prints its id."""
    logging.getLogger("dagster._core.execution.plan.active").addFilter(_skipped_check_notes)
    job = dg.build_reconstructable_job("pipelines.definitions", "news_job")
    result = dg.execute_job(job, instance=dg.DagsterInstance.get())
    print(f"{RUN_ID_LINE}{result.run_id}", flush=True)
    return 0 if result.success else 1


def launch() -> list[str]:
    """Runs of news_job, each in a child process, until one fails or leaves nothing; their ids
    (the last one failed if the child's exit status says so: raises CalledProcessError)."""
    instance = dg.DagsterInstance.get()
    run_ids: list[str] = []
    while True:
        child = subprocess.run(
            [sys.executable, "-m", "pipelines.defs.launch", "--one"], stdout=subprocess.PIPE, text=True, check=False
        )
        sys.stdout.write(child.stdout)
        ids = [line[len(RUN_ID_LINE) :] for line in child.stdout.splitlines() if line.startswith(RUN_ID_LINE)]
        run_ids.extend(ids)
        if child.returncode:
            raise subprocess.CalledProcessError(child.returncode, child.args)
        left = left_after(instance, run_ids[-1])
        if not left:
            return run_ids
        print(f"batch {len(run_ids)} done; next batch: {left} more new or changed files", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--one"]:
        return run_one()
    try:
        launch()
    except subprocess.CalledProcessError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
