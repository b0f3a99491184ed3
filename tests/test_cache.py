"""Tables built from installed packages are kept on disk (pipelines.cache): a later process
reads them instead of building them again, and a change of code or a bad file rebuilds them."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from pipelines import cache
from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.name_genders import name_genders
from pipelines.stories.evidence import stop_words


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path))
    return tmp_path


def counted(name: str = "squares", modules: tuple[str, ...] = ("cache.py",)):
    calls = []

    @cache.kept(name, modules=modules, packages=("duckdb",))
    def table() -> dict[int, int]:
        calls.append(1)
        return {i: i * i for i in range(5)}

    return table, calls


def test_a_table_is_built_once_and_read_by_the_next_process(cache_dir):
    table, calls = counted()
    assert table() == {i: i * i for i in range(5)} and table() is table()
    assert len(calls) == 1 and len(list(cache_dir.glob("squares-*.pickle"))) == 1
    later, later_calls = counted()  # another process: same name, code and packages
    assert later() == table() and later_calls == []


def test_other_code_builds_it_again_and_replaces_the_old_file(cache_dir):
    table, _ = counted()
    table()
    old = set(cache_dir.glob("squares-*.pickle"))
    changed, calls = counted(modules=("cache.py", "settings.py"))
    changed()
    new = set(cache_dir.glob("squares-*.pickle"))
    assert calls == [1] and len(new) == 1 and new != old


def test_an_unreadable_file_is_rebuilt_with_a_warning(cache_dir, caplog):
    table, _ = counted()
    table()
    [file] = cache_dir.glob("squares-*.pickle")
    file.write_bytes(b"not a pickle")
    again, calls = counted()
    with caplog.at_level(logging.WARNING, logger="pipelines.cache"):
        assert again() == {i: i * i for i in range(5)}
    assert calls == [1] and "unreadable" in caplog.text
    assert counted()[0]() == again()  # the rebuilt file is good again


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("NEWS_CACHE_DIR", str(blocker / "cache"))  # below a file: cannot be made
    table, calls = counted()
    assert table() == {i: i * i for i in range(5)} and calls == [1]


@pytest.mark.parametrize("table", [gazetteer.places, given_names, name_genders, stop_words])
def test_the_kept_tables_equal_what_their_packages_give(cache_dir, table):
    table.cache_clear()
    try:
        from_packages = table()  # built, and written
        table.cache_clear()
        assert table() == from_packages == table.build()  # read back
        assert list(cache_dir.glob("*.pickle"))
    finally:
        table.cache_clear()


def test_the_stop_words_are_spacys_and_the_run_reads_them_without_importing_spacy(cache_dir):
    from spacy.lang.en.stop_words import STOP_WORDS

    stop_words.cache_clear()
    try:
        assert stop_words() == STOP_WORDS  # built, and written
    finally:
        stop_words.cache_clear()
    code = (
        "import sys; from pipelines.stories.evidence import report; "
        "report('The minister said on Monday that it would.'); print('spacy' in sys.modules)"
    )
    env = {**os.environ, "NEWS_CACHE_DIR": str(cache_dir)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
