"""Find and decode the source files of a folder of articles.

Every file under the folder (recursively; hidden files and folders are skipped) whose suffix
is one of ``FORMATS`` (scraped text, HTML pages, JSON and JSON Lines feeds) is read as bytes,
hashed and decoded:

- a byte order mark names the codec (UTF-8, or UTF-16 or UTF-32 in either byte order); text
  that is not valid UTF-8 is decoded with a recorded fallback (Windows-1252, then Latin-1,
  which accepts any byte), never dropped;
- a few control characters (a NUL byte, an escape code) are removed and noted; content with
  many (``remove_controls``) is binary data, and content whose first bytes mark a binary
  format (PDF, ZIP or DOCX, gzip, images, ...) is named by that format: neither is read as
  text;
- a ``.txt`` file that holds an HTML page is read as HTML;
- a text or HTML file larger than ``NEWS_MAX_ARTICLE_BYTES`` is not read (feeds are capped
  record by record, in ``formats``).

Nothing outside the folder is read: a symlink whose target is outside it is not followed, and
a symlinked folder whose target is inside is not walked again (its target is read at its own
path, so there are no loops). A file that cannot be read, or a folder that cannot be listed,
never stops the run. Each of these comes out as a ``SourceFile`` with its ``error``, which
``formats`` quarantines; ``unread`` marks the paths whose earlier articles must be kept as
they are.
"""

from __future__ import annotations

import codecs
import enum
import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipelines import settings


class Format(enum.StrEnum):
    """How a record was read (``source_files.format``, ``quarantined_records.format``)."""

    TXT = "txt"  # scraped text, one article a file
    HTML = "html"  # an HTML page, one article a file (also a .txt file that holds a page)
    JSONL = "jsonl"  # JSON Lines, one article a line
    JSON = "json"  # a JSON list of articles, an object holding one, or one article object
    FOLDER = "folder"  # a folder that could not be listed or followed (quarantined only)
    AMOUNT = "amount"  # an amount a data rule rejected (quarantined only; see warehouse.validation)


# File suffix (lower case) -> format (see pipelines/ingest/formats.py).
FORMATS = {
    ".txt": Format.TXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".json": Format.JSON,
}
SUFFIXES = tuple(FORMATS)
WHOLE_FILE = frozenset({Format.TXT, Format.HTML})  # formats whose file is one article


@dataclass(frozen=True)
class SourceFile:
    source_path: str  # relative to the source folder, with forward slashes (a folder's ends in /)
    raw: str  # the decoded text, as found ("" when the file gives no text)
    encoding: str | None  # codec that decoded it
    decode_note: str | None  # what decoding had to do (a fallback codec, characters removed), else None
    file_hash: str  # sha256 of the file's bytes ("" when they were not read)
    n_bytes: int
    modified_at: datetime | None
    format: Format  # txt, html, jsonl or json: by the suffix, or html for a .txt file holding a page
    error: str | None = None  # why the file gives no text: it is quarantined whole
    unread: bool = False  # could not be read or listed: its earlier articles stay as they are


class SourceFolderError(FileNotFoundError):
    pass


def format_of(path: str | Path) -> Format:
    return FORMATS.get(Path(path).suffix.lower(), Format.TXT)


# --- decoding --------------------------------------------------------------------------------

