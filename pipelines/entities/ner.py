"""spaCy named-entity recognition: the model is loaded once per process, with only the
components NER needs, and never downloaded.

A text of any length is read: one longer than ``PIECE_CHARS`` (or the model's
``max_length``) is cut into pieces at paragraph breaks, else sentence ends, else white
space, else at the limit, and each entity's offsets are mapped back into the whole text.
A document spaCy fails on gets no entities and its error is reported; the others go on.
A large batch is read by worker processes of our own (:mod:`pipelines.pool`), each
with the model loaded once, which send back only plain tuples of spans."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import astuple, dataclass
from functools import lru_cache

from pipelines import pool, settings
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
    """Load a spaCy pipeline once per process and argument set, without a ``tok2vec``
    component that no loaded component listens to: the small English model's ``ner`` has an
    embedding layer of its own, and the shared ``tok2vec`` only feeds the tagger and parser, so
    with those excluded it would compute, for every text, a tensor nothing reads (about a third
    of NER's CPU time; the entities are the same). A model whose ``ner`` listens keeps it."""
    import spacy
    from spacy.pipeline import Tok2Vec

    name = model or settings.spacy_model()
    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except OSError as exc:  # spaCy raises OSError [E050] for a package it cannot find
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed; install the project "
            f"(pip install -e .) or set NEWS_SPACY_MODEL to an installed model"
        ) from exc
    for pipe_name, component in list(nlp.pipeline):
        if isinstance(component, Tok2Vec) and not component.listening_components:
            nlp.remove_pipe(pipe_name)
    return nlp


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

Found = tuple[str, str, int, int]
"""(text, label, start_char, end_char) of one span: what a worker sends back for a text."""


def _log_error(index: int, exc: Exception) -> None:
    logging.getLogger(__name__).warning("NER failed on text %d, left without entities: %r", index, exc)


@dataclass(frozen=True)
class Reading:
    """How texts are read; sent to the workers with each chunk."""

    model: str | None
    max_chars: int | None
    batch_size: int
    restore: bool
    passes: bool


def read_chunk(texts: list[str], how: Reading) -> list[list[Found] | Exception]:
    """Each text's spans, read with this process's model inside one ``nlp.memory_zone()`` (the
    strings and docs of the chunk are freed when it ends, so the vocabulary does not grow with
    the corpus); for a text spaCy fails on, its exception. With ``how.passes``, only
    NAMED_LABELS, after the document passes (:func:`document_spans`)."""
    nlp = load(how.model)
    limit = min(how.max_chars or PIECE_CHARS, nlp.max_length)
    readables = [restore_case(text) if how.restore else text for text in texts]  # same length: offsets hold
    owners: list[tuple[int, int]] = []  # (text index, offset of the piece in the text)
    items: list[str] = []
    for i, (text, readable) in enumerate(zip(texts, readables)):
        for start, end in pieces(text, limit):
            owners.append((i, start))
            items.append(readable[start:end])
    results: list[list[Found] | Exception] = [[] for _ in texts]
    with nlp.memory_zone():
        for (i, offset), doc in zip(owners, _docs(nlp, items, how.batch_size)):
            if isinstance(results[i], Exception):
                continue
            if isinstance(doc, Exception):
                results[i] = pool.picklable(doc)
                continue
            text = texts[i]
            results[i].extend(
                (
                    text[e.start_char + offset : e.end_char + offset],
                    e.label_,
                    e.start_char + offset,
                    e.end_char + offset,
                )
                for e in doc.ents
            )
    if how.passes:
        for i, found in enumerate(results):
            if not isinstance(found, Exception):
                named = [EntitySpan(*f) for f in found if f[1] in NAMED_LABELS]
                readable = readables[i] if how.restore else None
                results[i] = [astuple(s) for s in document_spans(texts[i], named, readable)]
    return results


def _docs(nlp, items: list[str], batch_size: int) -> Iterator:
    """spaCy's docs of ``items`` in order; for an item spaCy fails on, its exception. After
    a failure the batch that held it is redone item by item, then piping resumes. A doc is
    valid only until the next is asked for."""
    done = 0
    while done < len(items):
        try:
            for doc in nlp.pipe(items[done:], batch_size=batch_size):
                done += 1
                yield doc
        except Exception:  # noqa: BLE001 - one bad document must not stop the others
            for item in items[done : min(len(items), done + batch_size)]:
                try:
                    doc = nlp(item)
                except Exception as exc:  # noqa: BLE001
                    doc = exc
                done += 1
                yield doc


