"""One run at a time per warehouse: an exclusive lock on ``<warehouse>.lock``, held for a whole run.

The lock is ``fcntl.flock`` on that file, so the operating system releases it when its holder
ends, however it ends (kill -9 included): a lock never outlives its run. The file records the
holder (run id, pid, host, start time), so that a run that has to wait can say for whom. The
file itself stays; only the lock on it matters. (flock is per open file, so two runs in threads
of one process exclude each other too. Across hosts it holds only where the file system passes
flock on, as NFSv4 does; some network file systems ignore it.)

A run is one process that lives for the whole run (the run's orchestrator: the in-process
executor's process, or the process that hands steps to worker processes, Dask or Kubernetes)
and many step processes. The orchestrator takes the lock; a step of the same run that asks for
it while it is held and the file names its run *shares* it (``RunLock.shared``: its release
does nothing), so steps never wait for their own run and the lock is released once, when the
orchestrator ends. A step whose run's holder has gone (the lock is free, yet the file still
names its run) fails with ``RunLockLost`` rather than go on unguarded.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Holder:
    run_id: str
    pid: int
    host: str
    since: str  # ISO 8601, UTC, to the second

    def __str__(self) -> str:
        return f"run {self.run_id} (pid {self.pid} on {self.host}) since {self.since}"


class RunLockTimeout(RuntimeError):
    """Another run held the warehouse lock for longer than the caller would wait."""


class RunLockLost(RuntimeError):
    """The process that took the lock for this run has ended while a step of the run goes on."""


class RunLock:
    """A lock taken by ``acquire``; release it (or leave its ``with`` block) when the run ends.
    A ``shared`` one (taken by another process of the same run) is released by its taker."""

    def __init__(self, path: Path, fd: int, holder: Holder, *, shared: bool = False) -> None:
        self.path, self.holder, self.shared, self._fd = path, holder, shared, fd

    def release(self) -> None:
        if self._fd < 0:
            return
        os.ftruncate(self._fd, 0)  # no holder recorded once it is free
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = -1

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def lock_file(warehouse_path: Path | str) -> Path:
    """The lock file sits beside the warehouse file it guards."""
    path = Path(warehouse_path)
    return path.with_name(path.name + ".lock")


def holder(path: Path | str) -> Holder | None:
    """The holder the lock file records: the current one while the lock is held; None once it
    was released (or while it is being taken). A run killed while holding it leaves its record
    until the next run takes the lock, which is free at once."""
    try:
        return Holder(**json.loads(Path(path).read_text(encoding="utf-8")))
    except (FileNotFoundError, ValueError, TypeError):
        return None


def _describe(path: Path) -> str:
    return str(holder(path) or "another process")


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def acquire(
    path: Path | str,
    run_id: str,
    *,
    timeout: float,
    on_wait: Callable[[str], None] = log.warning,
    log_every: float = 10.0,
    poll: float = 0.2,
) -> RunLock:
    """Take the lock for ``run_id``, waiting up to ``timeout`` seconds while another run holds it;
    share it if ``run_id`` holds it already (see the module's docstring).

    While waiting, ``on_wait`` gets "waiting for the warehouse lock held by run ... (pid ...)
    since ..." at once and then every ``log_every`` seconds; after ``timeout`` seconds,
    RunLockTimeout names the holder.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    start = next_log = time.monotonic()
    try:
        while not _try_lock(fd):
            if (current := holder(path)) is not None and current.run_id == run_id:
                os.close(fd)
                return RunLock(path, -1, current, shared=True)
            now = time.monotonic()
            if now >= next_log:
                on_wait(f"waiting for the warehouse lock held by {_describe(path)}")
                next_log = now + log_every
            if now - start >= timeout:
                raise RunLockTimeout(
                    f"could not take the warehouse lock {path} within {timeout:g} s: it is held by "
                    f"{_describe(path)}. One run at a time writes a warehouse: wait for that run to "
                    "finish (or stop it) and run again, or raise NEWS_WAREHOUSE_LOCK_TIMEOUT."
                )
            time.sleep(max(0.0, min(poll, start + timeout - now)))
        if (stale := holder(path)) is not None and stale.run_id == run_id:
            raise RunLockLost(
                f"the warehouse lock {path} was taken for run {run_id} by pid {stale.pid} on {stale.host}, "
                "which has ended: the run cannot go on unguarded; start it again"
            )
    except BaseException:
        os.close(fd)  # closing the file releases a lock taken on it
        raise
    taken = Holder(
        run_id=run_id,
        pid=os.getpid(),
        host=socket.gethostname(),
        since=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(asdict(taken)).encode(), 0)
    return RunLock(path, fd, taken)
