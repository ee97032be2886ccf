"""Run the pipeline in worker processes and prepare store rows there too.

A thin layer over :meth:`rasad.pipeline.Pipeline.run` with a ``finish`` function
(serialize to JSON, prepare a store row) applied in the workers, so only compact bytes
travel back to the process that writes the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rasad.document import Document, Failure
from rasad.pipeline import BATCH_SIZE, Finish, Pipeline


def process(
    items: Iterable[Document | Failure],
    names: list[str],
    finish: Finish,
    *,
    options: dict | None = None,
    workers: int = 2,
    chunksize: int = 8,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Any]:
    """Yield ``finish(pipeline(doc))`` per document, or a :class:`Failure`, in input order.

    ``finish`` must be a module-level function (workers receive it by reference).
    With ``workers <= 1`` everything runs in this process.
    """
    pipeline = Pipeline(names, **(options or {})) if workers <= 1 else _Lazy(names, options)
    yield from pipeline.run(
        items, workers=workers, chunksize=chunksize, finish=finish, batch_size=batch_size
    )


class _Lazy(Pipeline):
    """A pipeline whose stages are built only in the workers (the parent needs none)."""

    def __init__(self, names: list[str], options: dict | None) -> None:
        self.names, self.options, self.stages = list(names), options or {}, []
        from rasad.pipeline import PipelineStats

        self.stats = PipelineStats()
