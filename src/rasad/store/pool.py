"""Run the pipeline in worker processes and finish each document there too.

``Pipeline.run(workers=N)`` sends every processed :class:`Document` back to the parent,
which then unpickles hundreds of token structs per article: measured at ~65 documents/s,
slower than the stages themselves. Here each worker also applies a ``finish`` function
(serialize to JSON, prepare a store row) so only compact bytes travel back, and the
reader is held back so memory stays flat whatever the corpus size (``Pool.imap`` alone
pulls its whole input into its task queue).
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rasad.document import Document, Failure
from rasad.pipeline import Pipeline

Finish = Callable[[Document], Any]

_PIPELINE: Pipeline | None = None
_FINISH: Finish | None = None


def _process(pipeline: Pipeline, finish: Finish, item: Document | Failure) -> Any:
    if isinstance(item, Failure):
        return item
    where = item.source.path or item.id or "<input>"
    try:
        doc = pipeline(item)
    except Exception as exc:  # a bug on one document must not stop the run
        return Failure(
            path=where, line=item.source.line, reason=f"pipeline error: {type(exc).__name__}: {exc}"
        )
    try:
        return finish(doc)
    except Exception as exc:
        return Failure(
            path=where,
            line=item.source.line,
            reason=f"cannot serialize: {type(exc).__name__}: {exc}",
        )


def _init(names: list[str], options: dict, finish: Finish) -> None:
    global _PIPELINE, _FINISH
    # Ctrl-C is the parent's to handle (it commits what is done, then stops the pool);
    # workers ignoring it avoids a traceback per worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _PIPELINE = Pipeline(names, **options)
    _FINISH = finish


def _work(item: Document | Failure) -> Any:
    assert _PIPELINE is not None and _FINISH is not None
    return _process(_PIPELINE, _FINISH, item)


def _throttled(items: Iterable, slots: threading.Semaphore, stop: threading.Event) -> Iterator:
    for item in items:
        while not slots.acquire(timeout=0.2):
            if stop.is_set():
                return
        if stop.is_set():
            return
        yield item


def process(
    items: Iterable[Document | Failure],
    names: list[str],
    finish: Finish,
    *,
    options: dict | None = None,
    workers: int = 2,
    chunksize: int = 8,
) -> Iterator[Any]:
    """Yield ``finish(pipeline(doc))`` per document, or a :class:`Failure`, in input order.

    ``finish`` must be a module-level function (workers receive it by reference).
    With ``workers <= 1`` everything runs in this process.
    """
    options = options or {}
    if workers <= 1:
        pipeline = Pipeline(names, **options)
        for item in items:
            yield _process(pipeline, finish, item)
        return
    # At most a few chunks per worker in flight: the feeder thread waits for the consumer.
    slots = threading.Semaphore(chunksize * workers * 4)
    stop = threading.Event()  # lets the feeder thread end when the consumer stops early
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_init, initargs=(names, options, finish)) as pool:
        try:
            for result in pool.imap(_work, _throttled(items, slots, stop), chunksize=chunksize):
                slots.release()
                yield result
        finally:
            stop.set()
