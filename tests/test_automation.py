"""The job, schedule and sensor, and the definitions as the UI loads them."""

from __future__ import annotations

import os
import time
from pathlib import Path

import dagster as dg
import pytest
import yaml

from pipelines.defs import automation
from pipelines.defs.automation import (
    daily_refresh_schedule,
    news_job,
    source_files_sensor,
)
from tests.helpers import Sensor


def test_definitions_load_with_every_asset_check_schedule_and_sensor() -> None:
    from pipelines.definitions import defs

    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert {"source_files", "articles", "removed_lines", "mentions", "entities", "amounts", "news_warehouse"} <= keys
    check_names = {k.name for k in repo.asset_graph.asset_check_keys}
    assert {
        "article_ids_unique",
        "mention_offsets_match_text",
        "amount_offsets_match_text",
        "currencies_are_known",
        "foreign_keys_resolve",
    } <= check_names
    assert repo.get_schedule_def("daily_refresh_schedule").job_name == "news_job"
    assert repo.get_sensor_def("source_files_sensor").job_name == "news_job"


def test_default_statuses() -> None:
    assert source_files_sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert daily_refresh_schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    assert daily_refresh_schedule.cron_schedule == "0 6 * * *"
    assert news_job.name == "news_job"


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def instance():
    """A persistent instance of its own, as the daemon's, without run retries."""
    with dg.instance_for_test() as instance:
        yield instance


@pytest.fixture(autouse=True)
def env_points_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sensor reads the folder from the SourceFolder resource, never from the environment."""
    monkeypatch.setenv("NEWS_SOURCE_DIR", str(tmp_path / "not-this-one"))


def test_every_add_remove_restore_and_failed_run_starts_a_run(tmp_path: Path, instance) -> None:
    folder = tmp_path / "source"
    folder.mkdir()
    (folder / "a.txt").write_text("one")
    sensor = Sensor(instance, folder)
    keys = []

    first = sensor.tick()
    assert isinstance(first, dg.RunRequest)
    keys.append(first.run_key)
    sensor.run(first)
    assert isinstance(sensor.tick(), dg.SkipReason)  # nothing changed, the run succeeded

    added = folder / "b.txt"
    added.write_text("two")
    stamp = added.stat().st_mtime_ns
    on_add = sensor.tick()
    assert isinstance(on_add, dg.RunRequest)
    keys.append(on_add.run_key)
    sensor.run(on_add)

    added.unlink()  # the folder is as it was after the first run
    on_remove = sensor.tick()
    assert isinstance(on_remove, dg.RunRequest)
    keys.append(on_remove.run_key)
    sensor.run(on_remove)

    added.write_text("two")  # put back as it was: same name, size and time
    os.utime(added, ns=(stamp, stamp))
    on_restore = sensor.tick()
    assert isinstance(on_restore, dg.RunRequest)
    keys.append(on_restore.run_key)
    failed = sensor.run(on_restore, fail=True)
    assert failed.status == dg.DagsterRunStatus.FAILURE

    again = sensor.tick()  # the folder did not change, but the warehouse is behind it
    assert isinstance(again, dg.RunRequest)
    assert failed.run_id in again.tags["news/retry_of"]
    keys.append(again.run_key)
    sensor.run(again)
    assert isinstance(sensor.tick(), dg.SkipReason)

    assert len(set(keys)) == len(keys) == 5  # Dagster drops a run key it has seen, even a failed run's


def test_a_run_that_dagster_will_retry_is_left_to_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    with dg.instance_for_test(overrides={"run_retries": {"enabled": True, "max_retries": 2}}) as instance:
        sensor = Sensor(instance, tmp_path)
        failed = sensor.run(sensor.tick(), fail=True)
        assert failed.tags["dagster/will_retry"] == "true"
        waiting = sensor.tick()
        assert isinstance(waiting, dg.SkipReason) and "retries" in waiting.skip_message


def test_repeated_failures_back_off(tmp_path: Path, instance, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that keeps failing (a check that fails on the data) is re-requested ever less
    often, never in a loop: after the n-th failed run the sensor waits RETRY_BACKOFF_SECONDS
    x 2^(n-2), at most RETRY_BACKOFF_MAX_SECONDS."""
    (tmp_path / "a.txt").write_text("one")
    sensor = Sensor(instance, tmp_path)
    sensor.run(sensor.tick(), fail=True)
    retry = sensor.tick()
    assert isinstance(retry, dg.RunRequest)  # the first failure is re-requested at once
    sensor.run(retry, fail=True)
    waiting = sensor.tick()
    assert isinstance(waiting, dg.SkipReason) and "failed 2 times" in waiting.skip_message
    later = time.time() + automation.RETRY_BACKOFF_SECONDS + 1
    monkeypatch.setattr(automation.time, "time", lambda: later)
    assert isinstance(sensor.tick(), dg.RunRequest)


def test_a_reset_cursor_never_reuses_a_run_key(tmp_path: Path, instance) -> None:
    (tmp_path / "a.txt").write_text("one")
    sensor = Sensor(instance, tmp_path)
    first = sensor.tick()
    sensor.run(first)
    sensor.cursor = None  # reset in the UI
    second = sensor.tick()
    assert isinstance(second, dg.RunRequest) and second.run_key != first.run_key


def test_sensor_skips_with_reason_when_folder_is_missing(tmp_path: Path, instance) -> None:
    result = Sensor(instance, tmp_path / "missing").tick()
    assert isinstance(result, dg.SkipReason) and "does not exist" in result.skip_message


def test_failed_runs_are_retried_from_the_start_a_bounded_number_of_times() -> None:
    config = yaml.safe_load((ROOT / "dagster.yaml").read_text())
    retries = config["run_retries"]
    assert retries["enabled"] is True and 1 <= retries["max_retries"] <= 3
    # every step again: a retry from the failure would read frames staged by the failed run
    assert news_job.tags["dagster/retry_strategy"] == "ALL_STEPS"
    with dg.instance_for_test(overrides={"run_retries": retries}) as instance:
        assert instance.run_retries_enabled and instance.run_retries_max_retries == retries["max_retries"]


def test_plain_modules_do_not_import_dagster() -> None:
    """The NLP and parsing logic stays usable without Dagster: only defs/, definitions.py and
    benchmarks/ (outside the package) import it."""
    package = Path(__file__).resolve().parent.parent / "pipelines"
    allowed = {package / "definitions.py"}
    offenders = [
        p.relative_to(package).as_posix()
        for p in package.rglob("*.py")
        if "defs" not in p.relative_to(package).parts
        and p not in allowed
        and ("import dagster" in p.read_text() or "from dagster" in p.read_text())
    ]
    assert offenders == []
