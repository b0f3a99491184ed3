"""The job, the daily schedule and the source-folder sensor."""

import json
import time
from dataclasses import asdict, dataclass

import dagster as dg

from pipelines.defs.assets.ingest import REBUILD_TAG
from pipelines.defs.batches import left_after
from pipelines.defs.resources import SourceFolder
from pipelines.ingest import sources

news_job = dg.define_asset_job(
    "news_job",
    selection=dg.AssetSelection.all(),
    # A failed run is retried (run_retries in dagster.yaml) from the first step: the frames a
    # failed run staged may be incomplete, and a run with nothing changed is cheap.
    tags={"dagster/retry_strategy": "ALL_STEPS"},
    description="Materialise every asset: read the source folder, clean, extract, write the warehouse.",
)

rebuild_job = dg.define_asset_job(
    "rebuild_job",
    selection=dg.AssetSelection.all(),
    tags={"dagster/retry_strategy": "ALL_STEPS", REBUILD_TAG: "true"},
    description="Rebuild every table from the whole source folder: read every file again, re-derive entities "
    "and stories over the whole corpus. Runs by themselves when the code or model changes; by hand after "
    "e.g. a change of settings.",
)

# STOPPED by default: the sensor already starts a run whenever the folder changes, so a daily
# run would find nothing to do. Turn it on where files can change unseen by the sensor (e.g. a
# network share whose modification times are not kept), or to re-check the warehouse daily.
daily_refresh_schedule = dg.ScheduleDefinition(
    name="daily_refresh_schedule",
    job=news_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Runs news_job every day at 06:00 UTC (off by default; see README).",
)


# RUNNING by default: dropping articles into the source folder is how a newsroom feeds the
# pipeline, and with `make ui` running they should reach the warehouse without a click. The
# sensor reads only the folder listing (names, sizes, times) and its own runs' status in the
# instance, never the warehouse or an article; a run with nothing changed writes nothing.

SENSOR_NAME = "source_files_sensor"
CHANGE_SET_TAG = "news/change_set"
"""Tags of every run the sensor requests: ``news/requested_by`` (the sensor) and
``news/change_set`` (its run key). Dagster's retries of a run keep its tags."""

RETRY_BACKOFF_SECONDS = 60
RETRY_BACKOFF_MAX_SECONDS = 3600
"""After the n-th failed run for one folder state (n >= 2) the sensor waits
RETRY_BACKOFF_SECONDS x 2^(n-2), at most RETRY_BACKOFF_MAX_SECONDS, before requesting another:
a lock held for a while is outlasted, a run that fails on its data does not loop."""


@dataclass
class FolderState:
    """The sensor's cursor: the folder fingerprint last requested, the sequence number of
    that request (one more for every request, so that no run key repeats), and how many runs
    have been requested for this fingerprint."""

    fingerprint: str | None = None
    sequence: int = 0
    attempts: int = 0

    @classmethod
    def parse(cls, cursor: str | None) -> "FolderState | None":
        try:
            return cls(**json.loads(cursor)) if cursor else None
        except (TypeError, ValueError):
            return None  # a cursor of an older version: start afresh

    def dump(self) -> str:
        return json.dumps(asdict(self))

    @property
    def run_key(self) -> str:
        return f"{self.sequence}-{self.fingerprint}"


def _request(context: dg.SensorEvaluationContext, state: FolderState, **tags: str) -> dg.RunRequest:
    context.update_cursor(state.dump())
    return dg.RunRequest(
        run_key=state.run_key,
        tags={
            "news/requested_by": SENSOR_NAME,
            CHANGE_SET_TAG: state.run_key,
            "source_fingerprint": state.fingerprint,
            **tags,
        },
    )


@dg.sensor(
    name=SENSOR_NAME,
    job=news_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts news_job when files in the source folder are added, changed or removed, "
    "again when the run for the folder's current state failed, and again while a run left files for "
    "the next batch.",
)
def source_files_sensor(context: dg.SensorEvaluationContext, source_folder: SourceFolder):
    root = source_folder.root
    try:
        current = sources.fingerprint(root)
    except sources.SourceFolderError as exc:
        return dg.SkipReason(str(exc))
    last = FolderState.parse(context.cursor)
    if last is None:  # first tick, or a reset cursor: continue after every run key used so far
        used = context.instance.get_runs_count(dg.RunsFilter(tags={"news/requested_by": SENSOR_NAME}))
        last = FolderState(sequence=used)
    if current != last.fingerprint:
        return _request(context, FolderState(current, last.sequence + 1, 1))

    # The folder is as last requested: is the warehouse behind it? Ask the newest run of the
    # request (Dagster's retries of it carry its tag).
    records = context.instance.get_run_records(dg.RunsFilter(tags={CHANGE_SET_TAG: last.run_key}), limit=1)
    if not records:
        return _request(context, FolderState(current, last.sequence + 1, last.attempts + 1))
    run, ended = records[0].dagster_run, records[0].end_time
    if run.status == dg.DagsterRunStatus.SUCCESS and left_after(context.instance, run.run_id):
        # the run read one batch (NEWS_BATCH_FILES); the next batch gets a run of its own
        return _request(context, FolderState(current, last.sequence + 1, 1), **{"news/batch_after": run.run_id})
    if run.status != dg.DagsterRunStatus.FAILURE:
        return dg.SkipReason(f"no change in {root} (run {run.run_id}: {run.status.value})")
    if run.tags.get("dagster/will_retry") == "true":
        return dg.SkipReason(f"run {run.run_id} failed; Dagster retries it (run_retries in dagster.yaml)")
    wait = 0 if last.attempts < 2 else min(RETRY_BACKOFF_SECONDS * 2 ** (last.attempts - 2), RETRY_BACKOFF_MAX_SECONDS)
    if ended is not None and time.time() < ended + wait:
        return dg.SkipReason(
            f"news_job failed {last.attempts} times for the current state of {root} (last run {run.run_id}); "
            f"next attempt {wait} s after it ended"
        )
    return _request(
        context, FolderState(current, last.sequence + 1, last.attempts + 1), **{"news/retry_of": run.run_id}
    )
