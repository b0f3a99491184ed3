"""deploy/'s Kubernetes and Celery configuration passes Dagster's config schemas: each instance
file (dagster.yaml) the instance's schema and each configured class's own (K8sRunLauncher,
QueuedRunCoordinator), each run config news_job's with that executor (NEWS_EXECUTOR)."""

from __future__ import annotations

import importlib
from pathlib import Path

import dagster as dg
import pytest
import yaml
from dagster._config import process_config
from dagster._core.instance.config import dagster_instance_config

from tests.helpers import ROOT

DEPLOY = ROOT / "deploy"
TARGETS = {"k8s": "dagster_k8s", "celery": "dagster_celery"}
SECRETS = {
    "DAGSTER_PG_HOST": "postgres",
    "DAGSTER_PG_USER": "dagster",
    "DAGSTER_PG_PASSWORD": "secret",
    "DAGSTER_CELERY_BROKER_URL": "pyamqp://guest@rabbitmq//",
}


@pytest.fixture(autouse=True)
def secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)


def configured_classes(config: dict) -> list[tuple[str, dict]]:
    """(section, its config) of each section of an instance file that names a class."""
    return [(s, v) for s, v in config.items() if isinstance(v, dict) and {"module", "class"} <= set(v)]


@pytest.mark.parametrize("target", TARGETS)
def test_the_instance_file_passes_the_instance_schema_and_each_classs_own(target: str) -> None:
    pytest.importorskip(TARGETS[target])
    config, _ = dagster_instance_config(str(DEPLOY / target))  # raises on a schema error
    assert config == yaml.safe_load((DEPLOY / target / "dagster.yaml").read_text(encoding="utf-8"))
    sections = configured_classes(config)
    assert "run_coordinator" in dict(sections)
    for section, value in sections:
        configured = getattr(importlib.import_module(value["module"]), value["class"])
        result = process_config(configured.config_type(), value.get("config") or {})
        assert result.success, f"{target}/dagster.yaml {section}: {[e.message for e in result.errors]}"


@pytest.mark.parametrize("target", TARGETS)
def test_the_run_config_passes_news_jobs_schema_with_that_executor(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip(TARGETS[target])
    from pipelines.definitions import news_job

    monkeypatch.setenv("NEWS_EXECUTOR", target)
    monkeypatch.setenv("NEWS_WAREHOUSE", str(tmp_path / "news.duckdb"))
    job = news_job()
    assert job.executor_def.name == target
    run_config = yaml.safe_load((DEPLOY / target / "run_config.yaml").read_text(encoding="utf-8"))
    dg.validate_run_config(job, run_config)  # raises on a schema error
    with pytest.raises(dg.DagsterInvalidConfigError, match="max_concurent"):
        dg.validate_run_config(
            job, {"execution": {"config": {**run_config["execution"]["config"], "max_concurent": 4}}}
        )
