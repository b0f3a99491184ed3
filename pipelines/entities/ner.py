"""spaCy named-entity recognition: the model is loaded once per process, with only the
components NER needs, and never downloaded.

A text of any length is read: one longer than ``PIECE_CHARS`` (or the model's
``max_length``) is cut into pieces at paragraph breaks, else sentence ends, else white
space, else at the limit, and each entity's offsets are mapped back into the whole text.
A document spaCy fails on gets no entities and its error is reported; the others go on."""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from pipelines import settings
from pipelines.entities.casing import restore_case
from pipelines.entities.consistency import complete
from pipelines.entities.lists import split_lists
from pipelines.entities.spans import EntitySpan
from pipelines.wordlists import ENTITY_LABELS

# Components that named-entity recognition does not use; excluding them roughly doubles
# throughput on the small English model.
UNUSED_FOR_NER = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

Progress = Callable[[int, int, float], None]
"""Called as progress(done, total, seconds_so_far) while documents are processed."""


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


MIN_TEXTS_FOR_WORKERS = 400


def worker_count(n_texts: int, configured: int | None = None) -> int:
    configured = settings.nlp_processes() if configured is None else configured
    if configured > 0:
        return configured
    # A worker is a fork of this process (the model is already loaded); spaCy's workers and this
    # process share the cores. Worth it only for a real batch: below MIN_TEXTS_FOR_WORKERS
    # texts the start-up costs more than it saves.
    return max(1, os.cpu_count() or 1) if n_texts >= MIN_TEXTS_FOR_WORKERS else 1


# Longest piece of text given to spaCy at once. spaCy refuses texts over ``nlp.max_length``
# (1,000,000 characters) and needs about 1 GB of memory per 100,000 characters for NER.
PIECE_CHARS = 100_000

