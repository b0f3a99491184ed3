"""The warehouse's run lock: one run at a time, a wait that says whom it waits for, a clear
error naming the holder after the timeout, no stale lock after the holder is killed, and the
steps of the holding run sharing it."""

from __future__ import annotations

import os
import signal
import socket
import threading
from pathlib import Path

import pytest

from pipelines.warehouse import runlock
from tests.helpers import hold_in_another_process


def test_the_holder_is_recorded_while_the_lock_is_held(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb.lock"
    with runlock.acquire(path, "run-1", timeout=0) as lock:
        holder = runlock.holder(path)
        assert (holder.run_id, holder.pid, holder.host) == ("run-1", os.getpid(), socket.gethostname())
        assert holder.since == lock.holder.since
    assert runlock.holder(path) is None


def test_a_second_taker_logs_the_wait_and_times_out_naming_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb.lock"
    other = hold_in_another_process(path, "the-first-run")
    messages: list[str] = []
    try:
        with pytest.raises(runlock.RunLockTimeout) as error:
            runlock.acquire(path, "the-second-run", timeout=0.5, on_wait=messages.append, log_every=0.1)
    finally:
        other.stdin.close()
        other.wait()
    held_by = f"held by run the-first-run (pid {other.pid} on {socket.gethostname()}) since "
    assert messages and all(m.startswith(f"waiting for the warehouse lock {held_by}") for m in messages)
    assert held_by in str(error.value)
    assert "NEWS_WAREHOUSE_LOCK_TIMEOUT" in str(error.value)


def test_the_wait_ends_when_the_holder_releases(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb.lock"
    other = hold_in_another_process(path, "the-first-run")
    waiting = threading.Event()
    taken: list[runlock.RunLock] = []
    taker = threading.Thread(
        target=lambda: taken.append(
            runlock.acquire(path, "the-second-run", timeout=60, on_wait=lambda _: waiting.set())
        )
    )
    taker.start()
    assert waiting.wait(60)
    other.stdin.close()  # the holder releases and exits
    other.wait()
    taker.join()
    assert runlock.holder(path).run_id == "the-second-run"
    taken[0].release()


def test_a_holder_killed_with_sigkill_leaves_no_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb.lock"
    other = hold_in_another_process(path, "killed-run")
    os.kill(other.pid, signal.SIGKILL)
    other.wait()
    with runlock.acquire(path, "next-run", timeout=0):
        assert runlock.holder(path).run_id == "next-run"


def test_two_takers_in_one_process_exclude_each_other(tmp_path: Path) -> None:
    """Runs started from threads of one process (tests, a notebook) are kept apart too."""
    path = tmp_path / "w.duckdb.lock"
    with runlock.acquire(path, "run-1", timeout=0), pytest.raises(runlock.RunLockTimeout, match="held by run run-1"):
        runlock.acquire(path, "run-2", timeout=0, on_wait=lambda _: None)
    runlock.acquire(path, "run-2", timeout=0).release()


def test_lock_file_sits_beside_the_warehouse() -> None:
    assert runlock.lock_file(Path("warehouse/news.duckdb")) == Path("warehouse/news.duckdb.lock")


def test_a_step_of_the_run_that_holds_the_lock_shares_it_and_other_runs_still_wait(tmp_path: Path) -> None:
    """A step in a process of its own (multiprocess, Dask) joins its run's lock, held by the
    run's orchestrator; its release leaves the lock to the orchestrator."""
    path = tmp_path / "w.duckdb.lock"
    orchestrator = hold_in_another_process(path, "the-run")
    try:
        step = runlock.acquire(path, "the-run", timeout=0)
        assert step.shared and step.holder.pid == orchestrator.pid
        step.release()
        with pytest.raises(runlock.RunLockTimeout, match="held by run the-run"):
            runlock.acquire(path, "another-run", timeout=0, on_wait=lambda _: None)
    finally:
        orchestrator.stdin.close()
        orchestrator.wait()
    with runlock.acquire(path, "another-run", timeout=0) as lock:
        assert not lock.shared


def test_a_step_whose_runs_holder_was_killed_fails_rather_than_go_on_unguarded(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb.lock"
    orchestrator = hold_in_another_process(path, "the-run")
    os.kill(orchestrator.pid, signal.SIGKILL)
    orchestrator.wait()
    with pytest.raises(runlock.RunLockLost, match=f"run the-run by pid {orchestrator.pid}"):
        runlock.acquire(path, "the-run", timeout=0)
    with runlock.acquire(path, "next-run", timeout=0):  # the lock is free for another run
        assert runlock.holder(path).run_id == "next-run"
