"""News pipelines: articles in, DuckDB tables of articles, entities, quotes and money out.

The plain-Python modules in this package (``sources``, ``cleaning``, ``articles``, ``nlp``,
``entities``, ``money``, ``warehouse``, ``validation``) hold all the logic and never import
Dagster; the Dagster code lives in ``pipelines.defs`` and is assembled in
``pipelines.definitions``.
"""
