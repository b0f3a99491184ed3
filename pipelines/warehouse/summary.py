"""Print a short summary of the warehouse: rows per table, top entities, amounts found.

python -m pipelines.warehouse.summary [WAREHOUSE]
"""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

from pipelines import settings
from pipelines.warehouse import store as warehouse


def summary(path: Path) -> str:
    if not path.exists():
        raise SystemExit(f"no warehouse at {path}: run `make run` first")
    with warehouse.connect_read_only(path) as con:
        tables = [
            row[0]
            for row in con.sql(
                "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1"
            ).fetchall()
        ]
        counts = pl.DataFrame(
            {"table": tables, "rows": [con.sql(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in tables]}
        )
    top = warehouse.run_saved_query(path, "top_entities").head(10)
    amounts = warehouse.run_saved_query(path, "amounts_by_article")
    with pl.Config(tbl_rows=30, tbl_hide_dataframe_shape=True, fmt_str_lengths=60, tbl_width_chars=160):
        parts = [
            f"Warehouse {path}",
            str(counts),
            "Top entities",
            str(top),
            f"Amounts found: {amounts.height}",
            str(
                amounts.select(
                    "article",
                    "text",
                    "currency",
                    pl.col("value").map_elements(lambda v: f"{v:,.2f}", return_dtype=pl.String).alias("value"),
                    "restates",
                ).head(15)
            ),
        ]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    print(summary(Path(args[0]) if args else settings.warehouse_path()))


if __name__ == "__main__":
    main()
