"""Compare every table of two warehouses row by row (sorted), ignoring run-time columns.

    python -m benchmarks.compare_warehouses A.duckdb B.duckdb

Prints one line per table: equal, or the counts of rows only in A and only in B, with a few
examples. Exit status 1 when any table differs.
"""

from __future__ import annotations

import sys

import duckdb

# Columns that record when a run happened, not what it found.
RUN_TIME_COLUMNS = {"ingested_at", "removed_at", "modified_at"}


def tables(con: duckdb.DuckDBPyConnection, alias: str) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main' ORDER BY 1", [alias]
    ).fetchall()
    return [r[0] for r in rows]


def columns(con: duckdb.DuckDBPyConnection, alias: str, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND table_name = ? ORDER BY column_index",
        [alias, table],
    ).fetchall()
    return [r[0] for r in rows if r[0] not in RUN_TIME_COLUMNS]


def compare(path_a: str, path_b: str, examples: int = 3) -> bool:
    con = duckdb.connect()
    con.execute(f"ATTACH '{path_a}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{path_b}' AS b (READ_ONLY)")
    same = True
    names = sorted(set(tables(con, "a")) | set(tables(con, "b")))
    for table in names:
        cols_a, cols_b = columns(con, "a", table), columns(con, "b", table)
        if not cols_a or not cols_b:
            print(f"{table}: only in {'a' if cols_a else 'b'}")
            same = False
            continue
        shared = [c for c in cols_a if c in cols_b]
        if shared != cols_a or shared != cols_b:
            only_in_a, only_in_b = sorted(set(cols_a) - set(cols_b)), sorted(set(cols_b) - set(cols_a))
            print(f"{table}: columns differ: only a {only_in_a}, only b {only_in_b}")
        cols = ", ".join(f'"{c}"' for c in shared)
        only_a = con.sql(f'SELECT {cols} FROM a."{table}" EXCEPT ALL SELECT {cols} FROM b."{table}"')
        only_b = con.sql(f'SELECT {cols} FROM b."{table}" EXCEPT ALL SELECT {cols} FROM a."{table}"')
        n_a, n_b = len(only_a.fetchall()), len(only_b.fetchall())
        n = con.sql(f'SELECT count(*) FROM a."{table}"').fetchone()[0]
        if n_a or n_b:
            same = False
            print(f"{table}: {n} rows in a; {n_a} only in a, {n_b} only in b")
            for label, rel in (("a", only_a), ("b", only_b)):
                for row in rel.limit(examples).fetchall():
                    print(f"  only {label}: {str(row)[:300]}")
        else:
            print(f"{table}: equal ({n} rows)")
    return same


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(0 if compare(sys.argv[1], sys.argv[2]) else 1)
