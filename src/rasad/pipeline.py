"""Ordered stages over one Document: streaming, batching over a process pool, counters.

A stage is any object with a ``name`` and ``__call__(doc) -> Document``. Stages count
what they do in ``self.counters`` (a ``collections.Counter``); the pipeline adds the
time spent in each. Stages are built by name from :data:`STAGES` so that worker
processes can rebuild the same pipeline without pickling models.
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

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


class Stage(Protocol):
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

    def collect_counters(self) -> None:
        for stage in self.stages:
            self.stats.counters[stage.name] = Counter(getattr(stage, "counters", {}))

    def run(
        self, items: Iterable[Document | Failure], workers: int = 1, chunksize: int = 32
    ) -> Iterator[Document | Failure]:
        """Stream documents through the stages; failures pass through untouched.

        With ``workers > 1`` documents are processed in a process pool, in input
        order, with bounded memory (``imap`` over a lazy iterator).
        """
        if workers <= 1:
            for item in items:
                if isinstance(item, Failure):
                    self.stats.failed += 1
                    yield item
                    continue
                yield self._safe(item)
            self.collect_counters()
            return
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        with ctx.Pool(workers, initializer=_init_worker, initargs=(self.names, self.options)) as pool:
            for item in pool.imap(_work, items, chunksize=chunksize):
                if isinstance(item, Failure):
                    self.stats.failed += 1
                else:
                    self.stats.documents += 1
                yield item
            # gather per-worker stage timings and counters
            for stats in pool.map(_worker_stats, range(workers), chunksize=1):
                self.stats.seconds.update(
                    {k: self.stats.seconds.get(k, 0.0) + v for k, v in stats.seconds.items()}
                )
                for k, c in stats.counters.items():
                    self.stats.counters.setdefault(k, Counter()).update(c)

    def _safe(self, doc: Document) -> Document | Failure:
        try:
            return self(doc)
        except Exception as exc:  # a bug on one document must not stop the run
            return Failure(
                path=doc.source.path or doc.id or "<input>",
                line=doc.source.line,
                reason=f"pipeline error: {type(exc).__name__}: {exc}",
            )


_WORKER: Pipeline | None = None


def _init_worker(names: list[str], options: dict) -> None:
    global _WORKER
    _WORKER = Pipeline(names, **options)


def _work(item: Document | Failure) -> Document | Failure:
    if isinstance(item, Failure):
        return item
    assert _WORKER is not None
    return _WORKER._safe(item)


def _worker_stats(_: int) -> PipelineStats:
    # Each call lands on some worker; stats may be gathered unevenly, which only
    # affects the per-stage timing report, never documents.
    assert _WORKER is not None
    _WORKER.collect_counters()
    stats, _WORKER.stats = _WORKER.stats, PipelineStats()
    return stats
