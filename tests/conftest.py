"""Shared fixtures: a private copy of the seeds, and the seeds run once for the session (helpers
that are not fixtures are in tests/helpers.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from tests.helpers import SEEDS, run_pipeline


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of the seed folder that a test may change."""
    target = tmp_path / "source"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def seeded_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dg.ExecuteInProcessResult, Path]:
    """The seeds, materialised once for the whole session into a temporary warehouse: the run
    (for its metadata) and the warehouse."""
    path = tmp_path_factory.mktemp("warehouse") / "news.duckdb"
    result = run_pipeline(SEEDS, path)
    assert result.success
    return result, path


@pytest.fixture(scope="session")
def seeded_warehouse(seeded_run: tuple[dg.ExecuteInProcessResult, Path]) -> Path:
    return seeded_run[1]
