"""The warehouse: the DuckDB store, data rules, incremental reuse, fingerprints, the run lock,
per-run staging and the summary."""
