"""`make run` as a user runs it: every asset materialised, a summary, no warnings, INFO logs."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import dagster as dg

from pipelines.definitions import defs

ROOT = Path(__file__).resolve().parent.parent


def test_make_run_is_quiet_and_materialises_every_asset(dagster_home: Path, news_env: dict[str, str]) -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "run", f"DAGSTER_HOME={dagster_home}"],
        env={**os.environ, **news_env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Warning" not in output, output  # e.g. Dagster's SupersessionWarning
    assert " - DEBUG - " not in output, output
    assert " - INFO - news_job - " in output, output
    assert f"Warehouse {news_env['NEWS_WAREHOUSE']}" in result.stdout
    assert re.search(r"│ articles +┆ 5 +│", result.stdout), result.stdout

    keys = defs.get_repository_def().asset_graph.get_all_asset_keys()
    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        missing = [key.to_user_string() for key in keys if instance.get_latest_materialization_event(key) is None]
    assert missing == []
