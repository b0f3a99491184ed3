"""The executor that runs news_job's steps, chosen by NEWS_EXECUTOR, and the run scope every one
of them gets.

Whatever runs the steps (one process, a process per step, Dask workers, Kubernetes pods, Celery
workers), one process lives for the whole run: the run's orchestrator, in which the executor's
``execute`` hands out the steps and collects their events. ``run_scoped`` makes the warehouse
lock and the staging store's bookkeeping happen there, once per run: before the first step it
takes the lock for the run (waiting for another run that holds it) and clears what dead runs
left; after the last step, failed or not, it publishes the run's frames and releases the lock.
The steps, wherever they run, share the lock of their run (``pipelines.warehouse.runlock``) and
write and read their frames in the run's own staging folder. So the guarantees of the
in-process run hold for every executor: one run at a time per warehouse, frames published only
when the run has ended, and a lock that dies with the orchestrator (flock) if it is killed.

Publishing at the run's end rather than after the warehouse step: the orchestrator knows when a
run ends whatever its steps are (a subset, a re-execution, a run that fails before the writer),
so nothing here names an asset; a failed run's frames are published as before, and a
re-execution from the failure reads them.
"""

from __future__ import annotations

import functools

import dagster as dg
from dagster._core.system_config.objects import ResolvedRunConfig

from pipelines import settings
from pipelines.defs.resources import ParquetFrameIOManager


class RunScoped(dg.Executor):
    """Mixed into an executor's class: its ``execute`` runs inside the run's lock and staging."""

    __slots__ = ()  # adds no state, so an executor object can take the mixed class

    def execute(self, plan_context, execution_plan):
        io_manager = _frame_io_manager(plan_context)
        if io_manager is None:  # a job without the frame IO manager has no warehouse to guard
            yield from super().execute(plan_context, execution_plan)
            return
        lock = io_manager.begin_run(plan_context.run_id, plan_context.log)
        try:
            yield from super().execute(plan_context, execution_plan)
        finally:
            io_manager.end_run(plan_context.run_id, lock)


def _frame_io_manager(plan_context) -> ParquetFrameIOManager | None:
    """The run's IO manager, as its config (bound in code, or given in the run config) makes it."""
    job = plan_context.job.get_definition()
    if getattr(job.resource_defs.get("io_manager"), "configurable_resource_cls", None) is not ParquetFrameIOManager:
        return None
    config = ResolvedRunConfig.build(job, plan_context.run_config).resources["io_manager"].config
    return ParquetFrameIOManager(**config)


@functools.cache
def _scoped_class(cls: type) -> type:
    return type(f"RunScoped{cls.__name__}", (RunScoped, cls), {"__slots__": ()})


def run_scoped(executor_def: dg.ExecutorDefinition) -> dg.ExecutorDefinition:
    """``executor_def`` with the run scope: same name, config and requirements. (The executor
    object keeps its class as a base, since some check it: the Dask executor does.)"""

    def create(init_context: dg.InitExecutorContext) -> dg.Executor:
        executor = executor_def.executor_creation_fn(init_context)
        executor.__class__ = _scoped_class(type(executor))
        return executor

    return dg.ExecutorDefinition(
        name=executor_def.name,
        config_schema=executor_def.config_schema,
        requirements=executor_def.get_requirements,
        executor_creation_fn=create,
        description=executor_def.description,
    )


def base_executor(name: str) -> dg.ExecutorDefinition:
    """The Dagster executor called ``name`` (NEWS_EXECUTOR), configured from the settings where
    it has settings; the cluster executors take their config from the run's config (deploy/)."""
    if name == "in_process":
        return dg.in_process_executor
    if name == "multiprocess":
        # forkserver with the code preloaded: a step's process forks from a server that has
        # imported it (a fork, not a Python start of seconds); the server has the environment
        # of the run's process, which started it
        start = {"forkserver": {"preload_modules": ["pipelines.definitions"]}}
        return dg.multiprocess_executor.configured({"max_concurrent": settings.workers(), "start_method": start})
    if name == "dask":
        from dagster_dask import dask_executor

        address = settings.dask_address()
        cluster = {"existing": {"address": address}} if address else {"local": {"n_workers": settings.workers()}}
        return dask_executor.configured({"cluster": cluster})
    if name == "k8s":
        from dagster_k8s import k8s_job_executor

        return k8s_job_executor
    if name == "celery":
        from dagster_celery import celery_executor

        return celery_executor
    raise ValueError(f"no executor called {name!r}")


def chosen_executor(name: str | None = None) -> dg.ExecutorDefinition:
    """The executor called ``name`` (default: the one NEWS_EXECUTOR names), run-scoped."""
    return run_scoped(base_executor(name or settings.executor()))
