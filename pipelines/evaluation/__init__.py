"""Evaluations of the pipeline's extractors (plain Python, no Dagster): for example
``python -m pipelines.evaluation.money`` scores the money engine against public test cases."""
