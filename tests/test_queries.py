"""The saved SQL in warehouse/queries answers its question on the seeds."""

from __future__ import annotations

from pathlib import Path

from pipelines.warehouse import store as warehouse
from pipelines.warehouse import summary


def test_top_entities(seeded_warehouse: Path) -> None:
    top = warehouse.run_saved_query(seeded_warehouse, "top_entities")
    assert top.columns == ["name", "label", "mentions", "articles"]
    first = top.row(0, named=True)
    assert first["articles"] == 5  # something every seed article names
    assert top["articles"].is_sorted(descending=True)


def test_amounts_by_article(seeded_warehouse: Path) -> None:
    rows = warehouse.run_saved_query(seeded_warehouse, "amounts_by_article")
    by_text = {r["text"]: r for r in rows.iter_rows(named=True)}
    assert by_text["£23.3m"]["restates"] == "$28.9m"
    assert by_text["£57 billion"]["article"].startswith("All Nato members want Ukraine")
    assert by_text["$28.9m"]["currency"] == "USD"


def test_summary_prints_tables_entities_and_amounts(seeded_warehouse: Path) -> None:
    text = summary.summary(seeded_warehouse)
    assert "mentions" in text and "Top entities" in text and "Amounts found: " in text
    assert "£57bn" in text


def test_top_speakers(seeded_warehouse: Path) -> None:
    rows = warehouse.run_saved_query(seeded_warehouse, "top_speakers")
    first = rows.row(0, named=True)
    assert first["speaker"] == "Jens Stoltenberg" and first["label"] == "PERSON"
    assert rows["quotes"].is_sorted(descending=True)


def test_corroborated_amounts(seeded_warehouse: Path) -> None:
    rows = warehouse.run_saved_query(seeded_warehouse, "corroborated_amounts")
    # "£57 billion" (002) and "£57bn" (003): two reports of one figure
    assert rows.select("currency", "value", "reports").rows() == [("GBP", 57e9, 2)]
