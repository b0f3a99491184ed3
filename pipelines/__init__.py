"""News pipelines: articles in, DuckDB tables of articles, entities, quotes, stories and money out.

One sub-package per pipeline stage holds the logic as plain Python that never imports Dagster:
``ingest`` (sources, formats, records, html, feeds, fields, values, cleaning, wraps, bylines,
dates, articles), ``entities`` (ner and its document passes, canonical and its passes,
gazetteer, quotes, speakers), ``money`` (the amounts engine, currencies, the amounts table),
``stories`` (grouping, similarity, linkage) and ``warehouse`` (store, tables, validation,
incremental, fingerprint, runlock, staging, summary); ``settings``, ``ids``, ``unionfind`` and
``wordlists`` are shared. The Dagster code lives in ``pipelines.defs`` and is assembled in
``pipelines.definitions``.
"""
