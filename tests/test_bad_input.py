"""Bad input never stops a run, and nothing outside the source folder is read: unreadable files
and folders, symlinks out of the folder, and (end to end, mixed with the seeds) the kinds of
bad file listed in README's "What happens to bad input"."""

from __future__ import annotations

import builtins
import errno
import io
import os
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from pipelines.ingest import articles, sources
from pipelines.warehouse import store as warehouse
from tests.helpers import output_metadata, run_pipeline, write

T0 = datetime(2024, 1, 1, tzinfo=UTC)
T1 = datetime(2024, 2, 1, tzinfo=UTC)
BODY = "The council approved a new budget for the harbour on Monday after a long debate.\n"


@pytest.fixture
def deny(monkeypatch: pytest.MonkeyPatch):
    """``deny(path)`` makes a file unreadable or a folder unlistable: chmod 000, and, as root
    (whom chmod does not stop), opening or listing that path raises PermissionError."""
    denied: dict[str, Path] = {}
    real_open, real_io_open, real_scandir = builtins.open, io.open, os.scandir

    def check(path: object) -> None:
        if isinstance(path, (str, os.PathLike)) and os.path.abspath(os.fspath(path)) in denied:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))

    def fake_open(file, *args, **kwargs):
        check(file)
        return real_open(file, *args, **kwargs)

    def fake_io_open(file, *args, **kwargs):
        check(file)
        return real_io_open(file, *args, **kwargs)

    def fake_scandir(path="."):
        check(path)
        return real_scandir(path)

    if os.geteuid() == 0:
        monkeypatch.setattr(builtins, "open", fake_open)
        monkeypatch.setattr(io, "open", fake_io_open)
        monkeypatch.setattr(os, "scandir", fake_scandir)

    def deny_(path: Path) -> None:
        path.chmod(0)
        denied[os.path.abspath(path)] = path

    yield deny_
    for path in denied.values():
        path.chmod(0o700 if path.is_dir() else 0o600)


# --- unreadable files and folders -----------------------------------------------------------


def test_an_unreadable_file_is_quarantined_and_the_rest_load(tmp_path: Path, deny) -> None:
    write(tmp_path, {"a.txt": BODY, "locked.txt": "Another " + BODY})
    deny(tmp_path / "locked.txt")
    built = articles.build(sources.read_folder(tmp_path), now=T0)
    assert built.articles["source_path"].to_list() == ["a.txt"]
    [row] = built.quarantined_records.iter_rows(named=True)
    assert (row["source_path"], row["file_path"], row["format"]) == ("locked.txt", "locked.txt", "txt")
    assert row["error"] == "cannot read the file: Permission denied"


def test_an_unlisted_folder_is_reported_not_skipped(tmp_path: Path, deny) -> None:
    write(tmp_path, {"a.txt": BODY, "sub/locked/b.txt": "Another " + BODY})
    deny(tmp_path / "sub" / "locked")
    found = {f.source_path: f for f in sources.read_folder(tmp_path)}
    assert set(found) == {"a.txt", "sub/locked/"}
    locked = found["sub/locked/"]
    assert (locked.error, locked.format, locked.unread) == ("cannot list the folder: Permission denied", "folder", True)
    assert sources.unread_paths(found.values()) == ["sub/locked/"]


def test_an_unlistable_source_folder_fails_the_run_clearly(tmp_path: Path, deny) -> None:
    write(tmp_path, {"a.txt": BODY})
    deny(tmp_path)
    with pytest.raises(sources.SourceFolderError, match="cannot list the source folder"):
        list(sources.read_folder(tmp_path))


