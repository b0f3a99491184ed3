"""The one loader reads the staged Parquet parts itself (DuckDB's ``read_parquet``; through
fsspec into Arrow for a store DuckDB cannot reach), so the warehouse step never holds the
run's tables as polars frames, and writes the same tables as from frames."""

from __future__ import annotations

import uuid
from pathlib import Path

import dagster as dg
import fsspec
import pytest

from benchmarks.compare_warehouses import compare
from pipelines.warehouse import staging
from tests.helpers import SEEDS

SMALL = {"source_changes"}
"""The one staged frame the warehouse step reads into polars: what the run changes (a row per
changed file or article; one row in a full run)."""


def load_alone(published: Path, staging_url: str, target: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Materialise news_warehouse alone into ``target`` from the staged frames in ``published``
    (copied to ``staging_url``); returns the names of the parts read into polars."""
    from pipelines.definitions import defs
    from pipelines.defs.resources import build_resources

    fs, root = fsspec.core.url_to_fs(staging_url)
    fs.put(str(published), f"{root}/{staging.PUBLISHED}", recursive=True)
    read: set[str] = set()
    frame_of = staging.Store.read

    def recording(store: staging.Store, path: str):
        read.add(path.rsplit("/", 1)[-1].removesuffix(".parquet"))
        return frame_of(store, path)

    monkeypatch.setattr(staging.Store, "read", recording)
    monkeypatch.setenv("NEWS_STAGING_URL", staging_url)
    result = dg.materialize(list(defs.assets), selection=["news_warehouse"], resources=build_resources(SEEDS, target))
    assert result.success
    return read


@pytest.fixture
def published(seeded_run: tuple[dg.ExecuteInProcessResult, Path]) -> Path:
    return staging.staging_dir(seeded_run[1]) / staging.PUBLISHED


def test_the_loader_reads_local_parts_with_duckdb_not_into_frames(
    published: Path, seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "news.duckdb"
    read = load_alone(published, str(tmp_path / "staging"), target, monkeypatch)
    assert read == SMALL
    assert compare(str(seeded_warehouse), str(target))


def test_a_store_duckdb_cannot_reach_is_read_through_fsspec(
    published: Path, seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"memory://loader-{uuid.uuid4().hex}"
    target = tmp_path / "news.duckdb"
    try:
        read = load_alone(published, url, target, monkeypatch)
    finally:
        fsspec.filesystem("memory").rm(url, recursive=True)
    staged = {p.stem for p in published.iterdir()}
    assert read == {n for n in staged if n not in {"news_warehouse"}} and "articles" in read
    assert compare(str(seeded_warehouse), str(target))
