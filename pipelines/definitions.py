"""Everything Dagster loads: assets, checks, resources, the job, schedule and sensor."""

import dagster as dg

from .defs import assets, checks
from .defs.automation import daily_refresh_schedule, news_job, source_files_sensor
from .defs.resources import build_resources

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([assets]),
    asset_checks=dg.load_asset_checks_from_modules([checks]),
    jobs=[news_job],
    schedules=[daily_refresh_schedule],
    sensors=[source_files_sensor],
    resources=build_resources(),
    # One process runs the steps in turn: spaCy uses both cores itself, and the warehouse
    # has exactly one writer.
    executor=dg.in_process_executor,
)
