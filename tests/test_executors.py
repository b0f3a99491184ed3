"""news_job gives the same warehouse whatever executor runs its steps (NEWS_EXECUTOR): the
default in-process one as `make run` has it, a process per step (multiprocess) or a Dask
LocalCluster of two worker processes, compared table by table with ``dg.materialize``'s run of
the same folder; and the run scope (lock, staging) stays one per run."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from benchmarks.compare_warehouses import compare
from pipelines.definitions import news_job
from pipelines.warehouse import runlock
from tests.helpers import SEEDS, hold_in_another_process


def execute(tmp_path: Path, executor: str) -> dg.ExecutionResult:
    """news_job on the seeds into ``tmp_path/news.duckdb`` with ``executor``, on an instance of
    its own (the executors that leave the process need a persistent one). The job's arguments
    travel with it to the step processes, which rebuild it from them."""
    job = dg.build_reconstructable_job(
        "pipelines.definitions",
        "news_job",
        reconstructable_kwargs={
            "executor": executor,
            "source_dir": str(SEEDS),
            "warehouse_path": str(tmp_path / "news.duckdb"),
        },
    )
    (tmp_path / "dagster").mkdir()
    with dg.DagsterInstance.local_temp(str(tmp_path / "dagster")) as instance:
        return dg.execute_job(job, instance)


def failures(result: dg.ExecutionResult) -> list[str]:
    """The errors of the failed steps and of the run."""
    return [str(getattr(e.event_specific_data, "error", None) or e.message) for e in result.all_events if e.is_failure]


def started_steps(result: dg.ExecutionResult) -> set[str]:
    return {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}


@pytest.mark.parametrize("executor", ["in_process", "multiprocess", "dask"])
def test_every_table_equals_the_in_process_runs(
    executor: str, seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_WORKERS", "2")
    result = execute(tmp_path, executor)
    assert result.success, failures(result)[:1]
    assert "news_warehouse" in started_steps(result)
    assert compare(str(seeded_warehouse), str(tmp_path / "news.duckdb"))
    # the run published its frames once, at its end, and released the lock
    staging = tmp_path / "news.duckdb.staging"
    assert [p.name for p in staging.iterdir()] == ["published"]
    assert runlock.holder(runlock.lock_file(tmp_path / "news.duckdb")) is None


def test_a_multiprocess_run_waits_for_another_runs_lock_before_its_first_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = hold_in_another_process(runlock.lock_file(tmp_path / "news.duckdb"), "someone-elses-run")
    try:
        monkeypatch.setenv("NEWS_WAREHOUSE_LOCK_TIMEOUT", "0.5")
        result = execute(tmp_path, "multiprocess")
    finally:
        holder.stdin.close()
        holder.wait()
    assert not result.success
    assert started_steps(result) == set()
    assert any("could not take the warehouse lock" in f and "someone-elses-run" in f for f in failures(result))
    assert not (tmp_path / "news.duckdb").exists()


def test_the_executor_setting_picks_a_run_scoped_executor(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipelines.defs.executors import chosen_executor

    for name in ("in_process", "multiprocess", "dask"):
        monkeypatch.setenv("NEWS_EXECUTOR", name)
        assert chosen_executor().name == name
        assert news_job().executor_def.name == name
    monkeypatch.setenv("NEWS_EXECUTOR", "threads")
    with pytest.raises(ValueError, match="NEWS_EXECUTOR='threads'"):
        chosen_executor()
