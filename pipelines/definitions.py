"""Everything Dagster loads: every definition in the modules of ``pipelines/defs/`` (assets by
group in ``defs/assets/``, checks, resources, the job, schedule and sensor), found by Dagster's
defs folder loader with no list to keep, and the executor NEWS_EXECUTOR names
(``defs/executors.py``; by default in-process: one process runs the steps in turn, spaCy uses
both cores itself, and the warehouse has exactly one writer)."""

from pathlib import Path

import dagster as dg

from pipelines.defs.executors import chosen_executor
from pipelines.defs.resources import build_resources

defs = dg.Definitions.merge(
    dg.load_from_defs_folder(path_within_project=Path(__file__).parent),
    dg.Definitions(executor=chosen_executor()),
)


def news_job(
    executor: str | None = None, source_dir: str | None = None, warehouse_path: str | None = None
) -> dg.JobDefinition:
    """news_job with the given executor, source folder and warehouse (default: the settings, read
    when it is called). For a job that crosses processes (``dg.execute_job`` on an executor that
    runs steps elsewhere), each process rebuilds it from this function and its arguments:
    ``dg.build_reconstructable_job("pipelines.definitions", "news_job", reconstructable_kwargs={...})``.
    """
    return dg.Definitions(
        assets=defs.assets,
        asset_checks=defs.asset_checks,
        jobs=defs.jobs,
        resources=build_resources(source_dir, warehouse_path),
        executor=chosen_executor(executor),
    ).resolve_job_def("news_job")
