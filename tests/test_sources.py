"""Finding, decoding and fingerprinting source files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines import sources


def test_discovers_txt_recursively_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "a" / "b" / "two.TXT").write_text("y")
    (tmp_path / ".cache" / "three.txt").write_text("z")
    (tmp_path / ".hidden.txt").write_text("z")
    (tmp_path / "notes.md").write_text("z")
    found = [p.relative_to(tmp_path).as_posix() for p in sources.discover(tmp_path)]
    assert found == ["a/b/two.TXT", "one.txt"]


def test_discovers_every_format_and_names_it(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "c.HTM", "d.jsonl", "e.ndjson", "f.json", "g.xml", "h.pdf"):
        (tmp_path / name).write_text("x")
    found = {p.name: sources.read_file(p, tmp_path).format for p in sources.discover(tmp_path)}
    assert found == {"a.txt": "txt", "b.html": "html", "c.HTM": "html", "d.jsonl": "jsonl", "e.ndjson": "jsonl", "f.json": "json"}


def test_utf8_bom_and_fallback_decoding() -> None:
    assert sources.decode("\ufeffPrice: €5".encode("utf-8")) == ("Price: €5", "utf-8", None)
    text, codec, note = sources.decode("Price: €5 – cheap".encode("cp1252"))
    assert (text, codec) == ("Price: €5 – cheap", "cp1252")
    assert note.startswith("invalid UTF-8 at byte 7")
    # bytes that cp1252 leaves undefined still decode, as Latin-1
    text, codec, _ = sources.decode(b"caf\xe9 \x81")
    assert codec == "latin-1" and text.startswith("café")


def test_read_file_records_path_hash_and_size(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "a.txt"
    path.write_bytes(b"hello")
    f = sources.read_file(path, tmp_path)
    assert f.source_path == "sub/a.txt"
    assert f.n_bytes == 5 and f.raw == "hello"
    assert f.file_hash == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"


def test_missing_folder_raises_clear_error(tmp_path: Path) -> None:
    with pytest.raises(sources.SourceFolderError, match="does not exist"):
        sources.discover(tmp_path / "missing")


def test_fingerprint_changes_on_add_change_and_remove(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    first = sources.fingerprint(tmp_path)
    assert sources.fingerprint(tmp_path) == first
    (tmp_path / "b.txt").write_text("two")
    added = sources.fingerprint(tmp_path)
    assert added != first
    os.utime(tmp_path / "a.txt", ns=(1, 1))
    touched = sources.fingerprint(tmp_path)
    assert touched != added
    (tmp_path / "b.txt").unlink()
    assert sources.fingerprint(tmp_path) not in {first, added, touched}
