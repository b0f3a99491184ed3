"""News pipelines: articles in, DuckDB tables of articles, entities, quotes, stories and money out.

One sub-package per pipeline stage holds the logic as plain Python that never imports Dagster:
``ingest`` (sources, formats, cleaning, articles), ``entities`` (ner, canonical, gazetteer,
quotes), ``money`` (the amounts engine, currencies, the amounts table), ``stories``
(grouping) and ``warehouse`` (store, validation, incremental, fingerprint, runlock, staging,
summary); ``settings``, ``ids`` and ``unionfind`` are shared. The Dagster code lives in
``pipelines.defs`` and is assembled in ``pipelines.definitions``.
"""