def test_articles_under_unread_paths_are_kept_as_the_warehouse_has_them(tmp_path: Path, deny) -> None:
    write(
        tmp_path,
        {
            "a.txt": BODY,
            "gone.txt": "Deleted " + BODY,
            "locked.txt": "Locked Title Line\n\nLocked file " + BODY,
            "dir/b.txt": "In a folder " + BODY,
            "dir/feed.jsonl": '{"text": "A feed record in the folder."}\n{"title": "no text"}\n',
        },
    )
    prior = articles.build(sources.read_folder(tmp_path), now=T0)
    (tmp_path / "gone.txt").unlink()
    deny(tmp_path / "locked.txt")
    deny(tmp_path / "dir")
    files = list(sources.read_folder(tmp_path))
    merged = articles.merge(articles.build(files, now=T1), prior, unread=sources.unread_paths(files), now=T1)
    kept_paths = ["locked.txt", "dir/b.txt", "dir/feed.jsonl#L1"]
    by_path = {r["source_path"]: r for r in merged.articles.iter_rows(named=True)}
    assert set(by_path) == {"a.txt", "gone.txt", *kept_paths}
    assert by_path["gone.txt"]["removed_at"] == T1
    prior_by_path = {r["source_path"]: r for r in prior.articles.iter_rows(named=True)}
    for path in kept_paths:
        assert by_path[path] == prior_by_path[path], path  # exactly as before: not removed, not dropped
    # their source_files, removed_lines and quarantined rows stay too
    assert set(merged.source_files["source_path"]) == {"a.txt", *kept_paths}
    locked_id = by_path["locked.txt"]["article_id"]
    assert merged.removed_lines.filter(pl.col("article_id") == locked_id)["reason"].to_list() == ["title"]
    errors = dict(merged.quarantined_records.select("source_path", "error").iter_rows())
    assert errors == {
        "locked.txt": "cannot read the file: Permission denied",
        "dir/": "cannot list the folder: Permission denied",
        "dir/feed.jsonl#L2": prior.quarantined_records.filter(pl.col("source_path") == "dir/feed.jsonl#L2")[
            "error"
        ].item(),
    }


# --- end to end: each kind of bad file mixed with the seeds ---------------------------------


def q(path: Path, sql: str) -> pl.DataFrame:
    return warehouse.read(path, sql)


PDF = (
    b"%PDF-1.4\n1 0 obj << /Length 44 >>\nstream\n"
    b"BT /F1 12 Tf (Ministers met on Monday.) Tj ET\nendstream\nendobj\n%%EOF\n"
)
PAGE = (
    "<!DOCTYPE html>\n<html lang='en'><head><title>Harbour dredging approved | Coastal Courier</title>"
    '<meta property="og:site_name" content="Coastal Courier"></head><body>'
    "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><main><article><h1>Harbour dredging approved</h1>"
    "<p>The harbour authority approved a plan on Tuesday to dredge the main channel before summer.</p>"
    "<p>Fishing crews had complained for months that falling depths made the evening tide too risky.</p>"
    "</article></main><footer>Copyright Coastal Courier</footer></body></html>"
)


