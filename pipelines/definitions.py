"""Everything Dagster loads: every definition in the modules of ``pipelines/defs/`` (assets by
group in ``defs/assets/``, checks, resources, the job, schedule and sensor), found by Dagster's
defs folder loader with no list to keep, and the executor."""

from pathlib import Path

import dagster as dg

defs = dg.Definitions.merge(
    dg.load_from_defs_folder(path_within_project=Path(__file__).parent),
    # One process runs the steps in turn: spaCy uses both cores itself, and the warehouse
    # has exactly one writer.
    dg.Definitions(executor=dg.in_process_executor),
)