def chunk_size(total: int, workers: int, batch_size: int) -> int:
    """Texts a worker reads at once (one memory zone): at most NEWS_NLP_ZONE_TEXTS; with workers
    also at most 4 batches, and fewer when needed for 4 chunks per worker, so the workers end
    together."""
    zone = max(1, settings.nlp_zone_texts())
    if workers <= 1:
        return zone
    return max(1, min(zone, 4 * batch_size, -(-total // (4 * workers))))


def chunk_bounds(total: int, workers: int, batch_size: int) -> list[tuple[int, int]]:
    """(start, end) of each chunk of ``total`` texts: chunks of :func:`chunk_size`, but with
    workers the last ``2 * workers`` chunks' worth of texts go in chunks of one spaCy batch, so
    that no worker is left reading a whole chunk alone at the end while the others wait."""
    size = chunk_size(total, workers, batch_size)
    small = max(1, min(size, batch_size))
    tail_start = max(0, total - 2 * workers * size) if workers > 1 else total
    head = [(start, min(start + size, tail_start)) for start in range(0, tail_start, size)]
    return head + [(start, min(start + small, total)) for start in range(tail_start, total, small)]


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
    passes: bool = False,
) -> Iterator[list[EntitySpan]]:
    """Yield, for each text in order, its named entities with character offsets.

    Texts longer than ``max_chars`` (default PIECE_CHARS, never more than the model's
    ``max_length``) are read in pieces (see ``pieces``); a text spaCy fails on yields no
    entities and is passed to ``on_error``. With ``restore`` (the default) spaCy reads the
    case-restored copy of upper-case lines (:mod:`pipelines.entities.casing`); with ``passes``
    only NAMED_LABELS are kept, after the document passes. With ``worker_count`` workers (and a
    process that may have children) the chunks are read by a pool of worker processes
    (:mod:`pipelines.pool`), each with the model loaded once; else here."""
    how = Reading(model, max_chars, batch_size or settings.nlp_batch_size(), restore, passes)
    total = len(texts)
    workers = pool.workers_for(total, n_process)
    chunks = [list(texts[start:end]) for start, end in chunk_bounds(total, workers, how.batch_size)]
    if workers > 1:
        results = pool.map_in_order(read_chunk, chunks, how, workers=workers, initializer=load, initargs=(model,))
    else:
        results = (read_chunk(chunk, how) for chunk in chunks)
    started = time.perf_counter()
    done, errors = 0, []
    for chunk_results in results:
        for found in chunk_results:
            if isinstance(found, Exception):
                errors.append(found)
                on_error(done, found)
                spans = []
            else:
                spans = [EntitySpan(*f) for f in found]
            done += 1
            if progress and (done % every == 0 or done == total):
                progress(done, total, time.perf_counter() - started)
            if len(errors) == done == total > 1:  # not one bad document: the model itself is broken
                raise RuntimeError(f"spaCy failed on every one of {total} texts") from errors[0]
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


def document_spans(text: str, spans: list[EntitySpan], readable: str | None = None) -> list[EntitySpan]:
    """The NER stage's passes over spaCy's named spans of one text: list spans split into their
    names (:mod:`pipelines.entities.lists`), then the other occurrences of each recognised name
    (:mod:`pipelines.entities.consistency`, looked for in the case-restored copy, ``readable``
    when it is given)."""
    return complete(text, split_lists(text, spans), restore_case(text) if readable is None else readable)


def _frame(ids: list[str], spans_of):
    import polars as pl

    from pipelines.ids import stable_id

    rows = [
        {
            "mention_id": stable_id(article_id, s.start_char, s.end_char),
            "article_id": article_id,
            "text": s.text,
            "model_label": s.label,
            "start_char": s.start_char,
            "end_char": s.end_char,
        }
        for article_id, spans in zip(ids, spans_of)
        for s in spans
    ]
    schema = {k: getattr(pl, v) for k, v in MENTION_SCHEMA.items()}
    return pl.DataFrame(rows, schema=schema)


def spans_frame(ids: list[str], texts: list[str], spans_of, *, passes: bool = True):
    """The mentions frame of each article's spaCy spans (only NAMED_LABELS kept), with the
    document passes unless ``passes`` is False."""
    named = ([s for s in spans if s.label in NAMED_LABELS] for spans in spans_of)
    return _frame(ids, (document_spans(text, n) if passes else n for text, n in zip(texts, named)))


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
    each recognised name in its article (see :func:`document_spans`; done where the text is
    read, in the workers for a large batch). ``model_label`` is the model's label (for an
    added occurrence, that of the name it repeats), and stays so in the warehouse: the entity
    canonicaliser votes on it again in every run. An article spaCy fails on has no mentions;
    ``on_error(article_id, exception)`` is told (default: a logged warning)."""
    ids = articles.get_column("article_id").to_list()
    texts = articles.get_column("text").to_list()
    report = _log_error if on_error is None else (lambda i, exc: on_error(ids[i], exc))
    return _frame(
        ids,
        entity_spans(texts, model=model, progress=progress, batch_size=batch_size, on_error=report, passes=True),
    )
