"""Shared set-up for the tests that drive the project's commands as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _absolute_base_dirs(node: object, home: Path) -> object:
    """The project's dagster.yaml keeps storage in relative folders (.dagster/...), taken from
    the current directory; point them into the temporary home instead (an absolute path
    stays as it is: ``home / "/abs"`` is ``/abs``)."""
    if isinstance(node, dict):
        return {
            key: str(home / value) if key == "base_dir" and isinstance(value, str) else _absolute_base_dirs(value, home)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute_base_dirs(value, home) for value in node]
    return node


@pytest.fixture(scope="module")
def dagster_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary DAGSTER_HOME holding a copy of the project's dagster.yaml."""
    home = tmp_path_factory.mktemp("dagster_home")
    config = yaml.safe_load((ROOT / "dagster.yaml").read_text(encoding="utf-8"))
    (home / "dagster.yaml").write_text(yaml.safe_dump(_absolute_base_dirs(config, home)), encoding="utf-8")
    return home


@pytest.fixture(scope="module")
def news_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The seeds as source folder and a fresh warehouse file."""
    warehouse = tmp_path_factory.mktemp("warehouse") / "news.duckdb"
    return {"NEWS_SOURCE_DIR": str(ROOT / "seeds"), "NEWS_WAREHOUSE": str(warehouse)}
