"""Every resource of the project, declared in one place."""

from pathlib import Path

import dagster as dg
import polars as pl
from pydantic import PrivateAttr

from pipelines import settings
from pipelines.warehouse import runlock, staging
from pipelines.warehouse import store as warehouse


class SourceFolder(dg.ConfigurableResource):
    """The folder of articles the pipeline reads (NEWS_SOURCE_DIR)."""

    path: str

    @property
    def root(self) -> Path:
        return Path(self.path)


class Warehouse(dg.ConfigurableResource):
    """The DuckDB warehouse (NEWS_WAREHOUSE). Reads open it read-only and briefly; ``write``
    is the one read-write connection, used by the ``news_warehouse`` asset alone."""

    path: str

    def read_table(self, table: str) -> pl.DataFrame | None:
        return warehouse.read_table(self.path, table)

    def state(self, key: str) -> str | None:
        frame = (
            warehouse.read(self.path, "SELECT value FROM pipeline_state WHERE key = ?", [key])
            if self.has_table("pipeline_state")
            else None
        )
        return None if frame is None or frame.is_empty() else frame.item(0, 0)

    def has_table(self, table: str) -> bool:
        frame = warehouse.read(
            self.path,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?",
            [table],
        )
        return frame is not None and frame.item(0, 0) > 0

    def write(self, frames: dict[str, pl.DataFrame], log: dg.DagsterLogManager) -> dict[str, warehouse.SyncStats]:
        """Write ``frames``, telling the run's ``log`` whom it waits for while another process
        (e.g. an open SQL session) holds the file."""
        return warehouse.write(self.path, frames, on_wait=log.warning)


class ParquetFrameIOManager(dg.ConfigurableIOManager):
    """Passes polars frames between steps as Parquet files, each run in its own staging folder
    (``pipelines/staging.py``), and holds the warehouse lock for the whole run
    (``pipelines/runlock.py``): a second run on the same warehouse waits, logging whom it waits
    for, up to NEWS_WAREHOUSE_LOCK_TIMEOUT seconds. Every step uses this IO manager, and the
    in-process executor (``definitions.py``) sets it up once before the first step and tears it
    down after the last; an executor that runs steps in processes of their own would lock and
    publish per step instead, and must not be used with it."""

    warehouse_path: str
    _lock: runlock.RunLock | None = PrivateAttr(default=None)
    _run_id: str | None = PrivateAttr(default=None)

    @property
    def _base(self) -> Path:
        return staging.staging_dir(self.warehouse_path)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._run_id = context.run.run_id if context.run else None
        run_id = self._run_id or "(no run)"
        self._lock = runlock.acquire(
            runlock.lock_file(self.warehouse_path),
            run_id,
            timeout=settings.warehouse_lock_timeout(),
            on_wait=context.log.warning if context.log else runlock.log.warning,
        )
        try:
            dead = staging.clear_dead_runs(self._base, keep=run_id)
        except BaseException:
            self._lock.release()  # teardown is not called when setup fails
            raise
        if dead and context.log:
            context.log.info(f"removed the staging of runs that did not finish: {', '.join(dead)}")

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        try:
            if self._run_id:
                staging.publish(self._base, self._run_id)
        finally:
            if self._lock is not None:
                self._lock.release()

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame) -> None:
        if obj is not None:
            staging.write(self._base, context.run_id, context.asset_key.path, obj)

    def load_input(self, context: dg.InputContext) -> pl.DataFrame:
        made_by = _producing_run(context)
        # A frame made earlier in this run must be this run's; one the run did not make (an
        # asset materialised alone, a re-execution) is the last published one.
        path = staging.find(self._base, context.asset_key.path, made_by, published=made_by != self._run_id)
        if path is None:
            raise FileNotFoundError(
                f"{context.asset_key.to_user_string()} has not been materialised for this warehouse yet "
                f"(no frame in {self._base}): materialise it too, or run every asset (make run)"
            )
        return pl.read_parquet(path)


def _producing_run(context: dg.InputContext) -> str | None:
    """The run that made the frame being loaded: this run, the run a re-execution reuses, or
    None for an asset from outside the run."""
    try:
        return context.upstream_output.run_id if context.upstream_output is not None else None
    except dg.DagsterInvariantViolationError:
        return None


def build_resources(source_dir: Path | str | None = None, warehouse_path: Path | str | None = None) -> dict:
    """The resources for a source folder and a warehouse file (defaults: the settings)."""
    source = Path(source_dir) if source_dir is not None else settings.source_dir()
    target = Path(warehouse_path) if warehouse_path is not None else settings.warehouse_path()
    return {
        "source_folder": SourceFolder(path=str(source)),
        "warehouse": Warehouse(path=str(target)),
        "io_manager": ParquetFrameIOManager(warehouse_path=str(target)),
    }


@dg.definitions
def resources() -> dg.Definitions:
    """The resources of the settings' source folder and warehouse, for the defs folder's loader."""
    return dg.Definitions(resources=build_resources())
