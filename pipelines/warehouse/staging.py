"""Where runs keep the frames they pass between steps: ``<warehouse>.staging/``.

Each run writes into its own folder, ``<warehouse>.staging/<run_id>/``, so runs never read
each other's frames. When the run ends its frames are published to
``<warehouse>.staging/published/`` (each replacing the frame of the same asset from an earlier
run) and its folder is removed. A step that needs a frame its own run did not make (an asset
materialised alone, a re-execution of a failed run) reads the published one. Publishing and
clearing happen under the warehouse lock (``pipelines.runlock``), so no other run reads or
writes meanwhile.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import polars as pl

PUBLISHED = "published"


def staging_dir(warehouse_path: Path | str) -> Path:
    """Intermediate frames live beside the warehouse file they are for."""
    path = Path(warehouse_path)
    return path.with_name(path.name + ".staging")


def frame_file(folder: Path, key: Sequence[str]) -> Path:
    return folder.joinpath(*key).with_suffix(".parquet")


def write(base: Path, run_id: str, key: Sequence[str], frame: pl.DataFrame) -> Path:
    """Stage ``frame`` for ``run_id``; the file appears whole or not at all."""
    path = frame_file(base / run_id, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".parquet.tmp")
    frame.write_parquet(tmp)
    tmp.replace(path)
    return path


def find(base: Path, key: Sequence[str], run_id: str | None, *, published: bool) -> Path | None:
    """The frame ``run_id`` staged for ``key``, else (if ``published``) the published one."""
    folders = ([base / run_id] if run_id else []) + ([base / PUBLISHED] if published else [])
    return next((frame_file(f, key) for f in folders if frame_file(f, key).exists()), None)


def publish(base: Path, run_id: str) -> list[str]:
    """Make ``run_id``'s frames the published ones and remove its folder; returns their names."""
    folder = base / run_id
    moved = []
    for path in sorted(folder.rglob("*.parquet")) if folder.is_dir() else []:
        target = base / PUBLISHED / path.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        path.replace(target)
        moved.append(str(path.relative_to(folder).with_suffix("")))
    shutil.rmtree(folder, ignore_errors=True)
    return moved


def clear_dead_runs(base: Path, keep: str) -> list[str]:
    """Remove what runs that died before publishing left behind (all but the published frames
    and the folder of run ``keep``); returns the names removed."""
    removed = []
    for child in sorted(base.iterdir()) if base.is_dir() else []:
        if child.name in (PUBLISHED, keep):
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
        removed.append(child.name)
    return removed
