"""News pipelines: articles in, DuckDB tables of articles, entities, quotes, stories and money out.

The plain-Python modules in this package (``sources``, ``formats``, ``cleaning``,
``articles``, ``nlp``, ``entities``, ``gazetteer``, ``quotes``, ``stories``, ``unionfind``, ``money``,
``amounts``, ``warehouse``, ``validation``) hold all the logic and never import Dagster; the
Dagster code lives in ``pipelines.defs`` and is assembled in ``pipelines.definitions``.
"""
