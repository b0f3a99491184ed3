"""pipelines/definitions.py loads the defs folder with no hand-kept list: every asset, check,
job, schedule and sensor that a module of pipelines/defs/ defines is in the one Definitions,
with the resources and the executor NEWS_EXECUTOR names (in-process by default)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import dagster as dg

import pipelines.defs
from pipelines.definitions import defs
from pipelines.defs.resources import build_resources

KINDS = (
    dg.AssetsDefinition,
    dg.AssetChecksDefinition,
    dg.ScheduleDefinition,
    dg.SensorDefinition,
)  # jobs by name below (define_asset_job's class is not public)


def defined_in_the_folder() -> Iterator[tuple[str, object]]:
    """Every definition a module of pipelines/defs/ holds, alone or in a list or dict."""
    for module_info in pkgutil.walk_packages(pipelines.defs.__path__, prefix="pipelines.defs."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]
            yield from ((f"{module_info.name}.{name}", v) for v in values if isinstance(v, KINDS))


def test_every_definition_of_the_defs_folder_is_loaded() -> None:
    loaded = [
        *defs.assets,
        *defs.asset_checks,
        *(defs.schedules or []),
        *(defs.sensors or []),
    ]
    found = list(defined_in_the_folder())
    assert len(found) >= 20  # 6 assets definitions (multi-assets among them), 12 checks, a schedule, a sensor
    assert [name for name, value in found if not any(value is d for d in loaded)] == []


def test_the_job_resources_and_executor() -> None:
    assert [job.name for job in defs.jobs] == ["news_job", "rebuild_job"]
    assert set(defs.resources) == set(build_resources())
    assert defs.executor.name == "in_process"  # run-scoped (defs/executors.py); NEWS_EXECUTOR picks another


def test_the_asset_graph_resolves_with_every_check() -> None:
    graph = defs.resolve_asset_graph()
    assert {k.name for k in graph.asset_check_keys} >= {"foreign_keys_resolve", "article_ids_unique"}
    assert sum(k.name == "foreign_keys_resolve" for k in graph.asset_check_keys) == 9
