"""The assets, one module per group: each reads its inputs, calls a plain module of
``pipelines``, and reports what it made. ``pipelines/definitions.py`` finds them all."""
