"""Helpers the tests share (fixtures stay in conftest.py): the seed folder, running the whole
pipeline in-process, reading a run's metadata, writing source files, holding the run lock or the
warehouse file from another process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dagster as dg
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run_pipeline(source: Path, warehouse: Path, *, rebuild: bool = False) -> dg.ExecuteInProcessResult:
    """Materialise every asset and check, as `make run` does, into the given warehouse (a full
    rebuild, as `make rebuild` does, with ``rebuild``); the last run's result (a folder with
    more than NEWS_BATCH_FILES new files takes a run per batch: ``run_batches``)."""
    return run_batches(source, warehouse, rebuild=rebuild)[-1]


def run_batches(source: Path, warehouse: Path, *, rebuild: bool = False) -> list[dg.ExecuteInProcessResult]:
    """Every run `make run` makes (`make rebuild`'s one run with ``rebuild``), in order."""
    from pipelines.definitions import defs
    from pipelines.defs import batches
    from pipelines.defs.assets.ingest import REBUILD_TAG
    from pipelines.defs.resources import build_resources

    return batches.run_batches(
        lambda: dg.materialize(
            list(defs.assets) + list(defs.asset_checks),
            resources=build_resources(source, warehouse),
            tags={REBUILD_TAG: "true"} if rebuild else None,
            raise_on_error=False,
        )
    )


def materialized(result: dg.ExecuteInProcessResult) -> set[str]:
    """The assets a run materialised."""
    return {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}


def output_metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict:
    """The metadata of an asset's materialisation in a run."""
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey(asset)]
    return {k: v.value for k, v in event.materialization.metadata.items()}


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write each file (name relative to ``root``: text as UTF-8, or bytes) and return ``root``."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def hold_in_another_process(path: Path, run_id: str) -> subprocess.Popen:
    """A process that takes the lock as run ``run_id`` and keeps it until its stdin closes."""
    code = (
        "import sys; from pipelines.warehouse import runlock; "
        f"lock = runlock.acquire({str(path)!r}, {run_id!r}, timeout=0); "
        "print('held', flush=True); sys.stdin.read(); lock.release()"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def hold_read_only(path: Path, seconds: float) -> subprocess.Popen:
    """Another process that opens the warehouse read-only and holds it for ``seconds``."""
    code = (
        f"import duckdb, time; c = duckdb.connect({str(path)!r}, read_only=True); "
        f"print('open', flush=True); time.sleep({seconds})"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    return process


# The labelled mentions frame the quote finder reads (mentions joined to their entity's label).
LABELLED_MENTIONS_SCHEMA = {
    "article_id": pl.String,
    "entity_id": pl.String,
    "text": pl.String,
    "label": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}


def quotes_of(text: str, names: dict[str, tuple[str, str]]) -> pl.DataFrame:
    """The quotes table of one article, ``text``, whose mentions are the keys of ``names``
    (surface -> (entity id, label)), found wherever they occur but inside a longer one ("Rooney"
    of "Wayne Rooney")."""
    import re

    from pipelines.entities.quotes import extract_quotes

    found = [
        (m.start(), m.end(), surface, eid, label)
        for surface, (eid, label) in names.items()
        for m in re.finditer(re.escape(surface), text)
    ]
    rows = [
        dict(article_id="a", entity_id=eid, text=surface, label=label, start_char=s, end_char=e)
        for s, e, surface, eid, label in found
        if not any(o[0] <= s and e <= o[1] and o[1] - o[0] > e - s for o in found)
    ]
    mentions = pl.DataFrame(rows, schema=LABELLED_MENTIONS_SCHEMA)
    return extract_quotes(pl.DataFrame({"article_id": ["a"], "text": [text]}), mentions)


class Sensor:
    """Ticks of the source-folder sensor as the daemon makes them: each with the last tick's
    cursor, the same instance, and the SourceFolder resource; and stand-in runs for its requests."""

    def __init__(self, instance: dg.DagsterInstance, folder: Path) -> None:
        self.instance, self.folder, self.cursor = instance, folder, None

    def tick(self):
        from pipelines.defs.automation import source_files_sensor
        from pipelines.defs.resources import SourceFolder

        context = dg.build_sensor_context(
            instance=self.instance, cursor=self.cursor, resources={"source_folder": SourceFolder(path=str(self.folder))}
        )
        result = source_files_sensor(context)
        self.cursor = context.cursor
        return result

    def run(self, request: dg.RunRequest, *, fail: bool = False, left: int | None = None) -> dg.DagsterRun:
        """The run the daemon starts for a request, finished: a stand-in job with its tags that
        fails, or (``left``) materialises ``source_changes`` saying how many files it left."""
        from pipelines.defs.assets.ingest import PENDING_FILES

        @dg.asset(name="stand_in" if left is None else "source_changes")
        def stand_in() -> dg.MaterializeResult:
            if fail:
                raise RuntimeError("the warehouse lock was held by another process")
            return dg.MaterializeResult(metadata={} if left is None else {PENDING_FILES: left})

        result = dg.materialize([stand_in], instance=self.instance, tags=request.tags, raise_on_error=False)
        return self.instance.get_run_by_id(result.run_id)
