"""NER workers of our own: started by forkserver/spawn (not forks of the caller), the model
loaded once per worker and kept for the whole call, only plain tuples sent back, results in
input order, a text spaCy fails on reported and the others read, a crashed worker's chunk
redone here, and no workers in a daemonic process."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import polars as pl
import pytest
import spacy
from spacy.language import Language

from pipelines import pool
from pipelines.entities import ner

TEXTS = [
    f"Mr Zorblat{i} of Quuxcorp met Angela Merkel in Berlin. Later Merkel flew to Paris on day {i}." for i in range(9)
]

MARK = "as imported"
"""Changed by a test in this process: a fork of it would see the change, a fresh worker not."""


def _facts(chunk: list[str], how: ner.Reading) -> list[tuple[int, str, int, list]]:
    """(worker pid, MARK as the worker sees it, model loads so far, spans) for each text."""
    spans = ner.read_chunk(chunk, how)
    return [(os.getpid(), MARK, ner.load.cache_info().misses, found) for found in spans]


def _crash_in_a_worker(chunk: list[int]) -> list[int]:
    if 3 in chunk and multiprocessing.parent_process() is not None:
        os._exit(1)  # a worker killed (e.g. for memory) while reading this chunk
    return [n * 10 for n in chunk]


@Language.component("fails_on_boom_in_a_worker")
def _fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("the model broke")
    return doc


def _use_a_model_that_fails_on_boom() -> None:
    broken = spacy.blank("en")
    broken.add_pipe("fails_on_boom_in_a_worker")
    broken.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "Oslo"}])
    ner.load = lambda *a, **k: broken  # this worker's reader uses it


HOW = ner.Reading(model=None, max_chars=None, batch_size=2, restore=True, passes=True)


def test_workers_are_fresh_processes_that_load_the_model_once_for_all_their_chunks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(f"{__name__}.MARK", "changed in the caller")
    chunks = [TEXTS[i : i + 2] for i in range(0, len(TEXTS), 2)]
    results = list(pool.map_in_order(_facts, chunks, HOW, workers=2, initializer=ner.load, initargs=(None,)))
    facts = [f for chunk in results for f in chunk]
    workers = {pid for pid, *_ in facts}
    assert len(workers) <= 2 and os.getpid() not in workers  # so a worker read two chunks or more
    assert {mark for _, mark, _, _ in facts} == {"as imported"}  # not a fork of this process
    assert {loads for _, _, loads, _ in facts} == {1}  # one load per worker, kept over five chunks
    assert [found for *_, found in facts] == ner.read_chunk(TEXTS, HOW)  # in order, as read here


def test_the_caller_reads_nothing_itself_when_workers_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_NLP_ZONE_TEXTS", "2")
    here = list(ner.entity_spans(TEXTS, n_process=1, passes=True))
    ner.load.cache_clear()
    assert list(ner.entity_spans(TEXTS, n_process=2, passes=True)) == here
    assert ner.load.cache_info().currsize == 0  # no model (and no Doc) in the calling process
    assert any(s.text == "Merkel" for s in here[0])  # a repeat the document passes add


def test_a_text_spacy_fails_on_is_reported_from_a_worker_and_the_others_are_read() -> None:
    texts = ["Oslo.", "Oslo BOOM.", "Oslo!", "Oslo?", "BOOM", "Oslo, Oslo."]
    chunks = [texts[:3], texts[3:]]
    results = list(
        pool.map_in_order(ner.read_chunk, chunks, HOW, workers=2, initializer=_use_a_model_that_fails_on_boom)
    )
    found = [r for chunk in results for r in chunk]
    assert [isinstance(r, Exception) for r in found] == [False, True, False, False, True, False]
    assert "the model broke" in str(found[1])
    assert found[0] == [("Oslo", "GPE", 0, 4)] and len(found[5]) == 2


def test_a_crashed_worker_does_not_stop_the_run(caplog: pytest.LogCaptureFixture) -> None:
    chunks = [[0, 1], [2, 3], [4, 5], [6, 7]]
    results = list(pool.map_in_order(_crash_in_a_worker, chunks, workers=2))
    assert results == [[0, 10], [20, 30], [40, 50], [60, 70]]
    assert "redone in this process" in caplog.text


def test_a_daemonic_process_reads_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(multiprocessing.current_process()._config, "daemon", True)
    assert not pool.can_start_workers()
    started: list = []
    monkeypatch.setattr(pool, "map_in_order", lambda *a, **k: started.append(a) or iter(()))
    assert len(list(ner.entity_spans(TEXTS, n_process=2))) == len(TEXTS) and not started


@pytest.mark.parametrize("total, workers, size", [(10, 1, 2000), (600, 2, 75), (2225, 2, 256), (22250, 2, 256)])
def test_chunks_keep_every_worker_busy_to_the_end(total: int, workers: int, size: int) -> None:
    assert ner.chunk_size(total, workers, batch_size=64) == size


@pytest.mark.parametrize("total, workers", [(0, 2), (10, 1), (600, 2), (2225, 2), (5000, 4)])
def test_chunks_cover_the_texts_once_in_order_and_end_small(total: int, workers: int) -> None:
    bounds = ner.chunk_bounds(total, workers, batch_size=16)
    assert [i for start, end in bounds for i in range(start, end)] == list(range(total))
    assert all(end > start for start, end in bounds)
    sizes = [end - start for start, end in bounds]
    if workers > 1 and total >= 600:  # the last chunks are one spaCy batch each, the first ones larger
        assert sizes[-2 * workers :] == [16] * 2 * workers and sizes[0] == ner.chunk_size(total, workers, 16) > 16


def _pid_and_loads(chunk: list[int]) -> list[tuple[int, int]]:
    return [(os.getpid(), ner.load.cache_info().misses) for _ in chunk]


def test_calls_inside_a_held_scope_share_its_warmed_workers_and_the_scope_stops_them() -> None:
    chunks = [[0, 1], [2, 3], [4, 5], [6, 7]]
    with pool.held(2, initializer=ner.load, initargs=(None,)):
        pool.warm()  # the workers start and load the model before any call
        first = {f for chunk in pool.map_in_order(_pid_and_loads, chunks, workers=2) for f in chunk}
        second = {f for chunk in pool.map_in_order(_pid_and_loads, chunks, workers=2) for f in chunk}
        other = {
            pid
            for chunk in pool.map_in_order(_pid_and_loads, chunks, workers=2, initializer=_nothing)
            for pid, _ in chunk
        }
        held_pool = pool._held.pool
        pids = set(held_pool._processes)  # the held pool's workers (one may have taken every chunk of a call)
    assert {pid for pid, _ in first | second} <= pids and os.getpid() not in pids
    assert {loads for _, loads in first | second} == {1}  # loaded at the start, once per worker
    assert not other & pids  # another initializer: a pool of its own
    assert pool._held is None and held_pool._shutdown_thread


def _nothing() -> None:
    return None


def test_money_and_quotes_read_by_workers_give_the_rows_read_here(seeded_warehouse) -> None:
    from pipelines.entities.canonical import with_entity_labels
    from pipelines.entities.quotes import extract_quotes
    from pipelines.money.amounts import CHUNK_TEXTS, amounts_frame
    from pipelines.warehouse import store

    seeds = store.read_table(seeded_warehouse, "articles")
    copies = CHUNK_TEXTS // seeds.height + 2  # three chunks or more
    articles = pl.concat([seeds.with_columns(pl.format("{}-{}", "article_id", pl.lit(k))) for k in range(copies)])
    mentions = with_entity_labels(
        store.read_table(seeded_warehouse, "mentions"), store.read_table(seeded_warehouse, "entities")
    )
    mentions = pl.concat([mentions.with_columns(pl.format("{}-{}", "article_id", pl.lit(k))) for k in range(copies)])
    money = amounts_frame(articles, workers=2)
    assert money.height == copies * store.read_table(seeded_warehouse, "amounts").height > 0
    assert money.equals(amounts_frame(articles, workers=1))
    quotes = extract_quotes(articles, mentions, workers=2)
    assert quotes.height == copies * store.read_table(seeded_warehouse, "quotes").height > 0
    assert quotes.equals(extract_quotes(articles, mentions, workers=1))


def test_released_workers_stop_and_a_later_call_starts_new_ones() -> None:
    chunks = [[0, 1], [2, 3]]
    with pool.held(2):
        before = {pid for chunk in pool.map_in_order(_pid_and_loads, chunks, workers=2) for pid, _ in chunk}
        pool.release()
        gone = [pid for pid in before if _alive(pid)]
        after = {pid for chunk in pool.map_in_order(_pid_and_loads, chunks, workers=2) for pid, _ in chunk}
    assert not gone and after and not after & before


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_held_worker_killed_between_calls_does_not_stop_the_next_call(caplog: pytest.LogCaptureFixture) -> None:
    import signal

    chunks = [[0, 1], [2, 3], [4, 5]]
    with pool.held(2):
        pids = {pid for chunk in pool.map_in_order(_pid_and_loads, chunks, workers=2) for pid, _ in chunk}
        for pid in pids:
            os.kill(pid, signal.SIGKILL)  # e.g. killed for memory while the run was in another step
        for _ in range(1000):  # until the pool has seen it (it then refuses new work)
            if pool._held.pool._broken:
                break
            time.sleep(0.01)
        results = list(pool.map_in_order(_crash_in_a_worker, chunks, workers=2))
        pool.warm()
        again = {pid for chunk in pool.map_in_order(_pid_and_loads, chunks, workers=2) for pid, _ in chunk}
    assert results == [[0, 10], [20, 30], [40, 50]]
    assert again and not again & pids and os.getpid() not in again


def _logged(chunk: list[int], log: str) -> list[int]:
    """The chunk times ten; one line per call in ``log`` (any process may append)."""
    with open(log, "a") as f:
        f.write(f"{chunk}\n")
    return [n * 10 for n in chunk]


def test_work_queued_ahead_is_taken_by_the_call_with_its_key_and_not_done_again(tmp_path) -> None:
    chunks, log = [[0, 1], [2, 3], [4, 5]], str(tmp_path / "calls")
    with pool.held(2):
        assert pool.ahead("k", _logged, chunks, log, workers=2)
        assert not pool.ahead("k", _logged, chunks, log, workers=2)  # once per key
        results = list(pool.map_in_order(_logged, chunks, log, workers=2, key="k"))
        again = list(pool.map_in_order(_logged, chunks, log, workers=2, key="k"))  # taken once: done again
    assert results == again == [[0, 10], [20, 30], [40, 50]]
    assert len(Path(log).read_text().splitlines()) == 2 * len(chunks)


def test_work_queued_ahead_is_not_taken_by_another_call_and_nothing_is_queued_without_a_held_pool(tmp_path) -> None:
    chunks, log = [[0, 1], [2, 3]], str(tmp_path / "calls")
    assert not pool.ahead("k", _logged, chunks, log, workers=2)  # no held pool: nothing queued
    with pool.held(2):
        pool.ahead("k", _logged, chunks, log, workers=2)
        other_args = list(pool.map_in_order(_logged, [[7]], str(tmp_path / "other"), workers=2, key="k"))
        pool.ahead("j", _logged, chunks, log, workers=2)
        pool.release()  # drops what was queued
        after_release = list(pool.map_in_order(_logged, chunks, log, workers=2, key="j"))
    assert other_args == [[70]] and after_release == [[0, 10], [20, 30]]
    assert (tmp_path / "other").read_text().splitlines() == ["[7]"]


def test_money_and_quotes_read_ahead_by_the_held_workers_give_the_rows_read_here(seeded_warehouse) -> None:
    from pipelines.entities import quotes
    from pipelines.entities.canonical import with_entity_labels
    from pipelines.money import amounts
    from pipelines.warehouse import store

    seeds = store.read_table(seeded_warehouse, "articles")
    copies = pool.MIN_TEXTS_FOR_WORKERS // seeds.height + 1  # enough articles for workers
    articles = pl.concat([seeds.with_columns(pl.format("{}-{}", "article_id", pl.lit(k))) for k in range(copies)])
    mentions = with_entity_labels(
        store.read_table(seeded_warehouse, "mentions"), store.read_table(seeded_warehouse, "entities")
    )
    mentions = pl.concat([mentions.with_columns(pl.format("{}-{}", "article_id", pl.lit(k))) for k in range(copies)])
    with pool.held(2):
        assert amounts.read_ahead(articles) and quotes.read_ahead(articles, mentions)
        queued = pool._held.queued.copy()
        money, quoted = amounts.amounts_frame(articles), quotes.extract_quotes(articles, mentions)
        assert not pool._held.queued  # taken
    assert len(queued) == 2 and all(f.done() for _, _, futures in queued.values() for f in futures)
    assert money.height > 0 and money.equals(amounts.amounts_frame(articles, workers=1))
    assert quoted.height > 0 and quoted.equals(quotes.extract_quotes(articles, mentions, workers=1))
