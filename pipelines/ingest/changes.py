"""Which source files a run must read: the folder's listing compared with what the warehouse
recorded of each file, so that the cost of a run follows the changes, not the archive.

A file whose path, size and modification time equal the recorded ones is *unchanged*: it is
neither read nor hashed, and nothing of its articles is read back from the warehouse. Every
other file is read; a file read again whose bytes hash as recorded (it was only touched, or it
is one that was quarantined and is still there) changes nothing but its recorded time. A
recorded file that is no longer listed is *gone*. Paths the listing could not follow (a
symlink out of the folder, a folder that cannot be listed) are reported every run, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from pipelines.ingest.sources import SourceFile, discover, read_file, relative

STORED_SCHEMA = {"file_path": pl.String, "n_bytes": pl.Int64, "modified_at": pl.Datetime("us", "UTC")}
"""What the warehouse records of a file it has read (one row per file)."""


@dataclass
class ChangeSet:
    """The files a run reads (``files``, each already read), the recorded files that are gone
    (``gone``), how many listed files were skipped as unchanged, and how many new or changed
    files were left for a later run (``pending``: over the batch limit, not read)."""

    files: list[SourceFile] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    unchanged: int = 0
    pending: int = 0

    @property
    def affected(self) -> list[str]:
        """Every file path whose rows this run may rewrite: read, gone, or not followed."""
        return sorted({f.source_path for f in self.files} | set(self.gone))

    @property
    def empty(self) -> bool:
        return not self.files and not self.gone


def file_stat(path: Path) -> tuple[int, datetime] | None:
    """(size, modification time) as ``source_files`` records them; None if it cannot be had."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, datetime.fromtimestamp(stat.st_mtime, tz=UTC)


def plan(
    root: Path,
    stored: pl.DataFrame,
    hashes: dict[str, str],
    problems_known: set[tuple[str, str]],
    *,
    limit: int | None = None,
) -> ChangeSet:
    """Compare the folder with ``stored`` (file_path, n_bytes, modified_at of each file the
    warehouse holds articles of) and read what differs: at most ``limit`` files, the first in
    path order; the others are counted as ``pending``, for the next run (a *batch*).

    ``hashes`` maps each recorded file path (including quarantined files) to the sha256 it had;
    ``problems_known`` holds the (file_path, error) pairs already quarantined, so that a bad
    file or a path not followed that is still there, as it was, is not news."""
    paths, problems = discover(root)
    recorded = {row[0]: (row[1], row[2]) for row in stored.select("file_path", "n_bytes", "modified_at").iter_rows()}
    changes = ChangeSet()
    listed: set[str] = set()
    changed = 0
    for path in paths:  # in path order
        source_path = relative(path, root)
        listed.add(source_path)
        if source_path in recorded and file_stat(path) == recorded[source_path]:
            changes.unchanged += 1
            continue
        if limit is not None and changed >= limit:
            changes.pending += 1
            continue
        read = read_file(path, root)
        same_bytes = hashes.get(source_path) == read.file_hash
        if source_path not in recorded and (source_path, read.error) in problems_known and same_bytes:
            changes.unchanged += 1  # still the same bad file, quarantined as it is
            continue
        changes.files.append(read)
        changed += not same_bytes  # a file only touched does not count against the limit
    unlisted = tuple(p.source_path for p in problems if p.unread and p.source_path.endswith("/"))
    for problem in problems:
        listed.add(problem.source_path)
        if (problem.source_path, problem.error) not in problems_known:
            changes.files.append(problem)
    # a file under a folder that could not be listed is not gone: its rows stay as they are
    changes.gone = sorted(p for p in set(hashes) - listed if not p.startswith(unlisted))
    changes.files.sort(key=lambda f: f.source_path)
    return changes
