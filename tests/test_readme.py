"""README.md stays true: it names every table, view, setting, saved query and make target, each
as a whole name, and its table list is the one cog generates from warehouse/schema.sql."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cogapp import Cog

from pipelines import settings
from pipelines.warehouse import store as warehouse

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def names(name: str, text: str = README) -> bool:
    """``text`` names ``name`` in backticks as a whole word: `amounts` or `entity_cooccurrence(…`,
    not the start of `amounts_by_article.sql`."""
    return re.search(rf"`{re.escape(name)}[`(]", text) is not None


def _views() -> list[str]:
    return re.findall(r"CREATE OR REPLACE VIEW (\w+)", warehouse.VIEWS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [*warehouse.KEYS, *_views()])
def test_every_table_and_view_is_documented(name: str) -> None:
    assert names(name)


def test_a_name_is_matched_whole() -> None:
    assert names("amounts", "the `amounts` table")
    assert names("entity_cooccurrence", "`entity_cooccurrence(entity_a, ...)`")
    assert not names("amounts", "`amounts_by_article.sql`")
    assert not names("amounts", "`quarantined_amounts`")


@pytest.mark.parametrize("variable", re.findall(r"``(NEWS_\w+)``", settings.__doc__ or ""))
def test_every_setting_is_documented(variable: str) -> None:
    assert names(variable)


@pytest.mark.parametrize("query", sorted(p.stem for p in (warehouse.SQL_DIR / "queries").glob("*.sql")))
def test_every_saved_query_is_documented(query: str) -> None:
    assert f"`{query}.sql`" in README


@pytest.mark.parametrize("target", re.search(r"^\.PHONY:(.*)$", (ROOT / "Makefile").read_text(), re.M).group(1).split())
def test_every_make_target_is_documented(target: str) -> None:
    if target != "install":  # run by every other target
        assert re.search(rf"make {target}(?![\w-])", README)


def test_the_table_list_is_generated_from_the_schema() -> None:
    """`.venv/bin/cog -r README.md` rewrites the list after a change to warehouse/schema.sql."""
    assert Cog().main(["cog", "--check", str(ROOT / "README.md")]) == 0
