"""Runs never mix: each run stages its frames under its own run id, and a second run on the
same warehouse waits for the first (the warehouse lock is held for the whole run)."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import threading
from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from pipelines.warehouse import store as warehouse
from tests.helpers import SEEDS, hold_in_another_process, hold_read_only

INGEST = {"source_files", "articles", "removed_lines", "quarantined_records"}


def materialize(
    source: Path, target: Path, *, selection: list[str] | None = None, instance: dg.DagsterInstance | None = None
) -> dg.ExecuteInProcessResult:
    from pipelines.definitions import defs
    from pipelines.defs.resources import build_resources

    return dg.materialize(
        list(defs.assets) + ([] if selection else list(defs.asset_checks)),
        selection=selection,
        resources=build_resources(source, target),
        instance=instance,
        raise_on_error=False,
    )


def events_text(result: dg.ExecuteInProcessResult) -> str:
    return "\n".join(repr(event) for event in result.all_events)


def run_log(instance: dg.DagsterInstance, result: dg.ExecuteInProcessResult) -> str:
    return "\n".join(entry.user_message for entry in instance.all_logs(result.run_id))


def articles_by_state(target: Path) -> dict[str, set[str]]:
    rows = warehouse.read(target, "SELECT source_path, removed_at IS NULL AS live FROM articles").rows()
    return {"live": {p for p, live in rows if live}, "removed": {p for p, live in rows if not live}}


def split_seeds(tmp_path: Path) -> tuple[Path, Path]:
    """Two folders with different articles: the first two seeds, and the other three."""
    files = sorted(SEEDS.glob("*.txt"))
    folders = (tmp_path / "first", tmp_path / "second")
    for folder, chunk in zip(folders, (files[:2], files[2:])):
        folder.mkdir()
        for f in chunk:
            shutil.copy(f, folder / f.name)
    return folders


def run_side_by_side(
    monkeypatch: pytest.MonkeyPatch, first: Path, second: Path, target: Path, *, pause_after_writing: bool
) -> tuple[dg.ExecuteInProcessResult, dg.ExecuteInProcessResult]:
    """Start a run on ``first`` and pause it as it stages its first frame after ingest (before
    or after writing the file); meanwhile start a run on ``second``; let the first go on once
    the second has finished or is waiting for the warehouse lock."""
    monkeypatch.setenv("NEWS_WAREHOUSE_LOCK_TIMEOUT", "300")
    paused, second_finished_or_waiting = threading.Event(), threading.Event()
    write_parquet, flock = pl.DataFrame.write_parquet, fcntl.flock

    def pause() -> None:
        paused.set()
        assert second_finished_or_waiting.wait(300), "the second run neither finished nor waited for the lock"

    def paused_write_parquet(frame: pl.DataFrame, file, *args, **kwargs):
        here = threading.current_thread().name == "first" and not paused.is_set()
        here = here and Path(file).name.split(".")[0] not in INGEST
        if here and not pause_after_writing:
            pause()
        write_parquet(frame, file, *args, **kwargs)
        if here and pause_after_writing:
            pause()

    def watched_flock(fd, operation):
        try:
            return flock(fd, operation)
        except BlockingIOError:
            if threading.current_thread().name == "second":
                second_finished_or_waiting.set()
            raise

    monkeypatch.setattr(pl.DataFrame, "write_parquet", paused_write_parquet)
    monkeypatch.setattr(fcntl, "flock", watched_flock)
    results: dict[str, dg.ExecuteInProcessResult] = {}

    def run(name: str, source: Path) -> None:
        try:
            results[name] = materialize(source, target)
        finally:
            if name == "second":
                second_finished_or_waiting.set()

    threads = {
        name: threading.Thread(target=run, name=name, args=(name, source))
        for name, source in (("first", first), ("second", second))
    }
    threads["first"].start()
    while not paused.wait(0.1) and threads["first"].is_alive():
        pass
    assert paused.is_set(), "the first run never staged a frame after ingest"
    threads["second"].start()
    for thread in threads.values():
        thread.join()
    return results["first"], results["second"]


def test_concurrent_runs_on_different_folders_each_write_their_own_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = split_seeds(tmp_path)
    target = tmp_path / "news.duckdb"
    results = run_side_by_side(monkeypatch, first, second, target, pause_after_writing=False)
    assert all(r.success for r in results), [events_text(r) for r in results if not r.success]
    # the first run wrote its own two articles; the second then wrote its three and kept the
    # first run's as removed (its folder does not hold them)
    assert articles_by_state(target) == {
        "live": {p.name for p in second.iterdir()},
        "removed": {p.name for p in first.iterdir()},
    }


def test_concurrent_runs_on_one_folder_never_trip_over_each_others_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "news.duckdb"
    results = run_side_by_side(monkeypatch, SEEDS, SEEDS, target, pause_after_writing=True)
    for result in results:
        assert "FileNotFoundError" not in events_text(result)
        assert result.success or "could not take the warehouse lock" in events_text(result)
    assert articles_by_state(target) == {"live": {p.name for p in SEEDS.iterdir()}, "removed": set()}


def test_a_run_waits_for_the_lock_logs_its_holder_and_proceeds_once_the_holder_is_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipelines.warehouse import runlock

    target = tmp_path / "news.duckdb"
    holder = hold_in_another_process(runlock.lock_file(target), "someone-elses-run")
    try:
        monkeypatch.setenv("NEWS_WAREHOUSE_LOCK_TIMEOUT", "0.5")
        instance = dg.DagsterInstance.ephemeral()
        blocked = materialize(SEEDS, target, instance=instance)
        held_by = f"held by run someone-elses-run (pid {holder.pid} on "
        assert not blocked.success
        assert f"waiting for the warehouse lock {held_by}" in run_log(instance, blocked)
        assert held_by in events_text(blocked)
        assert not target.exists()
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # dies holding the lock
        holder.wait()
    assert materialize(SEEDS, target).success
    assert articles_by_state(target)["live"] == {p.name for p in SEEDS.iterdir()}


def test_a_finished_run_leaves_only_published_frames_and_clears_those_of_dead_runs(tmp_path: Path) -> None:
    target = tmp_path / "news.duckdb"
    staging = target.with_name("news.duckdb.staging")
    dead_run = staging / "0b7c5a3e-run-killed-with-sigkill"
    dead_run.mkdir(parents=True)
    pl.DataFrame({"x": [1]}).write_parquet(dead_run / "articles.parquet")
    result = materialize(SEEDS, target)
    assert result.success
    assert [p.name for p in staging.iterdir()] == ["published"]
    made = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert {p.stem for p in (staging / "published").iterdir()} == made - {"news_warehouse"}


def test_one_asset_materialised_alone_loads_its_inputs_from_the_last_run(tmp_path: Path) -> None:
    target = tmp_path / "news.duckdb"
    assert materialize(SEEDS, target).success
    quotes = pl.read_parquet(target.with_name("news.duckdb.staging") / "published" / "quotes.parquet")
    alone = materialize(SEEDS, target, selection=["quotes"])
    assert alone.success, events_text(alone)
    assert {e.asset_key for e in alone.get_asset_materialization_events()} == {dg.AssetKey("quotes")}
    again = pl.read_parquet(target.with_name("news.duckdb.staging") / "published" / "quotes.parquet")
    assert again.sort("quote_id").equals(quotes.sort("quote_id"))


def test_one_asset_materialised_alone_on_a_new_warehouse_says_what_is_missing(tmp_path: Path) -> None:
    result = materialize(SEEDS, tmp_path / "news.duckdb", selection=["quotes"])
    assert not result.success
    assert "has not been materialised for this warehouse yet" in events_text(result)


def test_the_writers_wait_for_an_open_sql_session_shows_in_the_run_log(
    seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "news.duckdb"
    shutil.copy(seeded_warehouse, target)
    source = tmp_path / "source"
    shutil.copytree(SEEDS, source)
    (source / "new.txt").write_text("Jens Stoltenberg met Olaf Scholz in Berlin on Monday.\n")  # a change to write
    reader = hold_read_only(target, 60)
    try:
        monkeypatch.setenv("NEWS_WAREHOUSE_LOCK_TIMEOUT", "0.5")
        instance = dg.DagsterInstance.ephemeral()
        result = materialize(source, target, instance=instance)
    finally:
        reader.kill()
        reader.wait()
    assert not result.success
    assert f"(pid {reader.pid})" in events_text(result)  # the error names the holder
    waits = [
        line for line in run_log(instance, result).splitlines() if "waiting for the warehouse lock held by" in line
    ]
    assert waits and all(f"(pid {reader.pid})" in line for line in waits)


def news_job() -> dg.JobDefinition:
    """news_job on the folder and warehouse the environment names (for ``dg.reconstructable``)."""
    from pipelines import definitions
    from pipelines.defs import automation
    from pipelines.defs.resources import build_resources

    return dg.Definitions(
        assets=definitions.defs.assets,
        asset_checks=definitions.defs.asset_checks,
        jobs=[automation.news_job],
        resources=build_resources(),
        executor=dg.in_process_executor,
    ).resolve_job_def("news_job")


def test_a_run_retried_from_its_failure_reuses_the_frames_of_the_failed_run(
    seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dagster's run retries (and "re-execute from failure" in the UI) run only the failed
    steps, loading the others' frames from the failed run."""
    first, _ = split_seeds(tmp_path)
    target = tmp_path / "news.duckdb"
    shutil.copy(seeded_warehouse, target)  # five live articles
    monkeypatch.setenv("NEWS_SOURCE_DIR", str(first))  # two of them
    monkeypatch.setenv("NEWS_WAREHOUSE", str(target))
    job = dg.reconstructable(news_job)
    (tmp_path / "dagster").mkdir()
    with dg.DagsterInstance.local_temp(str(tmp_path / "dagster")) as instance:
        reader = hold_read_only(target, 60)
        try:
            monkeypatch.setenv("NEWS_WAREHOUSE_LOCK_TIMEOUT", "0.5")
            failed = dg.execute_job(job, instance)
        finally:
            reader.kill()
            reader.wait()
        assert not failed.success
        retry = dg.execute_job(
            job, instance, reexecution_options=dg.ReexecutionOptions.from_failure(failed.run_id, instance)
        )
        assert retry.success
        assert [e.step_key for e in retry.all_events if e.event_type_value == "STEP_START"] == ["news_warehouse"]
    assert articles_by_state(target) == {
        "live": {p.name for p in first.iterdir()},
        "removed": {p.name for p in SEEDS.iterdir()} - {p.name for p in first.iterdir()},
    }
