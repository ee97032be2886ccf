"""The worker pool behind ingest/extract: order, failures, early stop, bounded reading."""

from __future__ import annotations

import itertools

from rasad.document import Document, Failure, Source
from rasad.store.pool import process


def _text_length(doc: Document) -> tuple[str, int]:
    return doc.id, len(doc.raw)


def _explode(doc: Document) -> str:
    if "boom" in doc.raw:
        raise ValueError("cannot serialize this one")
    return doc.id


def _docs(n: int):
    for i in range(n):
        yield Document(id=f"d{i}", raw="x" * i)


def test_results_in_input_order_with_failures_passed_through():
    items = [*_docs(3), Failure(path="bad.txt", reason="empty file"), *_docs(2)]
    for workers in (1, 2):
        out = list(process(items, [], _text_length, workers=workers))
        assert out[:3] == [("d0", 0), ("d1", 1), ("d2", 2)]
        assert isinstance(out[3], Failure) and out[3].path == "bad.txt"
        assert out[4:] == [("d0", 0), ("d1", 1)]


def test_finish_errors_become_failures():
    items = [
        Document(id="a", raw="fine"),
        Document(id="b", raw="boom", source=Source(path="b.txt")),
    ]
    out = list(process(items, [], _explode, workers=2))
    assert out[0] == "a"
    assert (
        isinstance(out[1], Failure)
        and out[1].path == "b.txt"
        and "cannot serialize" in out[1].reason
    )


def test_reader_is_held_back_and_early_stop_returns():
    pulled = itertools.count()

    def endless():
        for i in itertools.count():
            next(pulled)
            yield Document(id=f"d{i}", raw="y")

    results = process(endless(), [], _text_length, workers=2, chunksize=4)
    first = list(itertools.islice(results, 10))
    assert [r[0] for r in first] == [f"d{i}" for i in range(10)]
    results.close()  # must not hang on the throttled feeder
    assert next(pulled) < 10 + 4 * 2 * 4 + 16  # never far ahead of the consumer
