"""Worker processes of our own for NER: started from a small process (forkserver, else spawn),
never forked from the big one, so a worker's memory is only what it loads itself (the model,
once per worker, by the pool's initializer), and kept for the whole call.

``map_in_order`` runs ``fn(chunk, *args)`` for each chunk in the workers and yields the results
in the chunks' order. ``fn`` must return small picklable values (never spaCy Docs). A chunk whose
worker died (the pool is broken, e.g. a worker killed for memory) is redone in this process, so
a crashed worker loses no text. As with any multiprocessing pool, a script that starts one needs
the ``if __name__ == "__main__":`` guard (a worker imports the script's main module); without
it the workers die at start and every chunk is read in this process."""

from __future__ import annotations

import logging
import multiprocessing
import pickle
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


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


def map_in_order(
    fn: Callable,
    chunks: Sequence,
    *args,
    workers: int,
    initializer: Callable | None = None,
    initargs: tuple = (),
) -> Iterator:
    """``fn(chunk, *args)`` for each chunk, in order, computed by ``workers`` worker processes
    (each runs ``initializer(*initargs)`` once when it starts). The chunks are all queued at once;
    a result is held until the ones before it are yielded."""
    pool = ProcessPoolExecutor(
        max_workers=max(1, min(workers, len(chunks))),
        mp_context=multiprocessing.get_context(start_method()),
        initializer=initializer,
        initargs=initargs,
    )
    try:
        futures = [pool.submit(fn, chunk, *args) for chunk in chunks]
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
        pool.shutdown(wait=True, cancel_futures=True)
