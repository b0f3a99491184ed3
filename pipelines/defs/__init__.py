"""Dagster definitions: thin wrappers around the plain modules of ``pipelines``."""
