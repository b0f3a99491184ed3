"""Every resource of the project, declared in one place."""

from contextlib import ExitStack
from pathlib import Path

import dagster as dg
import polars as pl
from pydantic import PrivateAttr

from pipelines import pool, settings
from pipelines.entities import ner
from pipelines.warehouse import runlock, staging
from pipelines.warehouse import store as warehouse


class SourceFolder(dg.ConfigurableResource):
    """The folder of articles the pipeline reads (NEWS_SOURCE_DIR)."""

    path: str

    @property
    def root(self) -> Path:
        return Path(self.path)


class Warehouse(dg.ConfigurableResource):
    """The DuckDB warehouse (NEWS_WAREHOUSE). Reads open it read-only and briefly; the one
    read-write connection is the loader's (``pipelines/warehouse/loader.py``), in the
    ``news_warehouse`` asset alone."""

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


class WorkerPool(dg.ConfigurableResource):
    """The worker processes of a run's per-article work (NER, money, quotes;
    :mod:`pipelines.pool`), held for the whole run where the steps run in the run's own process
    (NEWS_EXECUTOR ``in_process``): the NER model is loaded once per worker for the run, the
    money step's parser once too, and ``warm`` starts the workers while the ingest step reads
    the files. Elsewhere each step holds its own, and nothing is warmed ahead."""

    _scope: ExitStack | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._scope = ExitStack()
        self._scope.enter_context(
            pool.held(pool.worker_count(pool.MIN_TEXTS_FOR_WORKERS), initializer=ner.load, initargs=(None,))
        )

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._scope is not None:
            self._scope.close()

    def release(self) -> None:
        """Stop the workers (a later step that needs them starts them again)."""
        pool.release()

    def warm(self, n_texts: int) -> None:
        """Start the workers now if ``n_texts`` texts will need them and the run's later steps
        run in this process (so they find them started)."""
        if settings.executor() == "in_process" and pool.worker_count(n_texts) > 1:
            pool.warm()


class ParquetFrameIOManager(dg.ConfigurableIOManager):
    """Passes polars frames between steps as Parquet files in the staging store
    (``pipelines/warehouse/staging.py``; NEWS_STAGING_URL, by default beside the warehouse),
    each run in its own folder, and holds the warehouse lock for the whole run
    (``pipelines/warehouse/runlock.py``): a second run on the same warehouse waits, logging whom
    it waits for, up to NEWS_WAREHOUSE_LOCK_TIMEOUT seconds.

    ``begin_run`` takes the lock and clears what dead runs left; ``end_run`` publishes the run's
    frames and releases the lock. The run's orchestrator calls them (``defs/executors.py``
    wraps every executor), so they happen once per run whatever executor runs the steps. Every
    step also sets this IO manager up: a step of a run whose orchestrator holds the lock shares
    it and publishes nothing; a run executed in process without that wrapper (``dg.materialize``,
    ``execute_in_process``: one set-up for the whole run) takes the lock in ``setup_for_execution``
    and publishes in ``teardown_after_execution``.

    An asset's frame is named by its key (and partition); an op's output (an op inside a
    graph-backed asset, a dynamic fan-out's outputs) by its step key, output name and mapping
    key: a mapped op's outputs are one Parquet part per mapping key. An input annotated
    ``staging.Parts`` gets the paths of its parts, unread (the warehouse step's DuckDB reads them)."""

    warehouse_path: str
    staging_url: str | None = None
    _lock: runlock.RunLock | None = PrivateAttr(default=None)
    _run_id: str | None = PrivateAttr(default=None)

    @property
    def store(self) -> staging.Store:
        return staging.Store.at(self.staging_url or staging.staging_dir(self.warehouse_path))

    def begin_run(self, run_id: str, log: dg.DagsterLogManager | None) -> runlock.RunLock:
        """Take (or, for a step of a run that holds it, share) the warehouse lock for ``run_id``;
        the taker also removes the staging of runs that did not finish."""
        log = log or runlock.log
        lock = runlock.acquire(
            runlock.lock_file(self.warehouse_path),
            run_id,
            timeout=settings.warehouse_lock_timeout(),
            on_wait=log.warning,
        )
        if lock.shared:
            return lock
        try:
            dead = self.store.clear_dead_runs(keep=run_id)
        except BaseException:
            lock.release()
            raise
        if dead:
            log.info(f"removed the staging of runs that did not finish: {', '.join(dead)}")
        return lock

    def end_run(self, run_id: str | None, lock: runlock.RunLock) -> None:
        """Publish the run's frames (if ``lock`` is the run's own) and release the lock."""
        try:
            if run_id and not lock.shared:
                self.store.publish(run_id)
        finally:
            lock.release()

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._run_id = context.run.run_id if context.run else None
        self._lock = self.begin_run(self._run_id or "(no run)", context.log)

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._lock is not None:
            self.end_run(self._run_id, self._lock)

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame) -> None:
        if obj is not None:
            self.store.write(context.run_id, _frame_name(context), obj)

    def load_input(self, context: dg.InputContext) -> pl.DataFrame | staging.Parts:
        """The input's frame; or, for an input annotated ``staging.Parts``, its staged parts unread."""
        parts = staging.Parts(self.store, tuple(self._find(context, name) for name in _input_names(context)))
        return parts if context.dagster_type.typing_type is staging.Parts else parts.frame()

    def _find(self, context: dg.InputContext, name: list[str]) -> str:
        made_by = _producing_run(context)
        # A frame made earlier in this run must be this run's; one the run did not make (an
        # asset materialised alone, a re-execution) is the last published one.
        store = self.store
        path = store.find(name, made_by, published=made_by != self._run_id)
        if path is None:
            raise FileNotFoundError(
                f"{'/'.join(name)} has not been materialised for this warehouse yet "
                f"(no frame in {store.root}): materialise it too, or run every asset (make run)"
            )
        return path


def _input_names(context: dg.InputContext) -> list[list[str]]:
    """The staged names an input reads: an op's output; an asset; or the partitions it spans
    (of a partitioned asset), one part each."""
    if not context.has_asset_key:
        return [_frame_name(context.upstream_output)]
    key = list(context.asset_key.path)
    if not context.has_asset_partitions:
        return [key]
    return [[*key, p] for p in context.asset_partition_keys]


def _frame_name(context: dg.OutputContext) -> list[str]:
    """An asset's key (and partition); else the op output's step key, name and mapping key."""
    if context.has_asset_key:
        partition = [context.asset_partition_key] if context.has_asset_partitions else []
        return [*context.asset_key.path, *partition]
    mapping = [context.mapping_key] if context.mapping_key else []
    return [staging.OP_OUTPUTS, context.step_key, context.name, *mapping]


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
        "worker_pool": WorkerPool(),
        "io_manager": ParquetFrameIOManager(warehouse_path=str(target), staging_url=settings.staging_url()),
    }


@dg.definitions
def resources() -> dg.Definitions:
    """The resources of the settings' source folder and warehouse, for the defs folder's loader."""
    return dg.Definitions(resources=build_resources())
