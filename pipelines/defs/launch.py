"""``make run``: run ``news_job`` in batches until the source folder has nothing left to read.

    news-run          (a console script of the project; or python -m pipelines.defs.launch)

A run reads at most NEWS_BATCH_FILES new or changed files (``pipelines.ingest.changes``) and
says in its ``source_changes`` metadata how many it left; while any are left, and the last run
succeeded, another run follows. Each run is a Dagster run in the project's instance
(DAGSTER_HOME), shown in the UI's run history, and runs in a child process of its own, as the
daemon's runs do: so the memory of a run follows its batch, and none is carried from one batch
to the next. The source-folder sensor asks for the next batch on its own ticks
(``pipelines/defs/automation.py``, with ``batches.left_after``)."""

from __future__ import annotations

import multiprocessing
import os
import sys


def _run_in_child(*args) -> None:
    """A batch's child process: the Dagster code is imported there (by the forkserver's preload,
    or here), never in this launching process, which stays a small one of the standard library
    (its memory counts in the process tree's, beside the run's)."""
    from pipelines.defs.batches import run_one

    run_one(*args)


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
            target=_run_in_child, args=(send, dict(os.environ), len(run_ids) + 1), name=f"batch {len(run_ids) + 1}"
        )
        child.start()
        send.close()
        try:
            run_id, success, left = receive.recv()
        except EOFError:  # the child died before it could tell (killed, out of memory)
            run_id, success, left = None, False, 0
        child.join()
        if run_id:
            run_ids.append(run_id)
        if not success or child.exitcode:
            raise RunFailed(f"news_job run {run_id or '(none)'} failed (process exit code {child.exitcode})")
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
