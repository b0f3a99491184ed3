"""Finding, decoding and fingerprinting source files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines.ingest import sources


def test_discovers_txt_recursively_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "a" / "b" / "two.TXT").write_text("y")
    (tmp_path / ".cache" / "three.txt").write_text("z")
    (tmp_path / ".hidden.txt").write_text("z")
    (tmp_path / "notes.md").write_text("z")
    files, skipped = sources.discover(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in files]
    assert skipped == []
    assert found == ["a/b/two.TXT", "one.txt"]


def test_discovers_every_format_and_names_it(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "c.HTM", "d.jsonl", "e.ndjson", "f.json", "g.xml", "h.pdf"):
        (tmp_path / name).write_text("x")
    found = {p.name: sources.read_file(p, tmp_path).format for p in sources.discover(tmp_path)[0]}
    assert found == {
        "a.txt": "txt",
        "b.html": "html",
        "c.HTM": "html",
        "d.jsonl": "jsonl",
        "e.ndjson": "jsonl",
        "f.json": "json",
    }


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


# --- what a file holds: BOMs, control characters, markup and binary formats by content -----


def read_bytes_as(tmp_path: Path, name: str, data: bytes) -> sources.SourceFile:
    (tmp_path / name).write_bytes(data)
    [found] = [f for f in sources.read_folder(tmp_path) if f.source_path == name]
    return found


TEXT = "Café owners in Zürich said on Monday that rents rose by 12% – the most since 2008.\n"


@pytest.mark.parametrize(
    ("codec", "bom", "encoding"),
    [
        ("utf-16-le", b"\xff\xfe", "utf-16-le"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "utf-32-le"),
        ("utf-32-be", b"\x00\x00\xfe\xff", "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path: Path, codec: str, bom: bytes, encoding: str) -> None:
    f = read_bytes_as(tmp_path, "a.txt", bom + TEXT.encode(codec))
    assert (f.raw, f.encoding, f.error) == (TEXT, encoding, None)


def test_a_few_control_characters_are_removed_and_noted(tmp_path: Path) -> None:
    f = read_bytes_as(tmp_path, "a.txt", ("Rents rose\x00 by 12% in Zürich\x1b[0m on Monday.\n" * 3).encode())
    assert f.error is None
    assert f.raw == "Rents rose by 12% in Zürich[0m on Monday.\n" * 3
    assert f.decode_note == "removed 6 control characters (U+0000 ×3, U+001B ×3)"


def test_mostly_binary_content_is_still_an_error(tmp_path: Path) -> None:
    f = read_bytes_as(tmp_path, "a.txt", bytes(range(256)) * 4)
    assert f.error.startswith("binary data, not text")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> stream\nBT (Ministers met on Monday.) Tj ET\nendstream",
            "PDF document",
        ),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "Word document (DOCX)"),
        (b"PK\x03\x04\x14\x00\x00\x00 some.txt", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "Microsoft Office document (DOC, XLS or PPT)"),
        (b"{\\rtf1\\ansi Ministers met on Monday.}", "RTF document"),
    ],
)
def test_binary_formats_are_named_by_their_first_bytes(tmp_path: Path, data: bytes, kind: str) -> None:
    for name in ("a.txt", "b.json", "c.html"):
        f = read_bytes_as(tmp_path, name, data)
        assert f.error == f"{kind} (by its first bytes), not text", name
        assert f.raw == ""


def test_an_html_page_named_txt_is_read_as_html(tmp_path: Path) -> None:
    page = "\n  <!DOCTYPE html>\n<html><head><title>T</title></head><body><p>Text.</p></body></html>"
    f = read_bytes_as(tmp_path, "page.txt", page.encode())
    assert (f.format, f.error) == ("html", None)
    assert "HTML" in f.decode_note
    plain = read_bytes_as(tmp_path, "plain.txt", b"Prices rose in <b>some</b> shops, and <html> is a tag.\n")
    assert plain.format == "txt"


def test_a_file_over_the_size_cap_is_an_error_naming_size_and_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_MAX_ARTICLE_BYTES", "1000")
    big = read_bytes_as(tmp_path, "big.txt", b"An article sentence repeated.\n" * 40)
    assert big.error == "1,200 bytes: over the cap of 1,000 bytes per article (NEWS_MAX_ARTICLE_BYTES)"
    assert big.raw == "" and big.n_bytes == 1200
    assert read_bytes_as(tmp_path, "small.txt", b"x" * 1000).error is None
    # a feed is capped record by record (pipelines/formats.py), not as a whole
    assert read_bytes_as(tmp_path, "feed.jsonl", b'{"text": "a"}\n' * 100).error is None


def test_the_size_cap_defaults_to_5_mb(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipelines import settings

    monkeypatch.delenv("NEWS_MAX_ARTICLE_BYTES", raising=False)
    assert settings.max_article_bytes() == 5_000_000


# --- symlinks ------------------------------------------------------------------------------


def test_symlinks_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "secret.txt").write_text("Secret text outside the source folder.")
    (outside / "deep" / "more.txt").write_text("More secret text.")
    root = tmp_path / "source"
    (root / "sub").mkdir(parents=True)
    (root / "kept.txt").write_text("An article inside.")
    (root / "h.txt").symlink_to(outside / "secret.txt")
    (root / "sub" / "linked").symlink_to(outside / "deep", target_is_directory=True)
    (root / "notes.md").symlink_to(outside / "secret.txt")  # not an article suffix: not listed
    found = {f.source_path: f for f in sources.read_folder(root)}
    assert set(found) == {"h.txt", "kept.txt", "sub/linked/"}
    assert "Secret" not in "".join(f.raw for f in found.values())
    for path in ("h.txt", "sub/linked/"):
        assert found[path].error.startswith("symlink to a path outside the source folder")
        assert not found[path].unread  # the link is there and holds no article
    assert found["sub/linked/"].format == "folder"


def test_symlinks_inside_the_folder_are_read_without_loops(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("An article.")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "a" / "x.txt")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "b").symlink_to(tmp_path / "a", target_is_directory=True)
    found = {f.source_path: f.raw for f in sources.read_folder(tmp_path)}
    # a linked folder inside the source folder is read at its own path, once
    assert found == {"a/x.txt": "An article.", "alias.txt": "An article."}
