"""Worker processes of our own for per-article work (NER, money, quotes): started from a small
process (forkserver, else spawn), never forked from the big one, so a worker's memory is only
what it loads itself (a model, once per worker, by the pool's initializer or on first use).

``map_in_order`` runs ``fn(chunk, *args)`` for each chunk in the workers and yields the results
in the chunks' order. ``fn`` must return small picklable values (never spaCy Docs). A chunk whose
worker died (the pool is broken, e.g. a worker killed for memory) is redone in this process, so
a crashed worker loses no text.

By default each call starts its workers and stops them when it ends. Inside ``held(workers,
initializer)`` (a run's scope: ``pipelines/defs/resources.py``) the calls share one pool of that
size, kept until the scope ends: its workers start when ``warm`` is called (and run the
initializer, e.g. load the NER model, while this process does other work) and keep what they
loaded for every later call (the NER step's model, the money step's parser). A call with another
initializer gets a pool of its own.

``ahead(key, fn, chunks, ...)`` queues a later call's work in the held pool now (while this
process is busy with something else and the workers would idle); the ``map_in_order`` call
given the same ``key`` (and ``fn`` and arguments) takes those results instead of computing
them. The key must name the inputs (e.g. the ids of the articles of one run's frame): work
queued under a key no call asks for is dropped when the pool is released or its scope ends.

As with any multiprocessing pool, a script that starts one needs the ``if __name__ ==
"__main__":`` guard (a worker imports the script's main module); without it the workers die at
start and every chunk is read in this process."""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable, Hashable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field

from pipelines import settings

MIN_TEXTS_FOR_WORKERS = 400


def worker_count(n_texts: int, configured: int | None = None) -> int:
    """Workers for ``n_texts`` texts: NEWS_NLP_PROCESSES if set (``configured`` overrides it),
    else one per core for MIN_TEXTS_FOR_WORKERS texts or more and none below (starting workers
    costs more than they save). This process only waits for their results, so one per core."""
    configured = settings.nlp_processes() if configured is None else configured
    if configured > 0:
        return configured
    return max(1, os.cpu_count() or 1) if n_texts >= MIN_TEXTS_FOR_WORKERS else 1


def workers_for(n_texts: int, configured: int | None = None) -> int:
    """``worker_count`` where this process may have children (:func:`can_start_workers`), else 1."""
    return worker_count(n_texts, configured) if can_start_workers() else 1


def start_method() -> str:
    """forkserver where the platform has it (workers fork from a small server process that has
    imported nothing of ours), else spawn (a fresh interpreter per worker)."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def can_start_workers() -> bool:
    """False in a daemonic process (some executors' workers), which may not have children."""
    return not multiprocessing.current_process().daemon


def picklable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling (to travel from a worker), else a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any exception that cannot travel is replaced
        return RuntimeError(repr(exc))
    return exc


def _new_pool(workers: int, initializer: Callable | None, initargs: tuple) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(start_method()),
        initializer=initializer,
        initargs=initargs,
    )


def _nothing() -> None:
    return None


@dataclass
class _Held:
    workers: int
    initializer: Callable | None
    initargs: tuple
    pool: ProcessPoolExecutor = field(init=False)
    queued: dict[Hashable, tuple[Callable, tuple, list[Future]]] = field(default_factory=dict)
    """Work queued by ``ahead``: its function, arguments and futures, by key."""

    def __post_init__(self) -> None:
        self.pool = _new_pool(self.workers, self.initializer, self.initargs)

    def serves(self, workers: int, initializer: Callable | None, initargs: tuple) -> bool:
        same_start = initializer is None or (initializer, initargs) == (self.initializer, self.initargs)
        return workers == self.workers and same_start

    def submit(self, fn: Callable, *args) -> Future:
        """``pool.submit``, on a new pool if this one broke while idle (a worker killed between calls)."""
        try:
            return self.pool.submit(fn, *args)
        except BrokenProcessPool:
            self.renew()
            return self.pool.submit(fn, *args)

    def renew(self, wait: bool = False) -> None:
        """A new pool, its workers not started, in place of this one (broken, or released)."""
        self.queued.clear()
        self.pool.shutdown(wait=wait, cancel_futures=True)
        self.pool = _new_pool(self.workers, self.initializer, self.initargs)