# Where a piece may end, best first: after a paragraph break, after a sentence end, after
# white space. Only the second half of the window is searched, so pieces stay large.
_BOUNDARIES = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+"), re.compile(r"\s+"))


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text``, each at most ``limit`` characters,
    that together are the whole text (one empty piece for an empty text)."""
    cuts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        end = window_end
        for boundary in _BOUNDARIES:
            found = [m.end() for m in boundary.finditer(text, start + limit // 2, window_end)]
            found = [e for e in found if e <= window_end]
            if found:
                end = found[-1]
                break
        cuts.append((start, end))
        start = end
    cuts.append((start, len(text)))
    return cuts


ErrorHandler = Callable[[int, Exception], None]
"""Called as on_error(index_of_text, exception) for a text spaCy fails on."""


def _log_error(index: int, exc: Exception) -> None:
    logging.getLogger(__name__).warning("NER failed on text %d, left without entities: %r", index, exc)


def _docs(nlp, items: list[str], batch_size: int, n_process: int, zone: int) -> Iterator:
    """spaCy's docs of ``items`` in order, ``zone`` items at a time inside ``nlp.memory_zone()``:
    the strings and docs of a zone are freed when the next begins, and its worker processes end
    with it, so neither the vocabulary nor a worker grows with the corpus. A doc is valid only
    until the next is asked for."""
    for start in range(0, len(items), max(1, zone)):
        with nlp.memory_zone():
            yield from _zone_docs(nlp, items[start : start + zone], batch_size, n_process)


def _zone_docs(nlp, items: list[str], batch_size: int, n_process: int) -> Iterator:
    """spaCy's docs of ``items`` in order; for an item spaCy fails on, its exception. After
    a failure the batch that held it is redone item by item, then piping resumes."""
    done = 0
    while done < len(items):
        try:
            for doc in nlp.pipe(items[done:], batch_size=batch_size, n_process=n_process):
                done += 1
                yield doc
        except Exception:  # noqa: BLE001 - one bad document must not stop the others
            redo_to = min(len(items), done + batch_size * max(1, n_process))
            for item in items[done:redo_to]:
                try:
                    doc = nlp(item)
                except Exception as exc:  # noqa: BLE001
                    doc = exc
                done += 1
                yield doc


def entity_spans(
    texts: Sequence[str],
    *,
    model: str | None = None,
    batch_size: int | None = None,
    n_process: int | None = None,
    max_chars: int | None = None,
    progress: Progress | None = None,
    every: int = 200,
    on_error: ErrorHandler = _log_error,
    restore: bool = True,
) -> Iterator[list[EntitySpan]]:
    """Yield, for each text in order, its named entities with character offsets.

    Texts longer than ``max_chars`` (default PIECE_CHARS, never more than the model's
    ``max_length``) are read in pieces (see ``pieces``); a text spaCy fails on yields no
    entities and is passed to ``on_error``. With ``restore`` (the default) spaCy reads the
    case-restored copy of upper-case lines (:mod:`pipelines.entities.casing`)."""
    nlp = load(model)
    limit = min(max_chars or PIECE_CHARS, nlp.max_length)
    total = len(texts)
    owners: list[tuple[int, int]] = []  # (text index, offset of the piece in the text)
    items: list[str] = []
    for i, text in enumerate(texts):
        readable = restore_case(text) if restore else text  # same length: offsets hold
        for start, end in pieces(text, limit):
            owners.append((i, start))
            items.append(readable[start:end])
    workers = worker_count(min(total, settings.nlp_zone_texts()), n_process)
    docs = _docs(nlp, items, batch_size or settings.nlp_batch_size(), workers, settings.nlp_zone_texts())
    started = time.perf_counter()
    current, spans, failed = 0, [], None
    errors: list[Exception] = []
    for (i, offset), doc in zip(owners, docs):
        if i != current:
            yield from _finish(current, spans, failed, on_error, progress, total, started, every)
            current, spans, failed = i, [], None
        if isinstance(doc, Exception):
            failed = failed or doc
            errors.append(doc)
        else:
            text = texts[i]
            spans.extend(
                EntitySpan(
                    text[e.start_char + offset : e.end_char + offset],
                    e.label_,
                    e.start_char + offset,
                    e.end_char + offset,
                )
                for e in doc.ents
            )
    if len(errors) == len(items) > 1:  # not one bad document: the model itself is broken
        raise RuntimeError(f"spaCy failed on every one of {len(items)} texts") from errors[0]
    if total:
        yield from _finish(current, spans, failed, on_error, progress, total, started, every)


def _finish(index, spans, failed, on_error, progress, total, started, every) -> Iterator[list[EntitySpan]]:
    done = index + 1
    if progress and (done % every == 0 or done == total):
        progress(done, total, time.perf_counter() - started)
    if failed is not None:
        on_error(index, failed)
        spans = []
    yield spans


NAMED_LABELS = frozenset(ENTITY_LABELS)
"""Labels of things with names; numbers, dates and money are left to their own extractors."""
MENTION_SCHEMA = {
    "mention_id": "String",
    "article_id": "String",
    "text": "String",
    "model_label": "String",
    "start_char": "Int64",
    "end_char": "Int64",
}


def document_spans(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """The NER stage's passes over spaCy's named spans of one text: list spans split into their
    names (:mod:`pipelines.entities.lists`), then the other occurrences of each recognised name
    (:mod:`pipelines.entities.consistency`, looked for in the case-restored copy)."""
    return complete(text, split_lists(text, spans), restore_case(text))


def spans_frame(ids: list[str], texts: list[str], spans_of, *, passes: bool = True):
    """The mentions frame of each article's spaCy spans (only NAMED_LABELS kept), with the
    document passes unless ``passes`` is False."""
    import polars as pl

    from pipelines.ids import stable_id

    rows = []
    for article_id, text, spans in zip(ids, texts, spans_of):
        named = [s for s in spans if s.label in NAMED_LABELS]
        rows.extend(
            {
                "mention_id": stable_id(article_id, s.start_char, s.end_char),
                "article_id": article_id,
                "text": s.text,
                "model_label": s.label,
                "start_char": s.start_char,
                "end_char": s.end_char,
            }
            for s in (document_spans(text, named) if passes else named)
        )
    schema = {k: getattr(pl, v) for k, v in MENTION_SCHEMA.items()}
    return pl.DataFrame(rows, schema=schema)


def mentions_frame(
    articles,
    *,
    model: str | None = None,
    progress: Progress | None = None,
    batch_size: int | None = None,
    on_error: Callable[[str, Exception], None] | None = None,
):
    """Named-entity mentions of the articles (a polars frame with article_id and text), one
    row per mention with offsets into the text: spaCy's spans (read through a case-restored
    copy of upper-case text), list spans split into their names, and the other occurrences of
    each recognised name in its article (see :func:`document_spans`). ``model_label`` is the
    model's label (for an added occurrence, that of the name it repeats), and stays so in the
    warehouse: the entity canonicaliser votes on it again in every run. An article spaCy fails
    on has no mentions; ``on_error(article_id, exception)`` is told (default: a logged
    warning)."""
    ids = articles.get_column("article_id").to_list()
    texts = articles.get_column("text").to_list()
    report = _log_error if on_error is None else (lambda i, exc: on_error(ids[i], exc))
    spans_of = entity_spans(texts, model=model, progress=progress, batch_size=batch_size, on_error=report)
    return spans_frame(ids, texts, spans_of)
