"""The staging store on any fsspec URL (NEWS_STAGING_URL), and the IO manager's names for the
outputs of ops: a graph with a dynamic fan-out stages one Parquet part per mapping key."""

from __future__ import annotations

import uuid
from pathlib import Path

import dagster as dg
import duckdb
import fsspec
import polars as pl
import pytest

from pipelines.defs.resources import ParquetFrameIOManager
from pipelines.warehouse import staging


@pytest.fixture
def memory_url() -> str:
    url = f"memory://staging-{uuid.uuid4().hex}"
    yield url
    memory = fsspec.filesystem("memory")
    if memory.exists(url):
        memory.rm(url, recursive=True)


@pytest.mark.parametrize("scheme", ["path", "file", "memory"])
def test_a_store_stages_finds_publishes_and_clears_on_any_url(scheme: str, tmp_path: Path, memory_url: str) -> None:
    url = {"path": str(tmp_path / "s"), "file": f"file://{tmp_path / 's'}", "memory": memory_url}[scheme]
    store = staging.Store.at(url)
    frame = pl.DataFrame({"x": [1, 2]})
    store.write("run-1", ["articles"], frame)
    store.write("dead-run", ["articles"], pl.DataFrame({"x": [0]}))
    assert store.find(["articles"], "run-2", published=True) is None
    assert store.read(store.find(["articles"], "run-1", published=False)).equals(frame)
    assert store.clear_dead_runs(keep="run-1") == ["dead-run"]
    assert store.publish("run-1") == ["articles"]
    assert store.find(["articles"], "run-1", published=False) is None
    assert store.read(store.find(["articles"], "run-1", published=True)).equals(frame)
    assert store.clear_dead_runs(keep="run-2") == []  # the published frames stay


def test_the_default_store_is_the_folder_beside_the_warehouse(tmp_path: Path) -> None:
    io_manager = ParquetFrameIOManager(warehouse_path=str(tmp_path / "news.duckdb"))
    assert io_manager.store.root == str(tmp_path / "news.duckdb.staging")


@dg.op(out=dg.DynamicOut(pl.DataFrame))
def batches():
    for name, rows in (("b1", [1, 2]), ("b2", [3]), ("b3", [4, 5, 6])):
        yield dg.DynamicOutput(pl.DataFrame({"n": rows}), mapping_key=name)


@dg.op
def doubled(batch: pl.DataFrame) -> pl.DataFrame:
    return batch.with_columns(pl.col("n") * 2)


@dg.op
def together(parts: list[pl.DataFrame]) -> pl.DataFrame:
    return pl.concat(parts).sort("n")


@dg.graph_asset
def doubled_numbers() -> pl.DataFrame:
    return together(batches().map(doubled).collect())


@dg.asset
def total(doubled_numbers: pl.DataFrame) -> pl.DataFrame:
    return doubled_numbers.select(pl.col("n").sum())


def test_a_dynamic_fan_out_stages_one_part_per_batch_and_publishes_them(tmp_path: Path, memory_url: str) -> None:
    io_manager = ParquetFrameIOManager(warehouse_path=str(tmp_path / "news.duckdb"), staging_url=memory_url)
    result = dg.materialize([doubled_numbers, total], resources={"io_manager": io_manager})
    assert result.success
    assert result.output_for_node("total").item() == 42
    fs, store = fsspec.filesystem("memory"), io_manager.store
    published = sorted(p.removeprefix(f"{store.root}/published/") for p in fs.find(f"{store.root}/published"))
    assert published == [
        "doubled_numbers.parquet",
        *(f"op-outputs/doubled_numbers.batches/result/{b}.parquet" for b in ("b1", "b2", "b3")),
        *(f"op-outputs/doubled_numbers.doubled-{b}-/result.parquet" for b in ("b1", "b2", "b3")),
        "total.parquet",
    ]
    part = store.read(f"{store.root}/published/op-outputs/doubled_numbers.doubled-b3-/result.parquet")
    assert part["n"].to_list() == [8, 10, 12]
    assert not fs.exists(f"{store.root}/{result.run_id}")


def test_a_partitioned_asset_stages_a_part_per_partition_and_a_whole_reader_gets_them_all(tmp_path: Path) -> None:
    days = dg.StaticPartitionsDefinition(["2026-01-01", "2026-01-02"])

    @dg.asset(partitions_def=days)
    def daily(context) -> pl.DataFrame:
        return pl.DataFrame({"day": [context.partition_key]})

    @dg.asset
    def every_day(daily: pl.DataFrame) -> pl.DataFrame:
        return daily.sort("day")

    io_manager = ParquetFrameIOManager(warehouse_path=str(tmp_path / "news.duckdb"))
    for day in days.get_partition_keys():
        assert dg.materialize([daily], partition_key=day, resources={"io_manager": io_manager}).success
    result = dg.materialize([daily, every_day], selection=["every_day"], resources={"io_manager": io_manager})
    assert result.success
    assert result.output_for_node("every_day")["day"].to_list() == ["2026-01-01", "2026-01-02"]
    assert sorted(p.name for p in (tmp_path / "news.duckdb.staging" / "published" / "daily").iterdir()) == [
        "2026-01-01.parquet",
        "2026-01-02.parquet",
    ]


@pytest.mark.parametrize("scheme", ["path", "file", "memory"])
def test_staged_parts_are_one_relation_on_any_url(scheme: str, tmp_path: Path, memory_url: str) -> None:
    """DuckDB reads a local store's parts itself; any other store's through fsspec into Arrow."""
    url = {"path": str(tmp_path / "s"), "file": f"file://{tmp_path / 's'}", "memory": memory_url}[scheme]
    store = staging.Store.at(url)
    paths = [store.write("run-1", ["days", day], pl.DataFrame({"day": [day], "n": [n]})) for n, day in enumerate("ab")]
    parts = staging.Parts(store, tuple(paths))
    with duckdb.connect() as con:
        relation = parts.relation(con)
        assert sorted(relation.fetchall()) == [("a", 0), ("b", 1)]
        assert ("arrow_scan" in relation.sql_query()) == (scheme == "memory")
    assert parts.frame().sort("day").equals(pl.DataFrame({"day": ["a", "b"], "n": [0, 1]}))
