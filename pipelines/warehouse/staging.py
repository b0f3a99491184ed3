"""Where runs keep the frames they pass between steps: a staging store on any fsspec URL
(NEWS_STAGING_URL; by default the local folder ``<warehouse>.staging/``).

Each run writes into its own folder, ``<store>/<run_id>/``, so runs never read each other's
frames. When the run ends its frames are published to ``<store>/published/`` (each replacing
the frame of the same name from an earlier run) and its folder is removed. A step that needs a
frame its own run did not make (an asset materialised alone, a re-execution of a failed run)
reads the published one. Publishing and clearing happen under the warehouse lock
(``pipelines.warehouse.runlock``), so no other run reads or writes meanwhile.

A frame is named by a path of parts: an asset's key (and partition), or for an op's output
``op-outputs/<step key>/<output>[/<mapping key>]`` (published too, for a re-execution of
the run; a part whose mapping key no later run makes stays until ``make clean``, or the
store's own expiry on an object store). The store is an ``fsspec`` file system: a
local path or ``file://`` URL, ``memory://`` (tests), or ``s3://``, ``gs://``, ``abfs://`` ...
once the matching fsspec package (s3fs, gcsfs, adlfs) is installed. Steps that run on other
machines (Dask, Kubernetes) need a store they all reach: shared storage or an object store.

A step that only passes a frame on (the warehouse step) takes it as ``Parts``: the paths of its
staged parts, which DuckDB reads itself (``Parts.relation``), so the frame never enters Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import fsspec
import polars as pl
from fsspec.implementations.local import LocalFileSystem

PUBLISHED = "published"
OP_OUTPUTS = "op-outputs"  # not a valid asset name (it has a hyphen): never clashes with an asset's frames


def staging_dir(warehouse_path: Path | str) -> Path:
    """The default store: a folder beside the warehouse file it is for."""
    path = Path(warehouse_path)
    return path.with_name(path.name + ".staging")


def safe_part(part: str) -> str:
    """A name part as a file name: a step key's brackets and commas (``op[key]``) become ``-``,
    so that no file system reads the name as a pattern."""
    return re.sub(r"[^\w.=-]", "-", part)


@dataclass(frozen=True)
class Store:
    """The staging store at one URL."""

    fs: fsspec.AbstractFileSystem
    root: str

    @classmethod
    def at(cls, url: Path | str) -> Store:
        fs, root = fsspec.core.url_to_fs(str(url))
        return cls(fs, root.rstrip("/"))

    def _file(self, folder: str, name: Sequence[str]) -> str:
        return "/".join([self.root, folder, *(safe_part(p) for p in name)]) + ".parquet"

    def write(self, run_id: str, name: Sequence[str], frame: pl.DataFrame) -> str:
        """Stage ``frame`` for ``run_id``; the file appears whole or not at all."""
        path = self._file(run_id, name)
        self.fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        tmp = path + ".tmp"
        if isinstance(self.fs, LocalFileSystem):
            frame.write_parquet(tmp)
        else:
            with self.fs.open(tmp, "wb") as out:
                frame.write_parquet(out)
        self.fs.mv(tmp, path)
        return path

    def find(self, name: Sequence[str], run_id: str | None, *, published: bool) -> str | None:
        """The frame ``run_id`` staged as ``name``, else (if ``published``) the published one."""
        folders = ([run_id] if run_id else []) + ([PUBLISHED] if published else [])
        return next((self._file(f, name) for f in folders if self.fs.exists(self._file(f, name))), None)

    def read(self, path: str) -> pl.DataFrame:
        if isinstance(self.fs, LocalFileSystem):
            return pl.read_parquet(path)
        with self.fs.open(path, "rb") as source:
            return pl.read_parquet(source)

    def publish(self, run_id: str) -> list[str]:
        """Make ``run_id``'s frames the published ones and remove its folder; returns their names."""
        folder = f"{self.root}/{run_id}"
        if not self.fs.isdir(folder):
            return []
        moved = []
        for path in sorted(self.fs.find(folder)):
            if not path.endswith(".parquet"):
                continue  # a write cut short
            name = path[len(folder) + 1 :]
            target = f"{self.root}/{PUBLISHED}/{name}"
            self.fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
            self.fs.mv(path, target)
            moved.append(name.removesuffix(".parquet"))
        self.fs.rm(folder, recursive=True)
        return moved

    def clear_dead_runs(self, keep: str) -> list[str]:
        """Remove what runs that died before publishing left behind (all but the published frames
        and the folder of run ``keep``); returns the names removed."""
        if not self.fs.isdir(self.root):
            return []
        removed = []
        for child in sorted(self.fs.ls(self.root, detail=False)):
            name = child.rstrip("/").rsplit("/", 1)[-1]
            if name not in (PUBLISHED, keep):
                self.fs.rm(child, recursive=True)
                removed.append(name)
        return removed


@dataclass(frozen=True)
class Parts:
    """The staged Parquet parts of one frame (one per partition or batch), not read yet."""

    store: Store
    paths: tuple[str, ...]

    def frame(self) -> pl.DataFrame:
        """The parts read into one polars frame."""
        return pl.concat([self.store.read(p) for p in self.paths], how="diagonal_relaxed")

    def relation(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyRelation:
        """The parts as one relation on ``con``. DuckDB reads a local store's parts itself
        (``read_parquet``, built in), out of core; any other store (``s3://``, ``memory://`` ...)
        needs an extension this machine cannot download (httpfs), so its parts are read through
        fsspec into Arrow, which DuckDB scans."""
        if isinstance(self.store.fs, LocalFileSystem):
            return con.read_parquet(list(self.paths), union_by_name=True)
        return con.from_arrow(self.frame().to_arrow())