_BOMS = (  # UTF-32-LE first: its mark begins with UTF-16-LE's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Decode bytes by their byte order mark, else as UTF-8, else by a fallback; return
    (text, encoding, note)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec, None
            except UnicodeDecodeError as exc:
                text = data[len(bom) :].decode(codec, errors="replace")
                return text, codec, f"invalid {codec} at byte {len(bom) + exc.start}; replaced by U+FFFD"
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError as exc:
        note = f"invalid UTF-8 at byte {exc.start} ({data[exc.start : exc.start + 1]!r})"
    for codec in ("cp1252", "latin-1"):
        try:
            return data.decode(codec), codec, f"{note}; decoded as {codec}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover


MAX_CONTROL_SHARE = 0.02
MAX_STRAY_CONTROLS = 8
"""Content with more control characters (other than tab, line and page breaks) than
MAX_STRAY_CONTROLS and than MAX_CONTROL_SHARE of its characters is binary data, not text: real
text, even badly decoded, has next to none (random bytes have about 23%)."""

_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # C0 and C1, less tab, line and page breaks
# Removed from text: C0 controls and DEL. (C1 controls are left to the cleaner's ftfy, which
# reads them as the Windows-1252 characters they usually stand for.)
_STRIPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def remove_controls(text: str) -> tuple[str, str | None, str | None]:
    """(text without stray control characters, a note of what was removed, or why the text
    is binary data and no text at all)."""
    controls = sum(1 for _ in _CONTROLS.finditer(text))
    if controls > max(MAX_STRAY_CONTROLS, MAX_CONTROL_SHARE * len(text)):
        return "", None, f"binary data, not text ({controls} control characters in {len(text)})"
    removed = Counter(_STRIPPED.findall(text))
    if not removed:
        return text, None, None
    kinds = ", ".join(f"U+{ord(ch):04X} ×{n}" for ch, n in sorted(removed.items())[:5])
    return _STRIPPED.sub("", text), f"removed {removed.total()} control characters ({kinds})", None


_ZIP_KINDS = (
    (b"word/", "Word document (DOCX)"),
    (b"xl/", "Excel workbook (XLSX)"),
    (b"ppt/", "PowerPoint presentation (PPTX)"),
    (b"mimetypeapplication/epub+zip", "EPUB book"),
    (b"mimetypeapplication/vnd.oasis.opendocument", "OpenDocument file"),
)
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"{\\rtf", "RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document (DOC, XLS or PPT)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"OggS", "Ogg audio or video"),
    (b"fLaC", "FLAC audio"),
    (b"ID3\x02", "MP3 audio"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_RIFF = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}


def binary_format(data: bytes) -> str | None:
    """The binary format that the first bytes of ``data`` mark ("PDF document"), or None."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return next((kind for marker, kind in _ZIP_KINDS if marker in data), "ZIP archive")
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "bzip2 archive"
    if data[:4] == b"RIFF" and data[8:12] in _RIFF:
        return _RIFF[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4, MOV or HEIC file (ISO media)"
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


_HTML_PAGE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def is_html_page(text: str) -> bool:
    """The text is an HTML page: it opens with a doctype, or an html, head or body tag."""
    return bool(_HTML_PAGE.match(text[:4096]))


# --- listing ---------------------------------------------------------------------------------


def _problem(root: Path, path: Path, error: str, *, folder: bool = False, unread: bool = False) -> SourceFile:
    """A file or folder that gives no text, with the reason."""
    return SourceFile(
        relative(path, root) + ("/" if folder else ""),
        "",
        None,
        None,
        "",
        0,
        None,
        Format.FOLDER if folder else format_of(path),
        error=error,
        unread=unread,
    )


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root``, with "/" separators: the file's ``source_path``. By string
    for a path listed under root (pathlib's ``relative_to`` costs more than the listing)."""
    text, prefix = str(path), os.path.join(str(root), "")
    if text.startswith(prefix):
        return text[len(prefix) :].replace(os.sep, "/")
    return path.relative_to(root).as_posix()


def discover(root: Path, suffixes: tuple[str, ...] = SUFFIXES) -> tuple[list[Path], list[SourceFile]]:
    """The files under root whose suffix is in suffixes, in a stable order; and what was not
    followed or could not be listed (symlinks out of the folder, folders that cannot be
    listed), each as a SourceFile with its error."""
    if not root.is_dir():
        raise SourceFolderError(f"source folder {str(root)!r} does not exist or is not a folder")
    base = root.resolve()
    files: list[Path] = []
    skipped: list[SourceFile] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            if folder == root:
                raise SourceFolderError(f"cannot list the source folder {str(root)!r}: {reason}") from exc
            skipped.append(_problem(root, folder, f"cannot list the folder: {reason}", folder=True, unread=True))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            wanted = path.suffix.lower() in suffixes
            try:
                is_dir = entry.is_dir()  # follows a symlink
                if entry.is_symlink():
                    target = Path(os.path.realpath(path))
                    if not target.is_relative_to(base):
                        if is_dir or wanted:
                            error = f"symlink to a path outside the source folder ({target}): not followed"
                            skipped.append(_problem(root, path, error, folder=is_dir))
                        continue
                    if is_dir:
                        continue  # its target is walked at its own path
                    if wanted and not entry.is_file():
                        skipped.append(_problem(root, path, f"symlink to a missing file ({target})"))
                        continue
                if is_dir:
                    pending.append(path)
                elif wanted and entry.is_file():
                    files.append(path)
            except OSError as exc:
                skipped.append(_problem(root, path, f"cannot read the file: {exc.strerror or exc}", unread=True))
    files.sort(key=lambda p: relative(p, root))
    skipped.sort(key=lambda f: f.source_path)
    return files, skipped


# --- reading ---------------------------------------------------------------------------------


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes; with a limit, at most ``limit + 1`` of them (enough to tell that the
    file is over it)."""
    with open(path, "rb") as handle:
        return handle.read() if limit is None else handle.read(limit + 1)


def over_cap(size: int, cap: int) -> str:
    """Why a file or feed record of ``size`` bytes is not read."""
    return f"{size:,} bytes: over the cap of {cap:,} bytes per article (NEWS_MAX_ARTICLE_BYTES)"


def read_file(path: Path, root: Path) -> SourceFile:
    source_path = relative(path, root)
    fmt = format_of(path)
    cap = settings.max_article_bytes() if fmt in WHOLE_FILE else None
    try:
        data = read_bytes(path, cap)
        stat = path.stat()
    except OSError as exc:
        return _problem(root, path, f"cannot read the file: {exc.strerror or exc}", unread=True)
    modified = datetime.fromtimestamp(stat.st_mtime, tz=UTC)
    if cap is not None and len(data) > cap:
        size = max(stat.st_size, len(data))
        return SourceFile(source_path, "", None, None, "", size, modified, fmt, error=over_cap(size, cap))
    file_hash = hashlib.sha256(data).hexdigest()
    if kind := binary_format(data):
        error = f"{kind} (by its first bytes), not text"
        return SourceFile(source_path, "", None, None, file_hash, len(data), modified, fmt, error=error)
    text, encoding, note = decode(data)
    text, removed, error = remove_controls(text)
    notes = [n for n in (note, removed) if n]
    if fmt == Format.TXT and not error and is_html_page(text):
        fmt = Format.HTML
        notes.append("an HTML page in a .txt file: read as HTML")
    return SourceFile(
        source_path, text, encoding, "; ".join(notes) or None, file_hash, len(data), modified, fmt, error=error
    )


def read_folder(root: Path) -> Iterator[SourceFile]:
    """Every file of the folder, read, and every path that gave no file (with its error), in
    the order of their paths."""
    files, skipped = discover(root)
    items: list[tuple[str, Path | SourceFile]] = [(relative(p, root), p) for p in files]
    items += [(f.source_path, f) for f in skipped]
    for _, item in sorted(items, key=lambda pair: pair[0]):
        yield item if isinstance(item, SourceFile) else read_file(item, root)


def unread_paths(files: Iterable[SourceFile]) -> list[str]:
    """The files that could not be read and the folders that could not be listed (ending in /)."""
    return sorted(f.source_path for f in files if f.unread)


def fingerprint(root: Path) -> str:
    """A cheap digest of the folder's listing (paths, sizes, modification times): it changes
    when a file is added, removed or changed. Used by the sensor; reads no file contents."""
    digest = hashlib.sha256()
    files, skipped = discover(root)
    for path in files:
        try:
            stat = path.stat()
            size, mtime = stat.st_size, stat.st_mtime_ns
        except OSError:
            size = mtime = -1
        digest.update(f"{relative(path, root)}\0{size}\0{mtime}\n".encode())
    for f in skipped:
        digest.update(f"{f.source_path}\0{f.error}\n".encode())
    return digest.hexdigest()