def test_bad_files_mixed_with_the_seeds(seed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = write(tmp_path / "outside", {"hostname.txt": "Xylophone host name outside the source folder.\n"})
    (seed_copy / "h.txt").symlink_to(outside / "hostname.txt")
    (seed_copy / "elsewhere").symlink_to(outside, target_is_directory=True)
    seed_text = (seed_copy / "000_2dcaa4b0a137493a.txt").read_text(encoding="utf-8")
    write(
        seed_copy,
        {
            "utf16.txt": b"\xff\xfe" + ("Zürich café owners said rents rose 12% on Monday.\n" * 3).encode("utf-16-le"),
            "page.txt": PAGE,
            "report.txt": PDF,
            "nul.txt": "The mayor of Leeds\x00 opened a new library on Friday.\n",
            "big.txt": seed_text * 20,
        },
    )
    monkeypatch.setenv("NEWS_MAX_ARTICLE_BYTES", "20000")
    path = tmp_path / "news.duckdb"
    result = run_pipeline(seed_copy, path)
    assert result.success
    errors = dict(q(path, "SELECT source_path, error FROM quarantined_records").iter_rows())
    assert set(errors) == {"h.txt", "elsewhere/", "report.txt", "big.txt"}
    assert errors["h.txt"].startswith("symlink to a path outside the source folder")
    assert errors["elsewhere/"].startswith("symlink to a path outside the source folder")
    assert errors["report.txt"] == "PDF document (by its first bytes), not text"
    assert errors["big.txt"].startswith(f"{len(seed_text.encode()) * 20:,} bytes: over the cap of 20,000 bytes")
    files = {r["source_path"]: r for r in q(path, "SELECT * FROM source_files").iter_rows(named=True)}
    assert (files["utf16.txt"]["encoding"], files["page.txt"]["format"]) == ("utf-16-le", "html")
    assert "control character" in files["nul.txt"]["decode_note"]
    texts = dict(q(path, "SELECT source_path, text FROM articles").iter_rows())
    assert texts["utf16.txt"].startswith("Zürich café owners")
    assert texts["nul.txt"] == "The mayor of Leeds opened a new library on Friday."
    assert "DOCTYPE" not in texts["page.txt"] and "<p>" not in texts["page.txt"]
    assert "Xylophone" not in "".join(texts.values())
    assert not q(path, "SELECT * FROM entities WHERE name ILIKE '%doctype%'").height
    assert "big.txt" not in texts and q(path, "SELECT count(*) FROM removed_lines").item() < 100


UNREAD_ERRORS = {
    "locked/": "cannot list the folder: Permission denied",
    "b.txt": "cannot read the file: Permission denied",
}


def test_unreadable_paths_keep_their_articles_end_to_end(
    seed_copy: Path, tmp_path: Path, deny, capfd: pytest.CaptureFixture
) -> None:
    write(seed_copy, {"locked/a.txt": "Locked folder " + BODY, "b.txt": "Unreadable file " + BODY})
    path = tmp_path / "news.duckdb"
    assert run_pipeline(seed_copy, path).success
    before = q(path, "SELECT * FROM articles ORDER BY article_id")
    deny(seed_copy / "locked")
    deny(seed_copy / "b.txt")
    capfd.readouterr()
    # an incremental run does not open b.txt (its size and time are as recorded), but it lists
    # the folder; a full rebuild reads every file, b.txt too
    for rebuild, unread in ((False, ["locked/"]), (True, ["b.txt", "locked/"])):
        result = run_pipeline(seed_copy, path, rebuild=rebuild)
        assert result.success
        after = q(path, "SELECT * FROM articles ORDER BY article_id")
        assert after.equals(before)  # nothing marked removed, nothing dropped
        errors = dict(q(path, "SELECT source_path, error FROM quarantined_records").iter_rows())
        assert errors == {p: e for p, e in UNREAD_ERRORS.items() if p in unread}
        assert output_metadata(result, "quarantined_records")["unread_paths"] == unread
        assert "locked/: cannot list the folder: Permission denied" in capfd.readouterr().err  # the run's log


# --- decoding and a missing folder, end to end -----------------------------------------------


def test_undecodable_bytes_are_decoded_by_a_recorded_fallback(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "latin.txt").write_bytes("Café owners in Zürich paid €5m in fines.\n".encode("cp1252"))
    (source / "good.txt").write_text("Angela Merkel visited Paris on Monday.\n", encoding="utf-8")
    path = tmp_path / "news.duckdb"
    assert run_pipeline(source, path).success
    files = q(path, "SELECT source_path, encoding, decode_note FROM source_files ORDER BY source_path")
    assert files.rows()[0][0] == "good.txt" and files.rows()[0][1] == "utf-8"
    assert files.rows()[1][1] == "cp1252" and "invalid UTF-8" in files.rows()[1][2]
    assert "Café owners in Zürich" in q(path, "SELECT text FROM articles WHERE source_path = 'latin.txt'").item()


def test_missing_source_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run_pipeline(tmp_path / "nope", tmp_path / "news.duckdb")
    assert not result.success
    failure = next(e for e in result.all_events if e.is_step_failure)
    assert "does not exist" in str(failure.event_specific_data.error)
    assert not (tmp_path / "news.duckdb").exists()
