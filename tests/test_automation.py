"""The job, schedule and sensor, and the definitions as the UI loads them."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from pipelines.defs.automation import daily_refresh_schedule, news_job, source_files_sensor


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


def test_sensor_requests_a_run_only_when_the_folder_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_SOURCE_DIR", str(tmp_path))
    (tmp_path / "a.txt").write_text("one")
    first = source_files_sensor(dg.build_sensor_context())
    assert isinstance(first, dg.RunRequest)
    cursor = first.run_key

    unchanged = source_files_sensor(dg.build_sensor_context(cursor=cursor))
    assert isinstance(unchanged, dg.SkipReason)

    (tmp_path / "b.txt").write_text("two")
    added = source_files_sensor(dg.build_sensor_context(cursor=cursor))
    assert isinstance(added, dg.RunRequest) and added.run_key != cursor


def test_sensor_skips_with_reason_when_folder_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_SOURCE_DIR", str(tmp_path / "missing"))
    result = source_files_sensor(dg.build_sensor_context())
    assert isinstance(result, dg.SkipReason) and "does not exist" in result.skip_message


def test_plain_modules_do_not_import_dagster() -> None:
    """The NLP and parsing logic stays usable without Dagster: only defs/, definitions.py and
    the benchmark (which runs the pipeline) import it."""
    package = Path(__file__).resolve().parent.parent / "pipelines"
    allowed = {package / "definitions.py", package / "bench.py"}
    offenders = [
        p.relative_to(package).as_posix()
        for p in package.rglob("*.py")
        if "defs" not in p.relative_to(package).parts and p not in allowed
        and ("import dagster" in p.read_text() or "from dagster" in p.read_text())
    ]
    assert offenders == []
