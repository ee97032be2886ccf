"""Ordered stages over one Document: streaming, batching over a process pool, counters.

A stage is any object with a ``name`` and ``__call__(doc) -> Document``; a stage may
also have ``pipe(docs) -> docs`` to do several documents at once (NER runs its model
over a batch's sentences together: fewer, larger matrix steps). Stages count what they
do in ``self.counters`` (a ``collections.Counter``); the pipeline adds the time spent in
each. Stages are built by name from :data:`STAGES` so that worker processes can rebuild
the same pipeline without pickling models.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing as mp
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from rasad.document import Document, Failure

# name -> "module:factory"; order here is the default pipeline order.
STAGES: dict[str, str] = {
    "clean": "rasad.clean:CleanStage",
    "segment": "rasad.text:SegmentStage",
    "ner": "rasad.ner:NerStage",
    "values": "rasad.values:ValuesStage",
    "entities": "rasad.entities:EntitiesStage",
    "quotes": "rasad.quotes:QuotesStage",
    "events": "rasad.events:EventsStage",
}
FOUNDATION = ("clean", "segment")
# documents that go through the stages together in ``Pipeline.run``: NER's model costs
# about 40 % less per document in batches of 16 than one by one (its step loops work on
# larger matrices; docs/bench/speed.md, session 20)
BATCH_SIZE = 16

Finish = Callable[[Document], Any]


class Stage(Protocol):
    """A step of the pipeline. It sets the fields it owns (never appends to another
    run's), so running it again on a document is safe: a batch whose ``pipe`` raised is
    run again one document at a time. An optional ``pipe(docs) -> docs`` must give what
    ``__call__`` gives on each document."""

    name: str
    counters: Counter

    def __call__(self, doc: Document) -> Document: ...


def available_stages() -> list[str]:
    """Stage names whose module imports (later stages may not exist yet)."""
    names = []
    for name, target in STAGES.items():
        module, _, attr = target.partition(":")
        try:
            if hasattr(importlib.import_module(module), attr):
                names.append(name)
        except ImportError:
            continue
    return names


def build_stage(name: str, **options) -> Stage:
    module, _, attr = STAGES[name].partition(":")
    factory = getattr(importlib.import_module(module), attr)
    return factory(**options.get(name, {}))


@dataclass
class PipelineStats:
    documents: int = 0
    failed: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    counters: dict[str, Counter] = field(default_factory=dict)

    def merge(self, other: PipelineStats) -> None:
        self.documents += other.documents
        self.failed += other.failed
        for k, v in other.seconds.items():
            self.seconds[k] = self.seconds.get(k, 0.0) + v
        for k, c in other.counters.items():
            self.counters.setdefault(k, Counter()).update(c)


class Pipeline:
    """Run named stages in order over documents.

    >>> pipe = Pipeline(["clean", "segment"])
    >>> doc = pipe(Document(raw="قال الوزير. ثم غادر."))
    """

    def __init__(self, stages: Iterable[str] | None = None, **options) -> None:
        self.names = list(stages) if stages is not None else available_stages()
        self.options = options
        self.stages: list[Stage] = [build_stage(n, **options) for n in self.names]
        self.stats = PipelineStats()

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            t0 = time.perf_counter()
            doc = stage(doc)
            self.stats.seconds[stage.name] = self.stats.seconds.get(stage.name, 0.0) + (
                time.perf_counter() - t0
            )
        self.stats.documents += 1
        return doc

    def pipe(self, docs: list[Document]) -> list[Document | Failure]:
        """Run the stages over several documents, in order; one result per document.

        A stage with a ``pipe`` method gets the batch at once, the others one document
        at a time. A document whose stage raises becomes a :class:`Failure` and leaves
        the batch; the others go on (when a batched call raises, the stage runs again
        document by document to find which one failed).
        """
        results: list[Document | Failure] = list(docs)
        for stage in self.stages:
            live = [i for i, doc in enumerate(results) if not isinstance(doc, Failure)]
            if not live:
                break
            t0 = time.perf_counter()
            batched = getattr(stage, "pipe", None)
            done = False
            if batched is not None and len(live) > 1:
                try:
                    out = batched([results[i] for i in live])
                    for i, doc in zip(live, out, strict=True):
                        results[i] = doc
                    done = True
                except Exception:
                    pass  # one document at a time below, to find the one that fails
            if not done:
                for i in live:
                    try:
                        results[i] = stage(results[i])
                    except Exception as exc:  # a bug on one document must not stop the run
                        results[i] = _failure(results[i], f"pipeline error: {_reason(exc)}")
            self.stats.seconds[stage.name] = self.stats.seconds.get(stage.name, 0.0) + (
                time.perf_counter() - t0
            )
        self.stats.documents += sum(not isinstance(r, Failure) for r in results)
        return results

    def collect_counters(self) -> None:
        for stage in self.stages:
            self.stats.counters[stage.name] = Counter(getattr(stage, "counters", {}))

    def run(
        self,
        items: Iterable[Document | Failure],
        workers: int = 1,
        chunksize: int = 8,
        finish: Finish | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> Iterator[Any]:
        """Stream documents through the stages, in input order; failures pass through.

        ``finish`` (a module-level function, so workers can receive it) is applied to
        each processed document where it was processed: with ``workers > 1`` only its
        result travels back to this process, e.g. compact bytes instead of a Document
        with hundreds of tokens to unpickle. A document whose stages raise becomes a
        :class:`Failure`; other documents go on.

        Documents go through the stages ``batch_size`` at a time (``pipe``): a result is
        yielded once its batch is done (``batch_size=1`` for one document at a time,
        e.g. input that arrives slowly).

        With ``workers > 1`` a process pool does the work and a feeder thread keeps at
        most a few batches per worker in flight (``Pool.imap`` alone would pull the whole
        input into its task queue), so memory stays flat whatever the corpus size;
        ``chunksize`` is the number of documents a worker gets at once (at least one
        batch).
        """
        batch_size = max(1, batch_size)
        if workers <= 1:
            for batch in _batches(items, batch_size):
                for result in _process_batch(self, finish, batch):
                    self.stats.failed += isinstance(result, Failure)
                    yield result
            self.collect_counters()
            return
        per_task = max(1, chunksize // batch_size)  # batches per pool task
        # about ``chunksize * workers * 4`` documents in flight, as without batches
        slots = threading.Semaphore(max(workers, chunksize * workers * 4 // batch_size))
        stop = threading.Event()  # lets the feeder end when the consumer stops early
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        init = (self.names, self.options, finish)
        with ctx.Pool(workers, initializer=_init_worker, initargs=init) as pool:
            try:
                feed = _throttled(_batches(items, batch_size), slots, stop)
                for results in pool.imap(_work, feed, chunksize=per_task):
                    slots.release()
                    for result in results:
                        if isinstance(result, Failure):
                            self.stats.failed += 1
                        else:
                            self.stats.documents += 1
                        yield result
            finally:
                stop.set()


_GC_TUNED = False


def _tune_gc_once() -> None:
    """After the first document of a batch run (models and lexicons loaded): move the
    long-lived objects out of the cyclic collector's reach and collect the young
    generation less often. A document makes ~10^5 short-lived objects that reference
    counting frees anyway; full collections over the loaded models cost ~10 % of the
    time on long articles (docs/bench/speed.md). Once per process; batch runs only."""
    global _GC_TUNED
    if not _GC_TUNED:
        _GC_TUNED = True
        gc.collect()
        gc.freeze()
        gc.set_threshold(50_000, 20, 100)


def _batches(items: Iterable[Document | Failure], size: int) -> Iterator[list]:
    """Consecutive items, at most ``size`` documents a batch (failures ride along)."""
    batch: list = []
    documents = 0
    for item in items:
        batch.append(item)
        documents += not isinstance(item, Failure)
        if documents >= size:
            yield batch
            batch, documents = [], 0
    if batch:
        yield batch


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def _failure(doc: Document, reason: str) -> Failure:
    return Failure(path=doc.source.path or doc.id or "<input>", line=doc.source.line, reason=reason)


def _process_batch(
    pipeline: Pipeline, finish: Finish | None, items: list[Document | Failure]
) -> list[Any]:
    """The batch's results in order: failures as they came, the documents through the
    stages (``Pipeline.pipe``) and ``finish``."""
    docs = [item for item in items if not isinstance(item, Failure)]
    processed = iter(pipeline.pipe(docs) if docs else [])
    results: list[Any] = []
    for item in items:
        if isinstance(item, Failure):
            results.append(item)
            continue
        doc = next(processed)
        if isinstance(doc, Failure) or finish is None:
            results.append(doc)
            continue
        try:
            results.append(finish(doc))
        except Exception as exc:
            results.append(_failure(doc, f"cannot serialize: {_reason(exc)}"))
    if docs:
        _tune_gc_once()
    return results


def _throttled(items: Iterable, slots: threading.Semaphore, stop: threading.Event) -> Iterator:
    for item in items:
        while not slots.acquire(timeout=0.2):
            if stop.is_set():
                return
        if stop.is_set():
            return
        yield item


_WORKER: Pipeline | None = None
_FINISH: Finish | None = None


def _init_worker(names: list[str], options: dict, finish: Finish | None) -> None:
    global _WORKER, _FINISH
    # Ctrl-C is the parent's to handle (it commits what is done, then stops the pool);
    # workers ignoring it avoid a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = Pipeline(names, **options)
    _FINISH = finish


def _work(batch: list[Document | Failure]) -> list[Any]:
    assert _WORKER is not None
    return _process_batch(_WORKER, _FINISH, batch)
