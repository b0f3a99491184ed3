"""One run at a time per warehouse: an exclusive lock on ``<warehouse>.lock``, held for a whole run.

The lock is ``fcntl.flock`` on that file, so the operating system releases it when its holder
ends, however it ends (kill -9 included): a lock never outlives its run. The file records the
holder (run id, pid, host, start time), so that a run that has to wait can say for whom. The
file itself stays; only the lock on it matters. (flock is per open file, so two runs in threads
of one process exclude each other too; it is not reliable on network file systems.)
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


class RunLock:
    """A lock taken by ``acquire``; release it (or leave its ``with`` block) when the run ends."""

    def __init__(self, path: Path, fd: int, holder: Holder) -> None:
        self.path, self.holder, self._fd = path, holder, fd

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
    """Take the lock for ``run_id``, waiting up to ``timeout`` seconds while another run holds it.

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
    except BaseException:
        os.close(fd)
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
