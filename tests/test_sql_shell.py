"""`make sql`: the DuckDB CLI installed in the project's venv opens the pipeline's warehouse,
read-only; the SQL examples in README print what it shows."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

CLI = Path(sys.executable).parent / "duckdb"


def make_sql(warehouse: Path, stdin: str) -> subprocess.CompletedProcess:
    """`make sql` on ``warehouse`` with ``stdin`` typed into the shell (the venv counts as
    installed: ``-o`` keeps make from reinstalling it)."""
    env = {**os.environ, "NEWS_WAREHOUSE": str(warehouse)}
    env.pop("MAKEFLAGS", None)
    return subprocess.run(
        ["make", "--no-print-directory", "-s", "-o", ".venv/.installed", "sql"],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_project_installs_the_duckdb_cli() -> None:
    assert CLI.exists(), f"no DuckDB CLI at {CLI}: the project should install duckdb-cli"
    assert subprocess.run([CLI, "--version"], capture_output=True, text=True).stdout.startswith("v1.5")


def test_make_sql_counts_the_seed_articles(seeded_warehouse: Path) -> None:
    done = make_sql(seeded_warehouse, ".mode list\n.headers off\nSELECT count(*) FROM articles;\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "5"


def test_make_sql_is_read_only(seeded_warehouse: Path) -> None:
    done = make_sql(seeded_warehouse, "CREATE TABLE scratch (i INTEGER);\n")
    assert "read-only" in (done.stdout + done.stderr)


def test_make_sql_without_a_warehouse_says_run_first(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    done = make_sql(missing, "SELECT 1;\n")
    assert done.returncode != 0
    assert "make run" in done.stderr and str(missing) in done.stderr
    assert not missing.exists()


def _readme_examples() -> list[tuple[str, str]]:
    """The (SQL, output) pairs that README's "The warehouse" section shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## The warehouse\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```\n```\n(.*?)```", section, re.S)


def test_readme_shows_five_questions() -> None:
    assert len(_readme_examples()) == 5


@pytest.mark.parametrize(("sql", "output"), _readme_examples(), ids=lambda s: s.splitlines()[0][:40])
def test_readme_sql_examples_print_what_the_readme_shows(seeded_warehouse: Path, sql: str, output: str) -> None:
    done = subprocess.run([CLI, "-readonly", seeded_warehouse], input=sql, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == output.strip()
