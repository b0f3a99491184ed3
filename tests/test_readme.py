"""README.md stays true: it names every table, view, setting, saved query and make target."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines import settings
from pipelines.warehouse import store as warehouse

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _views() -> list[str]:
    return re.findall(r"CREATE OR REPLACE VIEW (\w+)", warehouse.VIEWS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [*warehouse.KEYS, *_views()])
def test_every_table_and_view_is_documented(name: str) -> None:
    assert f"`{name}" in README


@pytest.mark.parametrize("variable", re.findall(r"``(NEWS_\w+)``", settings.__doc__ or ""))
def test_every_setting_is_documented(variable: str) -> None:
    assert f"`{variable}`" in README


@pytest.mark.parametrize("query", sorted(p.stem for p in (warehouse.SQL_DIR / "queries").glob("*.sql")))
def test_every_saved_query_is_documented(query: str) -> None:
    assert f"`{query}.sql`" in README


@pytest.mark.parametrize("target", re.search(r"^\.PHONY:(.*)$", (ROOT / "Makefile").read_text(), re.M).group(1).split())
def test_every_make_target_is_documented(target: str) -> None:
    if target != "install":  # run by every other target
        assert f"make {target}" in README
