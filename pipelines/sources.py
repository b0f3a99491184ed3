"""Find and decode the source files of a folder of articles.

Every file under the folder (recursively; hidden files and folders are skipped) whose suffix
is one of ``FORMATS`` (scraped text, HTML pages, JSON and JSON Lines feeds) is read as bytes,
hashed and decoded. Text that is not valid UTF-8 is decoded with a recorded fallback
(Windows-1252, then Latin-1, which accepts any byte), never dropped. ``formats`` reads the
articles out of each file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

# File suffix (lower case) -> format name (see pipelines/formats.py).
FORMATS = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
SUFFIXES = tuple(FORMATS)


@dataclass(frozen=True)
class SourceFile:
    source_path: str  # relative to the source folder, with forward slashes
    raw: str  # the decoded text, as found
    encoding: str  # codec that decoded it
    decode_note: str | None  # why a fallback codec was used, else None
    file_hash: str  # sha256 of the file's bytes
    n_bytes: int
    modified_at: datetime

    @property
    def format(self) -> str:
        """txt, html, jsonl or json, by the file's suffix."""
        return FORMATS.get(Path(self.source_path).suffix.lower(), "txt")


class SourceFolderError(FileNotFoundError):
    pass


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Decode bytes as UTF-8, else by a fallback; return (text, encoding, note)."""
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError as exc:
        note = f"invalid UTF-8 at byte {exc.start} ({data[exc.start:exc.start + 1]!r})"
    for codec in ("cp1252", "latin-1"):
        try:
            return data.decode(codec), codec, f"{note}; decoded as {codec}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover


def discover(root: Path, suffixes: tuple[str, ...] = SUFFIXES) -> list[Path]:
    """The files under root whose suffix is in suffixes, in a stable order."""
    if not root.is_dir():
        raise SourceFolderError(f"source folder {str(root)!r} does not exist or is not a folder")
    found = [
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix.lower() in suffixes
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def read_file(path: Path, root: Path) -> SourceFile:
    data = path.read_bytes()
    text, encoding, note = decode(data)
    stat = path.stat()
    return SourceFile(
        source_path=path.relative_to(root).as_posix(),
        raw=text,
        encoding=encoding,
        decode_note=note,
        file_hash=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data),
        modified_at=datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc),
    )


def read_folder(root: Path) -> Iterator[SourceFile]:
    for path in discover(root):
        yield read_file(path, root)


def fingerprint(root: Path) -> str:
    """A cheap digest of the folder's listing (paths, sizes, modification times): it changes
    when a file is added, removed or changed. Used by the sensor; reads no file contents."""
    digest = hashlib.sha256()
    for path in discover(root):
        stat = path.stat()
        digest.update(f"{path.relative_to(root).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
