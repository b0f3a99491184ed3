"""Evaluations of the pipeline's extractors against public test sets (plain Python, no
Dagster): ``python -m pipelines.evaluation.money`` for the money engine."""
