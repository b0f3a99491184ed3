"""Every resource of the project, declared in one place."""


from pathlib import Path

import dagster as dg
import polars as pl

from .. import settings, warehouse


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
        frame = warehouse.read(self.path, "SELECT value FROM pipeline_state WHERE key = ?", [key]) if self.has_table("pipeline_state") else None
        return None if frame is None or frame.is_empty() else frame.item(0, 0)

    def has_table(self, table: str) -> bool:
        frame = warehouse.read(
            self.path,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?",
            [table],
        )
        return frame is not None and frame.item(0, 0) > 0

    def write(self, frames: dict[str, pl.DataFrame]) -> dict[str, warehouse.SyncStats]:
        return warehouse.write(self.path, frames)


class ParquetFrameIOManager(dg.ConfigurableIOManager):
    """Passes polars frames between steps as Parquet files in a staging folder."""

    base_dir: str

    def _path(self, key: dg.AssetKey) -> Path:
        return Path(self.base_dir, *key.path).with_suffix(".parquet")

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame) -> None:
        if obj is None:
            return
        path = self._path(context.asset_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".parquet.tmp")
        obj.write_parquet(tmp)
        tmp.replace(path)

    def load_input(self, context: dg.InputContext) -> pl.DataFrame:
        path = self._path(context.asset_key)
        if not path.exists():
            raise FileNotFoundError(
                f"{context.asset_key.to_user_string()} has not been materialised for this warehouse yet ({path})"
            )
        return pl.read_parquet(path)


def staging_dir(warehouse_path: Path) -> Path:
    """Intermediate frames live beside the warehouse file they are for."""
    return warehouse_path.with_name(warehouse_path.name + ".staging")


def build_resources(source_dir: Path | str | None = None, warehouse_path: Path | str | None = None) -> dict:
    """The resources for a source folder and a warehouse file (defaults: the settings)."""
    source = Path(source_dir) if source_dir is not None else settings.source_dir()
    target = Path(warehouse_path) if warehouse_path is not None else settings.warehouse_path()
    return {
        "source_folder": SourceFolder(path=str(source)),
        "warehouse": Warehouse(path=str(target)),
        "io_manager": ParquetFrameIOManager(base_dir=str(staging_dir(target))),
    }
