"""Shared fixtures: the seed articles and a helper that runs the whole pipeline in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run_pipeline(source: Path, warehouse: Path) -> dg.ExecuteInProcessResult:
    """Materialise every asset and check, as `make run` does, into the given warehouse."""
    from pipelines.definitions import defs
    from pipelines.defs.resources import build_resources

    return dg.materialize(
        list(defs.assets) + list(defs.asset_checks),
        resources=build_resources(source, warehouse),
        raise_on_error=False,
    )


def output_metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict:
    """The metadata of an asset's materialisation in a run."""
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey(asset)]
    return {k: v.value for k, v in event.materialization.metadata.items()}


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
