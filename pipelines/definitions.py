"""Everything Dagster loads: assets, checks, resources, the job, schedule and sensor."""

import dagster as dg

from pipelines.defs import checks
from pipelines.defs.assets import MODULES
from pipelines.defs.automation import (
    daily_refresh_schedule,
    news_job,
    source_files_sensor,
)
from pipelines.defs.resources import build_resources

defs = dg.Definitions(
    assets=dg.load_assets_from_modules(MODULES),
    asset_checks=[*dg.load_asset_checks_from_modules([checks]), *checks.FOREIGN_KEY_CHECKS.values()],
    jobs=[news_job],
    schedules=[daily_refresh_schedule],
    sensors=[source_files_sensor],
    resources=build_resources(),
    # One process runs the steps in turn: spaCy uses both cores itself, and the warehouse
    # has exactly one writer.
    executor=dg.in_process_executor,
)
