"""The assets, one module per group: each reads its inputs, calls a plain module of
``pipelines``, and reports what it made."""

from pipelines.defs.assets import entities, ingest, money, stories, warehouse

MODULES = [ingest, entities, money, stories, warehouse]