_held: _Held | None = None


@contextmanager
def held(workers: int, initializer: Callable | None = None, initargs: tuple = ()):
    """Within this scope, calls of ``map_in_order`` with ``workers`` workers (and no initializer,
    or this one) share one pool, stopped when the scope ends. With fewer than two workers, or in
    a process that may not have children, nothing is held."""
    global _held
    if workers < 2 or _held is not None or not can_start_workers():
        yield
        return
    _held = _Held(workers, initializer, initargs)
    try:
        yield
    finally:
        held_pool, _held = _held, None
        held_pool.pool.shutdown(wait=True, cancel_futures=True)


def warm() -> None:
    """Start the held pool's workers now (each runs the initializer as it starts), without
    waiting for them; nothing if no pool is held."""
    if _held is not None:
        for _ in range(_held.workers):  # a submission starts a worker while none is idle
            _held.submit(_nothing)


def release() -> None:
    """Stop the held pool's workers, and free what they hold; a later call starts them again."""
    if _held is not None:
        _held.renew(wait=True)


def ahead(key: Hashable, fn: Callable, chunks: Sequence, *args, workers: int) -> bool:
    """Queue ``fn(chunk, *args)`` for each chunk in the held pool now, for the ``map_in_order``
    call given ``key``; whether it was queued (not without a held pool serving ``workers``
    workers, nor twice under one key)."""
    if _held is None or not _held.serves(workers, None, ()) or key in _held.queued:
        return False
    _held.queued[key] = (fn, args, [_held.submit(fn, chunk, *args) for chunk in chunks])
    return True


def _taken(key: Hashable | None, fn: Callable, args: tuple, n_chunks: int) -> list[Future] | None:
    """The futures ``ahead`` queued under ``key`` for this call (same function, arguments and
    number of chunks), taken off the queue; None if there are none."""
    if key is None or _held is None or key not in _held.queued:
        return None
    queued_fn, queued_args, futures = _held.queued.pop(key)
    if queued_fn is not fn or queued_args != args or len(futures) != n_chunks:
        for future in futures:
            future.cancel()
        return None
    return futures


def map_in_order(
    fn: Callable,
    chunks: Sequence,
    *args,
    workers: int,
    initializer: Callable | None = None,
    initargs: tuple = (),
    key: Hashable | None = None,
) -> Iterator:
    """``fn(chunk, *args)`` for each chunk, in order, computed by ``workers`` worker processes
    (the held pool if it serves the call, else a pool of this call's own, whose workers run
    ``initializer(*initargs)`` once as they start), or taken from the work ``ahead`` queued
    under ``key``. The chunks are all queued at once; a result is held until the ones before
    it are yielded."""
    shared = _held if _held is not None and _held.serves(workers, initializer, initargs) else None
    queued = _taken(key, fn, args, len(chunks)) if shared else None
    pool = shared.pool if shared else _new_pool(max(1, min(workers, len(chunks))), initializer, initargs)
    futures = []
    try:
        futures = queued or [(shared or pool).submit(fn, chunk, *args) for chunk in chunks]
        for index, (chunk, future) in enumerate(zip(chunks, futures)):
            try:
                result = future.result()
            except BrokenProcessPool as exc:
                logging.getLogger(__name__).warning(
                    "a worker process died (%r); chunk %d of %d is redone in this process", exc, index + 1, len(chunks)
                )
                result = fn(chunk, *args)
            yield result
    finally:  # an abandoned iteration cancels the chunks not yet started
        if shared is None:
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            for future in futures:
                future.cancel()
            if any(f.done() and not f.cancelled() and isinstance(f.exception(), BrokenProcessPool) for f in futures):
                shared.renew()
