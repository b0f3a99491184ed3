"""Batches: a run reads at most NEWS_BATCH_FILES new or changed files and says how many it left;
`make run` and the source-folder sensor start runs until none is left."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from pipelines.defs import batches
from pipelines.ingest import changes
from pipelines.warehouse import store
from tests.helpers import SEEDS, Sensor, run_batches, run_pipeline, write
from tests.test_changes import CONSISTENT, SAME, rows

NOTHING = pl.DataFrame(schema=changes.STORED_SCHEMA)


def test_a_plan_reads_at_most_the_limit_in_path_order(tmp_path: Path) -> None:
    write(tmp_path, {"c.txt": "Three.", "a.txt": "One.", "b/x.txt": "Two."})
    plan = changes.plan(tmp_path, NOTHING, {}, set(), limit=2)
    assert [f.source_path for f in plan.files] == ["a.txt", "b/x.txt"] and plan.pending == 1
    assert changes.plan(tmp_path, NOTHING, {}, set()).pending == 0


def test_a_file_only_touched_does_not_count_against_the_limit(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "One.", "b.txt": "Two.", "c.txt": "Three."})
    first = changes.plan(tmp_path, NOTHING, {}, set())
    hashes = {f.source_path: f.file_hash for f in first.files}
    recorded = pl.DataFrame(
        [(p, *changes.file_stat(tmp_path / p)) for p in ("a.txt", "b.txt")], schema=changes.STORED_SCHEMA, orient="row"
    )
    os.utime(tmp_path / "a.txt", (1, 1))  # touched: read again (to hash it), same bytes
    plan = changes.plan(tmp_path, recorded, {"a.txt": hashes["a.txt"], "b.txt": hashes["b.txt"]}, set(), limit=1)
    assert [f.source_path for f in plan.files] == ["a.txt", "c.txt"] and plan.pending == 0


def test_a_folder_over_the_limit_is_read_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_BATCH_FILES", "2")
    batched = tmp_path / "batched.duckdb"
    results = run_batches(SEEDS, batched)
    assert [r.success for r in results] == [True] * 3
    assert [batches.left_by(r) for r in results] == [3, 1, 0]
    # each run's source_changes says which files its batch read, for the UI
    read = [batch(r) for r in results]
    assert [(b["files_read"], b["first_file"][:3], b["last_file"][:3]) for b in read] == [
        (2, "000", "001"),
        (2, "002", "003"),
        (1, "004", "004"),
    ]
    monkeypatch.setenv("NEWS_BATCH_FILES", "0")  # no limit: one run
    whole = tmp_path / "whole.duckdb"
    assert [batches.left_by(r) for r in run_batches(SEEDS, whole)] == [0]
    # every article's own rows as one run makes them; entities and stories are resolved batch
    # by batch against the stored ones, as incremental runs do
    for table in SAME:
        assert rows(batched, table).equals(rows(whole, table)), table
    for name, sql in CONSISTENT.items():
        assert store.read(batched, sql).is_empty(), name
    assert batches.left_by(run_pipeline(SEEDS, batched)) == 0  # and then nothing is left


def batch(result: dg.ExecuteInProcessResult) -> dict[str, object]:
    (changed,) = [
        m for m in result.asset_materializations_for_node("cleaned_articles") if m.asset_key.path == ["source_changes"]
    ]
    return {name: value.value for name, value in changed.metadata.items()}


def test_the_sensor_asks_for_the_next_batch_while_files_are_left(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "One.", "b.txt": "Two."})
    with dg.instance_for_test() as instance:
        sensor = Sensor(instance, tmp_path)
        first = sensor.tick()
        sensor.run(first, left=1)
        second = sensor.tick()  # the folder did not change, but a file waits
        assert isinstance(second, dg.RunRequest) and second.run_key != first.run_key
        sensor.run(second, left=0)
        assert isinstance(sensor.tick(), dg.SkipReason)


def test_make_run_runs_each_batch_in_a_process_of_its_own(seed_copy: Path, tmp_path: Path) -> None:
    """news-run (make run), as a process of its own, as make runs it: a run per batch, each in
    a child process, recorded in the instance at DAGSTER_HOME."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    warehouse = tmp_path / "news.duckdb"
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "NEWS_SOURCE_DIR": str(seed_copy),
        "NEWS_WAREHOUSE": str(warehouse),
        "NEWS_BATCH_FILES": "3",
    }
    news_run = [str(Path(sys.executable).with_name("news-run"))]
    done = subprocess.run(news_run, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "batch 1 done; next batch: 2 more new or changed files" in done.stderr
    with dg.DagsterInstance.from_config(str(home)) as instance:
        runs = instance.get_run_records()
        assert [r.dagster_run.status for r in runs] == [dg.DagsterRunStatus.SUCCESS] * 2
        assert len({r.dagster_run.run_id for r in runs}) == 2
        assert sorted(r.dagster_run.tags[batches.BATCH_TAG] for r in runs) == ["1", "2"]
    assert store.read(warehouse, "SELECT count(*) AS n FROM articles")["n"].item() == 5
    env["NEWS_SOURCE_DIR"] = str(tmp_path / "gone")  # a failed run ends make run with an error
    assert subprocess.run(news_run, env=env, capture_output=True, check=False).returncode == 1


def test_the_launching_process_imports_no_dagster() -> None:
    """news-run's own process only starts the runs' processes: its memory is the standard
    library's, not the pipeline's (it counts in the process tree's, beside the run's)."""
    heavy = "('dagster', 'polars', 'spacy', 'duckdb')"
    code = f"import sys, pipelines.defs.launch; print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
